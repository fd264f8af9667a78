#include "stockledger.h"

#include "db/database.h"
#include "db/sqltext.h"
#include "db/error.h"
#include "model/settings.h"

#include <QSqlQuery>

namespace Crm::Inventory {

namespace {
const QString NegativeStock = QStringLiteral("inventory.negative_stock");

QString productLabel(const Database &db, qint64 id)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT code, name FROM core_product WHERE id = ?"), {id});
    return q.next() ? QStringLiteral("%1 %2").arg(q.value(0).toString(), q.value(1).toString())
                    : QStringLiteral("#%1").arg(id);
}

QString warehouseLabel(const Database &db, qint64 id)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT code, name FROM core_warehouse WHERE id = ?"), {id});
    return q.next() ? QStringLiteral("%1 %2").arg(q.value(0).toString(), q.value(1).toString())
                    : QStringLiteral("#%1").arg(id);
}
} // namespace

bool StockLedger::allowsNegative(const Database &db)
{
    return Settings(db).value(NegativeStock) == QLatin1String("warn");
}

void StockLedger::setAllowsNegative(const Database &db, bool allow)
{
    Settings(db).setValue(NegativeStock, allow ? QStringLiteral("warn") : QStringLiteral("refuse"));
}

QStringList StockLedger::post(const Database &db, const StockSource &source, const QList<StockMove> &moves) const
{
    return postMoves(db, source, moves, {});
}

QStringList StockLedger::postMoves(const Database &db, const StockSource &source, const QList<StockMove> &moves,
                                   const QList<qint64> &reverses) const
{
    if (source.uuid.isEmpty() || source.type.isEmpty() || !source.date.isValid())
        throw Error(tr("A stock movement needs its document (type, number, uuid and date)."));
    const bool allowNegative = allowsNegative(db);
    const QString date = source.date.toString(Qt::ISODate);
    const QString now = Database::nowUtc();
    const QLocale locale;
    QStringList warnings;
    WriteTransaction tx(db);
    for (int i = 0; i < moves.size(); ++i) {
        const StockMove &m = moves.at(i);
        if (m.quantity.isZero())
            continue;
        const QVariant product = db.scalar(QStringLiteral("SELECT id FROM core_product WHERE id = ?"), {m.productId});
        if (!product.isValid())
            throw Error(tr("%1, line %2: the product no longer exists.").arg(source.number).arg(i + 1));
        if (!db.scalar(QStringLiteral("SELECT id FROM core_warehouse WHERE id = ?"), {m.warehouseId}).isValid())
            throw Error(tr("%1, line %2: choose a warehouse.").arg(source.number).arg(i + 1));
        const qint64 current = db.scalar(QStringLiteral("SELECT quantity_milli FROM inventory_onhand "
                                                        "WHERE product_id = ? AND warehouse_id = ?"),
                                         {m.productId, m.warehouseId})
                                   .toLongLong();
        if (m.quantity.milli() < 0 && current + m.quantity.milli() < 0) {
            const QString message = tr("Not enough %1 in %2: %3 on hand, %4 asked for.")
                                        .arg(productLabel(db, m.productId), warehouseLabel(db, m.warehouseId),
                                             Quantity::fromMilli(current).toString(locale),
                                             Quantity::fromMilli(-m.quantity.milli()).toString(locale));
            if (!allowNegative)
                throw Error(message, QStringLiteral("quantity"));
            warnings << message;
        }
        db.exec(QStringLiteral("INSERT INTO inventory_move(uuid, product_id, warehouse_id, quantity_milli, "
                               "unit_cost_minor, move_date, source_type, source_number, source_uuid, reverses_id, "
                               "created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                {Database::newUuid(), m.productId, m.warehouseId, m.quantity.milli(), m.unitCostMinor, date,
                 source.type, source.number, source.uuid,
                 SqlText::idOrNull(reverses.value(i)), now,
                 now, QString()});
        const bool in = m.quantity.milli() > 0;
        db.exec(QStringLiteral("INSERT INTO inventory_onhand(product_id, warehouse_id, quantity_milli, last_in_date, "
                               "last_out_date) VALUES (?, ?, ?, ?, ?) ON CONFLICT (product_id, warehouse_id) DO UPDATE "
                               "SET quantity_milli = inventory_onhand.quantity_milli + excluded.quantity_milli, "
                               "last_in_date = CASE WHEN excluded.last_in_date > inventory_onhand.last_in_date "
                               "THEN excluded.last_in_date ELSE inventory_onhand.last_in_date END, "
                               "last_out_date = CASE WHEN excluded.last_out_date > inventory_onhand.last_out_date "
                               "THEN excluded.last_out_date ELSE inventory_onhand.last_out_date END"),
                {m.productId, m.warehouseId, m.quantity.milli(), in ? date : QString(), in ? QString() : date});
    }
    tx.commit();
    return warnings;
}

