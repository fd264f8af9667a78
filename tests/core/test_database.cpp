#include "testdb.h"
#include "testfiles.h"

#include "db/bulkstatement.h"
#include "db/error.h"
#include "db/scopedpragma.h"
#include "db/walwritebuffer.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdlib>
#include <optional>
#include <thread>
#include <vector>

using namespace Crm;
using namespace Crm::Test;

namespace {
void writeBytes(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A database file with a schema and some rows, closed again.
void createFileDatabase(const QString &path)
{
    TestDatabase t({QStringLiteral("core")}, path);
    for (int i = 0; i < 50; ++i)
        makeCustomer(t, QStringLiteral("Customer %1 with a long enough name to fill pages").arg(i));
}

int rowCount(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM t")).toInt();
}

// A database file in WAL mode, as the suite keeps it, with a table t(id, v).
struct WalFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("wal.db"));
    Database db{path, Database::Mode::Create};
    WalFile()
    {
        db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));
    }
};
} // namespace

TEST_CASE("A file that is not a database is refused and left alone", "[core][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hello.crm"));
    writeBytes(path, 0, QByteArrayLiteral("hello"));
    for (Database::Mode mode : {Database::Mode::ReadWrite, Database::Mode::Create, Database::Mode::ReadOnly}) {
        try {
            Database db(path, mode);
            FAIL("a text file was opened as a database");
        } catch (const Error &e) {
            CHECK(e.message().contains(path));
        }
    }
    CHECK(fileBytes(path) == QByteArrayLiteral("hello"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A database cannot be created where nothing can be written", "[core][database]")
{
    CHECK_THROWS_AS(Database(QStringLiteral("/proc/crm.db"), Database::Mode::Create), Error);
    CHECK_FALSE(QFile::exists(QStringLiteral("/proc/crm.db")));
    CHECK_THROWS_AS(Database(QStringLiteral("/proc/no-such-folder/crm.db"), Database::Mode::Create), Error);
}

TEST_CASE("A missing file is only created in Create mode", "[core][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.crm"));
    try {
        Database db(path, Database::Mode::ReadWrite);
        FAIL("a missing file was opened");
    } catch (const Error &e) {
        CHECK(e.message().contains(path));
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK_THROWS_AS(Database(path, Database::Mode::ReadOnly), Error);
    CHECK_FALSE(QFile::exists(path));

    const QString nested = dir.filePath(QStringLiteral("sub/folder/new.crm"));
    {
        Database db(nested, Database::Mode::Create);
        db.migrate(migrations());
    }
    CHECK(QFileInfo(nested).size() > 0);
    Database again(nested, Database::Mode::ReadWrite);
    CHECK(again.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt() ==
          migrations().latestVersion(QStringLiteral("core")));
}

TEST_CASE("A folder is not a database", "[core][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK_THROWS_AS(Database(dir.path(), Database::Mode::Create), Error);
}

TEST_CASE("A damaged database is refused or reported", "[core][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.crm"));
    createFileDatabase(path);
    const int pageSize = Database(path, Database::Mode::ReadOnly).scalar(QStringLiteral("PRAGMA page_size")).toInt();
    REQUIRE(QFileInfo(path).size() >= 2 * pageSize);

    SECTION("garbage over the first page after the file header")
    {
        writeBytes(path, 100, QByteArray(pageSize - 100, '\xA5'));
    }
    SECTION("garbage over the second page")
    {
        writeBytes(path, pageSize, QByteArray(pageSize, '\x5A'));
    }
    bool refused = false;
    try {
        Database db(path);
        const QString report = db.integrityCheck(false);
        INFO("integrity check: " << report.toStdString());
        refused = report != QStringLiteral("ok");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(path));
        refused = true;
    }
    CHECK(refused);
}

TEST_CASE("A read-only database refuses writes but can be read", "[core][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ro.crm"));
    createFileDatabase(path);
    Database db(path, Database::Mode::ReadOnly);
    CHECK(db.isReadOnly());
    CHECK_NOTHROW(db.migrate(migrations()));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 50);
    CHECK_THROWS_AS(db.exec(QStringLiteral("DELETE FROM core_party")), Error);
}

