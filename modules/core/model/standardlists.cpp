#include "standardlists.h"

#include "model/decimal.h"
#include "model/money.h"
#include "model/party.h"
#include "model/quantity.h"
#include "model/rate.h"

#include <QCoreApplication>
#include <QLocale>

namespace Crm::StandardLists {

namespace {
#define TRL(text) [] { return QCoreApplication::translate("Crm::StandardLists", text); }
using K = ListColumn::Kind;

// The distinct values of a column as (value, label) rows, by skipping through the
// (role, column) index one value at a time instead of reading every row.
QString distinctValues(const QString &column, bool customers)
{
    const QString role = customers ? QStringLiteral("is_customer") : QStringLiteral("is_supplier");
    return QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM core_party WHERE %2 = 1 AND %1 > '' "
                          "UNION ALL SELECT (SELECT min(%1) FROM core_party WHERE %2 = 1 AND %1 > v.x) FROM v "
                          "WHERE v.x IS NOT NULL) SELECT x, x FROM v WHERE x IS NOT NULL")
        .arg(column, role);
}
} // namespace

ListSpec parties(const QString &id, bool customers)
{
    ListSpec s;
    s.id = id;
    s.from = QStringLiteral("core_party p LEFT JOIN core_user u ON u.id = p.owner_id");
    s.idExpr = QStringLiteral("p.id");
    s.where = customers ? QStringLiteral("p.is_customer = 1") : QStringLiteral("p.is_supplier = 1");
    s.searchTable = QStringLiteral("core_party");
    s.columns = {
        {QStringLiteral("code"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Code")), QStringLiteral("p.code")},
        {QStringLiteral("name"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Name")), QStringLiteral("p.name")},
        {QStringLiteral("short_name"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Short name")),
         QStringLiteral("p.short_name"), false},
        {QStringLiteral("city"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "City")), QStringLiteral("p.city")},
        {QStringLiteral("region"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Region")), QStringLiteral("p.region")},
        {QStringLiteral("phone"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Phone")), QStringLiteral("p.phone"),
         false},
        {QStringLiteral("level"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Level")), QStringLiteral("p.level")},
        {QStringLiteral("status"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Status")), QStringLiteral("p.status"),
         true, K::Text, [](const QVariant &v) { return Party::statusTitle(v.toString()); }},
        {QStringLiteral("owner"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Owner")),
         QStringLiteral("COALESCE(u.name, '')"), false},
    };
    s.filters = {
        {QStringLiteral("status"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Status")), QStringLiteral("p.status"),
         [] {
             QList<QPair<QString, QVariant>> out;
             for (const QString &st : Party::statuses())
                 out.append({Party::statusTitle(st), st});
             return out;
         }},
        {QStringLiteral("level"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Level")), QStringLiteral("p.level"),
         nullptr, distinctValues(QStringLiteral("level"), customers)},
        {QStringLiteral("region"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Region")), QStringLiteral("p.region"),
         nullptr, distinctValues(QStringLiteral("region"), customers)},
        {QStringLiteral("owner"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Owner")), QStringLiteral("p.owner_id"),
         nullptr, QStringLiteral("SELECT id, name FROM core_user ORDER BY name")},
    };
    s.defaultSortColumn = 1;
    s.searchHint = TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Search code, name, phone, city or contact (Ctrl+F)"));
    return s;
}

ListSpec products(const QString &id)
{
    ListSpec s;
    s.id = id;
    s.from = QStringLiteral("core_product p LEFT JOIN core_unit un ON un.id = p.unit_id "
                            "LEFT JOIN core_product_category c ON c.id = p.category_id");
    s.idExpr = QStringLiteral("p.id");
    s.searchTable = QStringLiteral("core_product");
    s.columns = {
        {QStringLiteral("code"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Code")), QStringLiteral("p.code")},
        {QStringLiteral("name"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Name")), QStringLiteral("p.name")},
        {QStringLiteral("specification"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Specification")),
         QStringLiteral("p.specification"), false},
        {QStringLiteral("unit"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Unit")),
         QStringLiteral("COALESCE(un.name, '')"), false},
        {QStringLiteral("category"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Category")),
         QStringLiteral("COALESCE(c.name, '')"), false},
        {QStringLiteral("barcode"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Barcode")),
         QStringLiteral("p.barcode"), false},
        {QStringLiteral("cost"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Cost")), QStringLiteral("p.cost_minor"),
         false, K::Money},
        {QStringLiteral("sale_price"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Sale price")),
         QStringLiteral("p.sale_price_minor"), false, K::Money},
        {QStringLiteral("safety_stock"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Safety stock")),
         QStringLiteral("p.safety_stock_milli"), false, K::Quantity},
    };
    s.filters = {
        {QStringLiteral("category"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Category")),
         QStringLiteral("p.category_id"), nullptr,
         QStringLiteral("SELECT id, name FROM core_product_category ORDER BY name")},
        {QStringLiteral("active"), TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Active")), QStringLiteral("p.active"),
         [] {
             return QList<QPair<QString, QVariant>>{{QCoreApplication::translate("Crm::StandardLists", "Active"), 1},
                                                    {QCoreApplication::translate("Crm::StandardLists", "Inactive"), 0}};
         }},
    };
    s.defaultSortColumn = 0;
    s.searchHint = TRL(QT_TRANSLATE_NOOP("Crm::StandardLists", "Search code, name, specification or barcode (Ctrl+F)"));
    return s;
}

ListSpec records(const QString &id, const RecordSchema &schema)
{
    ListSpec s;
    s.id = id;
    s.from = schema.table + QStringLiteral(" r");
    s.idExpr = QStringLiteral("r.id");
    s.likeExprs = QStringLiteral("r.code, r.name");
    for (const FieldSpec &f : schema.fields) {
        ListColumn c{f.column, f.title, QStringLiteral("r.") + f.column,
                     f.column == QLatin1String("code") || f.column == QLatin1String("name")};
        switch (f.type) {
        case FieldSpec::Type::Bool:
            c.kind = K::Bool;
            break;
        case FieldSpec::Type::Percent:
            c.kind = K::Percent;
            break;
        case FieldSpec::Type::Integer:
            c.kind = K::Integer;
            break;
        case FieldSpec::Type::Micros:
            c.kind = K::Integer;
            c.scale = 6;
            c.display = [](const QVariant &v) { return Decimal::format(v.toLongLong(), 6, QLocale()); };
            break;
        case FieldSpec::Type::Lookup:
            c.expr = QStringLiteral("COALESCE((SELECT l.name FROM %1 l WHERE l.id = r.%2), '')")
                         .arg(f.lookupTable, f.column);
            c.sortable = false;
            break;
        default:
            break;
        }
        s.columns << c;
    }
    s.defaultSortColumn = 0;
    return s;
}

} // namespace Crm::StandardLists
