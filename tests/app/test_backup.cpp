#include "cli.h"
#include "guitest.h"
#include "testfiles.h"
#include "testdb.h"

#include "appcontext.h"
#include "auth/userrepository.h"
#include "db/backup.h"
#include "db/backupfolder.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "model/backupsettings.h"
#include "settingsdialog.h"
#include "shellcontroller.h"
#include "shellpages.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Crm;
using namespace Crm::Test;

namespace {
int customersIn(const QString &path)
{
    const Database db(path, Database::Mode::ReadOnly);
    return db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE is_customer = 1")).toInt();
}

void addCustomer(const QString &path, const QString &name)
{
    const Database db(path);
    makeCustomer(db, name);
}

// Runs `drive` on the next modal window named `name` (other modal windows, such
// as a busy dialog, are let be).
void onModalNamed(const QString &name, std::function<void(QWidget *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, drive] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == name) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        }
    });
    timer->start();
}

// A small demo company on disk; returns the administrator's session.
Session createDemoCompany(const QString &path)
{
    AppContext ctx;
    ctx.openDatabase(path, AppContext::Access::Create);
    DemoOptions options;
    options.customers = 200;
    options.products = 30;
    ctx.createDemo(options);
    UserRepository users(*ctx.database(), QStringLiteral("admin"));
    return users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
}

// The modules and the shell's own pages, as `crmsuite` loads them.
void loadShell(AppContext &ctx)
{
    ctx.loadModules();
    registerShellPages(ctx.registry());
}

int customers(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE is_customer = 1")).toInt();
}

QAction *fileAction(MainWindow *window, const QString &name)
{
    auto *action = window->findChild<QAction *>(name);
    REQUIRE(action);
    return action;
}

} // namespace

TEST_CASE("crmsuite-cli backs up to a file and into the backups folder, and restores", "[app][cli][backup]")
{
    QTemporaryDir dir;
    const QMap<QString, QString> admin{{QStringLiteral("CRM_PASSWORD"), QStringLiteral("secret1")}};
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--company"),
                 QStringLiteral("Acme"), QStringLiteral("--admin-password"), QStringLiteral("secret1")})
                .status == 0);
    addCustomer(path, QStringLiteral("First customer"));

    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    const CliRun to = cli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--to"), copy}, admin);
    INFO(to.err.toStdString());
    REQUIRE(to.status == 0);
    CHECK(to.out.contains(copy));
    CHECK(customersIn(copy) == 1);

    const CliRun folder = cli({QStringLiteral("backup"), QStringLiteral("--db"), path}, admin);
    REQUIRE(folder.status == 0);
    const QList<BackupEntry> inFolder = BackupFolder(path).list();
    REQUIRE(inFolder.size() == 1);
    CHECK(folder.out.contains(inFolder.first().path));

    addCustomer(path, QStringLiteral("After the backup"));
    REQUIRE(customersIn(path) == 2);
    const CliRun restored = cli({QStringLiteral("restore"), copy, QStringLiteral("--db"), path}, admin);
    INFO(restored.err.toStdString());
    REQUIRE(restored.status == 0);
    CHECK(customersIn(path) == 1);
    const QStringList kept =
        QDir(dir.path()).entryList({QStringLiteral("crm.db.before-restore-????????-??????-???")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(restored.out.contains(kept.first()));
    CHECK(customersIn(dir.filePath(kept.first())) == 2);

    SECTION("a backup from a newer schema or a damaged one is refused and nothing changes")
    {
        const QString bad = dir.filePath(QStringLiteral("bad.db"));
        REQUIRE(QFile::copy(copy, bad));
        QString expected;
        SECTION("newer schema")
        {
            const Database db(bad);
            db.exec(QStringLiteral("INSERT INTO schema_migrations(module, version, name, applied_at) "
                                   "VALUES ('core', 999, 'future', '')"));
            expected = QStringLiteral("newer version");
        }
        SECTION("overwritten pages")
        {
            overwritePagesOf(bad, QStringLiteral("core_party"));
            expected = bad;
        }
        const QByteArray before = fileBytes(path);
        const CliRun refused = cli({QStringLiteral("restore"), bad, QStringLiteral("--db"), path}, admin);
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(expected));
        CHECK(fileBytes(path) == before);
        CHECK(
            QDir(dir.path()).entryList({QStringLiteral("crm.db.before-restore-????????-??????-???")}, QDir::Files).size() ==
            1);
    }
}

