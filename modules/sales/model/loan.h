#pragma once

#include "model/quantity.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Crm::Sales {

struct LoanLine
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 warehouseId = 0; // where the goods leave from
    Quantity quantity;      // out
    Quantity returned;
    Quantity converted; // sold on a sales order
    QString description;

    // Still with the customer: out − returned − sold.
    Quantity outstanding() const { return quantity - returned - converted; }
};

// Goods out to a customer that are due back: a loan, or samples. Posting moves
// the stock out; returns bring it back; what the customer keeps is sold.
struct Loan
{
    enum class Kind { Loan, Sample };
    qint64 id = 0;
    QString uuid;
    Kind kind = Kind::Loan;
    QString number;
    qint64 customerId = 0;
    qint64 contactId = 0;
    QDate date;
    QDate dueDate;
    QString status = QStringLiteral("draft"); // draft, out, returned, closed, reversed
    QString statusReason;
    QString notes;
    QList<LoanLine> lines;

    QString kindId() const { return kind == Kind::Sample ? QStringLiteral("sample") : QStringLiteral("loan"); }
    bool isEditable() const { return status == QLatin1String("draft"); }
    bool isOut() const { return status == QLatin1String("out"); }
    Quantity outstanding() const;
    // Out, with something still at the customer's, and due before `today`.
    bool isOverdue(const QDate &today) const;

    static QStringList statuses();
    static QString statusTitle(const QString &status);
    static QString kindTitle(const QString &kindId);
};

// A quantity of a loan line: returned, or sold at a unit price.
struct LoanLineQuantity
{
    qint64 loanLineId = 0;
    Quantity quantity;
    qint64 unitPriceMinor = 0; // sales: without tax, in the order's currency
    qint64 warehouseId = 0;    // returns: where the goods come back (0: the line's warehouse)
};

// What the Convert to order dialog proposes: every outstanding line at the price
// a new order for the customer would propose.
struct LoanSaleProposal
{
    QString currency;
    QList<LoanLineQuantity> lines;
};

} // namespace Crm::Sales
