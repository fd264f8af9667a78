#include "linesgrid.h"

#include "model/saleslinesmodel.h"
#include "model/standardlists.h"
#include "ui/recordpicker.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>

namespace Crm::Sales {

LinesGrid::LinesGrid(const Database &db, SalesLinesModel *model, QWidget *parent)
    : QTableView(parent)
    , m_lines(model)
{
    setObjectName(QStringLiteral("lines"));
    setModel(model);
    setItemDelegate(new LinesDelegate(db, this));
    setTabKeyNavigation(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    const int m = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(SalesLinesModel::Description, QHeaderView::Stretch);
    setColumnWidth(SalesLinesModel::Product, m * 14);
    setColumnWidth(SalesLinesModel::Quantity, m * 9);
    setColumnWidth(SalesLinesModel::Unit, m * 6);
    for (int c :
         {SalesLinesModel::UnitPrice, SalesLinesModel::InclusivePrice, SalesLinesModel::Amount, SalesLinesModel::Total})
        setColumnWidth(c, m * 12);
    setColumnWidth(SalesLinesModel::Discount, m * 8);
    setColumnWidth(SalesLinesModel::Tax, m * 6);
    // Never narrower than the column's title, in any language.
    const QFontMetrics header(horizontalHeader()->font());
    for (int c = 0; c < SalesLinesModel::ColumnCount; ++c)
        setColumnWidth(
            c, std::max(columnWidth(c),
                        header.horizontalAdvance(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) +
                            2 * m));
}

void LinesGrid::commitPending()
{
    if (!m_editor)
        return;
    QWidget *editor = m_editor;
    if (auto *picker = qobject_cast<RecordPicker *>(editor); picker && !picker->text().isEmpty()) {
        // Take what was typed without moving on to the next cell.
        const QSignalBlocker block(picker);
        picker->pickHighlighted();
    }
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

void LinesGrid::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    if (editor == m_editor)
        m_editor = nullptr;
    QTableView::closeEditor(editor, hint);
}

void LinesGrid::editCell(int row, int column)
{
    const QModelIndex index = model()->index(row, column);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    if (index.flags() & Qt::ItemIsEditable)
        edit(index);
}

void LinesGrid::advanceFrom(const QModelIndex &index)
{
    if (index.column() == SalesLinesModel::Product && index.row() < m_lines->rowCount() &&
        index.data(SalesLinesModel::ProductIdRole).toLongLong() > 0)
        editCell(index.row(), SalesLinesModel::Quantity);
    else
        editCell(index.row() + 1, SalesLinesModel::Product);
}

void LinesGrid::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier && current.isValid()) {
        commitPending();
        model()->removeRows(current.row(), 1);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier &&
        current.isValid()) {
        // Enter on a cell edits it; on a cell that cannot be edited, moves on.
        if (current.flags() & Qt::ItemIsEditable)
            edit(current);
        else
            advanceFrom(current);
        return;
    }
    QTableView::keyPressEvent(event);
}

void LinesGrid::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // Tabbing into the lines starts typing a product on the first empty line.
    if ((event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) && !m_editor &&
        m_lines->rowCount() > 0)
        editCell(m_lines->rowCount() - 1, SalesLinesModel::Product);
}

LinesDelegate::LinesDelegate(const Database &db, LinesGrid *grid)
    : QStyledItemDelegate(grid)
    , m_db(db)
    , m_grid(grid)
{}

QWidget *LinesDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    if (index.column() == SalesLinesModel::Product) {
        auto *picker =
            new RecordPicker(m_db, StandardLists::products(QStringLiteral("sales.picker.products")), 4, parent);
        picker->setObjectName(QStringLiteral("productPicker"));
        picker->setPlaceholderText(QString());
        connect(picker, &RecordPicker::picked, this,
                [this, picker] { const_cast<LinesDelegate *>(this)->finish(picker); });
        editor = picker;
    } else {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    }
    m_grid->editorOpened(editor);
    return editor;
}

void LinesDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *picker = qobject_cast<RecordPicker *>(editor)) {
        const qint64 id = index.data(SalesLinesModel::ProductIdRole).toLongLong();
        if (id > 0)
            picker->setCurrent(id, index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void LinesDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *lines = static_cast<SalesLinesModel *>(model);
    if (auto *picker = qobject_cast<RecordPicker *>(editor)) {
        if (picker->currentId() > 0 && picker->currentId() != index.data(SalesLinesModel::ProductIdRole).toLongLong())
            lines->setData(index, picker->currentId());
        return;
    }
    const QString text = static_cast<QLineEdit *>(editor)->text();
    if (text == index.data(Qt::EditRole).toString())
        return;
    if (!lines->setData(index, text) && !lines->lastError().isEmpty())
        emit m_grid->refused(lines->lastError());
}

void LinesDelegate::finish(QWidget *editor)
{
    const QModelIndex index = m_grid->currentIndex();
    emit commitData(editor);
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
    m_grid->advanceFrom(index);
}

bool LinesDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (event->type() != QEvent::KeyPress || !editor)
        return QStyledItemDelegate::eventFilter(object, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (auto *picker = qobject_cast<RecordPicker *>(editor)) {
        if ((enter || key->key() == Qt::Key_Tab) && plain) {
            // Picking finishes the cell (see the picked connection).
            if (!picker->pickHighlighted()) {
                if (picker->currentId() > 0)
                    finish(picker);
                else
                    emit closeEditor(picker, QAbstractItemDelegate::NoHint);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && picker->isPopupVisible())
            return false; // the picker closes its list first
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)
            return false;
    } else if (enter && plain) {
        finish(editor);
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Crm::Sales
