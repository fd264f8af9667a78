#include "testdb.h"

#include "model/recordrepository.h"
#include "model/stockledger.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Inventory;
using namespace Crm::Test;

namespace {
struct LedgerFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("inventory")}};
    const Database &db = testDatabase.db();
    StockLedger ledger;
    qint64 north = 0;
    qint64 south = 0;
    Product bolt;
    Product valve;

    LedgerFixture()
    {
        initializeCompany(db);
        north = makeWarehouse(db, QStringLiteral("N"), QStringLiteral("北仓 North"));
        south = makeWarehouse(db, QStringLiteral("S"), QStringLiteral("Almacén Sur"));
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380);
        valve = makeProduct(db, QStringLiteral("Válvula de bola DN25"), 12500);
    }

    static StockSource doc(const QString &type, const QString &number)
    {
        return {type, number, Database::newUuid(), QDate(2026, 11, 2)};
    }

    qint64 ledgerSum(qint64 product, qint64 warehouse) const
    {
        return db
            .scalar(QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) FROM inventory_move "
                                   "WHERE product_id = ? AND warehouse_id = ?"),
                    {product, warehouse})
            .toLongLong();
    }
};

Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}
} // namespace

TEST_CASE_METHOD(LedgerFixture, "Receipts, issues and transfers keep on-hand per warehouse", "[inventory][ledger]")
{
    ledger.post(db, doc(QStringLiteral("inventory.opening"), QStringLiteral("OB-1")),
                {{bolt.id, north, units(100), 190}, {valve.id, south, units(5), 6250}});
    CHECK(ledger.onHand(db, bolt.id, north) == units(100));
    CHECK(ledger.onHand(db, bolt.id, south) == units(0));
    // A transfer is an issue from one warehouse and a receipt into the other, posted together.
    ledger.post(db, doc(QStringLiteral("inventory.transfer"), QStringLiteral("TR-1")),
                {{bolt.id, north, units(-30)}, {bolt.id, south, units(30)}});
    CHECK(ledger.onHand(db, bolt.id, north) == units(70));
    CHECK(ledger.onHand(db, bolt.id, south) == units(30));
    CHECK(ledger.onHand(db, bolt.id) == units(100));
    CHECK(StockLedger::check(db).isEmpty());
    QSqlQuery q = db.exec(QStringLiteral("SELECT last_in_date, last_out_date FROM inventory_onhand "
                                         "WHERE product_id = ? AND warehouse_id = ?"),
                          {bolt.id, north});
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2026-11-02"));
    CHECK(q.value(1).toString() == QStringLiteral("2026-11-02"));
}

TEST_CASE_METHOD(LedgerFixture,
                 "Negative stock is refused with the product, warehouse and quantities, and nothing "
                 "of the document is posted",
                 "[inventory][ledger][negative]")
{
    ledger.post(db, doc(QStringLiteral("inventory.opening"), QStringLiteral("OB-1")), {{bolt.id, north, units(10)}});
    const StockSource shipment = doc(QStringLiteral("sales.shipment"), QStringLiteral("SH-1"));
    try {
        // The first line fits, the second does not: the whole document is refused.
        ledger.post(db, shipment, {{bolt.id, north, units(-4)}, {bolt.id, north, units(-7)}});
        FAIL("posted below zero");
    } catch (const Error &e) {
        CHECK(e.message().contains(bolt.code));
        CHECK(e.message().contains(QStringLiteral("北仓")));
        CHECK(e.message().contains(QStringLiteral("6 on hand")));
        CHECK(e.message().contains(QStringLiteral("7 asked for")));
    }
    CHECK(ledger.onHand(db, bolt.id, north) == units(10));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM inventory_move WHERE source_uuid = ?"), {shipment.uuid})
              .toInt() == 0);
    // With the setting, it goes through with a warning.
    StockLedger::setAllowsNegative(db, true);
    const QStringList warnings = ledger.post(db, shipment, {{bolt.id, north, units(-12)}});
    REQUIRE(warnings.size() == 1);
    CHECK(ledger.onHand(db, bolt.id, north) == units(-2));
    // Unknown warehouse or product: a clear refusal.
    CHECK_THROWS_AS(ledger.post(db, doc(QStringLiteral("x"), QStringLiteral("X-1")), {{bolt.id, 9999, units(1)}}),
                    Error);
    CHECK_THROWS_AS(
        ledger.post(db, {QStringLiteral("x"), QStringLiteral("X-2"), QString(), QDate()}, {{bolt.id, north, units(1)}}),
        Error);
}

