#pragma once

#include <QCoreApplication>

class QMainWindow;

namespace Crm {

class Database;

// File → Back up now and Back up to…: Backup::create in a worker thread, while
// a busy dialog shows; the status bar says where the checked copy went, a
// message box why there is none.
class BackupActions
{
    Q_DECLARE_TR_FUNCTIONS(Crm::BackupActions)
public:
    // Into the backups folder beside the database, which keeps the newest N.
    static void backUpNow(QMainWindow *window, const Database &db);
    // To a file the user chooses (e.g. on a USB stick).
    static void backUpTo(QMainWindow *window, const Database &db);

private:
    static void run(QMainWindow *window, const Database &db, const QString &target, int keep);
};

} // namespace Crm
