#pragma once

#include "model/loan.h"

#include <QDialog>
#include <functional>

class QLabel;
class QTableWidget;

namespace Crm {
class Database;
class DateField;
} // namespace Crm

namespace Crm::Sales {

// What comes back from a loan (Return…: a date and a quantity per line, the
// outstanding quantity at first) or what the customer keeps (Convert to order…:
// a quantity and a unit price without tax per line, as proposed). The dialog
// stays open, with the reason, while `apply` refuses (throws Crm::Error).
class LoanQuantitiesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Return, Sale };
    using Apply = std::function<void(const QList<LoanLineQuantity> &lines, const QDate &date)>;

    // `proposal`: the sale's currency and lines (Sale mode); ignored for returns.
    LoanQuantitiesDialog(const Database &db, Mode mode, const Loan &loan, const LoanSaleProposal &proposal, Apply apply,
                         QWidget *parent = nullptr);

    QTableWidget *lines() const { return m_lines; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void tryApply();

private:
    QList<LoanLineQuantity> readLines() const;

    Mode m_mode;
    QString m_currency;
    QList<qint64> m_lineIds; // per row
    Apply m_apply;
    DateField *m_date = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Crm::Sales
