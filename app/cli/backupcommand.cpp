#include "appcontext.h"
#include "command.h"
#include "db/backup.h"
#include "db/restore.h"
#include "db/backupfolder.h"
#include "db/database.h"
#include "db/error.h"
#include "db/migrationset.h"
#include "model/backupsettings.h"

#include <QFileInfo>

namespace Crm::Cli {

void backupOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("to"),
                 QCoreApplication::translate("Crm::Cli", "Backup file (default: a new file in the backups folder "
                                                         "beside the database, which keeps the newest N)."),
                 QStringLiteral("FILE")});
    addUserOption(p);
}

int runBackup(QCommandLineParser &p)
{
    const QString path = dbPath(p);
    try {
        // Read-only: a backup never writes to the file it copies.
        AppContext ctx;
        ctx.recoverInterruptedRestore(path);
        const Database db(path, Database::Mode::ReadOnly);
        AppContext::requireContent(db, AppContext::Access::Read);
        // A copy of everything: the administrator's task, as File → Back up now.
        logIn(db, p, Permissions::ManageSettings);
        const QString to = p.value(QStringLiteral("to"));
        const BackupResult r =
            to.isEmpty() ? BackupFolder(path).backUp(db, BackupSettings::load(db).keep) : Backup::create(db, to);
        out() << QCoreApplication::translate("Crm::Cli",
                                             "Backed up %1 to %2 (%3 MB; copied in %4 s, checked in %5 s).\n")
                     .arg(path, r.path)
                     .arg(r.bytes / 1e6, 0, 'f', 1)
                     .arg(r.copyNs / 1e9, 0, 'f', 2)
                     .arg(r.checkNs / 1e9, 0, 'f', 2);
        return 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "backup: %1\n").arg(e.message());
        return 1;
    }
}

void restoreOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Crm::Cli", "The backup to restore."),
                            QStringLiteral("FILE"));
    addUserOption(p);
}

int runRestore(QCommandLineParser &p)
{
    const QString path = dbPath(p);
    if (p.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("Crm::Cli", "restore: name one backup file.\n");
        return 2;
    }
    const QString file = p.positionalArguments().constFirst();
    try {
        AppContext ctx;
        // Checked before anything is touched: damaged, foreign and newer files are refused.
        Backup::verify(file, ctx.migrations());
        {
            // Whoever brings the backup's data back is an administrator of it.
            const Database backup(file, Database::Mode::ReadOnly);
            logIn(backup, p, Permissions::ManageSettings);
        }
        const QString kept = Restore::replace(file, path);
        // An older backup is brought up to this version's schema, as the suite would.
        ctx.openDatabase(path, AppContext::Access::Write);
        out() << QCoreApplication::translate("Crm::Cli", "Restored %1 from %2.\n").arg(path, file);
        if (!kept.isEmpty())
            out() << QCoreApplication::translate("Crm::Cli", "The previous file is kept as %1.\n").arg(kept);
        return 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "restore: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
