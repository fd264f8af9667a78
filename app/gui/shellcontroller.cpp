#include "shellcontroller.h"

#include "appcontext.h"
#include "auth/userrepository.h"
#include "busytask.h"
#include "db/backup.h"
#include "db/restore.h"
#include "db/database.h"
#include "db/error.h"
#include "db/migrationset.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "model/settings.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Crm {

namespace {
// The first lines of a check's report: enough to tell what is wrong.
QString firstLines(const QString &report)
{
    return report.section(QLatin1Char('\n'), 0, 4);
}
} // namespace

ShellController::ShellController(AppContext &ctx, QString hint)
    : m_ctx(ctx)
    , m_hint(std::move(hint))
{}

ShellController::~ShellController()
{
    stopCheck();
}

void ShellController::open(const Session &session)
{
    auto next = std::make_unique<MainWindow>(m_ctx, session);
    connect(next.get(), &MainWindow::switchUserRequested, this, &ShellController::switchUser, Qt::QueuedConnection);
    // Queued: the window that asks is deleted by the restore.
    connect(next.get(), &MainWindow::restoreRequested, this, &ShellController::restore, Qt::QueuedConnection);
    for (const PageSpec &p : m_ctx.registry().pages())
        if (next->showPage(p.id))
            break;
    next->show();
    if (m_window)
        m_window.release()->deleteLater();
    m_window = std::move(next);
}

void ShellController::switchUser()
{
    LoginDialog login(*m_ctx.database(), m_hint, m_window.get());
    if (login.exec() == QDialog::Accepted)
        open(login.session());
}

void ShellController::checkInBackground()
{
    stopCheck();
    m_check = new QFutureWatcher<StartupReport>(this);
    connect(m_check, &QFutureWatcher<StartupReport>::finished, this, [this] {
        const StartupReport report = m_check->result();
        m_check->deleteLater();
        m_check = nullptr;
        checked(report);
    });
    m_check->setFuture(
        QtConcurrent::run([db = m_ctx.database(), set = m_ctx.migrations()] { return StartupCheck::run(*db, set); }));
}

void ShellController::stopCheck()
{
    // The check reads the database that a restore is about to replace: wait for
    // it, and forget what it found.
    if (!m_check)
        return;
    m_check->disconnect(this);
    m_check->waitForFinished();
    delete m_check;
    m_check = nullptr;
}

void ShellController::checked(const StartupReport &report)
{
    if (!report.damage.isEmpty()) {
        if (!m_ctx.database()->isReadOnly())
            reopenReadOnly();
        if (m_window)
            offerRestore(report);
        return;
    }
    if (!report.backupError.isEmpty())
        QMessageBox::warning(m_window.get(), tr("The daily backup failed"), report.backupError);
    else if (!report.backup.isEmpty() && m_window)
        m_window->statusBar()->showMessage(
            tr("Daily backup: %1 (checked).").arg(QDir::toNativeSeparators(report.backup)), 15000);
}

void ShellController::reopenReadOnly()
{
    // No more writes to a damaged file: the window and the database close, and
    // both open again with the database read-only.
    const Session session = m_window ? m_window->session() : Session();
    const QString path = m_ctx.database()->path();
    m_window.reset();
    try {
        m_ctx.openReadOnly(path);
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, tr("Cannot open the database"), e.message());
        QCoreApplication::exit(1);
        return;
    }
    open(session);
}

