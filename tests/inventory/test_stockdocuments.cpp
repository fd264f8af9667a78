#include "testdb.h"

#include "model/stockdocument.h"
#include "model/stockledger.h"

using namespace Crm;
using namespace Crm::Inventory;
using namespace Crm::Test;

namespace {
struct DocumentsFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("inventory")}};
    const Database &db = testDatabase.db();
    StockLedger ledger;
    StockDocumentRepository documents{db, kActor};
    qint64 north = 0;
    qint64 south = 0;
    Product bolt;

    DocumentsFixture()
    {
        initializeCompany(db);
        north = makeWarehouse(db, QStringLiteral("N"), QStringLiteral("北仓 North"));
        south = makeWarehouse(db, QStringLiteral("S"), QStringLiteral("Almacén Sur"));
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380);
        ledger.post(db,
                    {QStringLiteral("inventory.opening"), QStringLiteral("OB"), Database::newUuid(), QDate(2026, 1, 1)},
                    {{bolt.id, north, Quantity::fromUnits(40)}});
    }

    StockDocument transfer(qint64 units) const
    {
        StockDocument d;
        d.date = QDate(2026, 11, 5);
        d.fromWarehouseId = north;
        d.toWarehouseId = south;
        d.lines = {{bolt.id, Quantity::fromUnits(units)}};
        return d;
    }
};
} // namespace

TEST_CASE_METHOD(DocumentsFixture, "A transfer moves goods between warehouses and is reversed with a reason",
                 "[inventory][transfer]")
{
    StockDocument d = transfer(15);
    documents.save(d);
    CHECK(d.number == QStringLiteral("TR-A-000001"));
    CHECK(ledger.onHand(db, bolt.id, north) == Quantity::fromUnits(40)); // a draft moves nothing
    documents.post(d.id);
    CHECK(ledger.onHand(db, bolt.id, north) == Quantity::fromUnits(25));
    CHECK(ledger.onHand(db, bolt.id, south) == Quantity::fromUnits(15));
    CHECK(ledger.onHand(db, bolt.id) == Quantity::fromUnits(40));
    CHECK_THROWS_AS(documents.save(d), Error); // posted: not edited
    CHECK(errorField([&] { documents.reverse(d.id, QString()); }) == QStringLiteral("reason"));
    documents.reverse(d.id, QStringLiteral("Wrong warehouse"));
    CHECK(ledger.onHand(db, bolt.id, south) == Quantity::fromUnits(0));
    CHECK(documents.load(d.id)->status == QStringLiteral("reversed"));
    CHECK(StockLedger::check(db).isEmpty());
}

TEST_CASE_METHOD(DocumentsFixture, "Transfers and requisitions refuse what does not fit and post nothing then",
                 "[inventory][transfer][requisition]")
{
    StockDocument same = transfer(1);
    same.toWarehouseId = north;
    CHECK(errorField([&] { documents.save(same); }) == QStringLiteral("to_warehouse"));
    StockDocument empty = transfer(1);
    empty.lines.clear();
    CHECK(errorField([&] { documents.save(empty); }) == QStringLiteral("lines"));
    // More than the warehouse holds: the draft stays a draft, the stock as it was.
    StockDocument big = transfer(41);
    documents.save(big);
    CHECK_THROWS_AS(documents.post(big.id), Error);
    CHECK(documents.load(big.id)->status == QStringLiteral("draft"));
    CHECK(ledger.onHand(db, bolt.id, north) == Quantity::fromUnits(40));

    StockDocument requisition;
    requisition.kind = StockDocument::Kind::Requisition;
    requisition.date = QDate(2026, 11, 6);
    requisition.fromWarehouseId = north;
    requisition.department = QStringLiteral("维修部 Maintenance");
    requisition.lines = {{bolt.id, Quantity::fromUnits(3)}};
    CHECK(errorField([&] { documents.save(requisition); }) == QStringLiteral("purpose"));
    requisition.purpose = QStringLiteral("Repuestos para la línea 2");
    documents.save(requisition);
    CHECK(requisition.number == QStringLiteral("RQ-A-000001"));
    documents.post(requisition.id);
    CHECK(ledger.onHand(db, bolt.id, north) == Quantity::fromUnits(37));
    CHECK(db.scalar(QStringLiteral("SELECT source_type FROM inventory_move WHERE source_uuid = ?"), {requisition.uuid})
              .toString() == QStringLiteral("inventory.requisition"));
}
