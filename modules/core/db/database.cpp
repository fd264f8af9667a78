#include "database.h"

#include "db/error.h"
#include "db/filesync.h"
#include "db/migrationset.h"
#include "db/sqlerror.h"
#include "db/sqlscript.h"
#include "db/walwritebuffer.h"
#include "search/searchsql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <atomic>
#include <sqlite3.h>
#include <thread>

namespace Crm {

namespace {
QMutex g_namesMutex;
QHash<QString, QStringList> g_connectionNames; // database id -> connection names
thread_local QHash<QString, int> t_txDepth;    // connection name -> nesting depth

thread_local QHash<QString, QString> t_connections; // database id -> this thread's connection name
QAtomicInteger<quint64> g_connectionCounter;

// Before SQLite's first use in the process: its allocator then keeps no
// statistics (none are read), so no mutex is taken for each allocation — one
// of SQLite's recommended settings for speed. Too late (SQLite already
// initialised by someone else) it changes nothing.
void configureSqliteOnce()
{
    static const int done = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(done);
    WalWriteBuffer::install();
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    if (qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.data());
}

// Thread ids are reused by later threads, so names come from a counter and the
// thread remembers its own.
QString connectionName(const QString &id)
{
    auto it = t_connections.find(id);
    if (it == t_connections.end())
        it = t_connections.insert(id, QStringLiteral("crm-%1-%2").arg(id).arg(++g_connectionCounter));
    return it.value();
}

// SQLITE_READONLY: a write on a connection opened read-only.
const QString kReadOnlyCode = QStringLiteral("8");

QString readOnlyMessage(const QString &path)
{
    return QCoreApplication::translate("Crm::Database", "The database %1 is open read-only: nothing can be saved.")
        .arg(path);
}

std::atomic<int> g_writeWaitMs{5000};

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true; // an empty file is a fresh database
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

struct Database::Checkpointer
{
    QMutex mutex;
    std::thread thread;
    std::atomic<qint64> ns{0};
};

Database::Database(const QString &path, Mode mode)
    : m_path(path)
    , m_mode(mode)
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
    , m_checkpointer(std::make_unique<Checkpointer>())
{
    configureSqliteOnce();
    if (!isMemory()) {
        QFileInfo info(path);
        if (!info.exists()) {
            if (mode != Mode::Create)
                throw Error(tr("The database %1 does not exist.").arg(path));
            QDir dir = info.absoluteDir();
            if (!FileSync::makeFolders(dir.absolutePath()))
                throw Error(tr("Cannot create the folder %1 for the database.").arg(dir.absolutePath()));
            QFileInfo dirInfo(dir.absolutePath());
            if (!dirInfo.isWritable())
                throw Error(
                    tr("Cannot write to the folder %1: the database cannot be created there.").arg(dir.absolutePath()));
            // Customer data and password hashes: the file (and the -wal and
            // -shm, which SQLite gives the file's mode) is its owner's only.
            if (!FileSync::createPrivate(path))
                throw Error(tr("Cannot create the database file %1.").arg(path));
        } else {
            if (info.isDir())
                throw Error(tr("%1 is a folder, not a database file.").arg(path));
            if (!info.isReadable())
                throw Error(tr("The database %1 cannot be read (permission denied).").arg(path));
            if (!looksLikeSqlite(path))
                throw Error(tr("%1 is not a CRM Suite database (it is not an SQLite file).").arg(path));
            if (mode != Mode::ReadOnly) {
                QFileInfo dirInfo(info.absolutePath());
                if (!info.isWritable() || !dirInfo.isWritable())
                    throw Error(tr("The database %1 is read-only (the file or its folder cannot be written): "
                                   "reading commands such as export and check work, but nothing can be saved.")
                                    .arg(path));
            }
        }
    }
    // Opening reads the schema: a damaged or foreign file fails here, before any write.
    bool readable = false;
    QSqlError failure;
    {
        QSqlQuery q(connection());
        readable = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!readable)
            failure = q.lastError();
    } // the query is gone before the connection is removed
    if (!readable) {
        closeThreadConnection();
        const int code = sqliteCode(failure);
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            throw Error(tr("The database %1 cannot be read: %2. It may be damaged; restore it from a backup.")
                            .arg(path, failure.databaseText()));
        throw Error(tr("The database %1 cannot be read: %2.").arg(path, openFailure(failure)));
    }
}

void Database::setWriteWait(int milliseconds)
{
    g_writeWaitMs = milliseconds;
}

void Database::checkpointInBackground() const
{
    if (isMemory() || isReadOnly())
        return;
    waitForCheckpoint();
    QMutexLocker lock(&m_checkpointer->mutex);
    m_checkpointer->thread = std::thread([this] {
        QElapsedTimer timer;
        timer.start();
        try {
            exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        } catch (const Error &) {
            // Another time: the next checkpoint copies what this one did not.
        }
        closeThreadConnection();
        m_checkpointer->ns = timer.nsecsElapsed();
    });
}

qint64 Database::waitForCheckpoint() const
{
    QMutexLocker lock(&m_checkpointer->mutex);
    if (m_checkpointer->thread.joinable())
        m_checkpointer->thread.join();
    return m_checkpointer->ns.exchange(0);
}

Database::~Database()
{
    waitForCheckpoint();
    QStringList names;
    {
        QMutexLocker lock(&g_namesMutex);
        names = g_connectionNames.take(m_id);
    }
    // Connections of other threads cannot be used from here; removing them closes them.
    for (const QString &name : names)
        if (QSqlDatabase::contains(name))
            QSqlDatabase::removeDatabase(name);
    t_connections.remove(m_id);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_id);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    openConnection(name);
    return QSqlDatabase::database(name, false);
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName(m_id);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    t_connections.remove(m_id);
    QMutexLocker lock(&g_namesMutex);
    g_connectionNames[m_id].removeAll(name);
}

void Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (isMemory()) {
        // Shared cache so that every thread's connection sees the same in-memory data.
        db.setDatabaseName(QStringLiteral("file:crm-%1?mode=memory&cache=shared").arg(m_id));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(m_path);
        if (m_mode == Mode::ReadOnly) {
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
            // A WAL database is read through its -shm; in a folder that cannot
            // be written, where none can be made, SQLite reads the file as it
            // is (immutable), which it is for us.
            const QFileInfo info(m_path);
            if (!QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
                QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
                url.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(url.toString(QUrl::FullyEncoded));
                options << QStringLiteral("QSQLITE_OPEN_URI");
            }
        }
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        throw Error(tr("Cannot open the database %1: %2.").arg(m_path, openFailure(db.lastError())));
    {
        QMutexLocker lock(&g_namesMutex);
        g_connectionNames[m_id].append(name);
    }
    if (!SearchSql::addFunctions(handleOf(db)))
        throw Error(tr("Cannot open the database %1: the search functions cannot be added.").arg(m_path));
    // A new file gets pages of 16 KB (an existing one keeps its own): with
    // SQLite's default of 4 KB, importing 100,000 customers into a table of 14
    // indexes took about 0.3 s longer; lists and search are as fast either way.
    // The settings the suite's safety stands on are read back: a connection
    // without them is refused rather than used.
    const struct
    {
        const char *name;
        const char *value;
        const char *expected; // what reading it back must give; nullptr: not checked
    } pragmas[] = {{"page_size", "16384", nullptr},   {"foreign_keys", "ON", "1"},
                   {"synchronous", "FULL", "2"},      {"busy_timeout", "5000", "5000"},
                   {"cache_size", "-32000", nullptr}, {"temp_store", "MEMORY", "2"}};
    for (const auto &p : pragmas) {
        QSqlQuery q(db);
        const QString name = QString::fromLatin1(p.name);
        q.exec(QStringLiteral("PRAGMA %1=%2").arg(name, QLatin1String(p.value)));
        if (!p.expected)
            continue;
        QSqlQuery back(db);
        const bool read = back.exec(QStringLiteral("PRAGMA %1").arg(name)) && back.next();
        if (!read)
            throw Error(tr("Cannot open the database %1: %2.").arg(m_path, openFailure(back.lastError())));
        if (back.value(0).toString() != QLatin1String(p.expected))
            throw Error(tr("Cannot open the database %1 safely: SQLite did not take the setting %2 = %3 (it "
                           "reads %4).")
                            .arg(m_path, name, QLatin1String(p.value), back.value(0).toString()));
    }
}

QString Database::openFailure(const QSqlError &error) const
{
    // SQLite cannot make the -shm or -wal beside the file: the disk or the folder says why.
    const int code = sqliteCode(error);
    if (!isMemory() && (code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_FULL))
        return FileSync::writeFailure(m_path, plainReason(error));
    return plainReason(error);
}

