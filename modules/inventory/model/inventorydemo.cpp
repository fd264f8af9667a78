#include "inventorydemo.h"

#include "db/database.h"
#include "model/numbering.h"
#include "model/stockdocumentdemo.h"
#include "model/stockledger.h"
#include "model/stocktakedemo.h"
#include "module/registry.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace Crm::Inventory {

namespace {
struct Item
{
    qint64 id;
    qint64 cost;
    qint64 safetyMilli;
};
} // namespace

void createDemoStock(const Database &db, unsigned seed)
{
    QRandomGenerator rng(seed * 17u + 3u);
    QList<qint64> warehouses;
    QSqlQuery w = db.exec(QStringLiteral("SELECT id FROM core_warehouse WHERE active = 1 ORDER BY id LIMIT 4"));
    while (w.next())
        warehouses << w.value(0).toLongLong();
    QList<Item> items;
    QSqlQuery p = db.exec(QStringLiteral("SELECT id, cost_minor, safety_stock_milli FROM core_product ORDER BY id"));
    while (p.next())
        items << Item{p.value(0).toLongLong(), p.value(1).toLongLong(), p.value(2).toLongLong()};
    if (warehouses.isEmpty() || items.isEmpty())
        return;

    const StockLedger ledger;
    const Numbering numbering(db);
    const QDate today = QDate::currentDate();
    WriteTransaction tx(db);
    numbering.define(QStringLiteral("inventory.opening"), QStringLiteral("OB"));
    numbering.define(QStringLiteral("inventory.issue"), QStringLiteral("IS"));
    // On-hand in the first warehouse, which the issues draw from.
    QHash<qint64, qint64> first;
    for (int k = 0; k < warehouses.size(); ++k) {
        QList<StockMove> moves;
        for (int i = 0; i < items.size(); ++i) {
            const Item &it = items.at(i);
            qint64 milli = 0;
            if (i % 8 == 0) {
                // Below safety stock: a little, in the first warehouse only.
                if (k == 0)
                    milli = it.safetyMilli / 4;
            } else if (k == 0 || (i + k) % 3 != 0) {
                milli = it.safetyMilli + qint64(20 + rng.bounded(300u)) * 1000;
            }
            if (milli <= 0)
                continue;
            moves << StockMove{it.id, warehouses.at(k), Quantity::fromMilli(milli), it.cost};
            if (k == 0)
                first.insert(it.id, milli);
        }
        ledger.post(db,
                    {QStringLiteral("inventory.opening"), numbering.next(QStringLiteral("inventory.opening")),
                     Database::newUuid(), today.addYears(-1)},
                    moves);
    }
    // Issues of ten lines each from the first warehouse: every other one recent,
    // the others three to five months ago.
    QList<StockMove> lines;
    int documents = 0;
    for (int i = 1; i < items.size(); i += 3) {
        const Item &it = items.at(i);
        const qint64 milli = std::min<qint64>(first.value(it.id), qint64(1 + rng.bounded(15u)) * 1000);
        if (milli > 0)
            lines << StockMove{it.id, warehouses.first(), Quantity::fromMilli(-milli), it.cost};
        if (lines.size() == 10 || (i + 3 >= items.size() && !lines.isEmpty())) {
            const int daysAgo = documents % 2 == 0 ? 3 + int(rng.bounded(55u)) : 95 + int(rng.bounded(60u));
            ledger.post(db,
                        {QStringLiteral("inventory.issue"), numbering.next(QStringLiteral("inventory.issue")),
                         Database::newUuid(), today.addDays(-daysAgo)},
                        lines);
            lines.clear();
            ++documents;
        }
    }
    tx.commit();
}

void setupDemo(Registry &registry)
{
    registry.addDemoStep({QStringLiteral("inventory.stock"), [](const Database &db, quint32 seed, const Registry &) {
                              createDemoStock(db, seed);
                              createDemoStockDocuments(db, seed);
                              createDemoStocktakes(db, seed);
                          }});
}

} // namespace Crm::Inventory
