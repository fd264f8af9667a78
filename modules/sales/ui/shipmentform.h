#pragma once

#include "model/shipment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Crm {
class Database;
class DateField;
class Session;
class StockService;
struct PrintDocumentSpec;
} // namespace Crm

namespace Crm::Sales {

// A shipment (shipping order) or shipping notice: ship-to, courier and tracking
// number, and the lines — order, product, what is left, the quantity shipped now
// and the warehouse it leaves from. Ctrl+S saves, Ctrl+Enter ships (posts the
// stock moves; issues a notice), Ctrl+P prints; a posted shipment is reversed
// with a reason.
class ShipmentForm : public QDialog
{
    Q_OBJECT
public:
    // `shipment`: a stored one (id > 0) or a new draft to start from.
    ShipmentForm(const Database &db, const Session &session, const StockService &stock,
                 const PrintDocumentSpec *print, Shipment shipment, QWidget *parent = nullptr);

    const Shipment &shipment() const { return m_shipment; }
    QTableWidget *lines() const { return m_lines; }
    QLabel *messageLabel() const { return m_message; }

    // Opens the form modally; returns the id of the saved document, or 0.
    static qint64 edit(const Database &db, const Session &session, const StockService &stock,
                       const PrintDocumentSpec *print, const Shipment &shipment, QWidget *parent);

public slots:
    bool save();
    void post();
    void reverse();
    void print();
    void addOrder();
    void removeLine();

private:
    void fill();
    void fillLines();
    void readBack();
    void updateState();

    const Database &m_db;
    const Session &m_session;
    const StockService &m_stock;
    const PrintDocumentSpec *m_print;
    Shipment m_shipment;
    QLabel *m_state = nullptr;
    QLabel *m_customer = nullptr;
    DateField *m_date = nullptr;
    DateField *m_requested = nullptr;
    QLineEdit *m_shipTo = nullptr;
    QLineEdit *m_contact = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_courier = nullptr;
    QLineEdit *m_tracking = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_draftOnly;
    QPushButton *m_reverse = nullptr;
    QList<QPair<qint64, QString>> m_warehouses;
};

} // namespace Crm::Sales