TEST_CASE("WriteTransaction rolls back unless committed", "[core][database][transaction]")
{
    Database db(QStringLiteral(":memory:"));
    db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));

    {
        WriteTransaction tx(db);
        db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('dropped')"));
        CHECK(rowCount(db) == 1); // visible inside the transaction
    }
    CHECK(rowCount(db) == 0);

    {
        WriteTransaction tx(db);
        db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('kept')"));
        tx.commit();
    }
    CHECK(rowCount(db) == 1);

    SECTION("an exception unwinds through the transaction")
    {
        try {
            WriteTransaction tx(db);
            db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('dropped')"));
            db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
            tx.commit();
        } catch (const Error &) {
        }
        CHECK(rowCount(db) == 1);
        // The connection is usable again and a new transaction starts cleanly.
        WriteTransaction tx(db);
        db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('later')"));
        tx.commit();
        CHECK(rowCount(db) == 2);
    }
}

TEST_CASE("A nested WriteTransaction joins the outer one", "[core][database][transaction]")
{
    Database db(QStringLiteral(":memory:"));
    db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));

    SECTION("the outer rollback undoes a committed inner transaction")
    {
        {
            WriteTransaction outer(db);
            db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('outer')"));
            {
                WriteTransaction inner(db);
                db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('inner')"));
                inner.commit();
            }
            CHECK(rowCount(db) == 2);
        }
        CHECK(rowCount(db) == 0);
    }
    SECTION("the outer commit keeps both")
    {
        {
            WriteTransaction outer(db);
            {
                WriteTransaction inner(db);
                db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('inner')"));
                inner.commit();
            }
            db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('outer')"));
            outer.commit();
        }
        CHECK(rowCount(db) == 2);
    }
    SECTION("after the nesting ends, a new transaction owns its BEGIN again")
    {
        {
            WriteTransaction outer(db);
            WriteTransaction inner(db);
            inner.commit();
            outer.commit();
        }
        {
            WriteTransaction tx(db);
            db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('x')"));
        }
        CHECK(rowCount(db) == 0);
    }
}

TEST_CASE_METHOD(WalFile, "A ReadTransaction sees one state of the file and undoes what was written inside it",
                 "[core][database][transaction]")
{
    db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('before')"));
    const Database other(path);
    {
        ReadTransaction reading(db);
        CHECK(rowCount(db) == 1);
        // Another connection's write is not seen until the reading ends.
        other.exec(QStringLiteral("INSERT INTO t(v) VALUES ('meanwhile')"));
        CHECK(rowCount(other) == 2);
        CHECK(rowCount(db) == 1);
    }
    CHECK(rowCount(db) == 2);
    {
        ReadTransaction reading(db);
        CHECK(rowCount(db) == 2);    // a fresh state: the write of the other is seen
        WriteTransaction nested(db); // joins the reading: a dry run stays dry
        db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('inside')"));
        nested.commit();
        CHECK(rowCount(db) == 3);
    }
    CHECK(rowCount(db) == 2);
    CHECK(rowCount(other) == 2);
    // Afterwards, a transaction owns its BEGIN again.
    {
        WriteTransaction tx(db);
        db.exec(QStringLiteral("INSERT INTO t(v) VALUES ('kept')"));
        tx.commit();
    }
    CHECK(rowCount(other) == 3);
}

