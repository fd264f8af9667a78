#pragma once

#include "model/salesdocument.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Crm {
class Database;
class Session;
class StockService;
struct PrintDocumentSpec;
} // namespace Crm

namespace Crm::Sales {

class DocumentEditor;
class DocumentHeader;
class LinesGrid;
class SalesLinesModel;

// The quotation / sales order form, made for the keyboard: the customer found as
// you type, Tab to the lines, product and quantity with Enter between them, Ctrl+S
// saves, Ctrl+Enter confirms the order (or marks the quotation as sent, asking a
// manager's approval when a guardrail is broken), Ctrl+P prints (Ctrl+Shift+P to
// PDF), Ctrl+L shows the
// customer's last prices for the line's product.
class SalesDocumentForm : public QDialog
{
    Q_OBJECT
public:
    SalesDocumentForm(const Database &db, const Session &session, const PrintDocumentSpec *print, const StockService *stock,
                      SalesDocument::Kind kind, qint64 id, QWidget *parent = nullptr);

    DocumentEditor *editor() const { return m_editor; }
    DocumentHeader *header() const { return m_header; }
    LinesGrid *grid() const { return m_grid; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *messageLabel() const { return m_message; }

    // Opens the form modally; returns the id of the saved document, or 0. A new
    // document starts with `customerId` when given.
    static qint64 edit(const Database &db, const Session &session, const PrintDocumentSpec *print, const StockService *stock,
                       SalesDocument::Kind kind, qint64 id, QWidget *parent, qint64 customerId = 0);

public slots:
    bool save();
    void advance();
    // Saves first; then the print preview, or Save as PDF.
    void print(bool toPdf = false);
    void showLastPrices();
    // Quotations: an order from every line or the chosen ones.
    void convertToOrder();
    // Confirmed orders: cancelled and replaced by a new draft revision.
    void amend();
    void copyOrRevise(bool revise);
    void closeWithReason();
    void reject() override;

private:
    bool askApproval();
    void showError(const QString &field, const QString &message);
    void updateTotals();
    void updateState();
    // The documents linked to this one (source quotation, orders, revisions).
    void refreshRelated();
    void openOther(qint64 id, SalesDocument::Kind kind);

    const Database &m_db;
    const Session &m_session;
    const PrintDocumentSpec *m_print;
    const StockService *m_stock;
    DocumentEditor *m_editor = nullptr;
    DocumentHeader *m_header = nullptr;
    SalesLinesModel *m_lines = nullptr;
    LinesGrid *m_grid = nullptr;
    QLineEdit *m_discount = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_advance = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_amend = nullptr;
    QStringList m_related;
};

} // namespace Crm::Sales
