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

ListSpec unshippedLines()
{
    ListSpec s;
    s.id = QStringLiteral("sales.unshipped");
    s.from = QStringLiteral("sales_document_line l JOIN sales_document d ON d.id = l.document_id "
                            "JOIN core_party c ON c.id = d.customer_id JOIN core_product p ON p.id = l.product_id "
                            "LEFT JOIN core_unit u ON u.id = p.unit_id");
    s.idExpr = QStringLiteral("l.id");
    s.where = QStringLiteral("d.kind = 'order' AND d.status IN ('confirmed', 'partly_shipped') "
                             "AND l.quantity_milli > l.shipped_milli");
    s.likeExprs = QStringLiteral("d.number, c.name, c.code, p.code, p.name");
    s.columns = {
        {QStringLiteral("delivery"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Delivery date")),
         QStringLiteral("d.delivery_date"), false, K::Date},
        {QStringLiteral("order"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Order")), QStringLiteral("d.number"), false},
        {QStringLiteral("customer"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Customer")), QStringLiteral("c.name"), false},
        {QStringLiteral("code"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Code")), QStringLiteral("p.code"), false},
        {QStringLiteral("product"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Product")), QStringLiteral("p.name"), false},
        {QStringLiteral("unit"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Unit")), QStringLiteral("COALESCE(u.code, '')"),
         false},
        {QStringLiteral("ordered"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Ordered")), QStringLiteral("l.quantity_milli"),
         false, K::Quantity},
        {QStringLiteral("shipped"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Shipped")), QStringLiteral("l.shipped_milli"),
         false, K::Quantity},
        {QStringLiteral("left"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Left to ship")),
         QStringLiteral("l.quantity_milli - l.shipped_milli"), false, K::Quantity},
    };
    s.filters = {{QStringLiteral("month"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Delivery month")),
                  QStringLiteral("substr(d.delivery_date, 1, 7)"), nullptr,
                  QStringLiteral("SELECT DISTINCT substr(delivery_date, 1, 7), substr(delivery_date, 1, 7) "
                                 "FROM sales_document WHERE kind = 'order' AND status IN ('confirmed', "
                                 "'partly_shipped') ORDER BY 1")}};
    s.defaultSortColumn = 0;
    s.columns[0].sortable = true;
    s.searchHint = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Search order, customer or product (Ctrl+F)"));
    return s;
}

} // namespace Crm::Sales
