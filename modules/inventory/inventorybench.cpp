#include "inventorybench.h"

#include "auth/user.h"
#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/error.h"
#include "module/benchtiming.h"
#include "module/registry.h"
#include "services/stockservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QWidget>

namespace Crm::Inventory {

namespace {
using Bench::percentile;

constexpr int kProducts = 100000;
constexpr int kWarehouses = 5;
constexpr qint64 kMoves = 5000000;
constexpr int kChunk = 100000; // rows bound per buffer

class InventoryBench
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Inventory::InventoryBench)
public:
    static QList<BenchFigure> run(const PageContext &ctx);

private:
    struct Generated
    {
        QList<qint64> warehouses;
        qint64 firstProduct = 0;
    };
    static Generated generate(const Database &db);
    static QList<qint64> firstScreen(const PageContext &ctx, const QString &pageId, int times);
};

// Products, warehouses and moves in one transaction through the bulk path. The
// move indexes are dropped during the load and built again after it (a sort per
// index instead of millions of random inserts); on-hand is summed from the moves.
InventoryBench::Generated InventoryBench::generate(const Database &db)
{
    Generated g;
    QRandomGenerator rng(20261122);
    const QString now = Database::nowUtc();
    QList<QPair<QString, QString>> indexes;
    QSqlQuery ix = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                          "tbl_name = 'inventory_move' AND sql IS NOT NULL"));
    while (ix.next())
        indexes.append({ix.value(0).toString(), ix.value(1).toString()});

    WriteTransaction tx(db);
    for (const auto &index : indexes)
        db.exec(QStringLiteral("DROP INDEX %1").arg(index.first));
    for (int w = 1; w <= kWarehouses; ++w) {
        db.exec(QStringLiteral("INSERT INTO core_warehouse(uuid, code, name, active, created_at, updated_at) "
                               "VALUES (?, ?, ?, 1, ?, ?)"),
                {Database::newUuid(), QStringLiteral("BW%1").arg(w), tr("Bench warehouse %1").arg(w), now, now});
        g.warehouses << db.scalar(QStringLiteral("SELECT id FROM core_warehouse WHERE code = ?"),
                                  {QStringLiteral("BW%1").arg(w)})
                            .toLongLong();
    }
    const QVariant unit = db.scalar(QStringLiteral("SELECT min(id) FROM core_unit"));
    const QVariant category = db.scalar(QStringLiteral("SELECT min(id) FROM core_product_category"));
    g.firstProduct = db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM core_product")).toLongLong();
    {
        BulkStatement insert(db, QStringLiteral("INSERT INTO core_product(id, uuid, code, name, unit_id, category_id, "
                                                "cost_minor, sale_price_minor, currency, safety_stock_milli, active, "
                                                "dup_key, created_at, updated_at) "
                                                "VALUES (?,?,?,?,?,?,?,?,'CNY',?,1,?,?,?)"));
        BulkRows rows;
        rows.reserve(qsizetype(kProducts) * 120, qsizetype(kProducts) * 13);
        for (int i = 0; i < kProducts; ++i) {
            const QString code = QStringLiteral("B-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            rows.addInt(g.firstProduct + i);
            rows.addText(QStringLiteral("bench-product-%1").arg(i + 1, 7, 10, QLatin1Char('0')));
            rows.addText(code);
            rows.addText(QStringLiteral("Bench item %1").arg(i + 1));
            unit.isValid() ? rows.addInt(unit.toLongLong()) : rows.addNull();
            category.isValid() ? rows.addInt(category.toLongLong()) : rows.addNull();
            const qint64 cost = 100 + rng.bounded(50000);
            rows.addInt(cost);
            rows.addInt(cost * 3 / 2);
            rows.addInt(qint64(rng.bounded(200)) * 1000);
            rows.addText(code);
            rows.addText(now);
            rows.addText(now);
        }
        size_t next = 0;
        while (next < rows.slotCount())
            insert.run(rows, &next);
    }
    {
        // Three years of moves in date order, ten per document; receipts add more
        // than shipments take, so most stock stays positive.
        BulkStatement insert(db, QStringLiteral("INSERT INTO inventory_move(uuid, product_id, warehouse_id, "
                                                "quantity_milli, unit_cost_minor, move_date, source_type, "
                                                "source_number, source_uuid, created_at, updated_at) "
                                                "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        const QDate start = QDate::currentDate().addYears(-3);
        QStringList dates;
        for (QDate d = start; d <= QDate::currentDate(); d = d.addDays(1))
            dates << d.toString(Qt::ISODate);
        const QString receipt = QStringLiteral("purchasing.receipt");
        const QString shipment = QStringLiteral("sales.shipment");
        for (qint64 base = 0; base < kMoves; base += kChunk) {
            BulkRows rows;
            rows.reserve(qsizetype(kChunk) * 120, qsizetype(kChunk) * 11);
            for (qint64 i = base; i < std::min<qint64>(base + kChunk, kMoves); ++i) {
                const qint64 doc = i / 10;
                const bool in = doc % 2 == 0;
                rows.addText(QStringLiteral("bench-move-%1").arg(i, 9, 10, QLatin1Char('0')));
                rows.addInt(g.firstProduct + rng.bounded(kProducts));
                rows.addInt(g.warehouses.at(int(rng.bounded(kWarehouses))));
                rows.addInt(in ? qint64(1 + rng.bounded(100)) * 1000 : -qint64(1 + rng.bounded(60)) * 1000);
                rows.addInt(100 + rng.bounded(50000));
                rows.addText(dates.at(int(i * (dates.size() - 1) / kMoves)));
                rows.addText(in ? receipt : shipment);
                rows.addText(QStringLiteral("BN-%1").arg(doc, 8, 10, QLatin1Char('0')));
                rows.addText(QStringLiteral("bench-doc-%1").arg(doc, 8, 10, QLatin1Char('0')));
                rows.addText(now);
                rows.addText(now);
            }
            size_t next = 0;
            while (next < rows.slotCount())
                insert.run(rows, &next);
        }
    }
    db.exec(QStringLiteral("INSERT INTO inventory_onhand(product_id, warehouse_id, quantity_milli, last_in_date, "
                           "last_out_date) SELECT product_id, warehouse_id, SUM(quantity_milli), "
                           "COALESCE(MAX(CASE WHEN quantity_milli > 0 THEN move_date END), ''), "
                           "COALESCE(MAX(CASE WHEN quantity_milli < 0 THEN move_date END), '') "
                           "FROM inventory_move WHERE product_id >= ? GROUP BY product_id, warehouse_id"),
            {g.firstProduct});
    for (const auto &index : indexes)
        db.exec(index.second);
    tx.commit();
    db.exec(QStringLiteral("PRAGMA optimize"));
    return g;
}

// Durations of creating the registered page, showing it and processing the
// events that paint its first screen.
QList<qint64> InventoryBench::firstScreen(const PageContext &ctx, const QString &pageId, int times)
{
    const PageSpec *spec = ctx.registry.page(pageId);
    if (!spec)
        throw Error(tr("The page %1 is not registered.").arg(pageId));
    QList<qint64> out;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        std::unique_ptr<QWidget> page(spec->create(ctx, nullptr));
        page->resize(1200, 800);
        page->show();
        QApplication::processEvents();
        out << t.nsecsElapsed();
    }
    return out;
}

QList<BenchFigure> InventoryBench::run(const PageContext &ctx)
{
    const Database &db = ctx.db;
    const StockService *stock = ctx.registry.service<StockService>();
    if (!stock)
        throw Error(tr("The inventory module is not loaded."));
    QList<BenchFigure> figures;

    QElapsedTimer generation;
    generation.start();
    const Generated g = generate(db);
    figures << BenchFigure{tr("generate 100,000 products, 5 warehouses, 5,000,000 moves"),
                           generation.nsecsElapsed() / 1e9,
                           QStringLiteral("s"),
                           {},
                           0};

    // Baseline: the first screen of the on-hand list in bare SQL.
    QList<qint64> bare;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT p.code, p.name, w.name, o.quantity_milli, (SELECT COALESCE(SUM(r.quantity_milli), 0) FROM "
            "inventory_reservation r WHERE r.product_id = o.product_id AND r.warehouse_id = o.warehouse_id), "
            "p.safety_stock_milli, o.last_in_date, o.last_out_date FROM core_product p CROSS JOIN inventory_onhand o "
            "JOIN core_warehouse w ON w.id = o.warehouse_id WHERE o.product_id = p.id "
            "ORDER BY p.code, o.warehouse_id LIMIT 200"));
        while (q.next()) {
        }
        bare << t.nsecsElapsed();
    }
    const double baseline = percentile(bare, 0.5);
    figures << BenchFigure{
        tr("baseline: on-hand first screen in bare SQL (p50)"), baseline, QStringLiteral("ms"), {}, 0};
    const QList<qint64> onhandPage = firstScreen(ctx, QStringLiteral("inventory.page.onhand"), 5);
    figures << BenchFigure{tr("Stock on hand page, first screen (p50 of %1)").arg(onhandPage.size()),
                           percentile(onhandPage, 0.5), QStringLiteral("ms"), QStringLiteral("< 100 ms"), baseline};
    figures << BenchFigure{tr("Stock on hand page, first screen (max)"), percentile(onhandPage, 1.0),
                           QStringLiteral("ms"), QStringLiteral("< 100 ms"), baseline};
    const QList<qint64> ledgerPage = firstScreen(ctx, QStringLiteral("inventory.page.ledger"), 5);
    figures << BenchFigure{tr("Stock ledger page, first screen (max of %1)").arg(ledgerPage.size()),
                           percentile(ledgerPage, 1.0), QStringLiteral("ms"), QStringLiteral("< 100 ms"), baseline};

    // The reports read every product with a safety stock (or in stock): a figure
    // to watch rather than a target.
    const QList<qint64> alertsPage = firstScreen(ctx, QStringLiteral("inventory.page.safety_alerts"), 3);
    figures << BenchFigure{tr("Safety-stock alerts page, first screen (max of %1)").arg(alertsPage.size()),
                           percentile(alertsPage, 1.0),
                           QStringLiteral("ms"),
                           {},
                           baseline};
    const QList<qint64> slowPage = firstScreen(ctx, QStringLiteral("inventory.page.slow_movers"), 3);
    figures << BenchFigure{tr("Slow movers page, first screen (max of %1)").arg(slowPage.size()),
                           percentile(slowPage, 1.0),
                           QStringLiteral("ms"),
                           {},
                           baseline};

    // A product's on-hand in all warehouses through the service.
    QRandomGenerator rng(7);
    QList<qint64> lookups;
    for (int i = 0; i < 1000; ++i) {
        const qint64 product = g.firstProduct + rng.bounded(kProducts);
        QElapsedTimer t;
        t.start();
        stock->onHand(db, product);
        lookups << t.nsecsElapsed();
    }
    figures << BenchFigure{tr("on-hand of a product through StockService (p50 of %1)").arg(lookups.size()),
                           percentile(lookups, 0.5),
                           QStringLiteral("ms"),
                           {},
                           0};
    figures << BenchFigure{tr("on-hand of a product through StockService (p99)"), percentile(lookups, 0.99),
                           QStringLiteral("ms"), QStringLiteral("< 100 ms"), 0};

    // Baseline: one durable write transaction that changes one on-hand row.
    const qint64 warehouse = g.warehouses.first();
    QList<qint64> products;
    QSqlQuery top = db.exec(QStringLiteral("SELECT product_id FROM inventory_onhand WHERE warehouse_id = ? "
                                           "ORDER BY quantity_milli DESC LIMIT 20"),
                            {warehouse});
    while (top.next())
        products << top.value(0).toLongLong();
    QList<qint64> write;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        WriteTransaction tx(db);
        // A real change (+1 then -1 milli): an unchanged row would write nothing.
        db.exec(QStringLiteral("UPDATE inventory_onhand SET quantity_milli = quantity_milli + ? "
                               "WHERE product_id = ? AND warehouse_id = ?"),
                {i % 2 == 0 ? 1 : -1, products.value(i / 2 % products.size()), warehouse});
        tx.commit();
        write << t.nsecsElapsed();
    }
    const double writeBase = percentile(write, 0.5);
    figures << BenchFigure{tr("baseline: one write transaction (p50)"), writeBase, QStringLiteral("ms"), {}, 0};

    // 20-line issues (one unit of each of the 20 best-stocked products) posted.
    QList<qint64> posts;
    for (int i = 0; i < 100; ++i) {
        QList<StockMove> moves;
        for (qint64 p : products)
            moves << StockMove{p, warehouse, Quantity::fromUnits(-1), 100};
        const StockSource source{QStringLiteral("inventory.issue"), QStringLiteral("BI-%1").arg(i + 1),
                                 Database::newUuid(), QDate::currentDate()};
        QElapsedTimer t;
        t.start();
        stock->post(db, source, moves);
        posts << t.nsecsElapsed();
    }
    figures << BenchFigure{tr("post a 20-line issue through StockService (p50 of %1)").arg(posts.size()),
                           percentile(posts, 0.5),
                           QStringLiteral("ms"),
                           {},
                           writeBase};
    figures << BenchFigure{tr("post a 20-line issue through StockService (p99)"), percentile(posts, 0.99),
                           QStringLiteral("ms"), QStringLiteral("< 50 ms"), writeBase};
    return figures;
}
} // namespace

void setupBench(Registry &registry)
{
    registry.addBench({QStringLiteral("inventory"), &InventoryBench::run});
}

} // namespace Crm::Inventory
