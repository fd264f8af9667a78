#include "testdb.h"

#include "model/pagedlistmodel.h"
#include "model/stockledger.h"
#include "model/stocklists.h"

#include <QSet>

using namespace Crm;
using namespace Crm::Inventory;
using namespace Crm::Test;

namespace {
struct ListsFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("inventory")}};
    const Database &db = testDatabase.db();
    StockLedger ledger;
    qint64 north = 0;
    qint64 south = 0;
    Product bolt;
    Product valve;
    Product gasket;

    ListsFixture()
    {
        initializeCompany(db);
        north = makeWarehouse(db, QStringLiteral("N"), QStringLiteral("北仓 North"));
        south = makeWarehouse(db, QStringLiteral("S"), QStringLiteral("Almacén Sur"));
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380, [](Product &p) {
            p.code = QStringLiteral("BOLT");
            p.safetyStockMilli = 20000;
        });
        valve = makeProduct(db, QStringLiteral("Válvula de bola DN25"), 12500,
                            [](Product &p) { p.code = QStringLiteral("VALVE"); });
        gasket = makeProduct(db, QStringLiteral("Gasket ring"), 90, [](Product &p) {
            p.code = QStringLiteral("GASKET");
            p.safetyStockMilli = 5000;
        });
    }

    void post(const QString &type, const QString &number, const QDate &date, const QList<StockMove> &moves) const
    {
        ledger.post(db, {type, number, Database::newUuid(), date}, moves);
    }

    // The standard story: openings in both warehouses, then shipments.
    void story() const
    {
        post(QStringLiteral("inventory.opening"), QStringLiteral("OB-1"), QDate(2026, 1, 5),
             {{bolt.id, north, Quantity::fromUnits(10), 30},
              {valve.id, north, Quantity::fromUnits(3), 9000},
              {gasket.id, north, Quantity::fromUnits(10), 40}});
        post(QStringLiteral("inventory.opening"), QStringLiteral("OB-2"), QDate(2026, 1, 5),
             {{bolt.id, south, Quantity::fromUnits(4), 30}});
        post(QStringLiteral("sales.shipment"), QStringLiteral("SH-1"), QDate(2026, 3, 10),
             {{valve.id, north, Quantity::fromUnits(-1), 9000}});
        post(QStringLiteral("sales.shipment"), QStringLiteral("SH-2"), QDate(2026, 10, 20),
             {{gasket.id, north, Quantity::fromUnits(-2), 40}});
    }
};

// Every row of the list (fetching all pages), as raw values of `columns`.
QList<QVariantList> rows(PagedListModel &m, const QStringList &columns)
{
    m.reload();
    while (m.canFetchMore({}))
        m.fetchMore({});
    QList<QVariantList> out;
    for (int r = 0; r < m.rowCount(); ++r) {
        QVariantList row;
        for (const QString &c : columns)
            row << m.data(m.index(r, m.spec().columnIndex(c)), PagedListModel::RawRole);
        out << row;
    }
    return out;
}

qint64 units(qint64 n)
{
    return n * 1000;
}
} // namespace

