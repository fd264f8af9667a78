#include "appcontext.h"
#include "auth/userrepository.h"
#include "busytask.h"
#include "db/database.h"
#include "db/error.h"
#include "demo/demogenerator.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "model/settings.h"
#include "setupdialog.h"
#include "shellcontroller.h"
#include "shellpages.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Crm;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// A fresh demo database in the data folder, replacing the previous one.
QString createDemo(AppContext &ctx)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.db"));
    QProgressDialog progress(QCoreApplication::translate("Crm::Shell", "Creating the demo company…"), QString(), 0,
                             100);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    ctx.createDemoDatabase(
        path, DemoOptions(),
        [&progress](int p) {
            progress.setValue(p);
            QCoreApplication::processEvents();
        },
        [](const Database &db) {
            Settings(db).setValue(QStringLiteral("auth.single_user_login"), QStringLiteral("admin"));
        });
    return path;
}

std::optional<Session> logIn(const Database &db, const QString &hint)
{
    const QString single = Settings(db).singleUserLogin();
    if (!single.isEmpty()) {
        UserRepository users(db, single);
        if (auto u = users.findByLogin(single); u && u->active)
            return users.sessionFor(*u);
    }
    LoginDialog login(db, hint);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    return login.session();
}

} // namespace

int main(int argc, char **argv)
{
    if (!hasDisplay()) {
        std::fprintf(stderr, "crmsuite: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                             "Run it with QT_QPA_PLATFORM=offscreen or under xvfb-run, or use crmsuite-cli.\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CRM Suite"));
    QApplication::setApplicationName(QStringLiteral("crmsuite"));
    QApplication::setApplicationDisplayName(QStringLiteral("CRM Suite"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/crmsuite.svg")));
    Translations::install(QSettings().value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Crm::Shell", "CRM Suite for small and medium businesses"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Crm::Shell", "Database file to open."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("demo"), QCoreApplication::translate("Crm::Shell", "Open a fresh demo database.")});
    parser.addOption({QStringLiteral("page"),
                      QCoreApplication::translate("Crm::Shell", "Page to show first, e.g. sales.page.customers."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("Crm::Shell",
                                                  "Save a picture of the window to FILE and quit (for documentation)."),
                      QStringLiteral("FILE")});
    parser.process(app);

    AppContext ctx;
    ctx.setLongWork([](const QString &label, const std::function<void()> &work) {
        runBusyOrThrow(nullptr, label, work); // on a worker thread, a busy dialog saying what goes on
    });
    ctx.setNotice([](const QString &text) {
        QMessageBox::information(nullptr, QCoreApplication::translate("Crm::Shell", "CRM Suite"), text);
    });
    ctx.loadModules();
    registerShellPages(ctx.registry());
    for (const SkippedModule &s : ctx.modules().skipped())
        std::fprintf(stderr, "crmsuite: module %s skipped: %s\n", qPrintable(s.id.isEmpty() ? s.file : s.id),
                     qPrintable(s.reason));

    QString hint;
    try {
        if (parser.isSet(QStringLiteral("demo"))) {
            createDemo(ctx);
            hint = QCoreApplication::translate("Crm::Shell", "Demo company: every user's password is %1.")
                       .arg(QLatin1String(DemoGenerator::kPassword));
        } else {
            const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                                    : AppContext::defaultDatabasePath();
            try {
                ctx.openDatabase(path, AppContext::Access::Create);
            } catch (const Error &e) {
                // A file SQLite cannot read: the newest good backup, if the user wants it.
                if (!ShellController::offerRestoreOfUnreadable(ctx, path, e.message()))
                    return 1;
                ctx.openDatabase(path, AppContext::Access::Create);
            }
        }
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Crm::Shell", "Cannot open the database"),
                              e.message());
        return 1;
    }
    Database &db = *ctx.database();
    if (!Settings(db).isInitialized()) {
        SetupDialog setup(db);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }
    ShellController shell(ctx, hint);
    const auto session = logIn(db, hint);
    if (!session)
        return 0;
    shell.open(*session);
    // A quick check of the whole file and the daily backup, in a worker thread.
    shell.checkInBackground();
    if (parser.isSet(QStringLiteral("page")) && !shell.window()->showPage(parser.value(QStringLiteral("page")))) {
        std::fprintf(stderr, "crmsuite: no page %s\n", qPrintable(parser.value(QStringLiteral("page"))));
        return 2;
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(800, &app, [&shell, file] {
            const bool ok = shell.window()->grab().save(file);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
