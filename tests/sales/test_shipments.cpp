#include "testdb.h"

#include "model/salesdocumentrepository.h"
#include "model/salessettings.h"
#include "model/shipmentrepository.h"
#include "model/stockledger.h"

#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

struct ShippingFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("inventory"), QStringLiteral("sales")}};
    const Database &db = testDatabase.db();
    Inventory::StockLedger stock;
    SalesDocumentRepository orders{db, kActor, &stock};
    ShipmentRepository shipments{db, kActor, stock};
    Party customer;
    Party other;
    Product bolt;
    Product valve;
    qint64 north = 0;
    qint64 south = 0;

    ShippingFixture()
    {
        initializeCompany(db);
        customer = makeCustomer(db, QStringLiteral("上海华为技术有限公司"), [](Party &p) {
            p.shippingAddress = QStringLiteral("上海市浦东新区 1 号");
            p.contacts << makeContact(QStringLiteral("王伟"));
            p.contacts.first().isPrimary = true;
        });
        other = makeCustomer(db, QStringLiteral("Ferretería López S.L."));
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380);
        valve = makeProduct(db, QStringLiteral("Válvula de bola DN25"), 12500);
        north = makeWarehouse(db, QStringLiteral("N"));
        south = makeWarehouse(db, QStringLiteral("S"));
        stock.post(
            db, {QStringLiteral("inventory.opening"), QStringLiteral("OB-1"), Database::newUuid(), QDate(2026, 1, 1)},
            {{bolt.id, north, units(100)}, {bolt.id, south, units(100)}, {valve.id, north, units(10)}});
    }

    // A confirmed order of `customer` for 30 bolts and 4 valves.
    SalesDocument confirmedOrder(const Party &who)
    {
        SalesDocument d;
        d.kind = SalesDocument::Kind::Order;
        d.customerId = who.id;
        d.date = QDate(2026, 11, 2);
        d.currency = QStringLiteral("CNY");
        d.lines = {{0, bolt.id, bolt.name, units(30), 0, 380, Rate(), Rate::fromPercent(13)},
                   {0, valve.id, valve.name, units(4), 0, 12500, Rate(), Rate::fromPercent(13)}};
        orders.save(d);
        orders.setStatus(d.id, QStringLiteral("confirmed"));
        return *orders.load(d.id);
    }

    QString status(qint64 orderId) const { return orders.load(orderId)->status; }
};
} // namespace

TEST_CASE_METHOD(ShippingFixture, "One shipment covers two orders of one customer", "[sales][shipping]")
{
    const SalesDocument a = confirmedOrder(customer);
    const SalesDocument b = confirmedOrder(customer);
    Shipment s = shipments.draftFromOrders(Shipment::Kind::Shipment, {a.id, b.id}, north);
    CHECK(s.lines.size() == 4);
    CHECK(s.shipToAddress == QStringLiteral("上海市浦东新区 1 号"));
    CHECK(s.shipToContact == QStringLiteral("王伟"));
    s.trackingNumber = QStringLiteral("SF1234567890");
    shipments.save(s);
    CHECK(s.number == QStringLiteral("SH-A-000001"));
    CHECK(stock.onHand(db, bolt.id, north) == units(100)); // a draft moves nothing
    shipments.post(s.id);
    CHECK(stock.onHand(db, bolt.id, north) == units(40));
    CHECK(stock.onHand(db, valve.id, north) == units(2));
    CHECK(status(a.id) == QStringLiteral("shipped"));
    CHECK(status(b.id) == QStringLiteral("shipped"));
    // Shipped orders still propose the customer's last price.
    CHECK(orders.lastPrices(customer.id, bolt.id).size() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM inventory_move WHERE source_uuid = ?"), {s.uuid}).toInt() ==
          4);
    // Posted, it is not edited or posted again.
    CHECK_THROWS_AS(shipments.post(s.id), Error);
    CHECK_THROWS_AS(shipments.save(s), Error);
}

