#include "stockdocumentform.h"

#include "auth/user.h"
#include "db/error.h"
#include "model/recordrepository.h"
#include "model/stockdocumentlists.h"
#include "model/stockledger.h"
#include "ui/datefield.h"

#include "ui/formbutton.h"
#include "model/lineinput.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm::Inventory {

namespace {
enum Column { Code, Name, OnHand, Quantity, ColumnCount };

} // namespace

StockDocumentForm::StockDocumentForm(const Database &db, const Session &session, StockDocument::Kind kind, qint64 id,
                                     QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
{
    setObjectName(QStringLiteral("stockDocumentForm"));
    if (id > 0) {
        const auto d = StockDocumentRepository(db, session.login()).load(id);
        if (!d)
            throw Error(tr("The document no longer exists."));
        m_doc = *d;
    } else {
        m_doc.kind = kind;
        m_doc.date = QDate::currentDate();
    }
    const bool transfer = m_doc.kind == StockDocument::Kind::Transfer;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_date = new DateField(this);
    auto warehouses = [&](const QString &name) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->addItem(QString(), 0);
        for (const auto &[wid, label] : RecordRepository::lookupRows(db, QStringLiteral("core_warehouse")))
            box->addItem(label, wid);
        return box;
    };
    m_from = warehouses(QStringLiteral("from"));
    auto *form = new QFormLayout;
    form->addRow(tr("Dat&e:"), m_date);
    form->addRow(tr("&From warehouse:"), m_from);
    if (transfer) {
        m_to = warehouses(QStringLiteral("to"));
        form->addRow(tr("T&o warehouse:"), m_to);
    } else {
        m_department = new QLineEdit(this);
        m_department->setObjectName(QStringLiteral("department"));
        m_purpose = new QLineEdit(this);
        m_purpose->setObjectName(QStringLiteral("purpose"));
        form->addRow(tr("&Department:"), m_department);
        form->addRow(tr("&Purpose:"), m_purpose);
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 3);
    form->addRow(tr("&Notes:"), m_notes);
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        for (int row = 0; row < m_lines->rowCount(); ++row)
            resolveRow(row);
    });

    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Product"), tr("On hand"), tr("Quantity")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_lines->setTabKeyNavigation(true);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    connect(m_lines, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == Code)
            resolveRow(row);
    });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *add = formButton(tr("&Add line"), QStringLiteral("addLine"), this);
    auto *saveButton = formButton(tr("&Save"), QStringLiteral("save"), this);
    auto *postButton = formButton(tr("Pos&t"), QStringLiteral("post"), this);
    postButton->setToolTip(tr("Post the stock moves (Ctrl+Enter)"));
    m_reverse = formButton(tr("Re&verse…"), QStringLiteral("reverse"), this);
    auto *close = formButton(tr("Close"), QStringLiteral("close"), this);
    connect(add, &QPushButton::clicked, this, &StockDocumentForm::addLine);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(postButton, &QPushButton::clicked, this, &StockDocumentForm::post);
    connect(m_reverse, &QPushButton::clicked, this, &StockDocumentForm::reverse);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_draftOnly = {add, saveButton, postButton, m_date, m_from, m_notes};
    for (QWidget *w : QList<QWidget *>{m_to, m_department, m_purpose})
        if (w)
            m_draftOnly << w;
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, saveButton, postButton, m_reverse})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { save(); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &StockDocumentForm::post);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this), &QShortcut::activated, this,
            &StockDocumentForm::post);
    fill();
    resize(820, 560);
    m_from->setFocus(); // the date is today's; the warehouse comes first
}

qint64 StockDocumentForm::edit(const Database &db, const Session &session, StockDocument::Kind kind, qint64 id,
                               QWidget *parent)
{
    try {
        StockDocumentForm form(db, session, kind, id, parent);
        form.exec();
        return form.m_doc.id;
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot open the document"), e.message());
        return 0;
    }
}

void StockDocumentForm::fill()
{
    m_date->setDate(m_doc.date);
    m_from->setCurrentIndex(std::max(0, m_from->findData(m_doc.fromWarehouseId)));
    if (m_to)
        m_to->setCurrentIndex(std::max(0, m_to->findData(m_doc.toWarehouseId)));
    if (m_department) {
        m_department->setText(m_doc.department);
        m_purpose->setText(m_doc.purpose);
    }
    m_notes->setPlainText(m_doc.notes);
    const QSignalBlocker block(m_lines);
    m_lines->setRowCount(0);
    m_products.clear();
    const QLocale locale;
    for (const StockDocumentLine &l : m_doc.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_products << l.productId;
        const QString code = productCode(m_db, l.productId);
        m_lines->setItem(row, Code, new QTableWidgetItem(code));
        m_lines->setItem(row, Quantity, new QTableWidgetItem(l.quantity.toString(locale)));
        resolveRow(row);
    }
    updateState();
}

