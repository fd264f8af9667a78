#include "stocktakedemo.h"

#include "db/database.h"
#include "model/stocktake.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace Crm::Inventory {

namespace {
// A stocktake of the first `lines` products with stock in `warehouse`, the first
// `counted` of them counted: mostly as booked, now and then a little more or less.
Stocktake countSheet(const StocktakeRepository &repository, qint64 warehouse, const QDate &date, int lines, int counted,
                     QRandomGenerator &rng, const QString &notes)
{
    Stocktake d;
    d.date = date;
    d.warehouseId = warehouse;
    d.notes = notes;
    repository.save(d);
    repository.addProducts(d.id, {});
    d = *repository.load(d.id);
    while (d.lines.size() > lines)
        d.lines.removeLast();
    for (int i = 0; i < counted && i < d.lines.size(); ++i) {
        StocktakeLine &l = d.lines[i];
        const int roll = int(rng.bounded(6u));
        const qint64 delta = roll == 0   ? -qint64(1 + rng.bounded(3u)) * 1000
                             : roll == 1 ? qint64(1 + rng.bounded(2u)) * 1000
                                         : 0;
        l.counted = Quantity::fromMilli(std::max<qint64>(0, l.book.milli() + delta));
    }
    repository.save(d);
    return d;
}
} // namespace

void createDemoStocktakes(const Database &db, unsigned seed)
{
    QList<qint64> warehouses;
    QSqlQuery w = db.exec(QStringLiteral("SELECT id FROM core_warehouse WHERE active = 1 ORDER BY id LIMIT 3"));
    while (w.next())
        warehouses << w.value(0).toLongLong();
    if (warehouses.size() < 3 ||
        !db.scalar(QStringLiteral("SELECT 1 FROM inventory_onhand WHERE warehouse_id IN (?, ?) LIMIT 1"),
                   {warehouses.at(1), warehouses.at(2)})
             .isValid())
        return;
    QRandomGenerator rng(seed * 31u + 7u);
    const StocktakeRepository repository(db, QStringLiteral("zhao.lei"));
    const QDate today = QDate::currentDate();
    WriteTransaction tx(db);
    const Stocktake posted = countSheet(repository, warehouses.at(1), today.addDays(-30), 12, 12, rng,
                                        QStringLiteral("Monthly count / 月度盘点"));
    repository.post(posted.id);
    countSheet(repository, warehouses.at(2), today, 15, 6, rng, QStringLiteral("Spot check / 抽盘"));
    tx.commit();
}

} // namespace Crm::Inventory
