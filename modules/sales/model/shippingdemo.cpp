#include "shippingdemo.h"

#include "db/database.h"
#include "db/error.h"
#include "model/shipmentrepository.h"
#include "services/stockservice.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace Crm::Sales {

namespace {
void addCouriers(const Database &db)
{
    const QList<QStringList> couriers{
        {QStringLiteral("SF"), QStringLiteral("顺丰速运 SF Express"),
         QStringLiteral("https://www.sf-express.com/chn/sc/waybill/waybill-detail/{tracking}")},
        {QStringLiteral("EMS"), QStringLiteral("中国邮政 EMS"),
         QStringLiteral("https://www.ems.com.cn/queryList?mailNum={tracking}")},
        {QStringLiteral("DHL"), QStringLiteral("DHL Express"),
         QStringLiteral("https://www.dhl.com/en/express/tracking.html?AWB={tracking}")},
        {QStringLiteral("SEUR"), QStringLiteral("SEUR"),
         QStringLiteral("https://www.seur.com/livetracking/?segOnlineIdentificador={tracking}")},
        {QStringLiteral("OWN"), QStringLiteral("自提 / Recogida en almacén"), QString()}};
    const QString now = Database::nowUtc();
    for (const QStringList &c : couriers)
        db.exec(QStringLiteral("INSERT INTO sales_courier(uuid, code, name, tracking_url, created_at, updated_at, "
                               "updated_by) VALUES (?, ?, ?, ?, ?, ?, 'admin')"),
                {Database::newUuid(), c.at(0), c.at(1), c.at(2), now, now});
}
// Whether every line of `s` is on hand in its warehouse (a demo shipment never
// leaves a refused draft behind).
bool inStock(const Database &db, const StockService &stock, const Shipment &s)
{
    QHash<QPair<qint64, qint64>, qint64> taken;
    for (const ShipmentLine &l : s.lines) {
        qint64 &t = taken[{l.productId, l.warehouseId}];
        t += l.quantity.milli();
        if (stock.onHand(db, l.productId, l.warehouseId).milli() < t)
            return false;
    }
    return true;
}
} // namespace

void createDemoShipping(const Database &db, quint32 seed, const StockService &stock)
{
    QRandomGenerator rng(seed * 17u + 3u);
    WriteTransaction tx(db);
    addCouriers(db);
    QList<qint64> couriers;
    QSqlQuery c = db.exec(QStringLiteral("SELECT id FROM sales_courier WHERE tracking_url <> '' ORDER BY id"));
    while (c.next())
        couriers << c.value(0).toLongLong();
    QList<qint64> warehouses;
    QSqlQuery w = db.exec(QStringLiteral("SELECT id FROM core_warehouse WHERE active = 1 ORDER BY id"));
    while (w.next())
        warehouses << w.value(0).toLongLong();
    if (warehouses.isEmpty() || couriers.isEmpty())
        return;
    const QDate today = QDate::currentDate();
    const ShipmentRepository shipments(db, QStringLiteral("zhao.lei"), stock);
    QSqlQuery o = db.exec(QStringLiteral("SELECT id, customer_id, doc_date FROM sales_document WHERE kind = 'order' "
                                         "AND status = 'confirmed' ORDER BY customer_id, doc_date, id"));
    struct Order
    {
        qint64 id;
        qint64 customer;
        QDate date;
    };
    QList<Order> orders;
    while (o.next())
        orders << Order{o.value(0).toLongLong(), o.value(1).toLongLong(),
                        QDate::fromString(o.value(2).toString(), Qt::ISODate)};
    for (int i = 0; i < orders.size(); ++i) {
        const Order &order = orders.at(i);
        const int fate = int(rng.bounded(10u));
        if (fate < 3 || order.date.daysTo(today) < 5)
            continue; // waiting for goods
        QList<qint64> ids{order.id};
        // Two orders of one customer leave together now and then.
        if (fate == 9 && i + 1 < orders.size() && orders.at(i + 1).customer == order.customer)
            ids << orders.at(++i).id;
        const qint64 warehouse = warehouses.at(int(rng.bounded(quint32(warehouses.size()))));
        try {
            Shipment s = shipments.draftFromOrders(Shipment::Kind::Shipment, ids, warehouse);
            s.date = std::min(today, order.date.addDays(2 + int(rng.bounded(5u))));
            s.courierId = couriers.at(int(rng.bounded(quint32(couriers.size()))));
            s.trackingNumber = QStringLiteral("%1%2")
                                   .arg(rng.bounded(1000000u), 6, 10, QLatin1Char('0'))
                                   .arg(rng.bounded(1000000u), 6, 10, QLatin1Char('0'));
            const bool partial = fate == 3 || fate == 4;
            if (partial)
                for (ShipmentLine &l : s.lines)
                    l.quantity = Quantity::fromMilli(std::max<qint64>(1000, l.quantity.milli() / 2000 * 1000));
            if (!inStock(db, stock, s))
                continue; // it waits for goods
            shipments.save(s);
            shipments.post(s.id);
            if (fate == 4) {
                // The rest a week later from another warehouse.
                Shipment rest =
                    shipments.draftFromOrders(Shipment::Kind::Shipment, ids,
                                              warehouses.at((warehouses.indexOf(warehouse) + 1) % warehouses.size()));
                rest.date = std::min(today, s.date.addDays(7));
                rest.courierId = s.courierId;
                rest.trackingNumber = s.trackingNumber + QStringLiteral("-2");
                if (inStock(db, stock, rest)) {
                    shipments.save(rest);
                    shipments.post(rest.id);
                }
            }
        } catch (const Error &) {
            // nothing left to ship
        }
    }
    tx.commit();
}

} // namespace Crm::Sales
