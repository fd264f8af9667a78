#include "salesdocumentrepository.h"

#include "model/orderreservations.h"

#include "db/database.h"
#include "db/error.h"
#include "db/sqltext.h"
#include "model/numbering.h"
#include "model/settings.h"

#include <QSqlQuery>

namespace Crm::Sales {

using SqlText::idOrNull;
using SqlText::dateText;

namespace {
QString docType(SalesDocument::Kind kind)
{
    return kind == SalesDocument::Kind::Quotation ? QStringLiteral("sales.quotation") : QStringLiteral("sales.order");
}
} // namespace

void SalesDocumentRepository::validate(const SalesDocument &d) const
{
    if (d.customerId <= 0)
        throw Error(tr("Choose a customer."), QStringLiteral("customer"));
    const QVariant isCustomer =
        m_db.scalar(QStringLiteral("SELECT is_customer FROM core_party WHERE id = ?"), {d.customerId});
    if (!isCustomer.isValid() || isCustomer.toInt() != 1)
        throw Error(tr("The chosen party is not a customer."), QStringLiteral("customer"));
    if (!d.date.isValid())
        throw Error(tr("The document date is missing."), QStringLiteral("date"));
    if (d.kind == SalesDocument::Kind::Quotation && d.validUntil.isValid() && d.validUntil < d.date)
        throw Error(tr("The quotation cannot expire before its date."), QStringLiteral("valid_until"));
    if (d.kind == SalesDocument::Kind::Order && d.deliveryDate.isValid() && d.deliveryDate < d.date)
        throw Error(tr("The delivery date cannot be before the order date."), QStringLiteral("delivery_date"));
    if (d.currency.isEmpty())
        throw Error(tr("The currency is missing."), QStringLiteral("currency"));
    if (d.rateMicros <= 0)
        throw Error(tr("The exchange rate must be greater than zero."), QStringLiteral("rate"));
    for (int i = 0; i < d.lines.size(); ++i) {
        const SalesLine &l = d.lines.at(i);
        if (l.productId <= 0 && l.description.trimmed().isEmpty())
            throw Error(tr("Line %1 has neither a product nor a description.").arg(i + 1), QStringLiteral("lines"));
        if (l.quantity.isZero())
            throw Error(tr("Line %1 has no quantity.").arg(i + 1), QStringLiteral("lines"));
        if (l.unitPriceMinor < 0)
            throw Error(tr("Line %1 has a negative price.").arg(i + 1), QStringLiteral("lines"));
        if (l.discount.basisPoints() < 0 || l.discount.basisPoints() > 10000)
            throw Error(tr("Line %1: the discount must be between 0% and 100%.").arg(i + 1), QStringLiteral("lines"));
    }
    if (d.discount.basisPoints() < 0 || d.discount.basisPoints() > 10000)
        throw Error(tr("The document discount must be between 0% and 100%."), QStringLiteral("discount"));
}

void SalesDocumentRepository::save(SalesDocument &d) const
{
    if (d.id > 0) {
        const auto stored = load(d.id);
        if (!stored)
            throw Error(tr("The document was deleted by someone else; it cannot be saved."));
        if (!stored->isEditable())
            throw Error(tr("%1 is %2 and can no longer be changed.")
                            .arg(stored->number, SalesDocument::statusTitle(stored->status).toLower()));
        d.status = stored->status;
    }
    validate(d);
    const Pricing::Result priced = d.price(Settings(m_db).baseCurrency());
    WriteTransaction tx(m_db);
    const QString now = Database::nowUtc();
    if (d.number.isEmpty()) {
        Numbering numbering(m_db);
        numbering.define(QStringLiteral("sales.quotation"), QStringLiteral("QT"));
        numbering.define(QStringLiteral("sales.order"), QStringLiteral("SO"));
        d.number = numbering.next(docType(d.kind));
    }
    const QVariantList values{
        d.kindId(), d.number, d.revision, idOrNull(d.revisionOfId), idOrNull(d.sourceId), d.customerId,
        idOrNull(d.contactId), idOrNull(d.salespersonId), dateText(d.date), dateText(d.validUntil),
        dateText(d.deliveryDate), d.currency, d.rateMicros, idOrNull(d.paymentTermsId),
        d.taxMode == Pricing::TaxMode::Exclusive ? QStringLiteral("exclusive") : QStringLiteral("inclusive"),
        d.rounding == Pricing::Rounding::PerLine ? QStringLiteral("line") : QStringLiteral("document"),
        d.discount.basisPoints(), d.status, d.statusReason, d.notes, priced.net.minor(), priced.tax.minor(),
        priced.total.minor(), priced.totalBase.minor(), now, m_actor,
        // A change voids an earlier approval.
        QString(), QString()};
    const QString columns = QStringLiteral(
        "kind, number, revision, revision_of_id, source_id, customer_id, contact_id, salesperson_id, doc_date, "
        "valid_until, delivery_date, currency, rate_micros, payment_terms_id, tax_mode, rounding, discount_bp, "
        "status, status_reason, notes, net_minor, tax_minor, total_minor, total_base_minor, updated_at, updated_by, "
        "approved_by, approved_at");
    if (d.id > 0) {
        QVariantList v = values;
        v << d.id;
        m_db.exec(QStringLiteral("UPDATE sales_document SET %1 WHERE id = ?")
                      .arg(SqlText::assignments(columns.split(QLatin1Char(',')))),
                  v);
    } else {
        d.uuid = Database::newUuid();
        QVariantList v = values;
        v << d.uuid << now;
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO sales_document(%1, uuid, created_at) VALUES (%2)")
                                    .arg(columns, SqlText::placeholders(v.size())),
                                v);
        d.id = q.lastInsertId().toLongLong();
    }
    writeLines(d, priced, now);
    tx.commit();
}