sqlite3 *Database::sqliteHandle() const
{
    return handleOf(connection());
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcSql) << "cannot prepare:" << q.lastError().text() << "in:" << sql.simplified();
        throw Error(tr("Database error: %1.").arg(plainReason(q.lastError())));
    }
    return q;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec()) {
        if (isReadOnly() && q.lastError().nativeErrorCode() == kReadOnlyCode)
            throw Error(readOnlyMessage(m_path));
        throwIfFailed(q, sql);
    }
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

QString Database::integrityCheck(bool quick) const
{
    QSqlQuery q(connection());
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().databaseText();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

QStringList Database::foreignKeyCheck() const
{
    QSqlQuery q(connection());
    QStringList out;
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        out << q.lastError().databaseText();
        return out;
    }
    while (q.next())
        out << tr("table %1 row %2 refers to a missing row in %3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

Database::Content Database::content() const
{
    const QStringList tables = connection().tables();
    if (tables.contains(QStringLiteral("schema_migrations")) &&
        scalar(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE module = 'core'")).toInt() > 0)
        return Content::Suite;
    // Migrations start by making their own table; a run killed right after
    // leaves only that, empty.
    const bool others =
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE tbl_name <> 'schema_migrations'")).toInt() > 0;
    if (!others && (!tables.contains(QStringLiteral("schema_migrations")) ||
                    scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt() == 0))
        return Content::Empty;
    return Content::Foreign;
}

int Database::schemaVersion(const QString &module) const
{
    if (!connection().tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    return scalar(QStringLiteral("SELECT max(version) FROM schema_migrations WHERE module = ?"), {module}).toInt();
}

QHash<QString, int> Database::appliedVersions() const
{
    QHash<QString, int> applied;
    if (!connection().tables().contains(QStringLiteral("schema_migrations")))
        return applied;
    QSqlQuery q = exec(QStringLiteral("SELECT module, max(version) FROM schema_migrations GROUP BY module"));
    while (q.next())
        applied.insert(q.value(0).toString(), q.value(1).toInt());
    return applied;
}

bool Database::needsUpgrade(const MigrationSet &set) const
{
    const QHash<QString, int> applied = appliedVersions();
    if (applied.isEmpty())
        return false;
    for (const Migration &m : set.ordered())
        if (applied.value(m.module, 0) < m.version)
            return true;
    return false;
}

void Database::migrate(const MigrationSet &set)
{
    QSqlDatabase db = connection();
    const bool hasTable = db.tables().contains(QStringLiteral("schema_migrations"));
    const QHash<QString, int> applied = appliedVersions();
    // Refuse a newer schema before writing anything.
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (!set.modules().contains(it.key()))
            continue;
        const int known = set.latestVersion(it.key());
        if (it.value() > known)
            throw Error(tr("The database %1 was written by a newer version of CRM Suite "
                           "(module \"%2\" schema version %3; this program knows up to %4). "
                           "Nothing was changed; please update the program.")
                            .arg(m_path, it.key())
                            .arg(it.value())
                            .arg(known));
    }
    if (m_mode == Mode::ReadOnly)
        return;
    if (!isMemory()) {
        const QString mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw Error(tr("Cannot open the database %1 safely: it cannot use a write-ahead log (journal mode "
                           "%2; a network drive does not support it). Nothing was changed.")
                            .arg(m_path, mode));
    }
    if (!hasTable)
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                            "module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, "
                            "applied_at TEXT NOT NULL, PRIMARY KEY (module, version))"));
    const QString driver = db.driverName();
    for (const Migration &m : set.ordered()) {
        if (applied.value(m.module, 0) >= m.version)
            continue;
        WriteTransaction tx(*this);
        for (const QString &statement : splitSqlScript(m.sql)) {
            QSqlQuery q(db);
            if (!q.exec(mapSqlForDriver(statement, driver)))
                throw Error(tr("Migration %1/%2 (%3) failed: %4")
                                .arg(m.module)
                                .arg(m.version)
                                .arg(m.name, q.lastError().text()));
        }
        exec(QStringLiteral("INSERT INTO schema_migrations(module, version, name, applied_at) VALUES (?,?,?,?)"),
             {m.module, m.version, m.name, nowUtc()});
        tx.commit();
    }
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString Database::newUuid()
{
    // UUIDv7: 48-bit Unix milliseconds, version 7, variant 10, random rest.
    // The random bits come from a generator per thread, seeded once from the
    // system's source: an import makes two uuids per row, and asking the
    // system each time was a tenth of the time spent preparing the rows. The
    // text is written here too, without QUuid's round trip through bytes.
    thread_local QRandomGenerator64 random = QRandomGenerator64::securelySeeded();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint8 b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(ms >> (8 * (5 - i)));
    const quint64 r1 = random.generate();
    const quint64 r2 = random.generate();
    for (int i = 0; i < 2; ++i)
        b[6 + i] = quint8(r1 >> (8 * i));
    for (int i = 0; i < 8; ++i)
        b[8 + i] = quint8(r2 >> (8 * i));
    b[6] = quint8((b[6] & 0x0F) | 0x70);
    b[8] = quint8((b[8] & 0x3F) | 0x80);
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    QChar *o = out.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *o++ = u'-';
        *o++ = hex[b[i] >> 4];
        *o++ = hex[b[i] & 0x0F];
    }
    return out;
}

namespace {
// Joins the transaction this thread's connection is in, or starts one with
// `begin`; returns whether it started it. `failure` has %1 for SQLite's reason.
bool enterTransaction(const Database &db, const QString &begin, const char *failure)
{
    int &depth = t_txDepth[db.connection().connectionName()];
    const bool owner = depth == 0;
    if (owner) {
        QSqlQuery q(db.connection());
        // Each try waits the busy timeout; a writer queues behind another
        // (an import) for as long as Database::setWriteWait allows.
        QElapsedTimer waited;
        waited.start();
        bool begun = q.exec(begin);
        while (!begun && isBusy(q.lastError()) && waited.elapsed() < g_writeWaitMs.load())
            begun = q.exec(begin);
        if (!begun && isBusy(q.lastError()))
            throw Error(QCoreApplication::translate("Crm::Database",
                                                    "Another program is writing to the database %1 (an import, a "
                                                    "restore or another CRM Suite): nothing was changed. Try again "
                                                    "when it has finished.")
                            .arg(db.path()));
        if (!begun)
            throw Error(QCoreApplication::translate("Crm::Database", failure).arg(plainReason(q.lastError())));
    }
    ++depth;
    return owner;
}

// Leaves it again, rolling back when `rollBack` (and this one started it).
void leaveTransaction(const Database &db, bool rollBack)
{
    --t_txDepth[db.connection().connectionName()];
    if (rollBack) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}
} // namespace

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
{
    if (db.isReadOnly())
        throw Error(readOnlyMessage(db.path()));
    m_owner = enterTransaction(db, QStringLiteral("BEGIN IMMEDIATE"),
                               QT_TRANSLATE_NOOP("Crm::Database", "Cannot start a write transaction: %1"));
}

WriteTransaction::~WriteTransaction()
{
    leaveTransaction(m_db, m_owner && !m_done);
}

void WriteTransaction::commit()
{
    if (m_owner) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("COMMIT")))
            throw Error(QCoreApplication::translate("Crm::Database", "Cannot save: %1.").arg(plainReason(q.lastError())));
    }
    m_done = true;
}

DeferredCheckpoint::DeferredCheckpoint(const Database &db)
    : m_db(db)
    , m_noAutoCheckpoint(db, QStringLiteral("wal_autocheckpoint"), 0)
{}

DeferredCheckpoint::~DeferredCheckpoint()
{
    m_db.checkpointInBackground();
}

ReadTransaction::ReadTransaction(const Database &db)
    : m_db(db)
    , m_owner(
          enterTransaction(db, QStringLiteral("BEGIN"), QT_TRANSLATE_NOOP("Crm::Database", "Cannot start reading: %1")))
{}

ReadTransaction::~ReadTransaction()
{
    leaveTransaction(m_db, m_owner);
}

QVariant bindable(const QVariant &v)
{
    // Text columns are NOT NULL DEFAULT '': an empty QString is stored as ''.
    if (v.typeId() == QMetaType::QString && static_cast<const QString *>(v.constData())->isEmpty()) {
        // The SQLite driver binds a string without storage as NULL; give it some.
        QString empty(1, QLatin1Char(' '));
        empty.resize(0);
        return empty;
    }
    return v;
}

} // namespace Crm
