#include "shipmentrepository.h"

#include "model/orderreservations.h"

#include "db/database.h"
#include "db/error.h"
#include "db/sqltext.h"
#include "model/numbering.h"
#include "model/salescatalog.h"
#include "services/stockservice.h"

#include <QSet>
#include <QSqlQuery>
#include <QUrl>

namespace Crm::Sales {

using SqlText::idOrNull;
using SqlText::dateText;

namespace {
// The order line a shipment line ships, as stored.
struct OrderLine
{
    qint64 orderId = 0;
    QString orderNumber;
    QString orderStatus;
    qint64 customerId = 0;
    qint64 productId = 0;
    qint64 quantity = 0;
    qint64 shipped = 0;
    int lineNo = 0;
};

std::optional<OrderLine> orderLine(const Database &db, qint64 id)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT d.id, d.number, d.status, d.customer_id, COALESCE(l.product_id, 0), "
                                         "l.quantity_milli, l.shipped_milli, l.line_no FROM sales_document_line l "
                                         "JOIN sales_document d ON d.id = l.document_id "
                                         "WHERE l.id = ? AND d.kind = 'order'"),
                          {id});
    if (!q.next())
        return std::nullopt;
    return OrderLine{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),   q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toInt()};
}

bool canShip(const QString &orderStatus)
{
    return orderStatus == QLatin1String("confirmed") || orderStatus == QLatin1String("partly_shipped");
}
} // namespace

QString Shipment::statusTitle(const QString &status)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("draft"), QT_TRANSLATE_NOOP("Crm::Sales", "Draft")},
        {QStringLiteral("issued"), QT_TRANSLATE_NOOP("Crm::Sales", "Issued")},
        {QStringLiteral("posted"), QT_TRANSLATE_NOOP("Crm::Sales", "Shipped")},
        {QStringLiteral("reversed"), QT_TRANSLATE_NOOP("Crm::Sales", "Reversed")}};
    const char *t = titles.value(status);
    return t ? QCoreApplication::translate("Crm::Sales", t) : status;
}

void ShipmentRepository::validate(const Shipment &s) const
{
    if (s.customerId <= 0)
        throw Error(tr("Choose a customer."), QStringLiteral("customer"));
    if (!s.date.isValid())
        throw Error(tr("The date is missing."), QStringLiteral("date"));
    if (s.lines.isEmpty())
        throw Error(tr("%1 has no lines.").arg(s.number.isEmpty() ? tr("The document") : s.number),
                    QStringLiteral("lines"));
    const QLocale locale;
    // What each order line has left, less what earlier lines of this document take.
    QHash<qint64, qint64> taken;
    for (int i = 0; i < s.lines.size(); ++i) {
        const ShipmentLine &l = s.lines.at(i);
        if (l.productId <= 0)
            throw Error(tr("Line %1 has no product.").arg(i + 1), QStringLiteral("lines"));
        if (l.quantity.milli() <= 0)
            throw Error(tr("Line %1: the quantity must be greater than zero.").arg(i + 1), QStringLiteral("lines"));
        if (s.kind == Shipment::Kind::Shipment && l.warehouseId <= 0)
            throw Error(tr("Line %1: choose the warehouse the goods leave from.").arg(i + 1), QStringLiteral("lines"));
        if (l.orderLineId <= 0)
            continue;
        const auto o = orderLine(m_db, l.orderLineId);
        if (!o)
            throw Error(tr("Line %1: its order line no longer exists.").arg(i + 1), QStringLiteral("lines"));
        if (o->customerId != s.customerId)
            throw Error(tr("Line %1: %2 is another customer's order.").arg(i + 1).arg(o->orderNumber),
                        QStringLiteral("lines"));
        if (!canShip(o->orderStatus))
            throw Error(tr("Line %1: %2 is not a confirmed order waiting for goods.").arg(i + 1).arg(o->orderNumber),
                        QStringLiteral("lines"));
        if (o->productId != l.productId)
            throw Error(
                tr("Line %1: the product differs from line %2 of %3.").arg(i + 1).arg(o->lineNo).arg(o->orderNumber),
                QStringLiteral("lines"));
        const qint64 left = o->quantity - o->shipped - taken.value(l.orderLineId);
        if (l.quantity.milli() > left)
            throw Error(tr("Line %1: %2 line %3 has %4 left to ship (ordered %5, shipped %6); %7 is too many.")
                            .arg(i + 1)
                            .arg(o->orderNumber)
                            .arg(o->lineNo)
                            .arg(Quantity::fromMilli(std::max<qint64>(0, left)).toString(locale),
                                 Quantity::fromMilli(o->quantity).toString(locale),
                                 Quantity::fromMilli(o->shipped).toString(locale), l.quantity.toString(locale)),
                        QStringLiteral("quantity"));
        taken[l.orderLineId] += l.quantity.milli();
    }
}

