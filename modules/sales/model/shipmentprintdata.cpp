#include "shipmentprintdata.h"

#include "db/database.h"
#include "db/error.h"
#include "model/money.h"
#include "model/salesdocumentrepository.h"
#include "model/salesprintdata.h"
#include "model/settings.h"

#include "model/quantity.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>
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
                               "COALESCE(w.name, ''), COALESCE(d.number, ''), l.description, COALESCE(d.id, 0), "
                               "COALESCE(l.order_line_id, 0) FROM sales_shipment_line l "
                               "JOIN core_product p ON p.id = l.product_id LEFT JOIN core_unit u ON u.id = p.unit_id "
                               "LEFT JOIN core_warehouse w ON w.id = l.warehouse_id "
                               "LEFT JOIN sales_document_line o ON o.id = l.order_line_id "
                               "LEFT JOIN sales_document d ON d.id = o.document_id "
                               "WHERE l.shipment_id = ? ORDER BY l.line_no"),
                {id});
    // Quantities add up only within a unit: "31 metre, 49 kilogram, 2 piece".
    QList<QPair<QString, qint64>> totalByUnit;
    // Prices, for the copies that show them: each order's lines in this shipment,
    // priced as the order prices them (the one pricing function) at the quantity shipped.
    QHash<qint64, SalesDocument> ordered;   // order id → the order
    QMap<qint64, SalesDocument> shippedOf; // order id → the order with the shipped lines only
    QList<QPair<qint64, qint64>> priceRefs; // per printed line: order id, order line id
    while (l.next()) {
        const QString order = l.value(6).toString();
        if (!order.isEmpty() && !orders.contains(order))
            orders << order;
        const QString unit = l.value(3).toString();
        const auto sameUnit = std::find_if(totalByUnit.begin(), totalByUnit.end(),
                                           [&](const QPair<QString, qint64> &t) { return t.first == unit; });
        if (sameUnit == totalByUnit.end())
            totalByUnit.append({unit, l.value(4).toLongLong()});
        else
            sameUnit->second += l.value(4).toLongLong();
        lines << QVariantMap{
            {QStringLiteral("no"), lines.size() + 1},
            {QStringLiteral("code"), l.value(0)},
            {QStringLiteral("name"), l.value(1)},
            {QStringLiteral("specification"), l.value(2)},
            {QStringLiteral("unit"), l.value(3)},
            {QStringLiteral("quantity"), Quantity::fromMilli(l.value(4).toLongLong()).toString(locale)},
            {QStringLiteral("warehouse"), l.value(5)},
            {QStringLiteral("order"), order}};
        const qint64 orderId = l.value(8).toLongLong();
        const qint64 orderLineId = l.value(9).toLongLong();
        priceRefs << QPair<qint64, qint64>{orderId, orderLineId};
        if (orderId > 0) {
            if (!ordered.contains(orderId)) {
                ordered.insert(orderId, *SalesDocumentRepository(db, QString()).load(orderId));
                shippedOf.insert(orderId, ordered.value(orderId));
                shippedOf[orderId].lines.clear();
            }
            for (SalesLine line : ordered.value(orderId).lines)
                if (line.id == orderLineId) {
                    line.quantity = Quantity::fromMilli(l.value(4).toLongLong());
                    shippedOf[orderId].lines << line;
                }
        }
    }
    const QString base = Settings(db).baseCurrency();
    QMap<QString, qint64> totals; // by currency, with tax
    QHash<qint64, QPair<QString, QString>> priceOf; // order line id → unit price, amount
    for (const SalesDocument &o : std::as_const(shippedOf)) {
        const Pricing::Result priced = o.price(base);
        for (qsizetype i = 0; i < o.lines.size(); ++i)
            priceOf.insert(o.lines.at(i).id,
                           {Money(o.lines.at(i).unitPriceMinor, o.currency).toString(locale, false, true),
                            priced.lines.at(i).amount.toString(locale, false, true)});
        totals[o.currency] += priced.total.minor();
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVariantMap line = lines.at(i).toMap();
        const auto price = priceOf.value(priceRefs.at(i).second);
        line.insert(QStringLiteral("price"), price.first);
        line.insert(QStringLiteral("amount"), price.second);
        lines[i] = line;
    }
    QStringList totalTexts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        totalTexts << Money(it.value(), it.key()).toString(locale, true, true);
    QVariantMap doc = document;
    doc.insert(QStringLiteral("orders"), orders.join(QStringLiteral(", ")));
    QStringList quantities;
    for (const auto &[unit, milli] : std::as_const(totalByUnit))
        quantities << (unit.isEmpty() ? Quantity::fromMilli(milli).toString(locale)
                                      : tr("%1 %2", "a quantity and its unit")
                                            .arg(Quantity::fromMilli(milli).toString(locale), unit));
    doc.insert(QStringLiteral("total_quantity"), quantities.join(QStringLiteral(", ")));
    doc.insert(QStringLiteral("total"), totalTexts.join(QStringLiteral(", ")));
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
                             {QStringLiteral("price"), tr("Unit price")},
                             {QStringLiteral("amount"), tr("Amount")},
                             {QStringLiteral("total"), tr("Total incl. tax")},
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
