#pragma once

#include "model/listspec.h"

#include <QLineEdit>
#include <QPointer>

#include <QTableView>
class QTimer;

namespace Crm {

class Database;
class PagedListModel;

// A field that finds a record as you type: matches (from the list's search index)
// drop down below it while the focus stays in the field; Up/Down move through
// them, Enter or Tab picks the highlighted one (the first by default), Escape
// closes the list. A click picks too.
class RecordPicker : public QLineEdit
{
    Q_OBJECT
public:
    // `columns`: how many of the spec's columns the drop-down shows; the first two
    // (code and name) make the text of the picked record.
    RecordPicker(const Database &db, ListSpec spec, int columns = 4, QWidget *parent = nullptr);
    ~RecordPicker() override;

    qint64 currentId() const { return m_id; }
    // Shows `id` as picked with `text`, without searching.
    void setCurrent(qint64 id, const QString &text);
    bool isPopupVisible() const;
    // Picks the highlighted match (searching first if typing has not paused);
    // false when nothing matches or nothing was typed.
    bool pickHighlighted();
    QTableView *popup() const { return m_popup; }

signals:
    // The user picked a record (also when it is the one already shown).
    void picked(qint64 id);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showPopup();
    void hidePopup();
    void pickRow(int row);

    PagedListModel *m_model = nullptr;
    QPointer<QTableView> m_popup; // a child of the window, which may go first
    QTimer *m_timer = nullptr;
    qint64 m_id = 0;
    QString m_pickedText;
    int m_columns;
};

} // namespace Crm