TEST_CASE_METHOD(WalFile, "A large commit under DeferredCheckpoint leaves copying the log to a thread of its own",
                 "[core][database][transaction][checkpoint]")
{
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 before = QFileInfo(path).size();
    auto writeRows = [&] {
        WriteTransaction tx(db);
        const QString v(1000, QLatin1Char('x'));
        for (int i = 0; i < 20000; ++i) // about 20 MB: more than SQLite's threshold of 1,000 pages of 16 KB
            db.exec(QStringLiteral("INSERT INTO t(v) VALUES (?)"), {v});
        tx.commit();
    };
    {
        const DeferredCheckpoint deferred(db);
        CHECK(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 0);
        writeRows();
        CHECK(QFileInfo(path).size() == before); // the rows are in the log only
        CHECK(rowCount(db) == 20000);
    }
    CHECK(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt() == 1000);
    CHECK(db.waitForCheckpoint() > 0);
    CHECK(QFileInfo(path).size() > before + 18 * 1000 * 1000);
    CHECK(db.waitForCheckpoint() == 0); // none since
    // Without it, SQLite copies the log inside the commit.
    const qint64 middle = QFileInfo(path).size();
    writeRows();
    CHECK(QFileInfo(path).size() > middle + 18 * 1000 * 1000);
    // A checkpoint still running when the Database closes is waited for.
    {
        const DeferredCheckpoint deferred(db);
        writeRows();
    }
}

TEST_CASE("Transactions of two databases do not interfere", "[core][database][transaction]")
{
    Database a(QStringLiteral(":memory:"));
    Database b(QStringLiteral(":memory:"));
    a.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));
    b.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));
    {
        WriteTransaction ta(a);
        WriteTransaction tb(b); // not nested in ta: its own BEGIN
        a.exec(QStringLiteral("INSERT INTO t(v) VALUES ('a')"));
        b.exec(QStringLiteral("INSERT INTO t(v) VALUES ('b')"));
        tb.commit();
    }
    CHECK(rowCount(a) == 0);
    CHECK(rowCount(b) == 1);
}

TEST_CASE("Database helpers", "[core][database]")
{
    Database db(QStringLiteral(":memory:"));
    CHECK(db.isMemory());
    db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));

    SECTION("an empty QString is stored as '' in a NOT NULL column")
    {
        db.exec(QStringLiteral("INSERT INTO t(v) VALUES (?)"), {QString()});
        db.exec(QStringLiteral("INSERT INTO t(v) VALUES (?)"), {QStringLiteral("")});
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM t WHERE v = ''")).toInt() == 2);
    }
    SECTION("errors say what is wrong in SQLite's words, never with the statement")
    {
        try {
            db.exec(QStringLiteral("SELECT v FROM nowhere"));
            FAIL("a bad statement ran");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(QStringLiteral("no such table: nowhere")));
            CHECK_FALSE(e.message().contains(QStringLiteral("SELECT")));
        }
        CHECK_THROWS_AS(db.prepare(QStringLiteral("NOT SQL")), Error);
    }
    SECTION("scalar of no rows is invalid")
    {
        CHECK_FALSE(db.scalar(QStringLiteral("SELECT v FROM t")).isValid());
    }
    SECTION("uuids are time-ordered version 7")
    {
        const QString a = Database::newUuid();
        const QString b = Database::newUuid();
        CHECK(a.size() == 36);
        CHECK(a.at(14) == QLatin1Char('7'));
        CHECK(a != b);
        CHECK(QString(a).left(8) <= QString(b).left(8));
        // Read back as Qt reads a uuid (this Qt knows no version 7): the same
        // text, the RFC 4122 variant, and the time of its making in its first 48 bits.
        const QUuid parsed(a);
        CHECK(parsed.toString(QUuid::WithoutBraces) == a);
        CHECK(parsed.variant() == QUuid::DCE);
        const qint64 ms = a.left(8).append(a.mid(9, 4)).toLongLong(nullptr, 16);
        CHECK(std::abs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
        // Unique across threads, each with a generator of its own.
        QSet<QString> seen;
        std::vector<QStringList> made(4);
        std::vector<std::thread> threads;
        for (QStringList &list : made)
            threads.emplace_back([&list] {
                for (int i = 0; i < 5000; ++i)
                    list << Database::newUuid();
            });
        for (std::thread &t : threads)
            t.join();
        for (const QStringList &list : made)
            for (const QString &u : list)
                seen.insert(u);
        CHECK(seen.size() == 20000);
    }
    SECTION("timestamps are ISO-8601 UTC")
    {
        const QString now = Database::nowUtc();
        CHECK(now.endsWith(QLatin1Char('Z')));
        CHECK(now.at(10) == QLatin1Char('T'));
    }
}

