// Posting and reversing a stocktake (StocktakeRepository, the writes that move stock).

#include "stocktake.h"

#include "db/database.h"
#include "db/error.h"
#include "model/stockdocument.h"
#include "model/stockledger.h"

#include <algorithm>

namespace Crm::Inventory {

namespace {
const QString SourceType = QStringLiteral("inventory.stocktake");
// How many uncounted products a refusal names.
constexpr int NamedProducts = 3;
} // namespace

void StocktakeRepository::post(qint64 id) const
{
    WriteTransaction tx(m_db);
    const auto d = load(id);
    if (!d)
        throw Error(tr("The stocktake no longer exists."));
    if (!d->isEditable())
        throw Error(tr("%1 is %2 already.").arg(d->number, StockDocumentRepository::statusTitle(d->status).toLower()));
    validate(*d);
    if (d->lines.isEmpty())
        throw Error(tr("%1 has no products to count; add them first.").arg(d->number), QStringLiteral("lines"));
    QStringList uncounted;
    int uncountedLines = 0;
    for (const StocktakeLine &l : d->lines) {
        if (l.counted)
            continue;
        if (++uncountedLines <= NamedProducts)
            uncounted << QStringLiteral("%1 %2").arg(l.code, l.name);
    }
    if (uncountedLines > 0) {
        if (uncountedLines > NamedProducts)
            uncounted << QStringLiteral("…");
        throw Error(tr("Lines not counted yet (%1): %2. Type what was found (0 when there was none).")
                        .arg(uncountedLines)
                        .arg(uncounted.join(QStringLiteral(", "))),
                    QStringLiteral("counted"));
    }

    // The variance is measured against the on-hand at posting, not against the
    // book quantity of the sheet: goods that came in or went out between printing
    // the sheet and posting are already in on-hand, so counted - on-hand now is
    // what makes on-hand equal to the count (counted - book would count those
    // moves twice). The form shows both; the line keeps the on-hand it was
    // measured against. The variance is valued at the product's cost, as the
    // opening balances are (the ledger keeps a cost per move and no costing
    // method; a cost kept in a foreign currency is not converted, there either).
    const StockLedger ledger;
    const QHash<qint64, Quantity> onHand = onHandNow(*d);
    QList<StockMove> moves;
    const QString now = Database::nowUtc();
    for (const StocktakeLine &l : d->lines) {
        const Quantity current = onHand.value(l.productId);
        const Quantity variance = *l.counted - current;
        const qint64 cost =
            m_db.scalar(QStringLiteral("SELECT cost_minor FROM core_product WHERE id = ?"), {l.productId}).toLongLong();
        if (!variance.isZero())
            moves << StockMove{l.productId, d->warehouseId, variance, cost};
        m_db.exec(QStringLiteral("UPDATE inventory_stocktake_line SET onhand_at_post_milli = ?, variance_milli = ?, "
                                 "unit_cost_minor = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                  {current.milli(), variance.milli(), cost, now, m_actor, l.id});
    }
    if (!moves.isEmpty())
        ledger.post(m_db, {SourceType, d->number, d->uuid, d->date}, moves);
    m_db.exec(QStringLiteral("UPDATE inventory_stocktake SET status = 'posted', posted_at = ?, posted_by = ?, "
                             "updated_at = ?, updated_by = ? WHERE id = ?"),
              {now, m_actor, now, m_actor, id});
    tx.commit();
}

void StocktakeRepository::reverse(qint64 id, const QString &reason) const
{
    WriteTransaction tx(m_db);
    const auto d = load(id);
    if (!d)
        throw Error(tr("The stocktake no longer exists."));
    if (d->status != QLatin1String("posted"))
        throw Error(tr("Only a posted stocktake can be reversed; %1 is %2.")
                        .arg(d->number, StockDocumentRepository::statusTitle(d->status).toLower()));
    if (reason.trimmed().isEmpty())
        throw Error(tr("Say why %1 is reversed.").arg(d->number), QStringLiteral("reason"));
    // A count that matched the books everywhere moved nothing: there is nothing to take back.
    const bool moved = std::any_of(d->lines.cbegin(), d->lines.cend(),
                                   [](const StocktakeLine &l) { return l.variance && !l.variance->isZero(); });
    if (moved)
        StockLedger().reverse(m_db, d->uuid, QDate::currentDate());
    m_db.exec(QStringLiteral("UPDATE inventory_stocktake SET status = 'reversed', status_reason = ?, updated_at = ?, "
                             "updated_by = ? WHERE id = ?"),
              {reason.trimmed(), Database::nowUtc(), m_actor, id});
    tx.commit();
}

} // namespace Crm::Inventory
