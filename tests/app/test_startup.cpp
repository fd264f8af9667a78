#include "guitest.h"

#include "appcontext.h"
#include "auth/userrepository.h"
#include "busytask.h"
#include "db/database.h"
#include "db/error.h"
#include "db/migrationset.h"
#include "logindialog.h"
#include "model/settings.h"
#include "module/modulemanager.h"
#include "module/registry.h"
#include "modulesdialog.h"
#include "settingsdialog.h"
#include "setupdialog.h"
#include "ui/fielderror.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace Crm;
using namespace Crm::Test;

namespace {
struct FreshDatabase
{
    Database db{QStringLiteral(":memory:"), Database::Mode::Create};
    FreshDatabase()
    {
        MigrationSet set;
        set.addFromResources(QStringLiteral("core"));
        db.migrate(set);
    }
};
} // namespace

TEST_CASE("the first start sets up the company and the administrator from the keyboard", "[app][startup]")
{
    FreshDatabase fresh;
    REQUIRE_FALSE(Settings(fresh.db).isInitialized());
    SetupDialog setup(fresh.db);
    setup.show();
    REQUIRE(QTest::qWaitForWindowExposed(&setup));
    auto *company = setup.findChild<QLineEdit *>(QStringLiteral("company"));
    REQUIRE(company);
    company->setFocus();
    REQUIRE(waitFor([&] { return company->hasFocus(); }));
    type(QStringLiteral("恒通贸易有限公司"));
    press(Qt::Key_Tab);
    QApplication::focusWidget()->setProperty("text", QString());
    type(QStringLiteral("EUR"));
    auto *password = setup.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *confirm = setup.findChild<QLineEdit *>(QStringLiteral("confirm"));
    password->setFocus();
    type(QStringLiteral("s3cret!"));
    press(Qt::Key_Tab);
    type(QStringLiteral("different"));
    press(Qt::Key_Return);
    // Mismatched passwords: the dialog stays, says why and writes nothing.
    CHECK(setup.isVisible());
    CHECK_FALSE(Settings(fresh.db).isInitialized());
    CHECK(setup.findChild<FieldError *>()->text().contains(QStringLiteral("differ")));
    confirm->clear();
    confirm->setFocus();
    type(QStringLiteral("s3cret!"));
    press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return !setup.isVisible(); }));
    CHECK(setup.result() == QDialog::Accepted);

    const Settings settings(fresh.db);
    CHECK(settings.companyName() == QStringLiteral("恒通贸易有限公司"));
    CHECK(settings.baseCurrency() == QStringLiteral("EUR"));
    UserRepository users(fresh.db, QStringLiteral("test"));
    const auto session = users.authenticate(QStringLiteral("admin"), QStringLiteral("s3cret!"));
    REQUIRE(session);
    CHECK(session->can(QStringLiteral("anything.at.all")));
}

TEST_CASE("the log-in refuses a wrong password and accepts the right one", "[app][startup]")
{
    FreshDatabase fresh;
    SetupAnswers a;
    a.companyName = QStringLiteral("Acme");
    a.adminPassword = QStringLiteral("right-one");
    Setup::initialize(fresh.db, a);
    LoginDialog login(fresh.db, QString());
    login.show();
    REQUIRE(QTest::qWaitForWindowExposed(&login));
    auto *name = login.findChild<QLineEdit *>(QStringLiteral("login"));
    auto *password = login.findChild<QLineEdit *>(QStringLiteral("password"));
    name->setText(QStringLiteral("admin"));
    password->setFocus();
    type(QStringLiteral("wrong-one"));
    press(Qt::Key_Return);
    CHECK(login.isVisible());
    CHECK(login.findChild<FieldError *>()->isVisible());
    CHECK(password->text().isEmpty());
    CHECK(password->hasFocus());
    type(QStringLiteral("right-one"));
    press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return !login.isVisible(); }));
    CHECK(login.result() == QDialog::Accepted);
    CHECK(login.session().login() == QStringLiteral("admin"));
}

TEST_CASE("Help, Modules lists skipped modules with the reason", "[app][modules]")
{
    // The fixture plugins of the core tests: one needs a module that is absent.
    ModuleManager modules({QStringLiteral(CRM_TEST_FIXTURE_DIR "/missing")});
    modules.load();
    REQUIRE_FALSE(modules.skipped().isEmpty());
    ModulesDialog dialog(modules);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("modules"));
    REQUIRE(tree);
    CHECK(tree->topLevelItemCount() == modules.loaded().size() + modules.skipped().size());
    int skippedRows = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString status = tree->topLevelItem(i)->text(2);
        if (status.contains(QStringLiteral("nonexistent")))
            ++skippedRows;
    }
    CHECK(skippedRows >= 1);
    screenshot(&dialog, QStringLiteral("modules-dialog"));
}

