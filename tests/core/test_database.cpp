#include "testdb.h"
#include "testfiles.h"

#include "db/error.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdlib>
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
    REQUIRE(QFileInfo(path).size() > 8192);

    SECTION("garbage over the first page after the file header")
    {
        writeBytes(path, 100, QByteArray(4096, '\xA5'));
    }
    SECTION("garbage over the second page")
    {
        const int pageSize = 4096;
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
        const QString v(400, QLatin1Char('x'));
        for (int i = 0; i < 20000; ++i) // about 9 MB: far more than SQLite's 1,000-page threshold
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
    CHECK(QFileInfo(path).size() > before + 8 * 1000 * 1000);
    CHECK(db.waitForCheckpoint() == 0); // none since
    // Without it, SQLite copies the log inside the commit.
    const qint64 middle = QFileInfo(path).size();
    writeRows();
    CHECK(QFileInfo(path).size() > middle + 8 * 1000 * 1000);
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
    SECTION("errors name the statement")
    {
        try {
            db.exec(QStringLiteral("SELECT nothing FROM nowhere"));
            FAIL("a bad statement ran");
        } catch (const Error &e) {
            CHECK(e.message().contains(QStringLiteral("nowhere")));
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