TEST_CASE_METHOD(ShippingFixture, "One order ships in two parts from two warehouses; over-shipping is refused",
                 "[sales][shipping]")
{
    const SalesDocument o = confirmedOrder(customer);
    Shipment first;
    first.customerId = customer.id;
    first.date = QDate(2026, 11, 3);
    first.lines = {{0, o.lines.at(0).id, bolt.id, north, units(20), bolt.name},
                   {0, o.lines.at(1).id, valve.id, north, units(4), valve.name}};
    shipments.save(first);
    shipments.post(first.id);
    CHECK(status(o.id) == QStringLiteral("partly_shipped"));

    // 10 bolts are left: 11 is refused, with the order, the line and the quantities.
    Shipment second = shipments.draftFromOrders(Shipment::Kind::Shipment, {o.id}, south);
    REQUIRE(second.lines.size() == 1);
    CHECK(second.lines.first().quantity == units(10));
    second.lines.first().quantity = units(11);
    try {
        shipments.save(second);
        FAIL("over-shipped");
    } catch (const Error &e) {
        CHECK(e.message().contains(o.number));
        CHECK(e.message().contains(QStringLiteral("10 left to ship")));
        CHECK(e.field() == QStringLiteral("quantity"));
    }
    CHECK(second.id == 0);
    // Two lines of one order line may not add up to more than is left either.
    second.lines = {{0, o.lines.at(0).id, bolt.id, south, units(6), bolt.name},
                    {0, o.lines.at(0).id, bolt.id, north, units(6), bolt.name}};
    CHECK_THROWS_AS(shipments.save(second), Error);
    second.lines.last().quantity = units(4);
    shipments.save(second);
    shipments.post(second.id);
    CHECK(status(o.id) == QStringLiteral("shipped"));
    CHECK(stock.onHand(db, bolt.id, north) == units(76));
    CHECK(stock.onHand(db, bolt.id, south) == units(94));
    CHECK_THROWS_AS(shipments.draftFromOrders(Shipment::Kind::Shipment, {o.id}, north), Error);
}

TEST_CASE_METHOD(ShippingFixture, "A reversed shipment brings the stock back and the order status back",
                 "[sales][shipping][reverse]")
{
    const SalesDocument o = confirmedOrder(customer);
    Shipment s = shipments.draftFromOrders(Shipment::Kind::Shipment, {o.id}, north);
    shipments.save(s);
    shipments.post(s.id);
    CHECK(status(o.id) == QStringLiteral("shipped"));
    CHECK_THROWS_AS(shipments.reverse(s.id, QString()), Error); // a reason is needed
    shipments.reverse(s.id, QStringLiteral("Wrong warehouse"));
    CHECK(stock.onHand(db, bolt.id, north) == units(100));
    CHECK(stock.onHand(db, valve.id, north) == units(10));
    CHECK(status(o.id) == QStringLiteral("confirmed"));
    CHECK(shipments.load(s.id)->status == QStringLiteral("reversed"));
    CHECK_THROWS_AS(shipments.reverse(s.id, QStringLiteral("again")), Error);
    CHECK(Inventory::StockLedger::check(db).isEmpty());
}

TEST_CASE_METHOD(ShippingFixture, "Shipping refuses what does not fit: another customer, missing stock, no warehouse",
                 "[sales][shipping][refuse]")
{
    const SalesDocument mine = confirmedOrder(customer);
    const SalesDocument theirs = confirmedOrder(other);
    CHECK_THROWS_AS(shipments.draftFromOrders(Shipment::Kind::Shipment, {mine.id, theirs.id}, north), Error);
    Shipment s = shipments.draftFromOrders(Shipment::Kind::Shipment, {mine.id}, north);
    s.lines.first().warehouseId = 0;
    CHECK(errorField([&] { shipments.save(s); }) == QStringLiteral("lines"));
    // Valves: 10 on hand in the north; three orders of 4 cannot all ship.
    s = shipments.draftFromOrders(Shipment::Kind::Shipment, {mine.id}, north);
    shipments.save(s);
    shipments.post(s.id);
    Shipment t = shipments.draftFromOrders(Shipment::Kind::Shipment, {theirs.id}, north);
    t.customerId = other.id;
    shipments.save(t);
    shipments.post(t.id);
    const SalesDocument third = confirmedOrder(customer);
    Shipment u = shipments.draftFromOrders(Shipment::Kind::Shipment, {third.id}, north);
    shipments.save(u);
    try {
        shipments.post(u.id);
        FAIL("shipped goods that are not there");
    } catch (const Error &e) {
        CHECK(e.message().contains(valve.code));
        CHECK(e.message().contains(QStringLiteral("2 on hand, 4 asked for")));
    }
    // Nothing of the refused shipment was posted: stock, order and status as they were.
    CHECK(stock.onHand(db, bolt.id, north) == units(40));
    CHECK(status(third.id) == QStringLiteral("confirmed"));
    CHECK(shipments.load(u.id)->status == QStringLiteral("draft"));
}

