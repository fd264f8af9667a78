#pragma once

#include "db/backup.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Crm {

class Database;
class MigrationSet;

// One backup in a BackupFolder.
struct BackupEntry
{
    QString path;
    QDateTime time; // local time, from the file name
    qint64 bytes = 0;
};

// The `backups` folder beside a database: copies named <name>-yyyy-MM-dd-HHmmss.db
// after the database file (crmsuite.db gives crmsuite-2026-11-22-093015.db), so
// that several databases in one folder keep apart. The folder keeps the newest N.
class BackupFolder
{
public:
    explicit BackupFolder(const QString &dbPath);

    QString path() const { return m_dir; }
    // Where a backup made at `time` goes.
    QString fileFor(const QDateTime &time) const;
    // This database's backups, newest first.
    QList<BackupEntry> list() const;
    bool hasBackupOn(const QDate &day) const;
    // Deletes all but the newest `keep` backups (at least one is kept); returns
    // the files deleted.
    QStringList prune(int keep) const;
    // Removes what a killed backup left in the folder (copies never renamed
    // into place: <name>-….db.partial); returns the files removed.
    QStringList removeLeftovers() const;
    // Backs `db` up into the folder (Backup::create) and then prunes it to
    // `keep`; an older backup is only deleted once the new one has passed its check.
    BackupResult backUp(const Database &db, int keep, const QDateTime &now = QDateTime::currentDateTime()) const;
    // The newest backup that passes Backup::verify (quick check) against `set`.
    std::optional<BackupEntry> newestGood(const MigrationSet &set) const;

private:
    QString m_dir;
    QString m_base; // the database file's name without its suffix
};

} // namespace Crm
