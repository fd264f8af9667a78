#include "setup.h"

#include "auth/user.h"
#include "auth/userrepository.h"
#include "db/database.h"
#include "db/error.h"
#include "model/money.h"
#include "model/recordrepository.h"
#include "model/settings.h"

#include <QRegularExpression>

namespace Crm {

void Setup::validate(const SetupAnswers &a)
{
    if (a.companyName.trimmed().isEmpty())
        throw Error(tr("The company name is required."), QStringLiteral("company"));
    static const QRegularExpression cur(QStringLiteral("^[A-Z]{3}$"));
    if (!cur.match(a.baseCurrency).hasMatch())
        throw Error(tr("The base currency must be a three-letter ISO code such as CNY, EUR or USD."),
                    QStringLiteral("currency"));
    static const QRegularExpression prefix(QStringLiteral("^[A-Z0-9]{1,4}$"));
    if (!prefix.match(a.numberPrefix).hasMatch())
        throw Error(tr("The document-number prefix must be 1 to 4 capital letters or digits."),
                    QStringLiteral("prefix"));
    if (a.adminPassword.size() < 6)
        throw Error(tr("The administrator password must have at least 6 characters."), QStringLiteral("password"));
}

void Setup::initialize(const Database &db, const SetupAnswers &a)
{
    validate(a);
    Settings settings(db);
    if (settings.isInitialized())
        throw Error(tr("The database %1 is already set up.").arg(db.path()));
    const QString actor = a.adminLogin;
    WriteTransaction tx(db);
    settings.setValue(QStringLiteral("company.name"), a.companyName.trimmed());
    settings.setValue(QStringLiteral("company.base_currency"), a.baseCurrency);
    settings.setValue(QStringLiteral("numbering.prefix"), a.numberPrefix);
    settings.setValue(QStringLiteral("auth.single_user_login"), a.singleUser ? a.adminLogin : QString());

    UserRepository users(db, actor);
    struct RoleDef
    {
        const char *code;
        const char *name;
        QStringList perms;
    };
    const QList<RoleDef> roles{
        {"admin", QT_TRANSLATE_NOOP("Crm::Setup", "Administrator"), {QStringLiteral("*")}},
        {"manager",
         QT_TRANSLATE_NOOP("Crm::Setup", "Sales manager"),
         {QStringLiteral("sales.customers.view"), QStringLiteral("sales.customers.edit"),
          QStringLiteral("sales.customers.delete"), QStringLiteral("sales.quotations.view"),
          QStringLiteral("sales.quotations.edit"), QStringLiteral("sales.orders.view"),
          QStringLiteral("sales.orders.edit"), QStringLiteral("sales.shipping.view"),
          QStringLiteral("sales.shipping.edit"), QStringLiteral("purchasing.suppliers.view"),
          QStringLiteral("inventory.products.view"), QStringLiteral("inventory.warehouses.view"),
          QStringLiteral("finance.reference.view"), QStringLiteral("sales.discount.approve"),
          QStringLiteral("inventory.stock.view"), QStringLiteral("sales.loans.view"),
          QStringLiteral("sales.loans.edit")}},
        {"sales",
         QT_TRANSLATE_NOOP("Crm::Setup", "Sales assistant"),
         {QStringLiteral("sales.customers.view"), QStringLiteral("sales.customers.edit"),
          QStringLiteral("sales.quotations.view"), QStringLiteral("sales.quotations.edit"),
          QStringLiteral("sales.orders.view"), QStringLiteral("sales.orders.edit"),
          QStringLiteral("sales.shipping.view"), QStringLiteral("sales.shipping.edit"),
          QStringLiteral("inventory.products.view"), QStringLiteral("inventory.warehouses.view"),
          QStringLiteral("inventory.stock.view"), QStringLiteral("sales.loans.view"),
          QStringLiteral("sales.loans.edit")}},
        {"buyer",
         QT_TRANSLATE_NOOP("Crm::Setup", "Buyer"),
         {QStringLiteral("purchasing.suppliers.view"), QStringLiteral("purchasing.suppliers.edit"),
          QStringLiteral("inventory.products.view"), QStringLiteral("inventory.products.edit"),
          QStringLiteral("inventory.warehouses.view"), QStringLiteral("inventory.stock.view")}},
        {"warehouse",
         QT_TRANSLATE_NOOP("Crm::Setup", "Warehouse"),
         {QStringLiteral("inventory.products.view"), QStringLiteral("inventory.products.edit"),
          QStringLiteral("inventory.warehouses.view"), QStringLiteral("inventory.warehouses.edit"),
          QStringLiteral("sales.shipping.view"), QStringLiteral("sales.shipping.edit"),
          QStringLiteral("sales.orders.view"), QStringLiteral("inventory.stock.view"),
          QStringLiteral("inventory.stock.edit"), QStringLiteral("sales.loans.view"),
          QStringLiteral("sales.loans.edit")}},
        {"finance",
         QT_TRANSLATE_NOOP("Crm::Setup", "Finance supervisor"),
         {QStringLiteral("finance.reference.view"), QStringLiteral("finance.reference.edit"),
          QStringLiteral("sales.customers.view"), QStringLiteral("sales.orders.view"),
          QStringLiteral("purchasing.suppliers.view")}},
    };
    qint64 adminRole = 0;
    for (const RoleDef &d : roles) {
        Role r{0, {}, QString::fromLatin1(d.code), tr(d.name), d.perms};
        if (auto existing = users.roleByCode(r.code))
            r.id = existing->id;
        users.saveRole(r);
        if (r.code == QLatin1String("admin"))
            adminRole = r.id;
    }
    // Discounts a role may give without a manager's approval.
    db.exec(QStringLiteral("UPDATE core_role SET max_discount_bp = 1000 WHERE code = 'sales'"));
    db.exec(QStringLiteral("UPDATE core_role SET max_discount_bp = 3000 WHERE code = 'manager'"));
    User admin;
    if (auto existing = users.findByLogin(a.adminLogin))
        admin = *existing;
    admin.login = a.adminLogin;
    admin.name = a.adminName.trimmed().isEmpty() ? tr("Administrator") : a.adminName.trimmed();
    admin.roleId = adminRole;
    admin.active = true;
    users.save(admin, a.adminPassword);

    RecordRepository currencies(db, Schemas::currency(), actor);
    QVariantMap base{{QStringLiteral("code"), a.baseCurrency},
                     {QStringLiteral("name"), a.baseCurrency},
                     {QStringLiteral("decimals"), Money::decimalsFor(a.baseCurrency)},
                     {QStringLiteral("rate_micros"), 1000000},
                     {QStringLiteral("active"), 1}};
    if (!db.scalar(QStringLiteral("SELECT id FROM core_currency WHERE code = ?"), {a.baseCurrency}).isValid())
        currencies.save(base);

    RecordRepository units(db, Schemas::unit(), actor);
    const QList<QPair<QString, QString>> unitRows{{QStringLiteral("PCS"), tr("piece")},
                                                  {QStringLiteral("BOX"), tr("box")},
                                                  {QStringLiteral("KG"), tr("kilogram")},
                                                  {QStringLiteral("M"), tr("metre")},
                                                  {QStringLiteral("SET"), tr("set")}};
    for (const auto &[code, name] : unitRows) {
        if (db.scalar(QStringLiteral("SELECT id FROM core_unit WHERE code = ?"), {code}).isValid())
            continue;
        QVariantMap v{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
        units.save(v);
    }
    RecordRepository terms(db, Schemas::paymentTerms(), actor);
    const QList<QPair<QString, int>> termRows{
        {QStringLiteral("COD"), 0}, {QStringLiteral("NET30"), 30}, {QStringLiteral("NET60"), 60}};
    for (const auto &[code, days] : termRows) {
        if (db.scalar(QStringLiteral("SELECT id FROM core_payment_terms WHERE code = ?"), {code}).isValid())
            continue;
        QVariantMap v{{QStringLiteral("code"), code},
                      {QStringLiteral("name"), days == 0 ? tr("Cash on delivery") : tr("Net %1 days").arg(days)},
                      {QStringLiteral("days"), days},
                      {QStringLiteral("active"), 1}};
        terms.save(v);
    }
    settings.setValue(QStringLiteral("company.initialized"), Database::nowUtc());
    tx.commit();
}

} // namespace Crm
