#include "productrepository.h"

#include "db/database.h"
#include "db/error.h"
#include "db/sqltext.h"
#include "db/references.h"
#include "model/numbering.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

#include <QSqlQuery>

namespace Crm {

using SqlText::idOrNull;

namespace {
const SearchIndex &productIndex()
{
    static const SearchIndex index(QStringLiteral("core_product"));
    return index;
}
} // namespace

void ProductRepository::validate(const Product &p)
{
    if (p.name.trimmed().isEmpty())
        throw Error(tr("The product name is required."), QStringLiteral("name"));
    if (p.costMinor < 0)
        throw Error(tr("The cost cannot be negative."), QStringLiteral("cost"));
    if (p.salePriceMinor < 0)
        throw Error(tr("The sale price cannot be negative."), QStringLiteral("sale_price"));
    if (p.warrantyMonths < 0 || p.warrantyMonths > 600)
        throw Error(tr("The warranty must be between 0 and 600 months."), QStringLiteral("warranty_months"));
    if (p.safetyStockMilli < 0)
        throw Error(tr("The safety stock cannot be negative."), QStringLiteral("safety_stock"));
}

QString ProductRepository::duplicateKey(const Product &p)
{
    return Normalizer::text(p.name).remove(QLatin1Char(' ')) + QLatin1Char('|') +
           Normalizer::text(p.specification).remove(QLatin1Char(' '));
}

QList<QPair<qint64, QString>> ProductRepository::findDuplicates(const Product &p) const
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, code, name, specification FROM core_product "
                                           "WHERE (dup_key = ? OR code = ?) AND id <> ? ORDER BY code LIMIT 20"),
                            {duplicateKey(p), p.code.trimmed(), p.id});
    while (q.next())
        out.append(
            {q.value(0).toLongLong(), QStringLiteral("%1  %2  %3")
                                          .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())
                                          .trimmed()});
    return out;
}

void ProductRepository::save(Product &p) const
{
    validate(p);
    WriteTransaction tx(m_db);
    if (p.code.trimmed().isEmpty())
        p.code = Numbering(m_db).next(QStringLiteral("core.product"));
    p.code = p.code.trimmed();
    const QVariant clash =
        m_db.scalar(QStringLiteral("SELECT name FROM core_product WHERE code = ? AND id <> ?"), {p.code, p.id});
    if (clash.isValid())
        throw Error(tr("The code %1 is already used by %2.").arg(p.code, clash.toString()), QStringLiteral("code"));
    const QVariant same = m_db.scalar(QStringLiteral("SELECT code FROM core_product WHERE dup_key = ? AND id <> ?"),
                                      {duplicateKey(p), p.id});
    if (same.isValid())
        throw Error(tr("Product %1 already has this name and specification.").arg(same.toString()),
                    QStringLiteral("name"));
    const QString now = Database::nowUtc();
    QVariantList v{p.code,
                   p.name.trimmed(),
                   p.specification.trimmed(),
                   idOrNull(p.unitId),
                   idOrNull(p.categoryId),
                   p.barcode.trimmed(),
                   p.costMinor,
                   p.salePriceMinor,
                   p.currency,
                   idOrNull(p.taxRateId),
                   p.warrantyMonths,
                   p.safetyStockMilli,
                   int(p.active),
                   p.notes,
                   duplicateKey(p),
                   now,
                   m_actor};
    if (p.id > 0) {
        v << p.id;
        QSqlQuery q = m_db.exec(
            QStringLiteral("UPDATE core_product SET code=?, name=?, specification=?, unit_id=?, category_id=?, "
                           "barcode=?, cost_minor=?, sale_price_minor=?, currency=?, tax_rate_id=?, "
                           "warranty_months=?, safety_stock_milli=?, active=?, notes=?, dup_key=?, updated_at=?, "
                           "updated_by=? WHERE id=?"),
            v);
        if (q.numRowsAffected() != 1)
            throw Error(tr("The record was deleted by someone else; it cannot be saved."));
    } else {
        p.uuid = Database::newUuid();
        v << p.uuid << now;
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO core_product(code, name, specification, unit_id, category_id, barcode, "
                           "cost_minor, sale_price_minor, currency, tax_rate_id, warranty_months, safety_stock_milli, "
                           "active, notes, dup_key, updated_at, updated_by, uuid, created_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            v);
        p.id = q.lastInsertId().toLongLong();
    }
    productIndex().update(m_db, p.id, {p.code, p.name, p.specification, p.barcode});
    tx.commit();
}

std::optional<Product> ProductRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, uuid, code, name, specification, unit_id, category_id, "
                                           "barcode, cost_minor, sale_price_minor, currency, tax_rate_id, "
                                           "warranty_months, safety_stock_milli, active, notes "
                                           "FROM core_product WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    Product p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.code = q.value(2).toString();
    p.name = q.value(3).toString();
    p.specification = q.value(4).toString();
    p.unitId = q.value(5).toLongLong();
    p.categoryId = q.value(6).toLongLong();
    p.barcode = q.value(7).toString();
    p.costMinor = q.value(8).toLongLong();
    p.salePriceMinor = q.value(9).toLongLong();
    p.currency = q.value(10).toString();
    p.taxRateId = q.value(11).toLongLong();
    p.warrantyMonths = q.value(12).toInt();
    p.safetyStockMilli = q.value(13).toLongLong();
    p.active = q.value(14).toInt() != 0;
    p.notes = q.value(15).toString();
    return p;
}

void ProductRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    const QVariant code = m_db.scalar(QStringLiteral("SELECT code FROM core_product WHERE id = ?"), {id});
    if (!code.isValid())
        throw Error(tr("The record no longer exists."));
    const QString refs = blockingReferences(m_db, QStringLiteral("core_product"), id);
    if (!refs.isEmpty())
        throw Error(tr("%1 cannot be deleted: other records refer to it (%2).").arg(code.toString(), refs));
    m_db.exec(QStringLiteral("DELETE FROM core_product WHERE id = ?"), {id});
    productIndex().remove(m_db, id);
    tx.commit();
}

} // namespace Crm