TEST_CASE_METHOD(ListsFixture, "on-hand rows show reserved and available per warehouse", "[inventory][lists]")
{
    story();
    ledger.reserve(db, {QStringLiteral("sales.order"), QStringLiteral("SO-1"), Database::newUuid(), QDate(2026, 11, 1)},
                   {{bolt.id, north, Quantity::fromUnits(2)}, {bolt.id, 0, Quantity::fromUnits(1)}});
    PagedListModel m(db, StockLists::onHand());
    const QStringList cols{QStringLiteral("code"),     QStringLiteral("warehouse"), QStringLiteral("onhand"),
                           QStringLiteral("reserved"), QStringLiteral("available"), QStringLiteral("safety_stock"),
                           QStringLiteral("last_in"),  QStringLiteral("last_out")};
    const QList<QVariantList> all = rows(m, cols);
    REQUIRE(all.size() == 4);
    // Sorted by product code, then warehouse.
    CHECK(all.at(0).at(0).toString() == QLatin1String("BOLT"));
    CHECK(all.at(0).at(1).toString() == QStringLiteral("北仓 North"));
    CHECK(all.at(0).at(2).toLongLong() == units(10));
    CHECK(all.at(0).at(3).toLongLong() == units(2)); // the unplaced reservation is not this warehouse's
    CHECK(all.at(0).at(4).toLongLong() == units(8));
    CHECK(all.at(0).at(5).toLongLong() == units(20));
    CHECK(all.at(1).at(1).toString() == QStringLiteral("Almacén Sur"));
    CHECK(all.at(1).at(3).toLongLong() == 0);
    CHECK(all.at(1).at(4).toLongLong() == units(4));
    CHECK(all.at(2).at(0).toString() == QLatin1String("GASKET"));
    CHECK(all.at(2).at(6).toString() == QLatin1String("2026-01-05"));
    CHECK(all.at(2).at(7).toString() == QLatin1String("2026-10-20"));

    // The row key gives back the product and the warehouse.
    CHECK(StockLists::productOf(m.idAt(1)) == bolt.id);
    CHECK(StockLists::warehouseOf(m.idAt(1)) == south);

    m.setFilter(QStringLiteral("warehouse"), south);
    REQUIRE(m.rowCount() == 1);
    m.setFilter(QStringLiteral("warehouse"), QVariant());
    m.setSearch(QStringLiteral("valv"));
    REQUIRE(m.rowCount() == 1);
    CHECK(StockLists::productOf(m.idAt(0)) == valve.id);
    m.setSearch(QStringLiteral("螺栓"));
    CHECK(m.rowCount() == 2);
}

TEST_CASE_METHOD(ListsFixture, "on-hand pages by product and warehouse without losing rows", "[inventory][lists]")
{
    const qint64 east = makeWarehouse(db, QStringLiteral("E"), QStringLiteral("East"));
    QList<StockMove> moves;
    for (int i = 0; i < 120; ++i) {
        // The same name for all: ties in the name order, three rows per code.
        const Product p = makeProduct(db, QStringLiteral("Washer"), 10, [i](Product &x) {
            x.code = QStringLiteral("W%1").arg(i, 3, 10, QLatin1Char('0'));
            x.specification = QString::number(i);
        });
        for (qint64 w : {north, south, east})
            moves << StockMove{p.id, w, Quantity::fromUnits(1), 1};
    }
    post(QStringLiteral("inventory.opening"), QStringLiteral("OB-1"), QDate(2026, 1, 5), moves);
    for (int column : {0, 1}) {
        PagedListModel m(db, StockLists::onHand());
        m.sort(column, Qt::AscendingOrder);
        const QList<QVariantList> all = rows(m, {QStringLiteral("code")});
        CHECK(all.size() == 360);
        QSet<qint64> ids;
        for (int r = 0; r < m.rowCount(); ++r)
            ids.insert(m.idAt(r));
        CHECK(ids.size() == 360);
    }
}

