#include "stocktake.h"

#include "db/database.h"
#include "db/error.h"
#include "model/numbering.h"
#include "model/stockdocument.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace Crm::Inventory {

namespace {
const QString DocType = QStringLiteral("inventory.stocktake");

std::optional<Quantity> optionalQuantity(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Quantity>(Quantity::fromMilli(v.toLongLong()));
}

QVariant bindQuantity(const std::optional<Quantity> &q)
{
    return q ? QVariant(q->milli()) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

void StocktakeRepository::validate(const Stocktake &d) const
{
    if (!d.date.isValid())
        throw Error(tr("The date is missing."), QStringLiteral("date"));
    if (d.warehouseId <= 0 ||
        !m_db.scalar(QStringLiteral("SELECT id FROM core_warehouse WHERE id = ?"), {d.warehouseId}).isValid())
        throw Error(tr("Choose the warehouse to count."), QStringLiteral("warehouse"));
    for (const StocktakeLine &l : d.lines)
        if (l.counted && l.counted->milli() < 0)
            throw Error(tr("%1: a counted quantity cannot be below zero.").arg(l.code), QStringLiteral("counted"));
}

void StocktakeRepository::save(Stocktake &d) const
{
    WriteTransaction tx(m_db);
    std::optional<Stocktake> stored;
    if (d.id > 0) {
        stored = load(d.id);
        if (!stored)
            throw Error(tr("The stocktake was deleted by someone else; it cannot be saved."));
        if (!stored->isEditable())
            throw Error(tr("%1 is %2 and can no longer be changed.")
                            .arg(stored->number, StockDocumentRepository::statusTitle(stored->status).toLower()));
        if (!stored->lines.isEmpty() && stored->warehouseId != d.warehouseId)
            throw Error(tr("The count sheet of %1 lists the stock of another warehouse; start a new stocktake to "
                           "count this one.")
                            .arg(stored->number),
                        QStringLiteral("warehouse"));
    }
    validate(d);
    const QString now = Database::nowUtc();
    if (!stored) {
        Numbering numbering(m_db);
        numbering.define(DocType, QStringLiteral("ST"));
        d.number = numbering.next(DocType);
        d.uuid = Database::newUuid();
        QSqlQuery q =
            m_db.exec(QStringLiteral("INSERT INTO inventory_stocktake(uuid, number, doc_date, warehouse_id, "
                                     "notes, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)"),
                      {d.uuid, d.number, d.date.toString(Qt::ISODate), d.warehouseId, d.notes, now, now, m_actor});
        d.id = q.lastInsertId().toLongLong();
    } else {
        m_db.exec(QStringLiteral("UPDATE inventory_stocktake SET doc_date = ?, warehouse_id = ?, notes = ?, "
                                 "updated_at = ?, updated_by = ? WHERE id = ?"),
                  {d.date.toString(Qt::ISODate), d.warehouseId, d.notes, now, m_actor, d.id});
        QSet<qint64> kept;
        for (const StocktakeLine &l : d.lines)
            kept.insert(l.id);
        QHash<qint64, std::optional<Quantity>> before;
        for (const StocktakeLine &l : stored->lines) {
            if (!kept.contains(l.id))
                m_db.exec(QStringLiteral("DELETE FROM inventory_stocktake_line WHERE id = ?"), {l.id});
            before.insert(l.id, l.counted);
        }
        for (const StocktakeLine &l : d.lines) {
            if (!before.contains(l.id))
                throw Error(tr("%1 is not on the count sheet of %2.").arg(l.code, d.number), QStringLiteral("lines"));
            if (before.value(l.id) != l.counted)
                m_db.exec(QStringLiteral("UPDATE inventory_stocktake_line SET counted_milli = ?, updated_at = ?, "
                                         "updated_by = ? WHERE id = ?"),
                          {bindQuantity(l.counted), now, m_actor, l.id});
        }
    }
    tx.commit();
}

std::optional<Stocktake> StocktakeRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, uuid, number, doc_date, warehouse_id, status, status_reason, "
                                           "notes FROM inventory_stocktake WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    Stocktake d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.number = q.value(2).toString();
    d.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    d.warehouseId = q.value(4).toLongLong();
    d.status = q.value(5).toString();
    d.statusReason = q.value(6).toString();
    d.notes = q.value(7).toString();
    QSqlQuery l = m_db.exec(
        QStringLiteral("SELECT l.id, l.product_id, p.code, p.name, p.specification, COALESCE(u.name, ''), "
                       "l.book_milli, l.counted_milli, l.onhand_at_post_milli, l.variance_milli "
                       "FROM inventory_stocktake_line l JOIN core_product p ON p.id = l.product_id "
                       "LEFT JOIN core_unit u ON u.id = p.unit_id WHERE l.stocktake_id = ? ORDER BY l.line_no"),
        {id});
    while (l.next())
        d.lines << StocktakeLine{l.value(0).toLongLong(),
                                 l.value(1).toLongLong(),
                                 l.value(2).toString(),
                                 l.value(3).toString(),
                                 l.value(4).toString(),
                                 l.value(5).toString(),
                                 Quantity::fromMilli(l.value(6).toLongLong()),
                                 optionalQuantity(l.value(7)),
                                 optionalQuantity(l.value(8)),
                                 optionalQuantity(l.value(9))};
    return d;
}

qint64 StocktakeRepository::idOf(const QString &number) const
{
    return m_db.scalar(QStringLiteral("SELECT id FROM inventory_stocktake WHERE number = ?"), {number.trimmed()})
        .toLongLong();
}

int StocktakeRepository::addProducts(qint64 id, const StocktakeSelection &selection) const
{
    WriteTransaction tx(m_db);
    const auto d = load(id);
    if (!d)
        throw Error(tr("The stocktake no longer exists."));
    if (!d->isEditable())
        throw Error(tr("%1 is %2 and can no longer be changed.")
                        .arg(d->number, StockDocumentRepository::statusTitle(d->status).toLower()));
    // The product ids chosen, with their on-hand in the warehouse now.
    QString sql = QStringLiteral("SELECT p.id, COALESCE(o.quantity_milli, 0), p.code FROM core_product p "
                                 "LEFT JOIN inventory_onhand o ON o.product_id = p.id AND o.warehouse_id = ? ");
    QVariantList binds{d->warehouseId};
    QStringList codes;
    for (const QString &c : selection.codes)
        if (!c.trimmed().isEmpty() && !codes.contains(c.trimmed()))
            codes << c.trimmed();
    if (!codes.isEmpty()) {
        sql += QStringLiteral("WHERE p.code IN (%1) ").arg(QStringList(codes.size(), QStringLiteral("?")).join(u','));
        for (const QString &c : codes)
            binds << c;
    } else {
        sql += QStringLiteral("WHERE p.active = 1 ");
        if (selection.categoryId > 0) {
            // The category and its subcategories.
            sql = QStringLiteral(
                      "WITH RECURSIVE cats(id) AS (SELECT id FROM core_product_category WHERE id = ? "
                      "UNION ALL SELECT c.id FROM core_product_category c JOIN cats ON c.parent_id = cats.id) ") +
                  sql + QStringLiteral("AND p.category_id IN (SELECT id FROM cats) ");
            binds.prepend(selection.categoryId);
        }
        if (selection.stockedOnly)
            sql += QStringLiteral("AND o.product_id IS NOT NULL ");
    }
    sql += QStringLiteral("ORDER BY p.code");
    QSqlQuery q = m_db.exec(sql, binds);
    QSet<qint64> onSheet;
    for (const StocktakeLine &l : d->lines)
        onSheet.insert(l.productId);
    QStringList found;
    int lineNo = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(line_no), 0) FROM inventory_stocktake_line "
                                            "WHERE stocktake_id = ?"),
                             {id})
                     .toInt();
    int added = 0;
    const QString now = Database::nowUtc();
    while (q.next()) {
        found << q.value(2).toString();
        const qint64 product = q.value(0).toLongLong();
        if (onSheet.contains(product))
            continue;
        m_db.exec(QStringLiteral("INSERT INTO inventory_stocktake_line(uuid, stocktake_id, line_no, product_id, "
                                 "book_milli, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)"),
                  {Database::newUuid(), id, ++lineNo, product, q.value(1).toLongLong(), now, now, m_actor});
        ++added;
    }
    QStringList unknown;
    for (const QString &c : codes)
        if (!found.contains(c))
            unknown << c;
    if (!unknown.isEmpty())
        throw Error(tr("There is no product with the code %1.").arg(unknown.join(QStringLiteral(", "))),
                    QStringLiteral("codes"));
    if (added == 0)
        throw Error(found.isEmpty() ? tr("No product matches the selection.")
                                    : tr("Every product of the selection is on the count sheet already."),
                    QStringLiteral("codes"));
    m_db.exec(QStringLiteral("UPDATE inventory_stocktake SET updated_at = ?, updated_by = ? WHERE id = ?"),
              {now, m_actor, id});
    tx.commit();
    return added;
}

QHash<qint64, Quantity> StocktakeRepository::onHandNow(const Stocktake &d) const
{
    QHash<qint64, Quantity> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT l.product_id, COALESCE(o.quantity_milli, 0) "
                                           "FROM inventory_stocktake_line l LEFT JOIN inventory_onhand o "
                                           "ON o.product_id = l.product_id AND o.warehouse_id = ? "
                                           "WHERE l.stocktake_id = ?"),
                            {d.warehouseId, d.id});
    while (q.next())
        out.insert(q.value(0).toLongLong(), Quantity::fromMilli(q.value(1).toLongLong()));
    return out;
}

} // namespace Crm::Inventory
