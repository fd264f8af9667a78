#include "startupcheck.h"

#include "db/database.h"
#include "db/error.h"
#include "model/backupsettings.h"

namespace Crm {

StartupReport StartupCheck::run(const Database &db, const MigrationSet &set, const QDateTime &now)
{
    StartupReport report;
    if (db.isMemory())
        return report;
    const BackupFolder folder(db.path());
    QString check;
    try {
        check = db.integrityCheck(true);
    } catch (const Error &e) {
        check = e.message(); // this thread's connection did not open
    }
    if (check != QLatin1String("ok")) {
        report.damage = check;
        report.newestGood = folder.newestGood(set);
    } else if (!db.isReadOnly()) {
        folder.removeLeftovers();
        const BackupSettings settings = BackupSettings::load(db);
        if (settings.automatic && !folder.hasBackupOn(now.date())) {
            try {
                report.backup = folder.backUp(db, settings.keep, now).path;
            } catch (const Error &e) {
                report.backupError = e.message();
            }
        }
    }
    db.closeThreadConnection();
    return report;
}

} // namespace Crm
