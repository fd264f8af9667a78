#include "stockdocument.h"

#include "db/database.h"
#include "db/error.h"
#include "db/sqltext.h"
#include "model/numbering.h"
#include "model/stockledger.h"

#include <QSqlQuery>

namespace Crm::Inventory {

namespace {
QString kindId(StockDocument::Kind kind)
{
    return kind == StockDocument::Kind::Transfer ? QStringLiteral("transfer") : QStringLiteral("requisition");
}

QString sourceType(StockDocument::Kind kind)
{
    return QStringLiteral("inventory.") + kindId(kind);
}
} // namespace

QString StockDocumentRepository::statusTitle(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("posted"))
        return tr("Posted");
    if (status == QLatin1String("reversed"))
        return tr("Reversed");
    return status;
}

QList<QPair<QString, QVariant>> StockDocumentRepository::statusChoices()
{
    QList<QPair<QString, QVariant>> out;
    for (const QString &st : {QStringLiteral("draft"), QStringLiteral("posted"), QStringLiteral("reversed")})
        out.append({statusTitle(st), st});
    return out;
}

void StockDocumentRepository::validate(const StockDocument &d) const
{
    if (!d.date.isValid())
        throw Error(tr("The date is missing."), QStringLiteral("date"));
    auto warehouseExists = [this](qint64 id) {
        return id > 0 && m_db.scalar(QStringLiteral("SELECT id FROM core_warehouse WHERE id = ?"), {id}).isValid();
    };
    if (!warehouseExists(d.fromWarehouseId))
        throw Error(tr("Choose the warehouse the goods leave."), QStringLiteral("from_warehouse"));
    if (d.kind == StockDocument::Kind::Transfer) {
        if (!warehouseExists(d.toWarehouseId))
            throw Error(tr("Choose the warehouse the goods go to."), QStringLiteral("to_warehouse"));
        if (d.toWarehouseId == d.fromWarehouseId)
            throw Error(tr("A transfer goes to another warehouse."), QStringLiteral("to_warehouse"));
    } else if (d.purpose.trimmed().isEmpty()) {
        throw Error(tr("Say what the goods are for."), QStringLiteral("purpose"));
    }
    if (d.lines.isEmpty())
        throw Error(tr("Add at least one product."), QStringLiteral("lines"));
    for (int i = 0; i < d.lines.size(); ++i) {
        const StockDocumentLine &l = d.lines.at(i);
        if (!m_db.scalar(QStringLiteral("SELECT id FROM core_product WHERE id = ?"), {l.productId}).isValid())
            throw Error(tr("Line %1 has no product.").arg(i + 1), QStringLiteral("lines"));
        if (l.quantity.milli() <= 0)
            throw Error(tr("Line %1: the quantity must be greater than zero.").arg(i + 1), QStringLiteral("lines"));
    }
}

void StockDocumentRepository::save(StockDocument &d) const
{
    WriteTransaction tx(m_db);
    if (d.id > 0) {
        const auto stored = load(d.id);
        if (!stored)
            throw Error(tr("The document was deleted by someone else; it cannot be saved."));
        if (!stored->isEditable())
            throw Error(tr("%1 is %2 and can no longer be changed.")
                            .arg(stored->number, statusTitle(stored->status).toLower()));
    }
    validate(d);
    const QString now = Database::nowUtc();
    if (d.number.isEmpty()) {
        Numbering numbering(m_db);
        numbering.define(sourceType(StockDocument::Kind::Transfer), QStringLiteral("TR"));
        numbering.define(sourceType(StockDocument::Kind::Requisition), QStringLiteral("RQ"));
        d.number = numbering.next(sourceType(d.kind));
    }
    const QStringList columns{QStringLiteral("kind"),
                              QStringLiteral("number"),
                              QStringLiteral("doc_date"),
                              QStringLiteral("from_warehouse_id"),
                              QStringLiteral("to_warehouse_id"),
                              QStringLiteral("department"),
                              QStringLiteral("purpose"),
                              QStringLiteral("notes"),
                              QStringLiteral("updated_at"),
                              QStringLiteral("updated_by")};
    QVariantList values{kindId(d.kind),
                        d.number,
                        d.date.toString(Qt::ISODate),
                        d.fromWarehouseId,
                        d.kind == StockDocument::Kind::Transfer ? QVariant(d.toWarehouseId)
                                                                : QVariant(QMetaType(QMetaType::LongLong)),
                        d.department.trimmed(),
                        d.purpose.trimmed(),
                        d.notes,
                        now,
                        m_actor};
    if (d.id > 0) {
        m_db.exec(QStringLiteral("UPDATE inventory_document SET %1 WHERE id = ?").arg(SqlText::assignments(columns)),
                  values << d.id);
        m_db.exec(QStringLiteral("DELETE FROM inventory_document_line WHERE document_id = ?"), {d.id});
    } else {
        d.uuid = Database::newUuid();
        values << d.uuid << now;
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO inventory_document(%1, uuid, created_at) VALUES (%2)")
                                    .arg(columns.join(QStringLiteral(", ")), SqlText::placeholders(values.size())),
                                values);
        d.id = q.lastInsertId().toLongLong();
    }
    for (int i = 0; i < d.lines.size(); ++i)
        m_db.exec(QStringLiteral("INSERT INTO inventory_document_line(uuid, document_id, line_no, product_id, "
                                 "quantity_milli, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)"),
                  {Database::newUuid(), d.id, i + 1, d.lines.at(i).productId, d.lines.at(i).quantity.milli(), now, now,
                   m_actor});
    tx.commit();
}