TEST_CASE_METHOD(LedgerFixture, "A document's moves are reversed once", "[inventory][ledger][reverse]")
{
    const StockSource receipt = doc(QStringLiteral("purchasing.receipt"), QStringLiteral("GR-1"));
    ledger.post(db, receipt, {{valve.id, south, units(8)}, {bolt.id, south, units(50)}});
    ledger.reverse(db, receipt.uuid, QDate(2026, 11, 3));
    CHECK(ledger.onHand(db, valve.id, south) == units(0));
    CHECK(ledger.onHand(db, bolt.id, south) == units(0));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM inventory_move WHERE reverses_id IS NOT NULL")).toInt() == 2);
    CHECK_THROWS_AS(ledger.reverse(db, receipt.uuid, QDate(2026, 11, 3)), Error);
    // Reversing a receipt whose goods have left is refused like any issue.
    const StockSource second = doc(QStringLiteral("purchasing.receipt"), QStringLiteral("GR-2"));
    ledger.post(db, second, {{valve.id, south, units(3)}});
    ledger.post(db, doc(QStringLiteral("sales.shipment"), QStringLiteral("SH-9")), {{valve.id, south, units(-2)}});
    CHECK_THROWS_AS(ledger.reverse(db, second.uuid, QDate(2026, 11, 4)), Error);
    CHECK(ledger.onHand(db, valve.id, south) == units(1));
}

TEST_CASE_METHOD(LedgerFixture, "Available is on-hand minus reservations", "[inventory][ledger][reserve]")
{
    ledger.post(db, doc(QStringLiteral("inventory.opening"), QStringLiteral("OB-1")),
                {{bolt.id, north, units(20)}, {bolt.id, south, units(5)}});
    const StockSource order = doc(QStringLiteral("sales.order"), QStringLiteral("SO-1"));
    ledger.reserve(db, order, {{bolt.id, 0, units(8)}, {bolt.id, south, units(2)}});
    CHECK(ledger.available(db, bolt.id) == units(15));
    CHECK(ledger.available(db, bolt.id, south) == units(3));
    CHECK(ledger.available(db, bolt.id, north) == units(20));
    // Reserving again replaces; an empty list releases.
    ledger.reserve(db, order, {{bolt.id, 0, units(1)}});
    CHECK(ledger.available(db, bolt.id) == units(24));
    ledger.reserve(db, order, {});
    CHECK(ledger.available(db, bolt.id) == units(25));
}

TEST_CASE_METHOD(LedgerFixture, "After any sequence of posts and reversals on-hand equals the sum of the moves",
                 "[inventory][ledger][invariant]")
{
    StockLedger::setAllowsNegative(db, false);
    QRandomGenerator rng(42);
    const QList<qint64> products{bolt.id, valve.id};
    const QList<qint64> warehouses{north, south};
    QList<QString> posted;
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        if (!posted.isEmpty() && rng.bounded(5) == 0) {
            const QString uuid = posted.takeAt(int(rng.bounded(quint32(posted.size()))));
            try {
                ledger.reverse(db, uuid, QDate(2026, 11, 10));
            } catch (const Error &) {
                ++refused; // its goods were issued since
            }
            continue;
        }
        QList<StockMove> moves;
        for (int l = 0, n = 1 + int(rng.bounded(4)); l < n; ++l)
            moves << StockMove{products.at(int(rng.bounded(2))), warehouses.at(int(rng.bounded(2))),
                               Quantity::fromMilli(qint64(rng.bounded(20000)) - 8000)};
        const StockSource d = doc(QStringLiteral("test"), QStringLiteral("T-%1").arg(i));
        try {
            ledger.post(db, d, moves);
            posted << d.uuid;
        } catch (const Error &) {
            ++refused;
        }
    }
    CHECK(refused > 0);
    CHECK(StockLedger::check(db).isEmpty());
    for (qint64 p : products)
        for (qint64 w : warehouses) {
            CHECK(ledger.onHand(db, p, w).milli() == ledgerSum(p, w));
            CHECK(ledger.onHand(db, p, w).milli() >= 0);
        }
    // A damaged on-hand row is found by the check, named by product and warehouse.
    db.exec(QStringLiteral("UPDATE inventory_onhand SET quantity_milli = quantity_milli + 1000 WHERE product_id = ? "
                           "AND warehouse_id = ?"),
            {bolt.id, north});
    const QStringList problems = StockLedger::check(db);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(bolt.code + QStringLiteral(" in N")));
}
