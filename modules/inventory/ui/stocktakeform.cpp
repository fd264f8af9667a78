#include "stocktakeform.h"

#include "auth/user.h"
#include "db/error.h"
#include "model/recordrepository.h"
#include "model/stockdocument.h"
#include "model/stocktakelinesmodel.h"
#include "ui/countsheetexport.h"
#include "ui/datefield.h"
#include "ui/formbutton.h"
#include "ui/printactions.h"
#include "ui/stocktakeselectionbox.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Crm::Inventory {

namespace {
const QString EditPermission = QStringLiteral("inventory.stock.edit");
}

StocktakeForm::StocktakeForm(const Database &db, const Session &session, const PrintDocumentSpec *print, qint64 id,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_print(print)
{
    setObjectName(QStringLiteral("stocktakeForm"));
    if (id > 0) {
        const auto d = StocktakeRepository(db, session.login()).load(id);
        if (!d)
            throw Error(tr("The stocktake no longer exists."));
        m_doc = *d;
    } else {
        m_doc.date = QDate::currentDate();
    }
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_date = new DateField(this);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("warehouse"));
    m_warehouse->addItem(QString(), 0);
    for (const auto &[wid, label] : RecordRepository::lookupRows(db, QStringLiteral("core_warehouse")))
        m_warehouse->addItem(label, wid);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 3);
    auto *form = new QFormLayout;
    form->addRow(tr("&Warehouse:"), m_warehouse);
    form->addRow(tr("Dat&e:"), m_date);
    form->addRow(tr("&Notes:"), m_notes);
    m_selection = new StocktakeSelectionBox(db, this);
    connect(m_selection, &StocktakeSelectionBox::addRequested, this, &StocktakeForm::addProducts);

    m_model = new StocktakeLinesModel(this);
    m_lines = new QTableView(this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setModel(m_model);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(StocktakeLinesModel::Product, QHeaderView::Stretch);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setTabKeyNavigation(false);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_lines->installEventFilter(this);
    // Enter in a Counted cell commits it and moves to the next line.
    connect(m_lines->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::SubmitModelCache)
                    QTimer::singleShot(0, this, &StocktakeForm::moveDown);
            });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    connect(m_model, &StocktakeLinesModel::inputRefused, m_message, &QLabel::setText);
    connect(m_model, &StocktakeLinesModel::countsChanged, this, &StocktakeForm::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        m_dirty = true;
        m_message->clear();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_dirty = true; });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_dirty = true; });
    connect(m_warehouse, &QComboBox::currentIndexChanged, this, [this] { m_dirty = true; });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });

    auto *saveButton = button(tr("&Save"), QStringLiteral("save"), nullptr);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    auto *postButton = button(tr("Pos&t"), QStringLiteral("post"), &StocktakeForm::post);
    postButton->setToolTip(tr("Post the variances as stock moves (Ctrl+Enter)"));
    m_reverse = button(tr("Re&verse…"), QStringLiteral("reverse"), &StocktakeForm::reverse);
    auto *printButton = button(tr("&Print…"), QStringLiteral("print"), &StocktakeForm::print);
    printButton->setToolTip(tr("Print the count sheet (Ctrl+P)"));
    printButton->setEnabled(m_print != nullptr);
    auto *exportButton = button(tr("E&xport count sheet…"), QStringLiteral("export"), &StocktakeForm::exportSheet);
    auto *close = button(tr("Close"), QStringLiteral("close"), &StocktakeForm::reject);
    m_draftOnly = {saveButton, postButton, m_date, m_warehouse, m_notes, m_selection};
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {saveButton, postButton, m_reverse, printButton, exportButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addWidget(m_selection);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    auto shortcut = [this](const QKeySequence &keys, void (StocktakeForm::*slot)()) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &StocktakeForm::post);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &StocktakeForm::post);
    shortcut(QKeySequence::Print, &StocktakeForm::print);
    auto *remove = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_lines);
    remove->setContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, &StocktakeForm::removeLine);
    reload();
    resize(900, 640);
    if (m_doc.lines.isEmpty())
        m_warehouse->setFocus(); // the date is today's; the warehouse comes first
    else
        focusFirstUncounted();
}