void ShellController::offerRestore(const StartupReport &report)
{
    const QString found = tr("The check of %1 found problems:\n%2")
                              .arg(QDir::toNativeSeparators(m_ctx.database()->path()), firstLines(report.damage));
    bool chosen = false;
    {
        // Gone before a restore deletes the window it belongs to.
        QMessageBox box(QMessageBox::Critical, tr("The database is damaged"), QString(), QMessageBox::NoButton,
                        m_window.get());
        box.setObjectName(QStringLiteral("damagedDatabase"));
        if (!report.newestGood) {
            box.setText(tr("%1\n\nThe database is open read-only: nothing can be saved. No backup beside it "
                           "passes its check; File → Restore from a backup… can take a backup from elsewhere.")
                            .arg(found));
            box.addButton(QMessageBox::Ok);
            box.exec();
            return;
        }
        box.setText(tr("%1\n\nThe database is open read-only: nothing can be saved. Restore the newest good "
                       "backup, of %2? The damaged file is kept beside it.")
                        .arg(found, QLocale().toString(report.newestGood->time, QLocale::ShortFormat)));
        QPushButton *restoreButton = box.addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
        restoreButton->setObjectName(QStringLiteral("restoreBackup"));
        box.addButton(tr("&Keep it read-only"), QMessageBox::RejectRole);
        box.setDefaultButton(restoreButton);
        box.exec();
        chosen = box.clickedButton() == restoreButton;
    }
    if (chosen)
        restore(report.newestGood->path);
}

bool ShellController::restore(const QString &file)
{
    stopCheck();
    const Session session = m_window ? m_window->session() : Session();
    // The pages read the database: they go first, then this thread's connection.
    m_window.reset();
    m_ctx.database()->closeThreadConnection();
    struct Outcome
    {
        QString kept;
        QString error;
    };
    const Outcome outcome = runBusy<Outcome>(nullptr, tr("Checking the backup and restoring it…"), [this, file] {
        Outcome o;
        try {
            o.kept = m_ctx.restoreDatabase(file);
        } catch (const Error &e) {
            o.error = e.message();
        }
        if (m_ctx.database())
            m_ctx.database()->closeThreadConnection();
        return o;
    });
    if (!m_ctx.database()) {
        QMessageBox::critical(nullptr, tr("Cannot open the database"), outcome.error);
        QCoreApplication::exit(1);
        return false;
    }
    if (!outcome.error.isEmpty()) {
        open(session);
        QMessageBox::warning(m_window.get(), tr("Cannot restore"), outcome.error);
        return false;
    }
    const auto next = sessionAfterRestore(session.login());
    if (!next) {
        QCoreApplication::exit(0);
        return true;
    }
    open(*next);
    QString text = tr("The database %1 now holds the data of the backup %2.")
                       .arg(QDir::toNativeSeparators(m_ctx.database()->path()), QDir::toNativeSeparators(file));
    if (!outcome.kept.isEmpty())
        text += QLatin1Char('\n') + tr("The previous file is kept as %1.").arg(QDir::toNativeSeparators(outcome.kept));
    QMessageBox box(QMessageBox::Information, tr("Restored"), text, QMessageBox::Ok, m_window.get());
    box.setObjectName(QStringLiteral("restored"));
    box.exec();
    return true;
}

std::optional<Session> ShellController::sessionAfterRestore(const QString &login)
{
    // The same user when the backup knows them, else single-user mode's, else a log-in.
    const Database &db = *m_ctx.database();
    UserRepository users(db, login);
    for (const QString &candidate : {login, Settings(db).singleUserLogin()})
        if (!candidate.isEmpty())
            if (const auto u = users.findByLogin(candidate); u && u->active)
                return users.sessionFor(*u);
    LoginDialog dialog(db, m_hint);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

bool ShellController::offerRestoreOfUnreadable(AppContext &ctx, const QString &path, const QString &error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<BackupEntry> good;
    if (!Backup::damage(path).isEmpty())
        good = BackupFolder(path).newestGood(ctx.migrations());
    QApplication::restoreOverrideCursor();
    if (!good) {
        QMessageBox::critical(nullptr, tr("Cannot open the database"), error);
        return false;
    }
    QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                    tr("%1\n\nRestore the newest good backup, of %2? The damaged file is kept beside it.")
                        .arg(error, QLocale().toString(good->time, QLocale::ShortFormat)));
    box.setObjectName(QStringLiteral("unreadableDatabase"));
    QPushButton *restoreButton = box.addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
    restoreButton->setObjectName(QStringLiteral("restoreBackup"));
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(restoreButton);
    box.exec();
    if (box.clickedButton() != restoreButton)
        return false;
    try {
        Restore::replace(good->path, path);
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, tr("Cannot restore"), e.message());
        return false;
    }
    return true;
}

} // namespace Crm
