#pragma once

#include "model/stocktake.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Crm {
class DateField;
class Session;
struct PrintDocumentSpec;
} // namespace Crm

namespace Crm::Inventory {

class StocktakeLinesModel;
class StocktakeSelectionBox;

// A stocktake: the warehouse and date, the products to count (added to the
// sheet with their book quantity), and a grid where the counted quantities are
// typed — a number, Enter, and the next line's Counted cell follows. The grid
// shows the book quantity, the on-hand now and the variance posting will move.
// Ctrl+S saves, Ctrl+Enter posts after confirming, Ctrl+P prints the count sheet,
// Ctrl+Del takes a line off the sheet; a posted stocktake is reversed with a reason.
class StocktakeForm : public QDialog
{
    Q_OBJECT
public:
    StocktakeForm(const Database &db, const Session &session, const PrintDocumentSpec *print, qint64 id,
                  QWidget *parent = nullptr);
    const Stocktake &stocktake() const { return m_doc; }
    static qint64 edit(const Database &db, const Session &session, const PrintDocumentSpec *print, qint64 id,
                       QWidget *parent);

public slots:
    bool save();
    void post();
    void reverse();
    void addProducts();
    void print();
    void exportSheet();
    void removeLine();
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void readBack();
    void updateState();
    void updateSummary();
    void moveDown();
    void focusFirstUncounted();
    QPushButton *button(const QString &text, const QString &name, void (StocktakeForm::*slot)());

    const Database &m_db;
    const Session &m_session;
    const PrintDocumentSpec *m_print;
    Stocktake m_doc;
    bool m_dirty = false;
    QLabel *m_state = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_warehouse = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    StocktakeSelectionBox *m_selection = nullptr;
    StocktakeLinesModel *m_model = nullptr;
    QTableView *m_lines = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QList<QWidget *> m_draftOnly;
    QPushButton *m_reverse = nullptr;
};

} // namespace Crm::Inventory
