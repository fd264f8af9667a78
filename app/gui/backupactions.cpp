#include "backupactions.h"

#include "busytask.h"
#include "db/backup.h"
#include "db/backupfolder.h"
#include "db/database.h"
#include "db/error.h"
#include "model/backupsettings.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace Crm {

namespace {
struct Outcome
{
    BackupResult result;
    QString error;
};
} // namespace

void BackupActions::backUpNow(QMainWindow *window, const Database &db)
{
    const BackupFolder folder(db.path());
    run(window, db, folder.fileFor(QDateTime::currentDateTime()), BackupSettings::load(db).keep);
}

void BackupActions::backUpTo(QMainWindow *window, const Database &db)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-%2.db")
                             .arg(QFileInfo(db.path()).completeBaseName(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QString target = QFileDialog::getSaveFileName(window, tr("Back up to"), QDir(dir).filePath(name),
                                                        tr("CRM Suite databases (*.db)"));
    if (!target.isEmpty())
        run(window, db, target, 0);
}

void BackupActions::run(QMainWindow *window, const Database &db, const QString &target, int keep)
{
    const Outcome outcome = runBusy<Outcome>(window, tr("Backing up and checking the copy…"), [&db, target, keep] {
        Outcome o;
        try {
            o.result = Backup::create(db, target);
            if (keep > 0)
                BackupFolder(db.path()).prune(keep);
        } catch (const Error &e) {
            o.error = e.message();
        }
        db.closeThreadConnection();
        return o;
    });
    if (!outcome.error.isEmpty()) {
        QMessageBox::warning(window, tr("Backup failed"), outcome.error);
        return;
    }
    window->statusBar()->showMessage(tr("Backed up to %1 (%2 MB, checked).")
                                         .arg(QDir::toNativeSeparators(outcome.result.path))
                                         .arg(outcome.result.bytes / 1e6, 0, 'f', 1),
                                     15000);
}

} // namespace Crm