TEST_CASE_METHOD(ListsFixture, "the ledger lists moves newest first and filters them", "[inventory][lists]")
{
    story();
    PagedListModel m(db, StockLists::ledger(db));
    const QStringList cols{QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("number"),
                           QStringLiteral("code"), QStringLiteral("in"),   QStringLiteral("out")};
    QList<QVariantList> all = rows(m, cols);
    REQUIRE(all.size() == 6);
    CHECK(all.at(0).at(2).toString() == QLatin1String("SH-2"));
    CHECK(all.at(0).at(4).isNull());
    CHECK(all.at(0).at(5).toLongLong() == units(2));
    CHECK(all.at(5).at(2).toString() == QLatin1String("OB-1"));
    CHECK(all.at(5).at(4).toLongLong() > 0);
    CHECK(m.data(m.index(0, m.spec().columnIndex(QStringLiteral("type"))), Qt::DisplayRole).toString() ==
          QLatin1String("Shipment"));
    CHECK(StockLists::documentTypeTitle(QStringLiteral("inventory.opening")) == QLatin1String("Opening balance"));
    CHECK(StockLists::documentTypeTitle(QStringLiteral("x.custom")) == QLatin1String("x.custom"));

    m.setFilter(QStringLiteral("type"), QStringLiteral("sales.shipment"));
    CHECK(rows(m, cols).size() == 2);
    m.setFilter(QStringLiteral("type"), QVariant());
    m.setFilter(QStringLiteral("month"), QStringLiteral("2026-01"));
    CHECK(rows(m, cols).size() == 4);
    m.setFilter(QStringLiteral("warehouse"), south);
    CHECK(rows(m, cols).size() == 1);

    // Filter choices: the document types present, the months from the newest back.
    const ListSpec &spec = m.spec();
    const auto types = spec.filterOptions(db, spec.filters.at(1));
    REQUIRE(types.size() == 2);
    CHECK(types.at(0).first == QLatin1String("Opening balance"));
    const auto months = spec.filterOptions(db, spec.filters.at(2));
    REQUIRE(months.size() == 10);
    CHECK(months.first().second.toString() == QLatin1String("2026-10"));
    CHECK(months.last().second.toString() == QLatin1String("2026-01"));

    // A document number (any case) lists that document's moves; a product code still finds the product's.
    m.setFilter(QStringLiteral("warehouse"), QVariant());
    m.setFilter(QStringLiteral("month"), QVariant());
    m.setSearch(QStringLiteral("ob-1"));
    const QList<QVariantList> opening = rows(m, cols);
    REQUIRE(opening.size() == 3);
    for (const QVariantList &r : opening)
        CHECK(r.at(2).toString() == QLatin1String("OB-1"));
    m.setSearch(QStringLiteral("BOLT"));
    CHECK(rows(m, cols).size() == 2);
    m.setSearch(QStringLiteral("SH-9")); // no such document, no such product
    CHECK(rows(m, cols).isEmpty());
    m.setSearch(QString());

    PagedListModel one(db, StockLists::ledgerOf(db, bolt.id, south));
    CHECK(rows(one, cols).size() == 1);
    CHECK(StockLists::ledgerTitle(db, bolt.id, south) == QStringLiteral("BOLT 不锈钢螺栓 M8×30 in Almacén Sur"));
}

TEST_CASE_METHOD(ListsFixture, "safety-stock alerts show the shortfall over all warehouses", "[inventory][lists]")
{
    story();
    // Bolt: 14 on hand for a safety stock of 20; gasket: 8 for 5; valve: none set.
    PagedListModel m(db, StockLists::safetyStockAlerts());
    QList<QVariantList> all = rows(m, {QStringLiteral("code"), QStringLiteral("onhand"), QStringLiteral("shortfall")});
    REQUIRE(all.size() == 1);
    CHECK(all.at(0).at(0).toString() == QLatin1String("BOLT"));
    CHECK(all.at(0).at(1).toLongLong() == units(14));
    CHECK(all.at(0).at(2).toLongLong() == units(6));

    // A product never received is short by its whole safety stock, and comes first.
    makeProduct(db, QStringLiteral("Hose"), 100, [](Product &p) {
        p.code = QStringLiteral("HOSE");
        p.safetyStockMilli = 50000;
    });
    all = rows(m, {QStringLiteral("code"), QStringLiteral("shortfall")});
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).at(0).toString() == QLatin1String("HOSE"));
    CHECK(all.at(0).at(1).toLongLong() == units(50));
}

TEST_CASE_METHOD(ListsFixture, "slow movers: in stock and nothing out since the cutoff", "[inventory][lists]")
{
    story();
    // Valve went out on 10 March, gasket on 20 October, bolt never (in since 5 January).
    auto codes = [this](const QDate &cutoff) {
        PagedListModel m(db, StockLists::slowMovers(cutoff));
        QStringList out;
        for (const QVariantList &r : rows(m, {QStringLiteral("code")}))
            out << r.at(0).toString();
        return out;
    };
    CHECK(codes(QDate(2026, 11, 1)) ==
          QStringList{QStringLiteral("BOLT"), QStringLiteral("VALVE"), QStringLiteral("GASKET")});
    CHECK(codes(QDate(2026, 8, 1)) == QStringList{QStringLiteral("BOLT"), QStringLiteral("VALVE")});
    CHECK(codes(QDate(2026, 2, 1)) == QStringList{QStringLiteral("BOLT")});
    CHECK(codes(QDate(2026, 1, 1)).isEmpty());
    // Sold out: no longer a slow mover.
    post(QStringLiteral("sales.shipment"), QStringLiteral("SH-3"), QDate(2026, 3, 11),
         {{valve.id, north, Quantity::fromUnits(-2), 9000}});
    CHECK(codes(QDate(2026, 8, 1)) == QStringList{QStringLiteral("BOLT")});
}