QPushButton *StocktakeForm::button(const QString &text, const QString &name, void (StocktakeForm::*slot)())
{
    QPushButton *b = formButton(text, name, this);
    if (slot)
        connect(b, &QPushButton::clicked, this, slot);
    return b;
}

qint64 StocktakeForm::edit(const Database &db, const Session &session, const PrintDocumentSpec *print, qint64 id,
                           QWidget *parent)
{
    try {
        StocktakeForm form(db, session, print, id, parent);
        form.exec();
        return form.m_doc.id;
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot open the stocktake"), e.message());
        return 0;
    }
}

void StocktakeForm::reload()
{
    if (m_doc.id > 0)
        m_doc = *StocktakeRepository(m_db, m_session.login()).load(m_doc.id);
    {
        const QSignalBlocker blockDate(m_date);
        const QSignalBlocker blockWarehouse(m_warehouse);
        const QSignalBlocker blockNotes(m_notes);
        m_date->setDate(m_doc.date);
        m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(m_doc.warehouseId)));
        m_notes->setPlainText(m_doc.notes);
    }
    m_model->reset(m_doc, StocktakeRepository(m_db, m_session.login()).onHandNow(m_doc));
    m_lines->resizeColumnsToContents();
    // Quantities typed later (counted, variance) need room the first layout cannot see.
    const int numberWidth = m_lines->fontMetrics().horizontalAdvance(QStringLiteral("-99,999.999")) + 16;
    for (int c = StocktakeLinesModel::Book; c < m_model->columnCount(); ++c)
        m_lines->setColumnWidth(c, std::max(m_lines->columnWidth(c), numberWidth));
    m_lines->horizontalHeader()->setSectionResizeMode(StocktakeLinesModel::Product, QHeaderView::Stretch);
    m_dirty = false;
    updateState();
}

void StocktakeForm::readBack()
{
    m_doc.date = m_date->date();
    m_doc.warehouseId = m_warehouse->currentData().toLongLong();
    m_doc.notes = m_notes->toPlainText();
    m_doc.lines = m_model->lines();
}

bool StocktakeForm::save()
{
    if (!m_doc.isEditable() || !m_session.can(EditPermission))
        return true;
    m_message->clear();
    try {
        readBack();
        StocktakeRepository(m_db, m_session.login()).save(m_doc);
        m_dirty = false;
        updateState();
        return true;
    } catch (const Error &e) {
        m_message->setText(e.message());
        return false;
    }
}

