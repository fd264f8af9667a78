#include "recordschema.h"

#include <QCoreApplication>

namespace Crm {

const FieldSpec *RecordSchema::field(const QString &column) const
{
    for (const FieldSpec &f : fields)
        if (f.column == column)
            return &f;
    return nullptr;
}

namespace {
#define TR(text) [] { return QCoreApplication::translate("Crm::Schemas", text); }
using T = FieldSpec::Type;
} // namespace

namespace Schemas {

const RecordSchema &warehouse()
{
    static const RecordSchema s{
        QStringLiteral("core.warehouse"),
        QStringLiteral("core_warehouse"),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Warehouse")),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Warehouses")),
        {{QStringLiteral("code"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Code")), T::Code, true, true},
         {QStringLiteral("name"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Name")), T::Text, true, true},
         {QStringLiteral("address"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Address")), T::Text},
         {QStringLiteral("active"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Active")), T::Bool}},
        {{QStringLiteral("active"), 1}}};
    return s;
}

const RecordSchema &currency()
{
    static const RecordSchema s{
        QStringLiteral("core.currency"),
        QStringLiteral("core_currency"),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Currency")),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Currencies")),
        {{QStringLiteral("code"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Code")), T::Code, true, true},
         {QStringLiteral("name"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Name")), T::Text, true},
         {QStringLiteral("symbol"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Symbol")), T::Text},
         {QStringLiteral("decimals"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Decimals")), T::Integer, true, false, 0, 4},
         {QStringLiteral("rate_micros"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Rate to base currency")), T::Micros,
          true, false, 1, 1000000000000LL},
         {QStringLiteral("active"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Active")), T::Bool}},
        {{QStringLiteral("decimals"), 2}, {QStringLiteral("rate_micros"), 1000000}, {QStringLiteral("active"), 1}}};
    return s;
}

const RecordSchema &taxRate()
{
    static const RecordSchema s{
        QStringLiteral("core.tax_rate"),
        QStringLiteral("core_tax_rate"),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Tax rate")),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Tax rates")),
        {{QStringLiteral("code"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Code")), T::Code, true, true},
         {QStringLiteral("name"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Name")), T::Text, true},
         {QStringLiteral("rate_bp"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Rate (%)")), T::Percent, true, false, 0,
          10000},
         {QStringLiteral("active"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Active")), T::Bool}},
        {{QStringLiteral("rate_bp"), 0}, {QStringLiteral("active"), 1}}};
    return s;
}

const RecordSchema &paymentTerms()
{
    static const RecordSchema s{
        QStringLiteral("core.payment_terms"),
        QStringLiteral("core_payment_terms"),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Payment terms")),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Payment terms")),
        {{QStringLiteral("code"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Code")), T::Code, true, true},
         {QStringLiteral("name"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Name")), T::Text, true},
         {QStringLiteral("days"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Days")), T::Integer, true, false, 0, 3650},
         {QStringLiteral("active"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Active")), T::Bool}},
        {{QStringLiteral("days"), 30}, {QStringLiteral("active"), 1}}};
    return s;
}

const RecordSchema &unit()
{
    static const RecordSchema s{
        QStringLiteral("core.unit"),
        QStringLiteral("core_unit"),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Unit")),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Units")),
        {{QStringLiteral("code"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Code")), T::Code, true, true},
         {QStringLiteral("name"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Name")), T::Text, true}},
        {}};
    return s;
}

const RecordSchema &productCategory()
{
    static const RecordSchema s{
        QStringLiteral("core.product_category"),
        QStringLiteral("core_product_category"),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Product category")),
        TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Product categories")),
        {{QStringLiteral("code"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Code")), T::Code, true, true},
         {QStringLiteral("name"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Name")), T::Text, true},
         {QStringLiteral("parent_id"), TR(QT_TRANSLATE_NOOP("Crm::Schemas", "Parent category")), T::Lookup, false,
          false, 0, 0, QStringLiteral("core_product_category")}},
        {}};
    return s;
}

QList<const RecordSchema *> all()
{
    return {&warehouse(), &currency(), &taxRate(), &paymentTerms(), &unit(), &productCategory()};
}

} // namespace Schemas
} // namespace Crm
