#pragma once

#include "auth/user.h"
#include "model/startupcheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>

namespace Crm {

class AppContext;
class MainWindow;

// Owns the main window over the open database: opens it for a session, replaces
// it for "Switch user", runs the start-up check (damage, daily backup) in a
// worker thread, and restores a backup — the window and the database close, the
// backup takes the file's place, both open again. A database the check finds
// damaged opens again read-only, with an offer to restore the newest good backup.
class ShellController : public QObject
{
    Q_OBJECT
public:
    ShellController(AppContext &ctx, QString hint);
    ~ShellController() override;

    MainWindow *window() const { return m_window.get(); }
    void open(const Session &session);
    void switchUser();
    // StartupCheck in a worker thread; its findings are shown when it ends.
    void checkInBackground();
    bool isChecking() const { return m_check != nullptr; }
    // Restores `file` in place of the open database and opens a new window for
    // the same user (the log-in is asked for when the backup does not know them);
    // a message box says what happened. False when the backup was refused.
    bool restore(const QString &file);

    // After the database at `path` could not be opened (`error`): when the file
    // is damaged and a backup passes its check, offers to restore it; otherwise
    // shows `error`. True when it was restored (the caller opens it again).
    static bool offerRestoreOfUnreadable(AppContext &ctx, const QString &path, const QString &error);

private:
    void checked(const StartupReport &report);
    void reopenReadOnly();
    void offerRestore(const StartupReport &report);
    void stopCheck();
    std::optional<Session> sessionAfterRestore(const QString &login);

    AppContext &m_ctx;
    QString m_hint;
    std::unique_ptr<MainWindow> m_window;
    QFutureWatcher<StartupReport> *m_check = nullptr;
};

} // namespace Crm