void StockDocumentForm::resolveRow(int row)
{
    const QSignalBlocker block(m_lines);
    while (m_products.size() <= row)
        m_products << 0;
    const QString code = m_lines->item(row, Code) ? m_lines->item(row, Code)->text() : QString();
    const auto [id, name] = productByCode(m_db, code);
    m_products[row] = id;
    auto readOnly = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        return item;
    };
    m_lines->setItem(row, Name, readOnly(id > 0 ? name : (code.isEmpty() ? QString() : tr("(no such code)"))));
    const qint64 warehouse = m_from->currentData().toLongLong();
    auto *onHand =
        readOnly(id > 0 && warehouse > 0 ? StockLedger().onHand(m_db, id, warehouse).toString(QLocale()) : QString());
    onHand->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->setItem(row, OnHand, onHand);
}

void StockDocumentForm::addLine()
{
    const int row = m_lines->rowCount();
    {
        const QSignalBlocker block(m_lines);
        m_lines->insertRow(row);
        m_lines->setItem(row, Code, new QTableWidgetItem);
        m_lines->setItem(row, Quantity, new QTableWidgetItem);
    }
    resolveRow(row);
    m_lines->setFocus();
    m_lines->setCurrentCell(row, Code);
    m_lines->editItem(m_lines->item(row, Code));
}

void StockDocumentForm::readBack()
{
    m_doc.date = m_date->date();
    m_doc.fromWarehouseId = m_from->currentData().toLongLong();
    if (m_to)
        m_doc.toWarehouseId = m_to->currentData().toLongLong();
    if (m_department) {
        m_doc.department = m_department->text();
        m_doc.purpose = m_purpose->text();
    }
    m_doc.notes = m_notes->toPlainText();
    m_doc.lines.clear();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString code = m_lines->item(row, Code) ? m_lines->item(row, Code)->text().trimmed() : QString();
        const QString qty = m_lines->item(row, Quantity) ? m_lines->item(row, Quantity)->text().trimmed() : QString();
        if (code.isEmpty() && qty.isEmpty())
            continue; // an empty row is no line
        m_doc.lines << StockDocumentLine{
            LineInput::product(row, m_products.value(row), code, QStringLiteral("lines")),
            LineInput::quantity(row, qty, QStringLiteral("lines"))};
    }
}

bool StockDocumentForm::save()
{
    if (!m_doc.isEditable())
        return true;
    m_message->clear();
    try {
        readBack();
        StockDocumentRepository(m_db, m_session.login()).save(m_doc);
        updateState();
        return true;
    } catch (const Error &e) {
        m_message->setText(e.message());
        return false;
    }
}

void StockDocumentForm::post()
{
    if (!m_doc.isEditable() || !save())
        return;
    try {
        const StockDocumentRepository repo(m_db, m_session.login());
        const QStringList warnings = repo.post(m_doc.id);
        m_doc = *repo.load(m_doc.id);
        fill();
        if (!warnings.isEmpty())
            QMessageBox::warning(this, tr("Stock below zero"), warnings.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void StockDocumentForm::reverse()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reverse"), tr("Why is %1 reversed?").arg(m_doc.number),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        const StockDocumentRepository repo(m_db, m_session.login());
        repo.reverse(m_doc.id, reason);
        m_doc = *repo.load(m_doc.id);
        fill();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void StockDocumentForm::updateState()
{
    const bool transfer = m_doc.kind == StockDocument::Kind::Transfer;
    QStringList parts{m_doc.number.isEmpty() ? (transfer ? tr("New transfer") : tr("New requisition")) : m_doc.number,
                      StockDocumentRepository::statusTitle(m_doc.status)};
    if (!m_doc.statusReason.isEmpty())
        parts << m_doc.statusReason;
    m_state->setText(parts.join(QStringLiteral(" · ")));
    if (m_doc.number.isEmpty())
        setWindowTitle(transfer ? tr("New transfer") : tr("New requisition"));
    else
        setWindowTitle(transfer ? tr("Transfer %1").arg(m_doc.number) : tr("Requisition %1").arg(m_doc.number));
    const bool editable = m_doc.isEditable();
    for (QWidget *w : std::as_const(m_draftOnly))
        w->setEnabled(editable);
    m_lines->setEditTriggers(editable ? QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_reverse->setEnabled(m_doc.status == QLatin1String("posted"));
}

} // namespace Crm::Inventory