void ShipmentRepository::save(Shipment &s) const
{
    WriteTransaction tx(m_db);
    if (s.id > 0) {
        const auto stored = load(s.id);
        if (!stored)
            throw Error(tr("The document was deleted by someone else; it cannot be saved."));
        if (!stored->isEditable())
            throw Error(tr("%1 is %2 and can no longer be changed.")
                            .arg(stored->number, Shipment::statusTitle(stored->status).toLower()));
    }
    validate(s);
    const QString now = Database::nowUtc();
    if (s.number.isEmpty()) {
        Numbering numbering(m_db);
        numbering.define(QStringLiteral("sales.shipping_notice"), QStringLiteral("SN"));
        numbering.define(QStringLiteral("sales.shipment"), QStringLiteral("SH"));
        s.number = numbering.next(s.kind == Shipment::Kind::Notice ? QStringLiteral("sales.shipping_notice")
                                                                   : QStringLiteral("sales.shipment"));
    }
    const QVariantList values{s.kindId(),
                              s.number,
                              s.customerId,
                              idOrNull(s.contactId),
                              dateText(s.date),
                              dateText(s.requestedDate),
                              s.shipToAddress,
                              s.shipToContact,
                              s.shipToPhone,
                              idOrNull(s.courierId),
                              s.trackingNumber.trimmed(),
                              idOrNull(s.noticeId),
                              s.notes,
                              now,
                              m_actor};
    const QString columns = QStringLiteral("kind, number, customer_id, contact_id, doc_date, requested_date, "
                                           "ship_to_address, ship_to_contact, ship_to_phone, courier_id, "
                                           "tracking_number, notice_id, notes, updated_at, updated_by");
    if (s.id > 0) {
        m_db.exec(QStringLiteral("UPDATE sales_shipment SET %1 WHERE id = ?")
                      .arg(SqlText::assignments(columns.split(QLatin1Char(',')))),
                  QVariantList(values) << s.id);
        m_db.exec(QStringLiteral("DELETE FROM sales_shipment_line WHERE shipment_id = ?"), {s.id});
    } else {
        s.uuid = Database::newUuid();
        const QVariantList v = QVariantList(values) << s.uuid << QStringLiteral("draft") << now;
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO sales_shipment(%1, uuid, status, created_at) VALUES (%2)")
                                    .arg(columns, SqlText::placeholders(v.size())),
                                v);
        s.id = q.lastInsertId().toLongLong();
        s.status = QStringLiteral("draft");
    }
    writeLines(s, now);
    tx.commit();
}

void ShipmentRepository::writeLines(const Shipment &s, const QString &now) const
{
    for (int i = 0; i < s.lines.size(); ++i) {
        const ShipmentLine &l = s.lines.at(i);
        m_db.exec(QStringLiteral("INSERT INTO sales_shipment_line(uuid, shipment_id, line_no, order_line_id, "
                                 "product_id, warehouse_id, quantity_milli, description, created_at, updated_at, "
                                 "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                  {Database::newUuid(), s.id, i + 1, idOrNull(l.orderLineId), l.productId, idOrNull(l.warehouseId),
                   l.quantity.milli(), l.description, now, now, m_actor});
    }
}

std::optional<Shipment> ShipmentRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, uuid, kind, number, customer_id, COALESCE(contact_id, 0), "
                                           "doc_date, requested_date, ship_to_address, ship_to_contact, "
                                           "ship_to_phone, COALESCE(courier_id, 0), tracking_number, "
                                           "COALESCE(notice_id, 0), status, status_reason, notes "
                                           "FROM sales_shipment WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    Shipment s;
    int c = 0;
    auto n = [&] { return q.value(c++).toLongLong(); };
    auto t = [&] { return q.value(c++).toString(); };
    auto d = [&] { return QDate::fromString(q.value(c++).toString(), Qt::ISODate); };
    s.id = n();
    s.uuid = t();
    s.kind = t() == QLatin1String("notice") ? Shipment::Kind::Notice : Shipment::Kind::Shipment;
    s.number = t();
    s.customerId = n();
    s.contactId = n();
    s.date = d();
    s.requestedDate = d();
    s.shipToAddress = t();
    s.shipToContact = t();
    s.shipToPhone = t();
    s.courierId = n();
    s.trackingNumber = t();
    s.noticeId = n();
    s.status = t();
    s.statusReason = t();
    s.notes = t();
    QSqlQuery l = m_db.exec(QStringLiteral("SELECT id, COALESCE(order_line_id, 0), product_id, "
                                           "COALESCE(warehouse_id, 0), quantity_milli, description "
                                           "FROM sales_shipment_line WHERE shipment_id = ? ORDER BY line_no"),
                            {id});
    while (l.next())
        s.lines << ShipmentLine{l.value(0).toLongLong(),
                                l.value(1).toLongLong(),
                                l.value(2).toLongLong(),
                                l.value(3).toLongLong(),
                                Quantity::fromMilli(l.value(4).toLongLong()),
                                l.value(5).toString()};
    return s;
}

