#include "salescatalog.h"

#include "db/database.h"
#include "model/salesdocument.h"

#include <QSqlQuery>

namespace Crm::Sales::SalesCatalog {

std::optional<ProductFacts> product(const Database &db, qint64 id, const QString &baseCurrency)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.id, p.code, p.name, p.specification, COALESCE(p.unit_id, 0), "
                                         "COALESCE(u.code, ''), COALESCE(t.rate_bp, 0), p.sale_price_minor, p.currency "
                                         "FROM core_product p LEFT JOIN core_unit u ON u.id = p.unit_id "
                                         "LEFT JOIN core_tax_rate t ON t.id = p.tax_rate_id WHERE p.id = ?"),
                          {id});
    if (!q.next())
        return std::nullopt;
    ProductFacts f;
    f.id = q.value(0).toLongLong();
    f.code = q.value(1).toString();
    f.name = q.value(2).toString();
    f.specification = q.value(3).toString();
    f.unitId = q.value(4).toLongLong();
    f.unitCode = q.value(5).toString();
    f.tax = Rate::fromBasisPoints(q.value(6).toInt());
    f.salePriceMinor = q.value(7).toLongLong();
    f.currency = q.value(8).toString().isEmpty() ? baseCurrency : q.value(8).toString();
    return f;
}

qint64 productIdByCode(const Database &db, const QString &code)
{
    if (code.trimmed().isEmpty())
        return 0;
    return db.scalar(QStringLiteral("SELECT id FROM core_product WHERE code = ?"), {code.trimmed()}).toLongLong();
}

qint64 orderIdByNumber(const Database &db, const QString &number)
{
    if (number.trimmed().isEmpty())
        return 0;
    return db.scalar(QStringLiteral("SELECT id FROM sales_document WHERE number = ? AND kind = 'order'"),
                     {number.trimmed()})
        .toLongLong();
}

std::optional<CustomerFacts> customer(const Database &db, qint64 id)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, code, name, currency, COALESCE(payment_terms_id, 0), "
                                         "COALESCE(owner_id, 0), (SELECT c.id FROM core_contact c WHERE c.party_id = "
                                         "p.id ORDER BY c.is_primary DESC, c.id LIMIT 1) "
                                         "FROM core_party p WHERE id = ? AND is_customer = 1"),
                          {id});
    if (!q.next())
        return std::nullopt;
    return CustomerFacts{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                         q.value(3).toString(),   q.value(4).toLongLong(), q.value(5).toLongLong(),
                         q.value(6).toLongLong()};
}

QList<QPair<qint64, QString>> contacts(const Database &db, qint64 customerId)
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name FROM core_contact WHERE party_id = ? "
                                         "ORDER BY is_primary DESC, name"),
                          {customerId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

qint64 rateMicros(const Database &db, const QString &currency)
{
    const QVariant v = db.scalar(QStringLiteral("SELECT rate_micros FROM core_currency WHERE code = ?"), {currency});
    return v.isValid() && v.toLongLong() > 0 ? v.toLongLong() : 1000000;
}

std::vector<RelatedDocument> related(const Database &db, qint64 documentId)
{
    std::vector<RelatedDocument> out;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT 0, s.id, s.number, %1 FROM sales_document d JOIN sales_document s "
                       "ON s.id = d.source_id WHERE d.id = ? "
                       "UNION ALL SELECT 1, o.id, o.number, %2 FROM sales_document o WHERE o.source_id = ? "
                       "UNION ALL SELECT 2, r.id, r.number, %3 FROM sales_document d JOIN sales_document r "
                       "ON r.id <> d.id AND (r.id = COALESCE(d.revision_of_id, d.id) "
                       "OR r.revision_of_id = COALESCE(d.revision_of_id, d.id)) WHERE d.id = ? "
                       "ORDER BY 1, 3")
            .arg(SalesDocument::statusSql(QStringLiteral("s")), SalesDocument::statusSql(QStringLiteral("o")),
                 SalesDocument::statusSql(QStringLiteral("r"))),
        {documentId, documentId, documentId});
    while (q.next())
        out.push_back({RelatedDocument::Relation(q.value(0).toInt()), q.value(1).toLongLong(), q.value(2).toString(),
                       q.value(3).toString()});
    return out;
}

std::optional<ShippableLine> shippableLine(const Database &db, qint64 orderLineId)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT d.id, d.number, l.quantity_milli - l.shipped_milli "
                                         "FROM sales_document_line l JOIN sales_document d ON d.id = l.document_id "
                                         "WHERE l.id = ?"),
                          {orderLineId});
    if (!q.next())
        return std::nullopt;
    return ShippableLine{q.value(0).toLongLong(), q.value(1).toString(), Quantity::fromMilli(q.value(2).toLongLong())};
}

QList<QPair<qint64, QString>> openOrders(const Database &db, qint64 customerId)
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, number FROM sales_document WHERE customer_id = ? AND kind = "
                                         "'order' AND status IN ('confirmed', 'partly_shipped') ORDER BY doc_date, id"),
                          {customerId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QList<std::tuple<qint64, QString, QString>> shipmentsOf(const Database &db, qint64 orderId)
{
    QList<std::tuple<qint64, QString, QString>> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT DISTINCT h.id, h.number, h.status FROM sales_shipment h "
                                         "JOIN sales_shipment_line s ON s.shipment_id = h.id "
                                         "JOIN sales_document_line l ON l.id = s.order_line_id "
                                         "WHERE l.document_id = ? AND h.kind = 'shipment' ORDER BY h.id"),
                          {orderId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace Crm::Sales::SalesCatalog