void StocktakeForm::addProducts()
{
    if (!m_doc.isEditable() || !save())
        return;
    try {
        const int added = StocktakeRepository(m_db, m_session.login()).addProducts(m_doc.id, m_selection->selection());
        m_selection->clearCodes();
        reload();
        m_message->clear();
        m_summary->setText(tr("Added to the count sheet: %1.").arg(added) + QStringLiteral(" ") + m_summary->text());
        focusFirstUncounted();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void StocktakeForm::post()
{
    if (!m_doc.isEditable() || !save())
        return;
    reload(); // the on-hand of now, which the variances are measured against
    const StocktakeLinesModel::Summary s = m_model->summary();
    // Not all counted: posting refuses and says which products; nothing to confirm.
    if (s.lines > 0 && s.counted == s.lines) {
        const QLocale locale;
        const Quantity net = s.surplus - s.shortage;
        const QString question =
            tr("Post %1 for %2?").arg(m_doc.number, m_warehouse->currentText()) + QStringLiteral("\n\n") +
            tr("Lines counted: %1. With a variance: %2 (%3 more and %4 less than on hand, net %5).")
                .arg(s.lines)
                .arg(s.differing)
                .arg(s.surplus.toString(locale), s.shortage.toString(locale),
                     (net.milli() > 0 ? QStringLiteral("+") : QString()) + net.toString(locale)) +
            QStringLiteral("\n") + tr("The stock on hand becomes the counted quantities.");
        if (QMessageBox::question(this, tr("Post stocktake"), question) != QMessageBox::Yes)
            return;
    }
    try {
        StocktakeRepository(m_db, m_session.login()).post(m_doc.id);
        reload();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void StocktakeForm::reverse()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reverse"), tr("Why is %1 reversed?").arg(m_doc.number),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        StocktakeRepository(m_db, m_session.login()).reverse(m_doc.id, reason);
        reload();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void StocktakeForm::print()
{
    if (!m_print || !save() || m_doc.id <= 0)
        return;
    PrintActions::preview(this, m_db, *m_print, m_doc.number);
}

void StocktakeForm::exportSheet()
{
    if (!save() || m_doc.id <= 0)
        return;
    exportCountSheet(this, m_db, m_doc.id);
}

void StocktakeForm::removeLine()
{
    if (m_doc.isEditable() && m_lines->currentIndex().isValid())
        m_model->removeLine(m_lines->currentIndex().row());
}

void StocktakeForm::reject()
{
    if (m_dirty && m_doc.isEditable() && m_session.can(EditPermission)) {
        const auto answer = QMessageBox::question(this, tr("Stocktake"), tr("Save the changes to the stocktake?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

bool StocktakeForm::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a cell that is not being edited moves down too. (From a cell being
    // edited the key reaches the view as well, with the focus in the editor: the
    // delegate's closeEditor moves then.)
    if (watched == m_lines && event->type() == QEvent::KeyPress && QApplication::focusWidget() == m_lines) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            moveDown();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StocktakeForm::moveDown()
{
    const QModelIndex current = m_lines->currentIndex();
    const QModelIndex next = m_model->index(current.isValid() ? current.row() + 1 : 0, StocktakeLinesModel::Counted);
    if (next.isValid()) {
        m_lines->setCurrentIndex(next);
        m_lines->scrollTo(next);
    }
}

void StocktakeForm::focusFirstUncounted()
{
    int row = 0;
    while (row < m_model->rowCount() &&
           !m_model->data(m_model->index(row, StocktakeLinesModel::Counted)).toString().isEmpty())
        ++row;
    if (row >= m_model->rowCount())
        row = 0;
    m_lines->setFocus();
    m_lines->setCurrentIndex(m_model->index(row, StocktakeLinesModel::Counted));
}

void StocktakeForm::updateSummary()
{
    const StocktakeLinesModel::Summary s = m_model->summary();
    const QLocale locale;
    QString text = tr("Lines: %1 · counted: %2").arg(s.lines).arg(s.counted);
    if (s.differing > 0)
        text += QStringLiteral(" · ") + tr("with a variance: %1 (+%2 / −%3)")
                                            .arg(s.differing)
                                            .arg(s.surplus.toString(locale), s.shortage.toString(locale));
    m_summary->setText(text);
}

void StocktakeForm::updateState()
{
    QStringList parts{m_doc.number.isEmpty() ? tr("New stocktake") : m_doc.number,
                      StockDocumentRepository::statusTitle(m_doc.status)};
    if (!m_doc.statusReason.isEmpty())
        parts << m_doc.statusReason;
    m_state->setText(parts.join(QStringLiteral(" · ")));
    setWindowTitle(m_doc.number.isEmpty() ? tr("New stocktake") : tr("Stocktake %1").arg(m_doc.number));
    const bool editable = m_doc.isEditable() && m_session.can(EditPermission);
    for (QWidget *w : std::as_const(m_draftOnly))
        w->setEnabled(editable);
    // The book quantities are this warehouse's: it is chosen once.
    m_warehouse->setEnabled(editable && m_model->rowCount() == 0);
    m_selection->setVisible(m_doc.isEditable());
    layout()->activate(); // the grid takes the room of the hidden selection at once
    m_lines->setEditTriggers(editable ? QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_reverse->setEnabled(m_doc.status == QLatin1String("posted") && m_session.can(EditPermission));
    updateSummary();
}

} // namespace Crm::Inventory