QString ShipmentRepository::numberOf(qint64 id) const
{
    return m_db.scalar(QStringLiteral("SELECT number FROM sales_shipment WHERE id = ?"), {id}).toString();
}

Shipment ShipmentRepository::draftFromOrders(Shipment::Kind kind, const QList<qint64> &orderIds,
                                             qint64 warehouseId) const
{
    if (orderIds.isEmpty())
        throw Error(tr("Choose at least one confirmed order."));
    Shipment s;
    s.kind = kind;
    s.date = QDate::currentDate();
    for (qint64 orderId : orderIds) {
        QSqlQuery d = m_db.exec(QStringLiteral("SELECT number, status, customer_id, COALESCE(contact_id, 0), "
                                               "delivery_date FROM sales_document WHERE id = ? AND kind = 'order'"),
                                {orderId});
        if (!d.next())
            throw Error(tr("The order no longer exists."));
        if (!canShip(d.value(1).toString()))
            throw Error(tr("%1 is not a confirmed order waiting for goods.").arg(d.value(0).toString()));
        if (s.customerId > 0 && s.customerId != d.value(2).toLongLong())
            throw Error(
                tr("%1 is another customer's order: one document ships to one customer.").arg(d.value(0).toString()));
        s.customerId = d.value(2).toLongLong();
        s.contactId = s.contactId > 0 ? s.contactId : d.value(3).toLongLong();
        const QDate delivery = QDate::fromString(d.value(4).toString(), Qt::ISODate);
        if (kind == Shipment::Kind::Notice && delivery.isValid() &&
            (!s.requestedDate.isValid() || delivery < s.requestedDate))
            s.requestedDate = delivery;
        QSqlQuery l = m_db.exec(QStringLiteral("SELECT id, product_id, quantity_milli - shipped_milli, description "
                                               "FROM sales_document_line WHERE document_id = ? AND product_id IS NOT "
                                               "NULL AND quantity_milli > shipped_milli ORDER BY line_no"),
                                {orderId});
        while (l.next())
            s.lines << ShipmentLine{0,
                                    l.value(0).toLongLong(),
                                    l.value(1).toLongLong(),
                                    warehouseId,
                                    Quantity::fromMilli(l.value(2).toLongLong()),
                                    l.value(3).toString()};
    }
    if (s.contactId <= 0)
        if (const auto c = SalesCatalog::customer(m_db, s.customerId))
            s.contactId = c->primaryContactId;
    QSqlQuery p = m_db.exec(QStringLiteral("SELECT CASE WHEN shipping_address <> '' THEN shipping_address ELSE "
                                           "address END, phone, (SELECT name FROM core_contact WHERE id = ?) "
                                           "FROM core_party WHERE id = ?"),
                            {idOrNull(s.contactId), s.customerId});
    if (p.next()) {
        s.shipToAddress = p.value(0).toString();
        s.shipToPhone = p.value(1).toString();
        s.shipToContact = p.value(2).toString();
    }
    if (s.lines.isEmpty())
        throw Error(tr("Everything on these orders has shipped already."));
    return s;
}

Shipment ShipmentRepository::draftFromNotice(qint64 noticeId, qint64 warehouseId) const
{
    const auto notice = load(noticeId);
    if (!notice || notice->kind != Shipment::Kind::Notice)
        throw Error(tr("The shipping notice no longer exists."));
    Shipment s = *notice;
    s.id = 0;
    s.uuid.clear();
    s.number.clear();
    s.kind = Shipment::Kind::Shipment;
    s.noticeId = noticeId;
    s.status = QStringLiteral("draft");
    s.statusReason.clear();
    s.date = QDate::currentDate();
    s.requestedDate = QDate();
    s.lines.clear();
    for (ShipmentLine l : notice->lines) {
        if (const auto o = orderLine(m_db, l.orderLineId)) {
            l.quantity = Quantity::fromMilli(std::min(l.quantity.milli(), o->quantity - o->shipped));
            if (l.quantity.milli() <= 0 || !canShip(o->orderStatus))
                continue;
        }
        l.id = 0;
        if (l.warehouseId <= 0)
            l.warehouseId = warehouseId;
        s.lines << l;
    }
    if (s.lines.isEmpty())
        throw Error(tr("Everything on %1 has shipped already.").arg(notice->number));
    return s;
}

