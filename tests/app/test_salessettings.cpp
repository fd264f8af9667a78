#include "shell.h"

#include "model/documenteditor.h"
#include "model/salessettings.h"
#include "model/settings.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
int roleRow(QTableWidget *roles, const QString &name)
{
    for (int row = 0; row < roles->rowCount(); ++row)
        if (roles->item(row, 0)->text() == name)
            return row;
    return -1;
}
} // namespace

TEST_CASE("Settings → Sales: rounding, validity and role discounts; a bad value changes nothing",
          "[app][sales][settings]")
{
    Shell shell(10);
    const Database &db = shell.db();
    UserRepository users(db, QStringLiteral("admin"));
    const Session admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    const QString assistantRole = users.roleByCode(QStringLiteral("sales"))->name;
    const QString companyBefore = Settings(db).companyName();

    SettingsDialog dialog(db, admin, shell.ctx.registry(), shell.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    REQUIRE(tabs);
    auto *section = dialog.findChild<QWidget *>(QStringLiteral("sales.settings"));
    REQUIRE(section);
    tabs->setCurrentWidget(section);
    screenshot(&dialog, QStringLiteral("settings-sales"));
    auto *rounding = section->findChild<QComboBox *>(QStringLiteral("rounding"));
    auto *validity = section->findChild<QSpinBox *>(QStringLiteral("validity_days"));
    auto *roles = section->findChild<QTableWidget *>(QStringLiteral("roleDiscounts"));
    REQUIRE((rounding && validity && roles));
    const int row = roleRow(roles, assistantRole);
    REQUIRE(row >= 0);
    CHECK(roles->item(row, 1)->text() == QStringLiteral("10%"));

    rounding->setCurrentIndex(rounding->findData(int(Pricing::Rounding::PerDocument)));
    validity->setValue(14);
    roles->item(row, 1)->setText(QStringLiteral("abc"));
    bool warned = false;
    onNextModal([&](QWidget *box) {
        auto *message = qobject_cast<QMessageBox *>(box);
        REQUIRE(message);
        CHECK(message->text().contains(assistantRole));
        CHECK(message->text().contains(QStringLiteral("abc")));
        warned = true;
        message->accept();
    });
    QMetaObject::invokeMethod(&dialog, "save");
    REQUIRE(warned);
    // Nothing was stored: not the rounding before the bad discount, not the company.
    CHECK(SalesSettings::load(db).rounding == Pricing::Rounding::PerLine);
    CHECK(SalesSettings::load(db).validityDays == 30);

    roles->item(row, 1)->setText(QStringLiteral("15"));
    // The inventory module's tab in the same dialog: negative stock with a warning.
    auto *negative = dialog.findChild<QComboBox *>(QStringLiteral("negative_stock"));
    REQUIRE(negative);
    negative->setCurrentIndex(1);
    QMetaObject::invokeMethod(&dialog, "save");
    CHECK(Settings(db).value(QStringLiteral("inventory.negative_stock")) == QStringLiteral("warn"));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(SalesSettings::load(db).rounding == Pricing::Rounding::PerDocument);
    CHECK(Settings(db).companyName() == companyBefore);
    CHECK(users.roleByCode(QStringLiteral("sales"))->maxDiscountBp == 1500);

    // New documents follow the settings; an assistant's limit is the new one.
    DocumentEditor quotation(db, admin, SalesDocument::Kind::Quotation, 0);
    CHECK(quotation.document().rounding == Pricing::Rounding::PerDocument);
    CHECK(quotation.document().validUntil == QDate::currentDate().addDays(14));
    CHECK(Guardrails::limitsFor(db, QStringLiteral("wang.fang"), 0).maxDiscount == Rate::fromPercent(15));
}