void StockLedger::reverse(const Database &db, const QString &sourceUuid, const QDate &date) const
{
    WriteTransaction tx(db);
    QSqlQuery q = db.exec(QStringLiteral("SELECT m.id, m.product_id, m.warehouse_id, m.quantity_milli, "
                                         "m.unit_cost_minor, m.source_type, m.source_number FROM inventory_move m "
                                         "WHERE m.source_uuid = ? AND m.reverses_id IS NULL AND NOT EXISTS "
                                         "(SELECT 1 FROM inventory_move r WHERE r.reverses_id = m.id) ORDER BY m.id"),
                          {sourceUuid});
    StockSource source{QString(), QString(), sourceUuid, date};
    QList<StockMove> moves;
    QList<qint64> reverses;
    while (q.next()) {
        reverses << q.value(0).toLongLong();
        moves << StockMove{q.value(1).toLongLong(), q.value(2).toLongLong(),
                           Quantity::fromMilli(-q.value(3).toLongLong()), q.value(4).toLongLong()};
        source.type = q.value(5).toString();
        source.number = q.value(6).toString();
    }
    if (moves.isEmpty())
        throw Error(tr("The document has no stock movements left to reverse."));
    postMoves(db, source, moves, reverses);
    tx.commit();
}

Quantity StockLedger::onHand(const Database &db, qint64 productId, qint64 warehouseId) const
{
    if (warehouseId > 0)
        return Quantity::fromMilli(db.scalar(QStringLiteral("SELECT quantity_milli FROM inventory_onhand "
                                                            "WHERE product_id = ? AND warehouse_id = ?"),
                                             {productId, warehouseId})
                                       .toLongLong());
    return Quantity::fromMilli(
        db.scalar(QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) FROM inventory_onhand WHERE product_id = ?"),
                  {productId})
            .toLongLong());
}

Quantity StockLedger::available(const Database &db, qint64 productId, qint64 warehouseId) const
{
    const qint64 reserved =
        warehouseId > 0 ? db.scalar(QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) FROM inventory_reservation "
                                                   "WHERE product_id = ? AND warehouse_id = ?"),
                                    {productId, warehouseId})
                              .toLongLong()
                        : db.scalar(QStringLiteral("SELECT COALESCE(SUM(quantity_milli), 0) FROM inventory_reservation "
                                                   "WHERE product_id = ?"),
                                    {productId})
                              .toLongLong();
    return Quantity::fromMilli(onHand(db, productId, warehouseId).milli() - reserved);
}

void StockLedger::reserve(const Database &db, const StockSource &source, const QList<StockReservation> &lines) const
{
    WriteTransaction tx(db);
    db.exec(QStringLiteral("DELETE FROM inventory_reservation WHERE source_uuid = ?"), {source.uuid});
    const QString now = Database::nowUtc();
    for (const StockReservation &r : lines) {
        if (r.quantity.milli() <= 0)
            continue;
        db.exec(QStringLiteral("INSERT INTO inventory_reservation(product_id, warehouse_id, quantity_milli, "
                               "source_type, source_number, source_uuid, created_at) VALUES (?,?,?,?,?,?,?)"),
                {r.productId, SqlText::idOrNull(r.warehouseId),
                 r.quantity.milli(), source.type, source.number, source.uuid, now});
    }
    tx.commit();
}

QStringList StockLedger::check(const Database &db)
{
    QStringList problems;
    const QLocale locale;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT p.code, w.code, x.ledger, x.kept FROM ("
        " SELECT m.product_id AS pid, m.warehouse_id AS wid, SUM(m.quantity_milli) AS ledger, "
        "  COALESCE(MAX(o.quantity_milli), 0) AS kept FROM inventory_move m LEFT JOIN inventory_onhand o "
        "  ON o.product_id = m.product_id AND o.warehouse_id = m.warehouse_id GROUP BY m.product_id, m.warehouse_id "
        " UNION ALL SELECT o.product_id, o.warehouse_id, 0, o.quantity_milli FROM inventory_onhand o "
        "  WHERE NOT EXISTS (SELECT 1 FROM inventory_move m WHERE m.product_id = o.product_id "
        "  AND m.warehouse_id = o.warehouse_id)) x "
        "JOIN core_product p ON p.id = x.pid JOIN core_warehouse w ON w.id = x.wid "
        "WHERE x.ledger <> x.kept ORDER BY p.code, w.code"));
    while (q.next())
        problems << tr("%1 in %2: on hand %3, but the moves add up to %4.")
                        .arg(q.value(0).toString(), q.value(1).toString(),
                             Quantity::fromMilli(q.value(3).toLongLong()).toString(locale),
                             Quantity::fromMilli(q.value(2).toLongLong()).toString(locale));
    return problems;
}

} // namespace Crm::Inventory
