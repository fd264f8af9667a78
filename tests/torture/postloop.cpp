// crm_post_loop: posts documents in a loop for scripts/torture, which kills it
// at random instants. Each round confirms a sales order, ships it and posts a
// transfer between two warehouses, each through its module's repository as
// the suite does, and prints "<kind> <number>" only after that document's
// transaction committed. The torture then checks that every number printed
// is in the file, posted and whole, and that nothing else is half there.
//
//   crm_post_loop DB [ROUNDS] [SEED]

#include "appcontext.h"
#include "auth/userrepository.h"
#include "db/database.h"
#include "db/error.h"
#include "model/salesdocumentrepository.h"
#include "model/salessettings.h"
#include "model/shipmentrepository.h"
#include "model/stockdocument.h"
#include "services/stockservice.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <cstdio>

using namespace Crm;

namespace {

void say(const char *kind, const QString &number)
{
    std::printf("%s %s\n", kind, qPrintable(number));
    std::fflush(stdout);
}

// Products with more than `units` on hand in `warehouse`.
QList<qint64> stocked(const Database &db, qint64 warehouse, int units)
{
    QList<qint64> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT product_id FROM inventory_onhand WHERE warehouse_id = ? AND "
                                         "quantity_milli > ? ORDER BY product_id LIMIT 200"),
                          {warehouse, qint64(units) * 1000});
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: crm_post_loop DB [ROUNDS] [SEED]\n");
        return 2;
    }
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 1000000;
    QRandomGenerator rng(args.size() > 3 ? args.at(3).toUInt() : 1u);
    try {
        AppContext ctx;
        const Database &db = ctx.openDatabase(args.at(1), AppContext::Access::Write);
        const StockService *stock = ctx.registry().service<StockService>();
        if (!stock)
            throw Error(QStringLiteral("the inventory module is not loaded"));
        const qint64 from = Sales::SalesSettings::orderWarehouse(db);
        const qint64 to = db.scalar(QStringLiteral("SELECT id FROM core_warehouse WHERE active = 1 AND id <> ? "
                                                   "ORDER BY id LIMIT 1"),
                                    {from})
                              .toLongLong();
        QList<qint64> customers;
        QSqlQuery c = db.exec(QStringLiteral("SELECT id FROM core_party WHERE is_customer = 1 AND status = 'customer' "
                                             "ORDER BY id LIMIT 100"));
        while (c.next())
            customers << c.value(0).toLongLong();
        UserRepository users(db, QStringLiteral("admin"));
        const Session admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
        const Sales::SalesDocumentRepository orders(db, QStringLiteral("admin"), stock);
        const Sales::ShipmentRepository shipments(db, QStringLiteral("admin"), *stock);
        const Inventory::StockDocumentRepository transfers(db, QStringLiteral("admin"));
        if (customers.isEmpty() || from == 0 || to == 0)
            throw Error(QStringLiteral("the database has no customers or fewer than two warehouses"));

        for (int round = 0; round < rounds; ++round) {
            const QList<qint64> products = stocked(db, from, 50);
            if (products.size() < 2)
                throw Error(QStringLiteral("the order warehouse ran out of stock"));
            Sales::SalesDocument o;
            o.kind = Sales::SalesDocument::Kind::Order;
            o.customerId = customers.at(int(rng.bounded(quint32(customers.size()))));
            o.date = QDate::currentDate();
            o.deliveryDate = o.date.addDays(7);
            o.currency = QStringLiteral("CNY");
            for (int i = 0; i < 2; ++i)
                o.lines << Sales::SalesLine{0,
                                            products.at(int(rng.bounded(quint32(products.size())))),
                                            QString(),
                                            Quantity::fromUnits(1 + rng.bounded(3u)),
                                            0,
                                            100000 + qint64(rng.bounded(50000u)),
                                            Rate(),
                                            Rate::fromPercent(13)};
            orders.save(o);
            if (!orders.breaches(o).isEmpty())
                orders.approve(o.id, admin);
            orders.setStatus(o.id, QStringLiteral("confirmed"));
            say("order", o.number);

            Sales::Shipment s = shipments.draftFromOrders(Sales::Shipment::Kind::Shipment, {o.id}, from);
            shipments.save(s);
            shipments.post(s.id);
            say("shipment", s.number);

            Inventory::StockDocument t;
            t.kind = Inventory::StockDocument::Kind::Transfer;
            t.date = QDate::currentDate();
            t.fromWarehouseId = from;
            t.toWarehouseId = to;
            t.lines << Inventory::StockDocumentLine{products.at(int(rng.bounded(quint32(products.size())))),
                                                    Quantity::fromUnits(1)};
            transfers.save(t);
            transfers.post(t.id);
            say("transfer", t.number);
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "crm_post_loop: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