void SalesDocumentRepository::writeLines(SalesDocument &d, const Pricing::Result &priced, const QString &now) const
{
    // Lines are rewritten as a whole; their ids stay for lines that were kept, so
    // links from order lines to quotation lines hold.
    QList<qint64> kept;
    for (const SalesLine &l : d.lines)
        if (l.id > 0)
            kept << l.id;
    QSqlQuery existing = m_db.exec(QStringLiteral("SELECT id FROM sales_document_line WHERE document_id = ?"), {d.id});
    QList<qint64> gone;
    while (existing.next())
        if (!kept.contains(existing.value(0).toLongLong()))
            gone << existing.value(0).toLongLong();
    for (qint64 id : gone)
        m_db.exec(QStringLiteral("DELETE FROM sales_document_line WHERE id = ?"), {id});
    for (int i = 0; i < d.lines.size(); ++i) {
        SalesLine &l = d.lines[i];
        const Pricing::PricedLine &p = priced.lines.at(i);
        const QVariantList values{i + 1,
                                  idOrNull(l.productId),
                                  l.description.trimmed(),
                                  l.quantity.milli(),
                                  idOrNull(l.unitId),
                                  l.unitPriceMinor,
                                  l.discount.basisPoints(),
                                  l.tax.basisPoints(),
                                  p.amount.minor(),
                                  p.tax.minor(),
                                  p.total.minor(),
                                  idOrNull(l.sourceLineId),
                                  now,
                                  m_actor};
        if (l.id > 0) {
            QVariantList v = values;
            v << l.id << d.id;
            m_db.exec(QStringLiteral("UPDATE sales_document_line SET line_no=?, product_id=?, description=?, "
                                     "quantity_milli=?, unit_id=?, unit_price_minor=?, discount_bp=?, tax_bp=?, "
                                     "amount_minor=?, tax_minor=?, total_minor=?, source_line_id=?, updated_at=?, "
                                     "updated_by=? WHERE id=? AND document_id=?"),
                      v);
        } else {
            QVariantList v = values;
            v << Database::newUuid() << now << d.id;
            QSqlQuery q = m_db.exec(
                QStringLiteral("INSERT INTO sales_document_line(line_no, product_id, description, quantity_milli, "
                               "unit_id, unit_price_minor, discount_bp, tax_bp, amount_minor, tax_minor, total_minor, "
                               "source_line_id, updated_at, updated_by, uuid, created_at, document_id) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                v);
            l.id = q.lastInsertId().toLongLong();
        }
    }
}

QString SalesDocumentRepository::numberOf(qint64 id) const
{
    return m_db.scalar(QStringLiteral("SELECT number FROM sales_document WHERE id = ?"), {id}).toString();
}

std::optional<SalesDocument> SalesDocumentRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, uuid, kind, number, revision, revision_of_id, source_id, customer_id, contact_id, "
                       "salesperson_id, doc_date, valid_until, delivery_date, currency, rate_micros, payment_terms_id, "
                       "tax_mode, rounding, discount_bp, status, status_reason, notes, confirmed_at, confirmed_by, "
                       "approved_by, approved_at "
                       "FROM sales_document WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    SalesDocument d;
    int c = 0;
    auto n = [&] { return q.value(c++).toLongLong(); };
    auto s = [&] { return q.value(c++).toString(); };
    auto date = [&] { return QDate::fromString(q.value(c++).toString(), Qt::ISODate); };
    d.id = n();
    d.uuid = s();
    d.kind = s() == QLatin1String("order") ? SalesDocument::Kind::Order : SalesDocument::Kind::Quotation;
    d.number = s();
    d.revision = int(n());
    d.revisionOfId = n();
    d.sourceId = n();
    d.customerId = n();
    d.contactId = n();
    d.salespersonId = n();
    d.date = date();
    d.validUntil = date();
    d.deliveryDate = date();
    d.currency = s();
    d.rateMicros = n();
    d.paymentTermsId = n();
    d.taxMode = s() == QLatin1String("inclusive") ? Pricing::TaxMode::Inclusive : Pricing::TaxMode::Exclusive;
    d.rounding = s() == QLatin1String("document") ? Pricing::Rounding::PerDocument : Pricing::Rounding::PerLine;
    d.discount = Rate::fromBasisPoints(qint32(n()));
    d.status = s();
    d.statusReason = s();
    d.notes = s();
    d.confirmedAt = s();
    d.confirmedBy = s();
    d.approvedBy = s();
    d.approvedAt = s();
    d.status = SalesDocument::statusOn(d.status, d.kind, d.validUntil, m_today.isValid() ? m_today : QDate::currentDate());
    QSqlQuery l = m_db.exec(QStringLiteral("SELECT id, product_id, description, quantity_milli, unit_id, "
                                           "unit_price_minor, discount_bp, tax_bp, source_line_id "
                                           "FROM sales_document_line WHERE document_id = ? ORDER BY line_no"),
                            {id});
    while (l.next()) {
        SalesLine line;
        line.id = l.value(0).toLongLong();
        line.productId = l.value(1).toLongLong();
        line.description = l.value(2).toString();
        line.quantity = Quantity::fromMilli(l.value(3).toLongLong());
        line.unitId = l.value(4).toLongLong();
        line.unitPriceMinor = l.value(5).toLongLong();
        line.discount = Rate::fromBasisPoints(l.value(6).toInt());
        line.tax = Rate::fromBasisPoints(l.value(7).toInt());
        line.sourceLineId = l.value(8).toLongLong();
        d.lines << line;
    }
    return d;
}

void SalesDocumentRepository::setStatus(qint64 id, const QString &status, const QString &reason) const
{
    WriteTransaction tx(m_db);
    const auto d = load(id);
    if (!d)
        throw Error(tr("The document no longer exists."));
    const bool quotation = d->kind == SalesDocument::Kind::Quotation;
    const QString from = d->status;
    bool allowed = false;
    if (quotation) {
        const bool open = from == QLatin1String("draft") || from == QLatin1String("sent");
        allowed = (status == QLatin1String("sent") && from == QLatin1String("draft")) ||
                  (open && (status == QLatin1String("accepted") || status == QLatin1String("lost") ||
                            status == QLatin1String("expired")));
    } else {
        allowed = (status == QLatin1String("confirmed") && from == QLatin1String("draft")) ||
                  (status == QLatin1String("cancelled") &&
                   (from == QLatin1String("draft") || from == QLatin1String("confirmed")));
    }
    if (!allowed)
        throw Error(tr("%1 is %2; it cannot become %3.")
                        .arg(d->number, SalesDocument::statusTitle(from).toLower(),
                             SalesDocument::statusTitle(status).toLower()));
    const bool needsReason = status == QLatin1String("lost") || status == QLatin1String("cancelled");
    if (needsReason && reason.trimmed().isEmpty())
        throw Error(tr("Say why %1 is %2.").arg(d->number, SalesDocument::statusTitle(status).toLower()),
                    QStringLiteral("reason"));
    if (status == QLatin1String("confirmed") && d->lines.isEmpty())
        throw Error(tr("%1 has no lines to confirm.").arg(d->number));
    if (status == QLatin1String("confirmed") && d->approvedBy.isEmpty()) {
        QStringList reasons;
        for (const Breach &b : breaches(*d))
            reasons << b.message;
        if (!reasons.isEmpty())
            throw Error(tr("%1 needs a manager's approval before it is confirmed:\n%2")
                            .arg(d->number, reasons.join(QLatin1Char('\n'))),
                        QStringLiteral("approval"));
    }
    const QString now = Database::nowUtc();
    m_db.exec(QStringLiteral("UPDATE sales_document SET status = ?, status_reason = ?, updated_at = ?, updated_by = ?, "
                             "confirmed_at = CASE WHEN ? = 'confirmed' THEN ? ELSE confirmed_at END, "
                             "confirmed_by = CASE WHEN ? = 'confirmed' THEN ? ELSE confirmed_by END WHERE id = ?"),
              {status, reason.trimmed(), now, m_actor, status, now, status, m_actor, id});
    if (m_stock && !quotation)
        syncOrderReservation(m_db, *m_stock, id);
    tx.commit();
}

qint64 SalesDocumentRepository::copyQuotation(qint64 id) const
{
    auto d = load(id);
    if (!d || d->kind != SalesDocument::Kind::Quotation)
        throw Error(tr("Only a quotation can be copied to a new quotation."));
    SalesDocument copy = *d;
    copy.id = 0;
    copy.number.clear();
    copy.revision = 0;
    copy.revisionOfId = 0;
    copy.status = QStringLiteral("draft");
    copy.statusReason.clear();
    copy.date = QDate::currentDate();
    if (d->validUntil.isValid())
        copy.validUntil = copy.date.addDays(d->date.daysTo(d->validUntil));
    for (SalesLine &l : copy.lines)
        l.id = 0;
    save(copy);
    return copy.id;
}

qint64 SalesDocumentRepository::revise(qint64 id) const
{
    const auto d = load(id);
    if (!d || d->kind != SalesDocument::Kind::Quotation)
        throw Error(tr("Only a quotation can be revised."));
    return newRevision(*d);
}

qint64 SalesDocumentRepository::amend(qint64 orderId) const
{
    WriteTransaction tx(m_db);
    const auto d = load(orderId);
    if (!d || d->kind != SalesDocument::Kind::Order)
        throw Error(tr("Only a sales order can be amended."));
    if (d->status != QLatin1String("confirmed"))
        throw Error(tr("%1 is %2; only a confirmed order is amended (a draft is simply changed).")
                        .arg(d->number, SalesDocument::statusTitle(d->status).toLower()));
    const qint64 id = newRevision(*d);
    setStatus(orderId, QStringLiteral("cancelled"), tr("Amended by %1").arg(numberOf(id)));
    tx.commit();
    return id;
}

qint64 SalesDocumentRepository::newRevision(const SalesDocument &d) const
{
    WriteTransaction tx(m_db);
    const qint64 root = d.revisionOfId > 0 ? d.revisionOfId : d.id;
    const int next = m_db.scalar(QStringLiteral("SELECT max(revision) FROM sales_document WHERE id = ? "
                                                "OR revision_of_id = ?"),
                                 {root, root})
                         .toInt() +
                     1;
    SalesDocument revision = d;
    revision.id = 0;
    revision.revision = next;
    revision.revisionOfId = root;
    revision.number = QStringLiteral("%1-R%2").arg(numberOf(root)).arg(next);
    revision.status = QStringLiteral("draft");
    revision.statusReason.clear();
    revision.confirmedAt.clear();
    revision.confirmedBy.clear();
    for (SalesLine &l : revision.lines)
        l.id = 0;
    save(revision);
    tx.commit();
    return revision.id;
}

qint64 SalesDocumentRepository::convertToOrder(qint64 quotationId, const QList<qint64> &lineIds) const
{
    WriteTransaction tx(m_db);
    const auto q = load(quotationId);
    if (!q || q->kind != SalesDocument::Kind::Quotation)
        throw Error(tr("Only a quotation can become a sales order."));
    if (!q->isEditable() && q->status != QLatin1String("accepted"))
        throw Error(
            tr("%1 is %2; it cannot become an order.").arg(q->number, SalesDocument::statusTitle(q->status).toLower()));
    SalesDocument order = *q;
    order.id = 0;
    order.uuid.clear();
    order.kind = SalesDocument::Kind::Order;
    order.number.clear();
    order.revision = 0;
    order.revisionOfId = 0;
    order.sourceId = q->id;
    order.status = QStringLiteral("draft");
    order.statusReason.clear();
    order.date = QDate::currentDate();
    order.validUntil = QDate();
    order.lines.clear();
    for (const SalesLine &l : q->lines) {
        if (!lineIds.isEmpty() && !lineIds.contains(l.id))
            continue;
        SalesLine copy = l;
        copy.id = 0;
        copy.sourceLineId = l.id;
        order.lines << copy;
    }
    if (order.lines.isEmpty())
        throw Error(tr("Choose at least one line of %1 for the order.").arg(q->number));
    save(order);
    if (q->status != QLatin1String("accepted"))
        setStatus(q->id, QStringLiteral("accepted"));
    tx.commit();
    return order.id;
}

QList<Breach> SalesDocumentRepository::breaches(const SalesDocument &d) const
{
    const Pricing::Result priced = d.price(Settings(m_db).baseCurrency());
    return Guardrails::check(d, priced, Guardrails::limitsFor(m_db, m_actor, d.customerId), Guardrails::costs(m_db, d));
}

void SalesDocumentRepository::approve(qint64 id, const Session &approver) const
{
    if (!approver.can(Guardrails::ApprovePermission))
        throw Error(tr("%1 may not approve discounts and prices.").arg(approver.user().name));
    if (numberOf(id).isEmpty())
        throw Error(tr("The document no longer exists."));
    m_db.exec(QStringLiteral("UPDATE sales_document SET approved_by = ?, approved_at = ? WHERE id = ?"),
              {approver.login(), Database::nowUtc(), id});
}

QList<LastPrice> SalesDocumentRepository::lastPrices(qint64 customerId, qint64 productId, int limit) const
{
    QList<LastPrice> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT d.doc_date, d.number, l.quantity_milli, l.unit_price_minor, "
                                           "d.currency, d.tax_mode FROM sales_document_line l "
                                           "JOIN sales_document d ON d.id = l.document_id "
                                           "WHERE d.customer_id = ? AND l.product_id = ? AND d.kind = 'order' "
                                           "AND d.status IN ('confirmed', 'partly_shipped', 'shipped') "
                                           "ORDER BY d.doc_date DESC, d.id DESC LIMIT ?"),
                            {customerId, productId, limit});
    while (q.next())
        out << LastPrice{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                         q.value(1).toString(),
                         Quantity::fromMilli(q.value(2).toLongLong()),
                         q.value(3).toLongLong(),
                         q.value(4).toString(),
                         q.value(5).toString() == QLatin1String("inclusive") ? Pricing::TaxMode::Inclusive
                                                                             : Pricing::TaxMode::Exclusive};
    return out;
}

} // namespace Crm::Sales
