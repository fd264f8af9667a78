#pragma once

#include "db/scopedpragma.h"
#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;

namespace Crm {

class MigrationSet;

// The suite's database. Holds no QSqlDatabase: every thread gets its own named
// connection from connection(), opened on first use with the same pragmas.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Database)
public:
    enum class Mode { ReadWrite, Create, ReadOnly };

    // Opens an existing file (ReadWrite/ReadOnly) or creates it (Create; an
    // existing file is opened). Throws Crm::Error with a clear message when the
    // path cannot be written, is not a database, or is damaged; nothing is written
    // to the file in that case.
    explicit Database(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isMemory() const { return m_path == QLatin1String(":memory:"); }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // This thread's connection.
    QSqlDatabase connection() const;
    // Closes this thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;
    // SQLite's own handle of this thread's connection, for what QtSql does not
    // reach (bulk loads, backups); nullptr on other drivers.
    sqlite3 *sqliteHandle() const;

    // Runs every pending migration of `set` in dependency order, one transaction
    // per file. Throws Crm::Error when the file's schema is newer than the program.
    void migrate(const MigrationSet &set);
    // Whether migrate(set) would change a database made by an earlier version
    // (one with migrations applied and some of `set` still pending); false for
    // a new, empty file.
    bool needsUpgrade(const MigrationSet &set) const;

    // Prepared query on this thread's connection; throws on prepare failure.
    QSqlQuery prepare(const QString &sql) const;
    // Prepares, binds positional values and executes; throws on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}) const;
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    // What the file holds: nothing yet (a new file, or one whose creation was
    // cut short before the first migration), the suite's schema, or something
    // that is not the suite's (another program's SQLite file).
    enum class Content { Empty, Suite, Foreign };
    Content content() const;

    QString integrityCheck(bool quick) const; // "ok" or the problems found
    QStringList foreignKeyCheck() const;      // one line per violation
    // The newest migration of `module` applied to this file; 0 when none.
    int schemaVersion(const QString &module) const;

    // Copies the write-ahead log into the file on a thread of its own (PRAGMA
    // wal_checkpoint(PASSIVE) on its own connection), after a large write that
    // was committed under a DeferredCheckpoint. One at a time; the Database
    // waits for it before it closes.
    void checkpointInBackground() const;
    // Waits for the background checkpoint, if one runs; returns its duration in
    // nanoseconds (0 when none ran since the last call).
    qint64 waitForCheckpoint() const;

    // How long a write transaction waits for another writer (an import in
    // another program) before it gives up with a message: 5 s by default, as
    // the window's thread must not hang; the command line waits longer.
    static void setWriteWait(int milliseconds);

    static QString nowUtc();  // ISO-8601 UTC timestamp used in created_at/updated_at
    static QString newUuid(); // time-ordered (UUIDv7) for business rows

private:
    // Per module, the highest migration applied (none: a new file).
    QHash<QString, int> appliedVersions() const;
    void openConnection(const QString &name) const;
    // Why a connection could not be set up, in plain words.
    QString openFailure(const QSqlError &error) const;
    QString m_path;
    Mode m_mode;
    QString m_id;
    struct Checkpointer;
    std::unique_ptr<Checkpointer> m_checkpointer;
};

// While it lives, a commit on this thread's connection does not copy the
// write-ahead log into the file; SQLite otherwise does it inside the COMMIT
// once the log is long, and after a large write that takes about half the
// commit. Its end starts Database::checkpointInBackground(), so that the
// writer (an import) is done as soon as its data is safe in the log.
class DeferredCheckpoint
{
public:
    explicit DeferredCheckpoint(const Database &db);
    ~DeferredCheckpoint();
    DeferredCheckpoint(const DeferredCheckpoint &) = delete;
    DeferredCheckpoint &operator=(const DeferredCheckpoint &) = delete;

private:
    const Database &m_db;
    ScopedPragma m_noAutoCheckpoint; // wal_autocheckpoint = 0
};

// A write transaction started with BEGIN IMMEDIATE; rolls back unless committed.
// Nested use on the same connection joins the outer transaction.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    void commit();

private:
    const Database &m_db;
    bool m_owner = false;
    bool m_done = false;
};

// A read transaction (BEGIN DEFERRED) for a long series of reads that belong
// together: they see one state of the database, and take the file's lock once
// instead of once each. Always rolled back, so that whatever was written inside
// it (a WriteTransaction nested in it joins it) is undone: a dry run stays dry.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    const Database &m_db;
    bool m_owner = false;
};

// A null QString becomes '' (text columns are NOT NULL); other values pass through.
QVariant bindable(const QVariant &value);

} // namespace Crm