void ShipmentRepository::addShipped(const Shipment &s, int sign) const
{
    QSet<qint64> orders;
    for (const ShipmentLine &l : s.lines) {
        if (l.orderLineId <= 0)
            continue;
        m_db.exec(QStringLiteral("UPDATE sales_document_line SET shipped_milli = shipped_milli + ? WHERE id = ?"),
                  {sign * l.quantity.milli(), l.orderLineId});
        orders << orderLine(m_db, l.orderLineId)->orderId;
    }
    // An order is shipped when every line is, partly shipped when any is.
    for (qint64 order : orders) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT SUM(CASE WHEN shipped_milli > 0 THEN 1 ELSE 0 END), "
                                               "SUM(CASE WHEN product_id IS NOT NULL AND shipped_milli < "
                                               "quantity_milli THEN 1 ELSE 0 END) FROM sales_document_line "
                                               "WHERE document_id = ?"),
                                {order});
        q.next();
        const QString status = q.value(1).toLongLong() == 0  ? QStringLiteral("shipped")
                               : q.value(0).toLongLong() > 0 ? QStringLiteral("partly_shipped")
                                                             : QStringLiteral("confirmed");
        m_db.exec(QStringLiteral("UPDATE sales_document SET status = ?, updated_at = ?, updated_by = ? WHERE id = ? "
                                 "AND status IN ('confirmed', 'partly_shipped', 'shipped')"),
                  {status, Database::nowUtc(), m_actor, order});
        syncOrderReservation(m_db, m_stock, order);
    }
}

QStringList ShipmentRepository::post(qint64 id) const
{
    WriteTransaction tx(m_db);
    const auto s = load(id);
    if (!s)
        throw Error(tr("The document no longer exists."));
    if (!s->isEditable())
        throw Error(tr("%1 is %2 already.").arg(s->number, Shipment::statusTitle(s->status).toLower()));
    validate(*s); // other shipments may have been posted since it was saved
    QStringList warnings;
    const QString now = Database::nowUtc();
    if (s->kind == Shipment::Kind::Notice) {
        m_db.exec(QStringLiteral("UPDATE sales_shipment SET status = 'issued', posted_at = ?, posted_by = ?, "
                                 "updated_at = ?, updated_by = ? WHERE id = ?"),
                  {now, m_actor, now, m_actor, id});
        tx.commit();
        return warnings;
    }
    QList<StockMove> moves;
    for (const ShipmentLine &l : s->lines)
        moves << StockMove{l.productId, l.warehouseId, Quantity::fromMilli(-l.quantity.milli())};
    warnings = m_stock.post(m_db, {QStringLiteral("sales.shipment"), s->number, s->uuid, s->date}, moves);
    addShipped(*s, 1);
    m_db.exec(QStringLiteral("UPDATE sales_shipment SET status = 'posted', posted_at = ?, posted_by = ?, "
                             "updated_at = ?, updated_by = ? WHERE id = ?"),
              {now, m_actor, now, m_actor, id});
    tx.commit();
    return warnings;
}

void ShipmentRepository::reverse(qint64 id, const QString &reason) const
{
    WriteTransaction tx(m_db);
    const auto s = load(id);
    if (!s)
        throw Error(tr("The document no longer exists."));
    if (s->kind != Shipment::Kind::Shipment || s->status != QLatin1String("posted"))
        throw Error(tr("Only a posted shipment can be reversed; %1 is %2.")
                        .arg(s->number, Shipment::statusTitle(s->status).toLower()));
    if (reason.trimmed().isEmpty())
        throw Error(tr("Say why %1 is reversed.").arg(s->number), QStringLiteral("reason"));
    m_stock.reverse(m_db, s->uuid, QDate::currentDate());
    addShipped(*s, -1);
    m_db.exec(QStringLiteral("UPDATE sales_shipment SET status = 'reversed', status_reason = ?, updated_at = ?, "
                             "updated_by = ? WHERE id = ?"),
              {reason.trimmed(), Database::nowUtc(), m_actor, id});
    tx.commit();
}

QString ShipmentRepository::trackingLink(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT c.tracking_url, s.tracking_number FROM sales_shipment s "
                                           "JOIN sales_courier c ON c.id = s.courier_id WHERE s.id = ?"),
                            {id});
    if (!q.next() || q.value(0).toString().isEmpty() || q.value(1).toString().isEmpty())
        return {};
    return q.value(0).toString().replace(QStringLiteral("{tracking}"),
                                         QString::fromLatin1(QUrl::toPercentEncoding(q.value(1).toString())));
}

} // namespace Crm::Sales
