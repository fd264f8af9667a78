// LoanRepository: what happens to goods that are out — returns, sales and the
// loan's history (the documents themselves are in loanrepository.cpp).

#include "loanrepository.h"

#include "db/database.h"
#include "db/error.h"
#include "model/documenteditor.h"
#include "model/numbering.h"
#include "model/salescatalog.h"
#include "services/stockservice.h"

#include <QHash>
#include <QSqlQuery>

namespace Crm::Sales {

void LoanRepository::checkQuantities(const Loan &loan, const QList<LoanLineQuantity> &lines) const
{
    const QLocale locale;
    QHash<qint64, qint64> asked;
    bool any = false;
    for (const LoanLineQuantity &q : lines) {
        const auto line = std::find_if(loan.lines.cbegin(), loan.lines.cend(),
                                       [&](const LoanLine &l) { return l.id == q.loanLineId; });
        if (line == loan.lines.cend())
            throw Error(tr("A line is no longer part of %1.").arg(loan.number), QStringLiteral("lines"));
        const int lineNo = int(line - loan.lines.cbegin()) + 1;
        if (q.quantity.milli() < 0)
            throw Error(tr("Line %1: the quantity cannot be below zero.").arg(lineNo), QStringLiteral("quantity"));
        if (q.unitPriceMinor < 0)
            throw Error(tr("Line %1 has a negative price.").arg(lineNo), QStringLiteral("price"));
        any = any || q.quantity.milli() > 0;
        const qint64 total = asked[q.loanLineId] += q.quantity.milli();
        if (total > line->outstanding().milli()) {
            const auto product = SalesCatalog::product(m_db, line->productId, QString());
            throw Error(tr("Line %1, %2 %3: %4 outstanding, %5 asked for.")
                            .arg(lineNo)
                            .arg(product ? product->code : QString(), product ? product->name : QString(),
                                 line->outstanding().toString(locale), Quantity::fromMilli(total).toString(locale)),
                        QStringLiteral("quantity"));
        }
    }
    if (!any)
        throw Error(tr("Type a quantity on at least one line."), QStringLiteral("quantity"));
}

void LoanRepository::settle(qint64 loanId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(quantity_milli - returned_milli - converted_milli), "
                                           "0), COALESCE(SUM(converted_milli), 0) FROM sales_loan_line "
                                           "WHERE loan_id = ?"),
                            {loanId});
    q.next();
    const qint64 outstanding = q.value(0).toLongLong();
    const QString status = outstanding > 0               ? QStringLiteral("out")
                           : q.value(1).toLongLong() > 0 ? QStringLiteral("closed")
                                                         : QStringLiteral("returned");
    m_db.exec(QStringLiteral("UPDATE sales_loan SET status = ?, outstanding_milli = ?, updated_at = ?, "
                             "updated_by = ? WHERE id = ?"),
              {status, outstanding, Database::nowUtc(), m_actor, loanId});
}

QString LoanRepository::returnGoods(qint64 loanId, const QList<LoanLineQuantity> &lines, const QDate &date,
                                    const QString &notes) const
{
    WriteTransaction tx(m_db);
    const Loan loan = loadOut(loanId);
    if (!date.isValid())
        throw Error(tr("The date of the return is missing."), QStringLiteral("date"));
    if (date < loan.date)
        throw Error(tr("A return cannot be dated before %1 went out (%2).")
                        .arg(loan.number, QLocale().toString(loan.date, QLocale::ShortFormat)),
                    QStringLiteral("date"));
    checkQuantities(loan, lines);
    Numbering numbering(m_db);
    numbering.define(QStringLiteral("sales.loan_return"), QStringLiteral("LR"));
    const QString number = numbering.next(QStringLiteral("sales.loan_return"));
    const QString uuid = Database::newUuid();
    const QString now = Database::nowUtc();
    const qint64 returnId =
        m_db.exec(QStringLiteral("INSERT INTO sales_loan_return(uuid, loan_id, number, doc_date, "
                                 "notes, created_at, updated_at, updated_by) "
                                 "VALUES (?,?,?,?,?,?,?,?)"),
                  {uuid, loanId, number, date.toString(Qt::ISODate), notes.trimmed(), now, now, m_actor})
            .lastInsertId()
            .toLongLong();
    QList<StockMove> moves;
    for (const LoanLineQuantity &q : lines) {
        if (q.quantity.milli() <= 0)
            continue;
        const LoanLine &line = *std::find_if(loan.lines.cbegin(), loan.lines.cend(),
                                             [&](const LoanLine &l) { return l.id == q.loanLineId; });
        const qint64 warehouse = q.warehouseId > 0 ? q.warehouseId : line.warehouseId;
        m_db.exec(QStringLiteral("INSERT INTO sales_loan_return_line(uuid, return_id, loan_line_id, warehouse_id, "
                                 "quantity_milli, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)"),
                  {Database::newUuid(), returnId, line.id, warehouse, q.quantity.milli(), now, now, m_actor});
        m_db.exec(QStringLiteral("UPDATE sales_loan_line SET returned_milli = returned_milli + ?, updated_at = ?, "
                                 "updated_by = ? WHERE id = ?"),
                  {q.quantity.milli(), now, m_actor, line.id});
        moves << StockMove{line.productId, warehouse, q.quantity};
    }
    m_stock.post(m_db, {QStringLiteral("sales.loan_return"), number, uuid, date}, moves);
    settle(loanId);
    tx.commit();
    return number;
}

