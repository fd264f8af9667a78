#include "recordpicker.h"

#include "model/pagedlistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>
#include <QTimer>

namespace Crm {

RecordPicker::RecordPicker(const Database &db, ListSpec spec, int columns, QWidget *parent)
    : QLineEdit(parent)
    , m_columns(columns)
{
    setPlaceholderText(spec.searchHint ? spec.searchHint() : QString());
    m_model = new PagedListModel(db, std::move(spec), this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &RecordPicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_id = 0;
        m_timer->start();
    });
}

RecordPicker::~RecordPicker()
{
    delete m_popup.data(); // a child of the window, not of the field
}

void RecordPicker::setCurrent(qint64 id, const QString &text)
{
    m_timer->stop();
    m_id = id;
    m_pickedText = text;
    setText(text);
    hidePopup();
}

bool RecordPicker::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void RecordPicker::search()
{
    m_timer->stop();
    if (text().trimmed().isEmpty()) {
        hidePopup();
        return;
    }
    m_model->setSearch(text().trimmed());
    showPopup();
}

void RecordPicker::showPopup()
{
    if (!m_popup) {
        // A child of the window, over the other fields: the focus never leaves the
        // field, so typing goes on while the matches change.
        m_popup = new QTableView(window());
        m_popup->setObjectName(QStringLiteral("pickerPopup"));
        m_popup->setModel(m_model);
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
        m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_popup->verticalHeader()->hide();
        m_popup->horizontalHeader()->setStretchLastSection(true);
        m_popup->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
        for (int c = m_columns; c < m_model->columnCount(); ++c)
            m_popup->hideColumn(c);
        m_popup->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
        m_popup->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
        m_popup->viewport()->installEventFilter(this);
        m_popup->setFrameShape(QFrame::Box);
    }
    QWidget *top = window();
    const QPoint below = mapTo(top, QPoint(0, height()));
    const int w =
        std::max(width(), std::min(top->width() - below.x(), fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44));
    const int rows = std::min(8, std::max(1, m_model->rowCount()));
    const int h =
        m_popup->horizontalHeader()->sizeHint().height() + rows * m_popup->verticalHeader()->defaultSectionSize() + 4;
    const int y = below.y() + h <= top->height() ? below.y() : std::max(0, mapTo(top, QPoint(0, 0)).y() - h);
    m_popup->setGeometry(below.x(), y, std::min(w, top->width() - below.x()), h);
    m_popup->raise();
    m_popup->show();
    if (m_model->rowCount() > 0)
        m_popup->selectRow(0);
}

void RecordPicker::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

void RecordPicker::pickRow(int row)
{
    const qint64 id = m_model->idAt(row);
    if (id <= 0)
        return;
    const QString code = m_model->index(row, 0).data().toString();
    const QString name = m_model->index(row, 1).data().toString();
    setCurrent(id, name.isEmpty() ? code : QStringLiteral("%1 — %2").arg(code, name));
    emit picked(id);
}

bool RecordPicker::pickHighlighted()
{
    if (m_timer->isActive())
        search(); // typed faster than the pause: search now
    if (!isPopupVisible() || m_model->rowCount() == 0)
        return false;
    const QModelIndex current = m_popup->currentIndex();
    pickRow(current.isValid() ? current.row() : 0);
    return true;
}

bool RecordPicker::event(QEvent *event)
{
    // Tab moves the focus before keyPressEvent() sees it: pick first.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier &&
            (isPopupVisible() || m_timer->isActive()))
            pickHighlighted();
    }
    return QLineEdit::event(event);
}

void RecordPicker::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool open = isPopupVisible() || m_timer->isActive();
    if (open && (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp)) {
        if (m_timer->isActive())
            search();
        const int step = key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : key == Qt::Key_PageDown ? 7 : -7;
        const int rows = m_model->rowCount();
        if (rows > 0) {
            const int row = std::clamp(m_popup->currentIndex().row() + step, 0, rows - 1);
            m_popup->selectRow(row);
            m_popup->scrollTo(m_model->index(row, 0));
        }
        event->accept();
        return;
    }
    if (open && event->modifiers() == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        // Enter picks and moves on, as Tab does.
        if (pickHighlighted()) {
            event->accept();
            focusNextChild();
            return;
        }
    }
    if (key == Qt::Key_Escape && isPopupVisible()) {
        m_timer->stop();
        hidePopup();
        setText(m_pickedText);
        event->accept();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_id > 0 && !open && event->modifiers() == Qt::NoModifier) {
        event->accept(); // Enter on what is already picked moves on
        focusNextChild();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void RecordPicker::focusOutEvent(QFocusEvent *event)
{
    m_timer->stop();
    hidePopup();
    if (m_id == 0 || text() != m_pickedText)
        setText(m_id > 0 ? m_pickedText : QString());
    QLineEdit::focusOutEvent(event);
}

bool RecordPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (m_popup && watched == m_popup->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const QModelIndex index = m_popup->indexAt(static_cast<QMouseEvent *>(event)->pos());
        if (index.isValid())
            pickRow(index.row());
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace Crm
