#pragma once

#include <QPointer>
#include <QStyledItemDelegate>
#include <QTableView>

namespace Crm {
class Database;
}

namespace Crm::Sales {

class SalesLinesModel;

// The lines of a sales document, typed like a spreadsheet: the product cell finds
// a product by code or name as you type; Enter moves from the product to its
// quantity and from the quantity to the next line's product; Tab moves to the
// next cell; Ctrl+Delete removes a line.
class LinesGrid : public QTableView
{
    Q_OBJECT
public:
    LinesGrid(const Database &db, SalesLinesModel *model, QWidget *parent = nullptr);

    // Commits and closes the editor that is open, if any (before saving).
    void commitPending();
    // Opens the editor on `row`, `column`.
    void editCell(int row, int column);

signals:
    // A value typed into a cell was refused; the message says why.
    void refused(const QString &message);

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    friend class LinesDelegate;
    void advanceFrom(const QModelIndex &index);
    void editorOpened(QWidget *editor) { m_editor = editor; }

    SalesLinesModel *m_lines;
    QPointer<QWidget> m_editor;
};

// Editors of the lines grid: a product picker for the product column, a line
// edit elsewhere; Enter commits and moves on (see LinesGrid).
class LinesDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    LinesDelegate(const Database &db, LinesGrid *grid);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void finish(QWidget *editor);
    const Database &m_db;
    LinesGrid *m_grid;
};

} // namespace Crm::Sales
