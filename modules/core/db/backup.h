#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Crm {

class Database;
class MigrationSet;

// A verified copy made by Backup::create, and how long its two steps took.
struct BackupResult
{
    QString path;
    qint64 bytes = 0;
    qint64 copyNs = 0;  // online copy, flush and rename
    qint64 checkNs = 0; // the check of the copy
};

// Copies of the database file: online backups, their checks, and restoring one.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Backup)
public:
    enum class Check { Quick, Full };

    // An online copy of `db` at `target`, while other connections may keep
    // writing: SQLite's backup API copies every page in one step, inside one read
    // transaction of this thread's connection, so the copy is one committed state.
    // It is written to <target>.partial and flushed to disk, then opened again
    // and checked, and only then renamed over `target` in one step, so that a
    // bad copy never replaces an older one of the same name. The check is the
    // quick one: the full integrity check of a 250 MB file takes about 4.5 s, the
    // quick one about 0.5 s (the 2 s budget of a backup), and the copy is page
    // for page, so the page-level check is the one that matters. A copy that
    // fails is deleted and `target` is left as it was. Throws Crm::Error; call
    // outside a write transaction.
    static BackupResult create(const Database &db, const QString &target);

    // Checks that `file` is a CRM Suite database this program can take back: an
    // SQLite file whose schema reads, that passes the check, and whose schema is
    // not newer than `set` knows. Returns the schema version of each module;
    // throws Crm::Error saying what is wrong. Never writes to `file`.
    static QHash<QString, int> verify(const QString &file, const MigrationSet &set, Check check = Check::Full);

    // Copies every page of `source` (this thread's connection) into a new
    // single-file database at `path`, readable by its owner only, and flushes
    // it to disk. Returns the reason on failure, with `path` removed.
    static QString copyPages(const Database &source, const QString &path);
    // Removes a copy with its -journal, -wal and -shm.
    static void removeCopy(const QString &path);

    // What a quick check finds wrong with the database file at `path`: empty when
    // it is sound, and also when it is missing or cannot be read at all (no
    // backup helps there); otherwise the problems, or why SQLite cannot read it.
    static QString damage(const QString &path);
};

} // namespace Crm