TEST_CASE("File, Back up now makes a checked backup and File, Restore puts it back", "[app][backup][gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    const Session session = createDemoCompany(path);
    AppContext ctx;
    loadShell(ctx);
    ctx.openDatabase(path, AppContext::Access::Write);
    ShellController controller(ctx, QString());
    controller.open(session);
    REQUIRE(QTest::qWaitForWindowExposed(controller.window()));
    const int before = customers(*ctx.database());

    fileAction(controller.window(), QStringLiteral("backUpNow"))->trigger();
    const QList<BackupEntry> backups = BackupFolder(path).list();
    REQUIRE(backups.size() == 1);
    CHECK_NOTHROW(Backup::verify(backups.first().path, ctx.migrations()));
    CHECK(controller.window()->statusBar()->currentMessage().contains(QDir::toNativeSeparators(backups.first().path)));

    makeCustomer(*ctx.database(), QStringLiteral("Typed after the backup"));
    REQUIRE(customers(*ctx.database()) == before + 1);

    MainWindow *old = controller.window();
    onModalNamed(QStringLiteral("restoreDialog"), [](QWidget *dialog) {
        screenshot(dialog, QStringLiteral("restore-dialog"));
        dialog->findChild<QPushButton *>(QStringLiteral("restore"))->click();
    });
    QString restoredText;
    onModalNamed(QStringLiteral("restored"), [&](QWidget *box) {
        restoredText = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->accept();
    });
    fileAction(old, QStringLiteral("restoreBackup"))->trigger();
    REQUIRE(waitFor([&] { return !restoredText.isEmpty(); }, 20000));
    REQUIRE(controller.window());
    CHECK(controller.window() != old);
    CHECK(controller.window()->session().login() == QStringLiteral("admin"));
    CHECK(customers(*ctx.database()) == before);
    CHECK_FALSE(ctx.database()->isReadOnly());
    const QStringList kept =
        QDir(dir.path()).entryList({QStringLiteral("crm.db.before-restore-????????-??????-???")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(restoredText.contains(kept.first()));
    CHECK(customersIn(dir.filePath(kept.first())) == before + 1);
    // The restored database takes new records again.
    CHECK_NOTHROW(makeCustomer(*ctx.database(), QStringLiteral("After the restore")));
}

TEST_CASE("A damaged database found at start opens read-only and the newest good backup is restored",
          "[app][backup][gui][damage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    const Session session = createDemoCompany(path);
    int before = 0;
    {
        const Database db(path);
        before = customers(db);
        BackupFolder(path).backUp(db, 7, QDateTime::currentDateTime().addDays(-1));
    }
    // The stock ledger: the start and the first page do not read it.
    overwritePagesOf(path, QStringLiteral("inventory_move"));
    REQUIRE_FALSE(Backup::damage(path).isEmpty());

    AppContext ctx;
    loadShell(ctx);
    ctx.openDatabase(path, AppContext::Access::Create); // as the window: the schema still reads, the damage is further in
    ShellController controller(ctx, QString());
    controller.open(session);
    QString offer;
    bool readOnlyWhileOffered = false;
    QString refusal;
    onModalNamed(QStringLiteral("damagedDatabase"), [&](QWidget *box) {
        offer = qobject_cast<QMessageBox *>(box)->text();
        readOnlyWhileOffered = ctx.database()->isReadOnly() && controller.window() &&
                               controller.window()->windowTitle().contains(QStringLiteral("read-only"));
        try {
            WriteTransaction tx(*ctx.database());
        } catch (const Error &e) {
            refusal = e.message();
        }
        screenshot(controller.window(), QStringLiteral("damaged-read-only"));
        box->findChild<QPushButton *>(QStringLiteral("restoreBackup"))->click();
    });
    bool restored = false;
    onModalNamed(QStringLiteral("restored"), [&](QWidget *box) {
        restored = true;
        qobject_cast<QMessageBox *>(box)->accept();
    });
    controller.checkInBackground();
    REQUIRE(waitFor([&] { return restored; }, 30000));
    CHECK(offer.contains(QStringLiteral("found problems")));
    CHECK(readOnlyWhileOffered);
    CHECK(refusal.contains(QStringLiteral("read-only")));
    CHECK_FALSE(ctx.database()->isReadOnly());
    CHECK(Backup::damage(path).isEmpty());
    CHECK(customers(*ctx.database()) == before);
    CHECK_FALSE(controller.window()->windowTitle().contains(QStringLiteral("read-only")));
    // The damaged file is kept beside the restored one.
    CHECK(QDir(dir.path()).entryList({QStringLiteral("crm.db.before-restore-????????-??????-???")}, QDir::Files).size() ==
          1);
}

TEST_CASE("A database whose schema no longer reads is offered the newest good backup before the window opens",
          "[app][backup][gui][damage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.db"));
    createDemoCompany(path);
    {
        const Database db(path);
        BackupFolder(path).backUp(db, 7);
    }
    overwritePagesOf(path, QStringLiteral("sqlite_schema"));
    AppContext ctx;
    loadShell(ctx);
    QString error;
    try {
        ctx.openDatabase(path, AppContext::Access::Create);
    } catch (const Error &e) {
        error = e.message();
    }
    REQUIRE_FALSE(error.isEmpty());
    QString offer;
    onModalNamed(QStringLiteral("unreadableDatabase"), [&](QWidget *box) {
        offer = qobject_cast<QMessageBox *>(box)->text();
        box->findChild<QPushButton *>(QStringLiteral("restoreBackup"))->click();
    });
    REQUIRE(ShellController::offerRestoreOfUnreadable(ctx, path, error));
    CHECK(offer.contains(error));
    CHECK_NOTHROW(ctx.openDatabase(path, AppContext::Access::Create));
    CHECK(Backup::damage(path).isEmpty());
}

