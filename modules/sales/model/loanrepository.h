#pragma once

#include "model/loan.h"

#include <QCoreApplication>
#include <optional>

namespace Crm {
class Database;
class Session;
class StockService;
} // namespace Crm

namespace Crm::Sales {

// Samples and loans: the only writer of sales_loan* tables. Posting moves the
// stock out through the StockService, a return brings it back, a sale turns what
// is outstanding into a confirmed, already delivered sales order — each in one
// transaction, so that a refused operation changes nothing. Errors are
// Crm::Error with a translated message naming the line, the product and the
// quantities.
class LoanRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::LoanRepository)
public:
    LoanRepository(const Database &db, QString actor, const StockService &stock)
        : m_db(db)
        , m_actor(std::move(actor))
        , m_stock(stock)
    {}

    // Saves a draft, numbering a new one (LN-/SM-<prefix>-n). Needs a customer,
    // a due date not before the date, and lines with product, warehouse and a
    // quantity above zero.
    void save(Loan &loan) const;
    std::optional<Loan> load(qint64 id) const;
    QString numberOf(qint64 id) const;
    // Deletes a draft.
    void remove(qint64 id) const;

    // The goods leave the warehouses; the loan is out. Returns the negative-stock
    // warnings when the setting allows them.
    QStringList post(qint64 id) const;
    // A loan out with nothing returned or sold: stock comes back; the reason is kept.
    void reverse(qint64 id, const QString &reason) const;

    // A return of `lines` (a quantity per loan line, at most what is outstanding)
    // dated `date`: the goods come back in; the loan is returned (or closed, when
    // part was sold) once nothing is outstanding. Returns the return's number (LR-).
    QString returnGoods(qint64 loanId, const QList<LoanLineQuantity> &lines, const QDate &date,
                        const QString &notes = {}) const;

    // Every outstanding line at the price a new order of `session`'s user for the
    // customer proposes (the customer's last price, else the list price).
    LoanSaleProposal proposeSale(qint64 loanId, const Session &session) const;
    // Sells `lines` (quantity at most outstanding, unit price without tax): a
    // confirmed sales order for the customer, its lines delivered already (the
    // goods left with the loan: no second stock move), linked to the loan lines.
    // A price that needs approval is refused (field "approval") unless `approver`
    // may approve it. Returns the order's id.
    qint64 convertToSale(qint64 loanId, const QList<LoanLineQuantity> &lines, const Session &session,
                         const Session *approver = nullptr) const;

    // History of a loan: returns and the orders that sold from it, by date:
    // (date, number, quantity, is a sale).
    struct Event
    {
        QDate date;
        QString number;
        Quantity quantity;
        bool sale = false;
    };
    QList<Event> history(qint64 loanId) const;

private:
    void validate(const Loan &loan) const;
    Loan loadOut(qint64 id) const;
    void checkQuantities(const Loan &loan, const QList<LoanLineQuantity> &lines) const;
    void settle(qint64 loanId) const;
    const Database &m_db;
    QString m_actor;
    const StockService &m_stock;
};

} // namespace Crm::Sales
