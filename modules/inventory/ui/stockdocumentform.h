#pragma once

#include "model/stockdocument.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Crm {
class DateField;
class Session;
} // namespace Crm

namespace Crm::Inventory {

// A transfer or requisition: warehouses (or department and purpose) and lines of
// product code and quantity, typed like a spreadsheet (Alt+A adds a line). Ctrl+S
// saves, Ctrl+Enter posts the stock moves; a posted one is reversed with a reason.
class StockDocumentForm : public QDialog
{
    Q_OBJECT
public:
    StockDocumentForm(const Database &db, const Session &session, StockDocument::Kind kind, qint64 id,
                      QWidget *parent = nullptr);
    const StockDocument &document() const { return m_doc; }
    static qint64 edit(const Database &db, const Session &session, StockDocument::Kind kind, qint64 id,
                       QWidget *parent);

public slots:
    bool save();
    void post();
    void reverse();
    void addLine();

private:
    void fill();
    void readBack();
    void updateState();
    void resolveRow(int row);

    const Database &m_db;
    const Session &m_session;
    StockDocument m_doc;
    QLabel *m_state = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_purpose = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_message = nullptr;
    QList<QWidget *> m_draftOnly;
    QPushButton *m_reverse = nullptr;
    QList<qint64> m_products; // per row; 0 while the code is unknown
};

} // namespace Crm::Inventory