TEST_CASE("settings change the company details and refuse a bad prefix", "[app][settings]")
{
    FreshDatabase fresh;
    SetupAnswers a;
    a.companyName = QStringLiteral("Acme");
    a.adminPassword = QStringLiteral("right-one");
    Setup::initialize(fresh.db, a);
    UserRepository users(fresh.db, QStringLiteral("admin"));
    const Session session = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    Registry registry;
    SettingsDialog dialog(fresh.db, session, registry);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("company.name"));
    auto *prefix = dialog.findChild<QLineEdit *>(QStringLiteral("numbering.prefix"));
    REQUIRE(name);
    REQUIRE(prefix);
    name->selectAll();
    typeInto(name, QStringLiteral("Acme Distribución S.L."));
    prefix->selectAll();
    typeInto(prefix, QStringLiteral("b-2"));
    screenshot(&dialog, QStringLiteral("settings-dialog"));
    QString refusal;
    onNextModal([&](QWidget *box) {
        refusal = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->accept();
    });
    dialog.save();
    CHECK(refusal.contains(QStringLiteral("prefix")));
    CHECK(Settings(fresh.db).companyName() == QStringLiteral("Acme"));
    prefix->selectAll();
    typeInto(prefix, QStringLiteral("B2"));
    dialog.save();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(Settings(fresh.db).companyName() == QStringLiteral("Acme Distribución S.L."));
    CHECK(Settings(fresh.db).numberPrefix() == QStringLiteral("B2"));
}

namespace {
// A database the suite made, set back to before core migration 5 (the owner
// index then held every party): the next opening upgrades it.
QString databaseBeforeCore5(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("older.db"));
    {
        AppContext ctx;
        Database &db = ctx.openDatabase(path, AppContext::Access::Create);
        db.exec(QStringLiteral("DROP INDEX core_party_owner"));
        db.exec(QStringLiteral("CREATE INDEX core_party_owner ON core_party(owner_id)"));
        db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE module = 'core' AND version = 5"));
    }
    return path;
}

QString ownerIndexSql(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'core_party_owner'")).toString();
}
} // namespace

TEST_CASE("opening a database of an earlier version upgrades it through the long-work runner", "[app][startup]")
{
    QTemporaryDir dir;
    const QString path = databaseBeforeCore5(dir);
    QStringList labels;
    bool onOtherThread = false;
    AppContext ctx;
    ctx.setLongWork([&](const QString &label, const std::function<void()> &work) {
        labels << label;
        std::thread worker([&] {
            onOtherThread = true;
            work();
        });
        worker.join();
    });
    Database &db = ctx.openDatabase(path, AppContext::Access::Write);
    CHECK(labels ==
          QStringList{QStringLiteral(
              "Upgrading the database to this version of CRM Suite (once; a large database takes a while)…")});
    CHECK(onOtherThread);
    CHECK(ownerIndexSql(db).contains(QStringLiteral("WHERE owner_id IS NOT NULL")));
    CHECK(db.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations WHERE module = 'core'")).toInt() == 5);

    // Up to date now: the next opening has nothing long to do.
    AppContext again;
    again.setLongWork([&](const QString &label, const std::function<void()> &work) {
        labels << label;
        work();
    });
    again.openDatabase(path, AppContext::Access::Write);
    CHECK(labels.size() == 1);
    // Nor has a new file.
    again.openDatabase(dir.filePath(QStringLiteral("new.db")), AppContext::Access::Create);
    CHECK(labels.size() == 1);
}

TEST_CASE("long work shows a busy dialog with its label and passes its error on", "[app][startup]")
{
    const QString label = QStringLiteral("Upgrading the database…");
    QString seen;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())) {
            if (seen.isEmpty())
                screenshot(dialog, QStringLiteral("upgrade-busy"));
            seen = dialog->labelText();
        }
    });
    watch.start();
    std::thread::id ranOn;
    runBusyOrThrow(nullptr, label, [&] {
        ranOn = std::this_thread::get_id();
        std::this_thread::sleep_for(std::chrono::milliseconds(900)); // past the dialog's 300 ms
    });
    watch.stop();
    CHECK(seen == label);
    CHECK(ranOn != std::this_thread::get_id());

    QString error;
    try {
        runBusyOrThrow(nullptr, label, [] { throw Error(QStringLiteral("Migration core/5 failed: disk full")); });
    } catch (const Error &e) {
        error = e.message();
    }
    CHECK(error == QStringLiteral("Migration core/5 failed: disk full"));

    // Off the window's thread (an upgrade inside a restore): no dialog, the
    // work runs right there, its error still passed on.
    std::thread::id caller;
    std::thread::id worker;
    QString nestedError;
    std::thread([&] {
        caller = std::this_thread::get_id();
        runBusyOrThrow(nullptr, label, [&] { worker = std::this_thread::get_id(); });
        try {
            runBusyOrThrow(nullptr, label, [] { throw Error(QStringLiteral("nested")); });
        } catch (const Error &e) {
            nestedError = e.message();
        }
    }).join();
    CHECK(worker == caller);
    CHECK(nestedError == QStringLiteral("nested"));
}
