#include "shipmentprintdata.h"

#include "db/database.h"
#include "db/error.h"
#include "model/salesprintdata.h"

#include "model/quantity.h"

#include <QDate>
#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

namespace Crm::Sales {

namespace {
QString newest(const Database &db, const QString &kind)
{
    return db
        .scalar(QStringLiteral("SELECT number FROM sales_shipment WHERE kind = ? ORDER BY doc_date DESC, id DESC "
                               "LIMIT 1"),
                {kind})
        .toString();
}
} // namespace

QStringList ShipmentPrintData::copyMarks()
{
    return {tr("Customer copy"), tr("Warehouse copy"), tr("Accounting copy")};
}

QString ShipmentPrintData::newestShipment(const Database &db)
{
    return newest(db, QStringLiteral("shipment"));
}

QString ShipmentPrintData::newestNotice(const Database &db)
{
    return newest(db, QStringLiteral("notice"));
}

QVariantMap ShipmentPrintData::context(const Database &db, const QString &number)
{
    QSqlQuery h =
        db.exec(QStringLiteral("SELECT s.id, s.kind, s.doc_date, s.requested_date, s.ship_to_address, "
                               "s.ship_to_contact, s.ship_to_phone, COALESCE(c.name, ''), s.tracking_number, s.notes, "
                               "p.code, p.name, p.phone, s.status FROM sales_shipment s "
                               "JOIN core_party p ON p.id = s.customer_id "
                               "LEFT JOIN sales_courier c ON c.id = s.courier_id WHERE s.number = ?"),
                {number});
    if (!h.next())
        throw Error(tr("There is no shipment or shipping notice %1.").arg(number));
    const qint64 id = h.value(0).toLongLong();
    const bool notice = h.value(1).toString() == QLatin1String("notice");
    const QLocale locale;
    auto date = [&](int column) {
        const QDate d = QDate::fromString(h.value(column).toString(), Qt::ISODate);
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    const QVariantMap document{{QStringLiteral("title"), notice ? tr("Shipping notice") : tr("Shipping order")},
                               {QStringLiteral("number"), number},
                               {QStringLiteral("date"), date(2)},
                               {QStringLiteral("requested"), date(3)},
                               {QStringLiteral("courier"), h.value(7)},
                               {QStringLiteral("tracking"), h.value(8)},
                               {QStringLiteral("notes"), h.value(9)},
                               {QStringLiteral("reversed"), h.value(13).toString() == QLatin1String("reversed")}};
    const QVariantMap customer{{QStringLiteral("code"), h.value(10)},   {QStringLiteral("name"), h.value(11)},
                               {QStringLiteral("phone"), h.value(12)},  {QStringLiteral("address"), h.value(4)},
                               {QStringLiteral("contact"), h.value(5)}, {QStringLiteral("contact_phone"), h.value(6)}};

    QVariantList lines;
    QStringList orders;
    QSqlQuery l =
        db.exec(QStringLiteral("SELECT p.code, p.name, p.specification, COALESCE(u.name, ''), l.quantity_milli, "
                               "COALESCE(w.name, ''), COALESCE(d.number, ''), l.description FROM sales_shipment_line l "
                               "JOIN core_product p ON p.id = l.product_id LEFT JOIN core_unit u ON u.id = p.unit_id "
                               "LEFT JOIN core_warehouse w ON w.id = l.warehouse_id "
                               "LEFT JOIN sales_document_line o ON o.id = l.order_line_id "
                               "LEFT JOIN sales_document d ON d.id = o.document_id "
                               "WHERE l.shipment_id = ? ORDER BY l.line_no"),
                {id});
    qint64 total = 0;
    while (l.next()) {
        const QString order = l.value(6).toString();
        if (!order.isEmpty() && !orders.contains(order))
            orders << order;
        total += l.value(4).toLongLong();
        lines << QVariantMap{
            {QStringLiteral("no"), lines.size() + 1},
            {QStringLiteral("code"), l.value(0)},
            {QStringLiteral("name"), l.value(1)},
            {QStringLiteral("specification"), l.value(2)},
            {QStringLiteral("unit"), l.value(3)},
            {QStringLiteral("quantity"), Quantity::fromMilli(l.value(4).toLongLong()).toString(locale)},
            {QStringLiteral("warehouse"), l.value(5)},
            {QStringLiteral("order"), order}};
    }
    QVariantMap doc = document;
    doc.insert(QStringLiteral("orders"), orders.join(QStringLiteral(", ")));
    doc.insert(QStringLiteral("total_quantity"), Quantity::fromMilli(total).toString(locale));
    const QVariantMap labels{{QStringLiteral("customer"), tr("Customer")},
                             {QStringLiteral("ship_to"), tr("Ship to")},
                             {QStringLiteral("phone"), tr("Phone")},
                             {QStringLiteral("tax_id"), tr("Tax id")},
                             {QStringLiteral("date"), tr("Date")},
                             {QStringLiteral("requested"), tr("Wanted by")},
                             {QStringLiteral("orders"), tr("Orders")},
                             {QStringLiteral("courier"), tr("Courier")},
                             {QStringLiteral("tracking"), tr("Tracking number")},
                             {QStringLiteral("no"), tr("No.")},
                             {QStringLiteral("code"), tr("Code")},
                             {QStringLiteral("product"), tr("Product")},
                             {QStringLiteral("unit"), tr("Unit")},
                             {QStringLiteral("quantity"), tr("Qty")},
                             {QStringLiteral("warehouse"), tr("Warehouse")},
                             {QStringLiteral("total_quantity"), tr("Total quantity")},
                             {QStringLiteral("notes"), tr("Notes")},
                             {QStringLiteral("reversed"), tr("REVERSED")},
                             {QStringLiteral("issued_by"), tr("Issued by")},
                             {QStringLiteral("warehouse_sign"), tr("Warehouse")},
                             {QStringLiteral("received_by"), tr("Received by (signature, date)")}};
    return {{QStringLiteral("company"), SalesPrintData::letterhead(db)},
            {QStringLiteral("customer"), customer},
            {QStringLiteral("document"), doc},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("labels"), labels}};
}

} // namespace Crm::Sales