TEST_CASE_METHOD(ShippingFixture, "A shipping notice is issued without moving stock; the shipment follows from it",
                 "[sales][shipping][notice]")
{
    const SalesDocument o = confirmedOrder(customer);
    Shipment notice = shipments.draftFromOrders(Shipment::Kind::Notice, {o.id}, 0);
    notice.lines.first().quantity = units(12); // only part of the bolts may go now
    shipments.save(notice);
    CHECK(notice.number == QStringLiteral("SN-A-000001"));
    shipments.post(notice.id);
    CHECK(shipments.load(notice.id)->status == QStringLiteral("issued"));
    CHECK(stock.onHand(db, bolt.id, north) == units(100));
    CHECK(status(o.id) == QStringLiteral("confirmed"));
    Shipment s = shipments.draftFromNotice(notice.id, north);
    CHECK(s.noticeId == notice.id);
    CHECK(s.lines.first().quantity == units(12));
    db.exec(
        QStringLiteral("INSERT INTO sales_courier(uuid, code, name, tracking_url, created_at, updated_at) "
                       "VALUES ('c1', 'SF', '顺丰速运', 'https://www.sf-express.com/track?no={tracking}', '', '')"));
    s.courierId = db.scalar(QStringLiteral("SELECT id FROM sales_courier WHERE code = 'SF'")).toLongLong();
    s.trackingNumber = QStringLiteral("SF 123");
    shipments.save(s);
    shipments.post(s.id);
    CHECK(shipments.trackingLink(s.id) == QStringLiteral("https://www.sf-express.com/track?no=SF%20123"));
    CHECK(status(o.id) == QStringLiteral("partly_shipped"));
    CHECK(stock.onHand(db, bolt.id, north) == units(88));
}

TEST_CASE_METHOD(ShippingFixture, "A confirmed order reserves what it has left to ship, in the order warehouse",
                 "[sales][shipping][reservation]")
{
    // The order warehouse is the first active one by code unless chosen.
    CHECK(SalesSettings::orderWarehouse(db) == north);
    SalesSettings settings = SalesSettings::load(db);
    settings.warehouseId = south;
    settings.save(db);
    CHECK(SalesSettings::orderWarehouse(db) == south);
    settings.warehouseId = north;
    settings.save(db);

    auto reserved = [this](qint64 product) {
        return Quantity::fromMilli(stock.onHand(db, product, north).milli() - stock.available(db, product, north).milli());
    };
    SalesDocument draft;
    draft.kind = SalesDocument::Kind::Order;
    draft.customerId = customer.id;
    draft.date = QDate(2026, 11, 2);
    draft.currency = QStringLiteral("CNY");
    draft.lines = {{0, bolt.id, bolt.name, units(7), 0, 380, Rate(), Rate::fromPercent(13)}};
    orders.save(draft);
    CHECK(reserved(bolt.id) == units(0)); // a draft holds nothing

    const SalesDocument o = confirmedOrder(customer);
    CHECK(reserved(bolt.id) == units(30));
    CHECK(reserved(valve.id) == units(4));
    CHECK(stock.available(db, bolt.id) == units(170));

    Shipment part;
    part.customerId = customer.id;
    part.date = QDate(2026, 11, 3);
    part.lines = {{0, o.lines.at(0).id, bolt.id, south, units(20), bolt.name}};
    shipments.save(part);
    shipments.post(part.id);
    CHECK(reserved(bolt.id) == units(10)); // what is left to ship
    CHECK(reserved(valve.id) == units(4));

    shipments.reverse(part.id, QStringLiteral("wrong warehouse"));
    CHECK(reserved(bolt.id) == units(30));

    const qint64 revision = orders.amend(o.id); // cancels the order: its reservation goes
    CHECK(reserved(bolt.id) == units(0));
    CHECK(reserved(valve.id) == units(0));
    orders.setStatus(revision, QStringLiteral("confirmed"));
    CHECK(reserved(bolt.id) == units(30));
    orders.setStatus(revision, QStringLiteral("cancelled"), QStringLiteral("customer withdrew"));
    CHECK(reserved(bolt.id) == units(0));

    // A warehouse that is not active is refused and nothing is stored.
    settings.warehouseId = 999999;
    CHECK_THROWS_AS(settings.save(db), Error);
    CHECK(SalesSettings::load(db).warehouseId == north);
}
