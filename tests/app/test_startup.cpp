#include "guitest.h"

#include "auth/userrepository.h"
#include "db/database.h"
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
#include <QTreeWidget>
#include <catch2/catch.hpp>

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