TEST_CASE("Two in-memory databases are separate", "[core][database]")
{
    TestDatabase a;
    TestDatabase b;
    makeCustomer(a, QStringLiteral("Only in A"));
    CHECK(a.db().scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 1);
    CHECK(b.db().scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 0);
}

namespace {
// `count` rows from id `from` on, with an index on text that spreads them over
// the pages of the index.
void fillWal(const Database &db, int from, int count)
{
    db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                           "INSERT INTO t(id, v) SELECT i, hex(randomblob(8)) || printf(' %08d', i) FROM n"),
            {from, from + count - 1});
}

// Counted and checked on a connection of another thread, which reads the log
// through its own file handle.
std::pair<int, QString> seenElsewhere(const Database &db)
{
    std::pair<int, QString> seen;
    std::thread([&] {
        seen = {rowCount(db), db.scalar(QStringLiteral("PRAGMA integrity_check")).toString()};
        db.closeThreadConnection();
    }).join();
    return seen;
}
} // namespace

TEST_CASE_METHOD(WalFile, "A WalWriteBuffer hands a large commit to the file system in large writes, whole",
                 "[core][database][wal]")
{
    db.exec(QStringLiteral("CREATE INDEX t_v ON t(v)"));
    const QString log = path + QStringLiteral("-wal");
    const qint64 frameSize = db.scalar(QStringLiteral("PRAGMA page_size")).toLongLong() + 24;
    // Commits `count` rows; gives the frames it added to the log and the writes it took.
    auto commitRows = [&](int from, int count, bool gather) {
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        REQUIRE(QFileInfo(log).size() == 0);
        const quint64 before = WalWriteBuffer::logWrites();
        WriteTransaction tx(db);
        std::optional<WalWriteBuffer> gathered;
        if (gather) {
            gathered.emplace(db);
            REQUIRE(gathered->isActive());
        }
        fillWal(db, from, count);
        tx.commit();
        const qint64 frames = (QFileInfo(log).size() - 32) / frameSize;
        return std::pair<qint64, qint64>{frames, qint64(WalWriteBuffer::logWrites() - before)};
    };

    // As SQLite writes a log: two writes per frame, its header and its page.
    const auto [plainFrames, plainWrites] = commitRows(1, 40000, false);
    REQUIRE(plainFrames > 150);
    CHECK(plainWrites >= 2 * plainFrames);

    // Gathered: 7 frames of 16 KB per write (29 of 4 KB).
    const auto [frames, writes] = commitRows(40001, 40000, true);
    REQUIRE(frames > 150);
    CHECK(writes * 5 < frames);

    // Another connection sees the commit whole, and so does the file once the
    // log is copied into it and the database opened afresh.
    CHECK(seenElsewhere(db) == std::pair<int, QString>{80000, QStringLiteral("ok")});
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    db.closeThreadConnection();
    const Database reopened(path);
    CHECK(rowCount(reopened) == 80000);
    CHECK(reopened.scalar(QStringLiteral("SELECT count(DISTINCT substr(v, 18)) FROM t")).toInt() == 80000);
    CHECK(reopened.scalar(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE_METHOD(WalFile, "Inside a gathering transaction reads see what it wrote, also pages gone from the cache",
                 "[core][database][wal]")
{
    db.exec(QStringLiteral("CREATE INDEX t_v ON t(v)"));
    const ScopedPragma smallCache(db, QStringLiteral("cache_size"), 20); // pages: they leave for the log early
    {
        WriteTransaction tx(db);
        const WalWriteBuffer gathered(db);
        REQUIRE(gathered.isActive());
        const quint64 before = WalWriteBuffer::logWrites();
        fillWal(db, 1, 20000);
        CHECK(WalWriteBuffer::logWrites() > before); // pages went to the log during the transaction
        CHECK(rowCount(db) == 20000);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM t INDEXED BY t_v WHERE v >= ''")).toInt() == 20000);
        db.exec(QStringLiteral("UPDATE t SET v = 'x' || v WHERE id % 7 = 0"));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM t INDEXED BY t_v WHERE v >= 'x'")).toInt() == 2857);
        tx.commit();
    }
    CHECK(seenElsewhere(db) == std::pair<int, QString>{20000, QStringLiteral("ok")});
}

TEST_CASE_METHOD(WalFile, "A gathering transaction that rolls back leaves the database as it was",
                 "[core][database][wal]")
{
    fillWal(db, 1, 100);
    {
        WriteTransaction tx(db);
        const WalWriteBuffer gathered(db);
        REQUIRE(gathered.isActive());
        fillWal(db, 101, 20000);
    }
    CHECK(rowCount(db) == 100);
    {
        // The next commit writes over the same part of the log.
        WriteTransaction tx(db);
        const WalWriteBuffer gathered(db);
        fillWal(db, 101, 50);
        tx.commit();
    }
    CHECK(seenElsewhere(db) == std::pair<int, QString>{150, QStringLiteral("ok")});
}

TEST_CASE("A WalWriteBuffer gathers nothing where a commit could be seen before its log is written",
          "[core][database][wal]")
{
    SECTION("synchronous below FULL: SQLite publishes a commit without syncing its log")
    {
        WalFile wal;
        const ScopedPragma normal(wal.db, QStringLiteral("synchronous"), 1);
        WriteTransaction tx(wal.db);
        CHECK_FALSE(WalWriteBuffer(wal.db).isActive());
    }
    SECTION("no write-ahead log: in memory, or a rollback journal")
    {
        const TestDatabase memory;
        WriteTransaction inMemory(memory);
        CHECK_FALSE(WalWriteBuffer(memory).isActive());
        QTemporaryDir dir;
        const Database journal(dir.filePath(QStringLiteral("journal.db")), Database::Mode::Create);
        journal.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
        WriteTransaction inJournal(journal);
        CHECK_FALSE(WalWriteBuffer(journal).isActive());
    }
}

TEST_CASE("SqliteRows reads what QtSql reads, with the same binds", "[core][database]")
{
    const TestDatabase test;
    const Database &db = test;
    db.exec(QStringLiteral("CREATE TABLE v (i INTEGER, r REAL, t TEXT, b BLOB, n TEXT)"));
    db.exec(QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, NULL)"),
            {qint64(1) << 40, 2.5, QStringLiteral("上海 Acme 😀"), QByteArray("\0\1\2", 3)});
    db.exec(QStringLiteral("INSERT INTO v VALUES (-7, 0.0, '', x'', NULL)"));
    db.exec(QStringLiteral("INSERT INTO v VALUES (3, NULL, 'left out', NULL, 'x')"));
    const QString sql = QStringLiteral("SELECT i, r, t, b, n FROM v WHERE t <> ? AND i <> ? ORDER BY i DESC");
    const QVariantList binds{QStringLiteral("left out"), 99};
    SqliteRows rows(db, sql, binds);
    QSqlQuery q = db.exec(sql, binds);
    REQUIRE(rows.columnCount() == 5);
    int read = 0;
    while (q.next()) {
        REQUIRE(rows.next());
        for (int c = 0; c < 5; ++c) {
            INFO("row " << read << ", column " << c);
            CHECK(rows.value(c).isNull() == q.value(c).isNull());
            if (!q.value(c).isNull()) {
                CHECK(rows.value(c).typeId() == q.value(c).typeId());
                CHECK(rows.value(c) == q.value(c));
            }
        }
        ++read;
    }
    CHECK(read == 2);
    CHECK_FALSE(rows.next());
    CHECK(SqliteRows(db, sql, {QString(), 0}).next()); // a null string binds as '', as Database::exec binds it
    CHECK_THROWS_AS(SqliteRows(db, QStringLiteral("SELECT nothing FROM nowhere")), Error);
}
