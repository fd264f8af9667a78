#include "stockdocumentdemo.h"

#include "db/database.h"
#include "model/stockdocument.h"
#include "model/stockledger.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace Crm::Inventory {

void createDemoStockDocuments(const Database &db, unsigned seed)
{
    QList<qint64> warehouses;
    QSqlQuery w = db.exec(QStringLiteral("SELECT id FROM core_warehouse WHERE active = 1 ORDER BY id LIMIT 3"));
    while (w.next())
        warehouses << w.value(0).toLongLong();
    if (warehouses.size() < 3)
        return;
    // Products well stocked in the first warehouse.
    QList<qint64> products;
    QSqlQuery p = db.exec(QStringLiteral("SELECT product_id FROM inventory_onhand WHERE warehouse_id = ? "
                                         "AND quantity_milli >= 50000 ORDER BY product_id LIMIT 60"),
                          {warehouses.first()});
    while (p.next())
        products << p.value(0).toLongLong();
    if (products.size() < 12)
        return;

    QRandomGenerator rng(seed * 31u + 7u);
    const StockDocumentRepository repo(db, QStringLiteral("admin"));
    const QDate today = QDate::currentDate();
    auto lines = [&](int count) {
        QList<StockDocumentLine> out;
        const int start = int(rng.bounded(quint32(products.size() - count)));
        for (int i = 0; i < count; ++i)
            out << StockDocumentLine{products.at(start + i), Quantity::fromUnits(1 + rng.bounded(8u))};
        return out;
    };
    auto make = [&](StockDocument::Kind kind, int daysAgo, qint64 to, const QString &department,
                    const QString &purpose, int count) {
        StockDocument d;
        d.kind = kind;
        d.date = today.addDays(-daysAgo);
        d.fromWarehouseId = warehouses.first();
        d.toWarehouseId = to;
        d.department = department;
        d.purpose = purpose;
        d.lines = lines(count);
        repo.save(d);
        return d.id;
    };

    WriteTransaction tx(db);
    using K = StockDocument::Kind;
    for (int i = 0; i < 4; ++i)
        repo.post(make(K::Transfer, 40 - i * 9, warehouses.at(1 + i % 2), {}, {}, 3 + i));
    const qint64 wrong = make(K::Transfer, 12, warehouses.at(2), {}, {}, 2);
    repo.post(wrong);
    repo.reverse(wrong, QStringLiteral("送错仓库 Wrong warehouse"));
    make(K::Transfer, 0, warehouses.at(1), {}, {}, 5); // today's draft
    repo.post(make(K::Requisition, 20, 0, QStringLiteral("维修部 Maintenance"),
                   QStringLiteral("Repuestos para la línea 2"), 2));
    repo.post(make(K::Requisition, 6, 0, QStringLiteral("Showroom"), QStringLiteral("展厅样品 Display samples"), 3));
    tx.commit();
}

} // namespace Crm::Inventory
