#include "shipmentlists.h"

#include "model/shipment.h"

#include <QCoreApplication>

namespace Crm::Sales {

namespace {
#define TRS(text) [] { return QCoreApplication::translate("Crm::Sales", text); }
using K = ListColumn::Kind;
} // namespace

ListSpec shipmentList(bool notices)
{
    const QString kind = notices ? QStringLiteral("notice") : QStringLiteral("shipment");
    ListSpec s;
    s.id = notices ? QStringLiteral("sales.shipping_notices") : QStringLiteral("sales.shipments");
    s.from = QStringLiteral("sales_shipment h JOIN core_party c ON c.id = h.customer_id "
                            "LEFT JOIN sales_courier k ON k.id = h.courier_id");
    s.idExpr = QStringLiteral("h.id");
    s.where = QStringLiteral("h.kind = '%1'").arg(kind);
    s.likeExprs = QStringLiteral("h.number, c.name, c.code, h.tracking_number");
    s.columns = {
        {QStringLiteral("number"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Number")), QStringLiteral("h.number")},
        {QStringLiteral("date"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Date")), QStringLiteral("h.doc_date"), true,
         K::Date},
        {QStringLiteral("customer"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Customer")), QStringLiteral("c.name"), false},
        {QStringLiteral("ship_to"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Ship to")),
         QStringLiteral("h.ship_to_address"), false},
        {QStringLiteral("status"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Status")), QStringLiteral("h.status"), false,
         K::Text, [](const QVariant &v) { return Shipment::statusTitle(v.toString()); }},
    };
    if (notices)
        s.columns.insert(2, ListColumn{QStringLiteral("requested"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Wanted by")),
                                       QStringLiteral("h.requested_date"), false, K::Date});
    else
        s.columns << ListColumn{QStringLiteral("courier"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Courier")),
                                QStringLiteral("COALESCE(k.name, '')"), false}
                  << ListColumn{QStringLiteral("tracking"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Tracking number")),
                                QStringLiteral("h.tracking_number"), false};
    const QStringList statuses =
        notices ? QStringList{QStringLiteral("draft"), QStringLiteral("issued")}
                : QStringList{QStringLiteral("draft"), QStringLiteral("posted"), QStringLiteral("reversed")};
    s.filters = {
        {QStringLiteral("status"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Status")), QStringLiteral("h.status"),
         [statuses] {
             QList<QPair<QString, QVariant>> out;
             for (const QString &st : statuses)
                 out.append({Shipment::statusTitle(st), st});
             return out;
         }},
        {QStringLiteral("month"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Month")),
         QStringLiteral("substr(h.doc_date, 1, 7)"), nullptr,
         QStringLiteral("SELECT DISTINCT substr(doc_date, 1, 7), substr(doc_date, 1, 7) FROM sales_shipment "
                        "WHERE kind = '%1' ORDER BY 1 DESC")
             .arg(kind)},
    };
    s.defaultSortColumn = 1;
    s.defaultDescending = true;
    s.searchHint = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Search number, customer or tracking number (Ctrl+F)"));
    return s;
}

ListSpec customerShipments(qint64 customerId)
{
    ListSpec s = shipmentList(false);
    s.id = QStringLiteral("sales.customer_shipments");
    s.where = QStringLiteral("h.customer_id = %1").arg(customerId);
    s.columns.removeAt(s.columnIndex(QStringLiteral("customer")));
    s.columns.insert(1, ListColumn{QStringLiteral("kind"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Document")),
                                   QStringLiteral("h.kind"), false, K::Text, [](const QVariant &v) {
                                       return v.toString() == QLatin1String("notice")
                                                  ? QCoreApplication::translate("Crm::Sales", "Shipping notice")
                                                  : QCoreApplication::translate("Crm::Sales", "Shipping order");
                                   }});
    s.filters.clear();
    s.defaultSortColumn = s.columnIndex(QStringLiteral("date"));
    s.likeExprs = QStringLiteral("h.number, h.tracking_number");
    s.searchHint = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Search number or tracking number (Ctrl+F)"));
    return s;
}

} // namespace Crm::Sales
