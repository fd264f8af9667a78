#pragma once

#include "model/loan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Crm {
class Database;
class DateField;
class RecordPicker;
class Session;
class StockService;
} // namespace Crm

namespace Crm::Sales {

// A loan or samples: customer (found as you type), contact, kind, date and due
// date, and lines typed by product code with the warehouse they leave from and
// the quantity (Alt+A adds one). Ctrl+S saves, Ctrl+Enter posts (the goods
// leave); once out: Return… brings goods back, Convert to order… sells what the
// customer keeps, Reverse… undoes a loan with neither.
class LoanForm : public QDialog
{
    Q_OBJECT
public:
    // `id` 0: a new loan, for `customerId` when given.
    LoanForm(const Database &db, const Session &session, const StockService &stock, qint64 id, qint64 customerId = 0,
             QWidget *parent = nullptr);

    const Loan &loan() const { return m_loan; }
    QTableWidget *lines() const { return m_lines; }

    // Opens the form modally; returns the id of the saved loan, or 0.
    static qint64 edit(const Database &db, const Session &session, const StockService &stock, qint64 id,
                       qint64 customerId, QWidget *parent);

public slots:
    bool save();
    void post();
    void returnGoods();
    void convertToOrder();
    void reverse();
    void addLine();
    void removeLine();

private:
    void fill();
    void fillContacts();
    void fillLines();
    void resolveRow(int row);
    void readBack();
    void updateState();
    void reload();

    const Database &m_db;
    const Session &m_session;
    const StockService &m_stock;
    Loan m_loan;
    QLabel *m_state = nullptr;
    RecordPicker *m_customer = nullptr;
    QComboBox *m_contact = nullptr;
    QComboBox *m_kind = nullptr;
    DateField *m_date = nullptr;
    DateField *m_due = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_message = nullptr;
    QList<QWidget *> m_draftOnly;
    QPushButton *m_return = nullptr;
    QPushButton *m_convert = nullptr;
    QPushButton *m_reverse = nullptr;
    bool m_hasHistory = false; // returns or sales: no reversal
    QList<qint64> m_products;  // per row; 0 while the code is unknown
    QList<QPair<qint64, QString>> m_warehouses;
};

} // namespace Crm::Sales