TEST_CASE("Settings, Backups turns the daily backup off and sets how many are kept", "[app][backup][settings]")
{
    TestDatabase fresh;
    initializeCompany(fresh);
    UserRepository users(fresh, QStringLiteral("admin"));
    const Session session = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    Registry registry;
    registerShellPages(registry);
    SettingsDialog dialog(fresh, session, registry);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *automatic = dialog.findChild<QCheckBox *>(QStringLiteral("backup.automatic"));
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("backup.keep"));
    REQUIRE(automatic);
    REQUIRE(keep);
    CHECK(automatic->isChecked());
    CHECK(keep->value() == 7);
    automatic->setChecked(false);
    keep->selectAll();
    typeInto(keep, QStringLiteral("3"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    const BackupSettings saved = BackupSettings::load(fresh);
    CHECK_FALSE(saved.automatic);
    CHECK(saved.keep == 3);
}

TEST_CASE("crmsuite-cli bench backup prints the backup against its baseline", "[app][cli][backup][bench]")
{
    const CliRun run =
        cli({QStringLiteral("bench"), QStringLiteral("backup"), QStringLiteral("--customers"), QStringLiteral("300")});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("baseline: file copy with flush")));
    CHECK(run.out.contains(QStringLiteral("backup, checked and in place")));
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("in place.*x\\d+\\.\\d\\d baseline"))));
}
