#pragma once

#include "db/backupfolder.h"

#include <QDateTime>
#include <optional>

namespace Crm {

class Database;
class MigrationSet;

// What StartupCheck::run found.
struct StartupReport
{
    QString damage;                        // empty when the quick check passed
    std::optional<BackupEntry> newestGood; // when damaged: the backup to offer
    QString backup;                        // the automatic backup made, if any
    QString backupError;                   // why the automatic backup failed
};

// The shell's work after a database opens, meant for a worker thread (it uses
// and then closes that thread's connections): a quick check of the whole file
// (about 0.5 s per 200 MB, so not before the window opens); on damage, the newest
// backup that passes its check; otherwise, when automatic backups are on and the
// folder has none from today, a backup kept with the newest N.
class StartupCheck
{
public:
    static StartupReport run(const Database &db, const MigrationSet &set,
                             const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace Crm