LoanSaleProposal LoanRepository::proposeSale(qint64 loanId, const Session &session) const
{
    const Loan loan = loadOut(loanId);
    DocumentEditor order(m_db, session, SalesDocument::Kind::Order, 0);
    order.setCustomer(loan.customerId);
    LoanSaleProposal proposal;
    proposal.currency = order.document().currency;
    for (const LoanLine &line : loan.lines) {
        if (line.outstanding().milli() <= 0)
            continue;
        const int row = order.lineCount();
        order.setLineProduct(row, line.productId);
        proposal.lines << LoanLineQuantity{line.id, line.outstanding(), order.exclusivePrice(row), 0};
    }
    return proposal;
}

qint64 LoanRepository::convertToSale(qint64 loanId, const QList<LoanLineQuantity> &lines, const Session &session,
                                     const Session *approver) const
{
    WriteTransaction tx(m_db);
    const Loan loan = loadOut(loanId);
    checkQuantities(loan, lines);
    const QDate today = QDate::currentDate();
    DocumentEditor order(m_db, session, SalesDocument::Kind::Order, 0);
    order.setCustomer(loan.customerId);
    if (loan.contactId > 0)
        order.setContact(loan.contactId);
    order.setUntil(today); // delivered already, with the loan
    order.setNotes(tr("Sold from %1 %2.").arg(Loan::kindTitle(loan.kindId()), loan.number));
    QList<LoanLineQuantity> sold;
    for (const LoanLineQuantity &q : lines) {
        if (q.quantity.milli() <= 0)
            continue;
        const LoanLine &line = *std::find_if(loan.lines.cbegin(), loan.lines.cend(),
                                             [&](const LoanLine &l) { return l.id == q.loanLineId; });
        const int row = order.lineCount();
        order.setLineProduct(row, line.productId);
        if (!line.description.isEmpty())
            order.setLineDescription(row, line.description);
        order.setLineQuantity(row, q.quantity);
        order.setLineUnitPrice(row, q.unitPriceMinor);
        sold << q;
    }
    order.save();
    if (approver && !order.breaches().isEmpty())
        order.approve(*approver);
    order.advance(); // confirmed, or refused for want of an approval
    const SalesDocument &confirmed = order.document();
    const QString now = Database::nowUtc();
    // The goods left with the loan: the order is delivered without a shipment.
    m_db.exec(QStringLiteral("UPDATE sales_document_line SET shipped_milli = quantity_milli WHERE document_id = ?"),
              {confirmed.id});
    m_db.exec(QStringLiteral("UPDATE sales_document SET status = 'shipped', updated_at = ?, updated_by = ? "
                             "WHERE id = ?"),
              {now, m_actor, confirmed.id});
    for (int row = 0; row < sold.size(); ++row) {
        const LoanLineQuantity &q = sold.at(row);
        m_db.exec(QStringLiteral("INSERT INTO sales_loan_sale_line(uuid, loan_line_id, order_line_id, quantity_milli, "
                                 "doc_date, created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?)"),
                  {Database::newUuid(), q.loanLineId, confirmed.lines.at(row).id, q.quantity.milli(),
                   today.toString(Qt::ISODate), now, now, m_actor});
        m_db.exec(QStringLiteral("UPDATE sales_loan_line SET converted_milli = converted_milli + ?, updated_at = ?, "
                                 "updated_by = ? WHERE id = ?"),
                  {q.quantity.milli(), now, m_actor, q.loanLineId});
    }
    settle(loanId);
    tx.commit();
    return confirmed.id;
}

QList<LoanRepository::Event> LoanRepository::history(qint64 loanId) const
{
    QList<Event> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT r.doc_date, r.number, SUM(l.quantity_milli), 0 FROM sales_loan_return r "
                       "JOIN sales_loan_return_line l ON l.return_id = r.id WHERE r.loan_id = ? "
                       "GROUP BY r.id, r.doc_date, r.number "
                       "UNION ALL SELECT s.doc_date, d.number, SUM(s.quantity_milli), 1 FROM sales_loan_sale_line s "
                       "JOIN sales_loan_line ll ON ll.id = s.loan_line_id "
                       "JOIN sales_document_line dl ON dl.id = s.order_line_id "
                       "JOIN sales_document d ON d.id = dl.document_id WHERE ll.loan_id = ? "
                       "GROUP BY d.id, s.doc_date, d.number ORDER BY 1, 2"),
        {loanId, loanId});
    while (q.next())
        out << Event{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                     Quantity::fromMilli(q.value(2).toLongLong()), q.value(3).toInt() == 1};
    return out;
}

} // namespace Crm::Sales