std::optional<StockDocument> StockDocumentRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, uuid, kind, number, doc_date, from_warehouse_id, "
                                           "COALESCE(to_warehouse_id, 0), department, purpose, status, "
                                           "status_reason, notes FROM inventory_document WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    StockDocument d;
    d.id = q.value(0).toLongLong();
    d.uuid = q.value(1).toString();
    d.kind = q.value(2).toString() == QLatin1String("requisition") ? StockDocument::Kind::Requisition
                                                                   : StockDocument::Kind::Transfer;
    d.number = q.value(3).toString();
    d.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    d.fromWarehouseId = q.value(5).toLongLong();
    d.toWarehouseId = q.value(6).toLongLong();
    d.department = q.value(7).toString();
    d.purpose = q.value(8).toString();
    d.status = q.value(9).toString();
    d.statusReason = q.value(10).toString();
    d.notes = q.value(11).toString();
    QSqlQuery l = m_db.exec(QStringLiteral("SELECT product_id, quantity_milli FROM inventory_document_line "
                                           "WHERE document_id = ? ORDER BY line_no"),
                            {id});
    while (l.next())
        d.lines << StockDocumentLine{l.value(0).toLongLong(), Quantity::fromMilli(l.value(1).toLongLong())};
    return d;
}

QStringList StockDocumentRepository::post(qint64 id) const
{
    WriteTransaction tx(m_db);
    const auto d = load(id);
    if (!d)
        throw Error(tr("The document no longer exists."));
    if (!d->isEditable())
        throw Error(tr("%1 is %2 already.").arg(d->number, statusTitle(d->status).toLower()));
    validate(*d);
    QList<StockMove> moves;
    for (const StockDocumentLine &l : d->lines) {
        moves << StockMove{l.productId, d->fromWarehouseId, Quantity::fromMilli(-l.quantity.milli())};
        if (d->kind == StockDocument::Kind::Transfer)
            moves << StockMove{l.productId, d->toWarehouseId, l.quantity};
    }
    const QStringList warnings = StockLedger().post(m_db, {sourceType(d->kind), d->number, d->uuid, d->date}, moves);
    const QString now = Database::nowUtc();
    m_db.exec(QStringLiteral("UPDATE inventory_document SET status = 'posted', posted_at = ?, posted_by = ?, "
                             "updated_at = ?, updated_by = ? WHERE id = ?"),
              {now, m_actor, now, m_actor, id});
    tx.commit();
    return warnings;
}

void StockDocumentRepository::reverse(qint64 id, const QString &reason) const
{
    WriteTransaction tx(m_db);
    const auto d = load(id);
    if (!d)
        throw Error(tr("The document no longer exists."));
    if (d->status != QLatin1String("posted"))
        throw Error(
            tr("Only a posted document can be reversed; %1 is %2.").arg(d->number, statusTitle(d->status).toLower()));
    if (reason.trimmed().isEmpty())
        throw Error(tr("Say why %1 is reversed.").arg(d->number), QStringLiteral("reason"));
    StockLedger().reverse(m_db, d->uuid, QDate::currentDate());
    m_db.exec(QStringLiteral("UPDATE inventory_document SET status = 'reversed', status_reason = ?, updated_at = ?, "
                             "updated_by = ? WHERE id = ?"),
              {reason.trimmed(), Database::nowUtc(), m_actor, id});
    tx.commit();
}

} // namespace Crm::Inventory
