#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Crm {

// Putting a backup in place of a database, so that a crash at any instant
// leaves a whole database at its path — the old one or the restored one —
// and the old one is kept beside it. The steps, each one durable:
//   1. the backup is copied to <db>.restoring.partial, flushed, and renamed
//      to <db>.restoring: a file of that name is always whole;
//   2. the current file is kept as <db>.before-restore-<time> by a hard link
//      (a copy where the file system has none), its -wal too when it holds
//      transactions; a kept copy is never overwritten;
//   3. the current -wal and -shm go, and <db>.restoring is renamed over the
//      path in one step.
// Killed during step 1, the database is untouched and the next start removes
// the partial copy; killed after it, the next start finishes steps 2 and 3.
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Restore)
public:
    // Puts a copy of `backup` (verified by the caller) in place of the database
    // at `dbPath`, which no connection of this process may hold open. Returns
    // the kept file, or an empty string when there was no database yet.
    // Throws Crm::Error; the database is then unchanged.
    static QString replace(const QString &backup, const QString &dbPath,
                           const QDateTime &now = QDateTime::currentDateTime());

    // Finishes or undoes a restore of `dbPath` that a crash interrupted, before
    // anything opens it. Returns what it did, for the user (empty when there
    // was nothing to do). Throws Crm::Error when it cannot (a read-only folder),
    // saying what is left where.
    static QString recover(const QString &dbPath, const QDateTime &now = QDateTime::currentDateTime());

    // A name for keeping `dbPath` that no file has yet:
    // <dbPath>.before-restore-yyyyMMdd-HHmmss-zzz, with -2, -3 … when taken.
    static QString keptName(const QString &dbPath, const QDateTime &now);
};

} // namespace Crm
