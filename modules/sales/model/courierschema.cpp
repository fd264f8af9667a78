#include "courierschema.h"

#include "model/recordschema.h"

#include <QCoreApplication>

namespace Crm::Sales {

#define TR(text) [] { return QCoreApplication::translate("Crm::Sales", text); }

const RecordSchema &courierSchema()
{
    using T = FieldSpec::Type;
    static const RecordSchema s{
        QStringLiteral("sales.courier"),
        QStringLiteral("sales_courier"),
        TR(QT_TRANSLATE_NOOP("Crm::Sales", "Courier")),
        TR(QT_TRANSLATE_NOOP("Crm::Sales", "Couriers")),
        {{QStringLiteral("code"), TR(QT_TRANSLATE_NOOP("Crm::Sales", "Code")), T::Code, true, true},
         {QStringLiteral("name"), TR(QT_TRANSLATE_NOOP("Crm::Sales", "Name")), T::Text, true, true},
         {QStringLiteral("tracking_url"),
          TR(QT_TRANSLATE_NOOP("Crm::Sales", "Tracking link ({tracking} = number)")), T::Text},
         {QStringLiteral("active"), TR(QT_TRANSLATE_NOOP("Crm::Sales", "Active")), T::Bool}},
        {{QStringLiteral("active"), 1}}};
    return s;
}

#undef TR

} // namespace Crm::Sales
