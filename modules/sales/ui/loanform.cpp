#include "loanform.h"

#include "auth/user.h"
#include "db/error.h"
#include "model/guardrails.h"
#include "model/loanrepository.h"
#include "model/recordrepository.h"
#include "model/salescatalog.h"
#include "model/standardlists.h"
#include "services/stockservice.h"
#include "ui/approvaldialog.h"
#include "ui/datefield.h"
#include "ui/formbutton.h"
#include "ui/loanquantitiesdialog.h"
#include "ui/recordpicker.h"
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

namespace Crm::Sales {

namespace {
enum Column { Code, Name, Warehouse, OnHand, Quantity, Returned, Sold, Outstanding, ColumnCount };

const QString OrdersEdit = QStringLiteral("sales.orders.edit");
const QString LoansEdit = QStringLiteral("sales.loans.edit");

QTableWidgetItem *readOnly(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

LoanForm::LoanForm(const Database &db, const Session &session, const StockService &stock, qint64 id, qint64 customerId,
                   QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_stock(stock)
{
    setObjectName(QStringLiteral("loanForm"));
    if (id > 0) {
        const auto l = LoanRepository(db, session.login(), stock).load(id);
        if (!l)
            throw Error(tr("The document no longer exists."));
        m_loan = *l;
    } else {
        m_loan.customerId = customerId;
        m_loan.date = QDate::currentDate();
        m_loan.dueDate = m_loan.date.addDays(14);
        if (const auto c = SalesCatalog::customer(db, customerId))
            m_loan.contactId = c->primaryContactId;
    }
    m_warehouses = RecordRepository::lookupRows(db, QStringLiteral("core_warehouse"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));

    m_customer = new RecordPicker(db, StandardLists::parties(QStringLiteral("sales.picker.customers"), true), 4, this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setPlaceholderText(tr("Type a name, code, phone or contact"));
    m_customer->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    connect(m_customer, &RecordPicker::picked, this, [this](qint64 picked) {
        if (picked == m_loan.customerId)
            return;
        m_loan.customerId = picked;
        const auto c = SalesCatalog::customer(m_db, picked);
        m_loan.contactId = c ? c->primaryContactId : 0;
        fillContacts();
    });
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(Loan::kindTitle(QStringLiteral("loan")), QStringLiteral("loan"));
    m_kind->addItem(Loan::kindTitle(QStringLiteral("sample")), QStringLiteral("sample"));
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_due = new DateField(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 3);

    auto *left = new QFormLayout;
    left->addRow(tr("&Customer:"), m_customer);
    left->addRow(tr("Co&ntact:"), m_contact);
    left->addRow(tr("&Kind:"), m_kind);
    auto *right = new QFormLayout;
    right->addRow(tr("&Date:"), m_date);
    right->addRow(tr("Due &back:"), m_due);
    right->addRow(tr("Not&es:"), m_notes);
    auto *header = new QHBoxLayout;
    header->addLayout(left, 3);
    header->addSpacing(12);
    header->addLayout(right, 2);

    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Product"), tr("Warehouse"), tr("On hand"), tr("Quantity"),
                                        tr("Returned"), tr("Sold"), tr("Outstanding")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_lines->setColumnWidth(Code, em * 9);
    m_lines->setColumnWidth(Warehouse, em * 12);
    m_lines->setTabKeyNavigation(true);
    connect(m_lines, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column == Code)
            resolveRow(row);
    });
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *add = formButton(tr("&Add line"), QStringLiteral("addLine"), this);
    auto *remove = formButton(tr("Re&move line"), QStringLiteral("removeLine"), this);
    auto *saveButton = formButton(tr("&Save"), QStringLiteral("save"), this);
    auto *postButton = formButton(tr("Pos&t"), QStringLiteral("post"), this);
    postButton->setToolTip(tr("The goods leave the warehouses (Ctrl+Enter)"));
    m_return = formButton(tr("&Return…"), QStringLiteral("return"), this);
    m_return->setToolTip(tr("Goods come back from the customer"));
    m_convert = formButton(tr("Convert to &order…"), QStringLiteral("convert"), this);
    m_convert->setToolTip(tr("What the customer keeps becomes a sales order"));
    m_reverse = formButton(tr("Re&verse…"), QStringLiteral("reverse"), this);
    auto *close = formButton(tr("Close"), QStringLiteral("close"), this);
    connect(add, &QPushButton::clicked, this, &LoanForm::addLine);
    connect(remove, &QPushButton::clicked, this, &LoanForm::removeLine);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(postButton, &QPushButton::clicked, this, &LoanForm::post);
    connect(m_return, &QPushButton::clicked, this, &LoanForm::returnGoods);
    connect(m_convert, &QPushButton::clicked, this, &LoanForm::convertToOrder);
    connect(m_reverse, &QPushButton::clicked, this, &LoanForm::reverse);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_draftOnly = {add, remove, saveButton, postButton, m_customer, m_contact, m_kind, m_date, m_due};
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, saveButton, postButton, m_return, m_convert, m_reverse})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(header);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_history);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setTabOrder(m_customer, m_contact);
    setTabOrder(m_contact, m_kind);
    setTabOrder(m_kind, m_date);
    setTabOrder(m_date, m_due);
    setTabOrder(m_due, m_notes);
    setTabOrder(m_notes, m_lines);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { post(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { post(); });
    fill();
    resize(1000, 600);
    if (m_loan.customerId <= 0)
        m_customer->setFocus();
}

qint64 LoanForm::edit(const Database &db, const Session &session, const StockService &stock, qint64 id,
                      qint64 customerId, QWidget *parent)
{
    try {
        LoanForm form(db, session, stock, id, customerId, parent);
        form.exec();
        return form.m_loan.id;
    } catch (const Error &e) {
        QMessageBox::warning(parent, tr("Cannot open the document"), e.message());
        return 0;
    }
}

void LoanForm::fill()
{
    if (const auto c = SalesCatalog::customer(m_db, m_loan.customerId))
        m_customer->setCurrent(c->id, QStringLiteral("%1 %2").arg(c->code, c->name));
    fillContacts();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_loan.kindId())));
    m_date->setDate(m_loan.date);
    m_due->setDate(m_loan.dueDate);
    m_notes->setPlainText(m_loan.notes);
    fillLines();
    QStringList events;
    const QLocale locale;
    for (const LoanRepository::Event &e : LoanRepository(m_db, m_session.login(), m_stock).history(m_loan.id))
        events << (e.sale ? tr("%1 on %2: %3 sold") : tr("%1 on %2: %3 back"))
                      .arg(e.number, locale.toString(e.date, QLocale::ShortFormat), e.quantity.toString(locale));
    m_history->setText(events.isEmpty() ? QString()
                                        : tr("Returns and sales: %1").arg(events.join(QStringLiteral(" · "))));
    m_history->setVisible(!events.isEmpty());
    m_hasHistory = !events.isEmpty();
    updateState();
}

void LoanForm::fillContacts()
{
    m_contact->clear();
    m_contact->addItem(tr("(none)"), 0);
    for (const auto &[id, name] : SalesCatalog::contacts(m_db, m_loan.customerId))
        m_contact->addItem(name, id);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(m_loan.contactId)));
}

void LoanForm::fillLines()
{
    const QSignalBlocker block(m_lines);
    const QLocale locale;
    m_lines->setRowCount(0);
    m_products.clear();
    for (const LoanLine &l : m_loan.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_products << l.productId;
        const auto product = SalesCatalog::product(m_db, l.productId, QString());
        m_lines->setItem(row, Code, new QTableWidgetItem(product ? product->code : QString()));
        m_lines->setItem(row, Quantity, new QTableWidgetItem(l.quantity.toString(locale)));
        m_lines->item(row, Quantity)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(row, Returned, readOnly(l.returned.toString(locale)));
        m_lines->setItem(row, Sold, readOnly(l.converted.toString(locale)));
        m_lines->setItem(row, Outstanding, readOnly(l.outstanding().toString(locale)));
        resolveRow(row);
        if (auto *box = qobject_cast<QComboBox *>(m_lines->cellWidget(row, Warehouse)))
            box->setCurrentIndex(std::max(0, box->findData(l.warehouseId)));
    }
}

void LoanForm::resolveRow(int row)
{
    const QSignalBlocker block(m_lines);
    while (m_products.size() <= row)
        m_products << 0;
    const QString code = m_lines->item(row, Code) ? m_lines->item(row, Code)->text() : QString();
    const qint64 id = SalesCatalog::productIdByCode(m_db, code);
    m_products[row] = id;
    const auto product = id > 0 ? SalesCatalog::product(m_db, id, QString()) : std::nullopt;
    m_lines->setItem(
        row, Name,
        readOnly(product ? product->name : (code.trimmed().isEmpty() ? QString() : tr("(no such code)")), false));
    auto *box = qobject_cast<QComboBox *>(m_lines->cellWidget(row, Warehouse));
    if (!box) {
        box = new QComboBox(m_lines);
        box->setObjectName(QStringLiteral("warehouse_%1").arg(row));
        for (const auto &[wid, name] : std::as_const(m_warehouses))
            box->addItem(name, wid);
        // A new line leaves from the warehouse of the line above.
        if (auto *above = qobject_cast<QComboBox *>(m_lines->cellWidget(row - 1, Warehouse)))
            box->setCurrentIndex(above->currentIndex());
        box->setEnabled(m_loan.isEditable());
        m_lines->setCellWidget(row, Warehouse, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            for (int r = 0; r < m_lines->rowCount(); ++r)
                if (m_lines->cellWidget(r, Warehouse) == box)
                    resolveRow(r);
        });
    }
    const qint64 warehouse = box->currentData().toLongLong();
    m_lines->setItem(
        row, OnHand,
        readOnly(id > 0 && warehouse > 0 ? m_stock.onHand(m_db, id, warehouse).toString(QLocale()) : QString()));
}

void LoanForm::addLine()
{
    const int row = m_lines->rowCount();
    {
        const QSignalBlocker block(m_lines);
        m_lines->insertRow(row);
        m_lines->setItem(row, Code, new QTableWidgetItem);
        m_lines->setItem(row, Quantity, new QTableWidgetItem);
        m_lines->item(row, Quantity)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    resolveRow(row);
    m_lines->setFocus();
    m_lines->setCurrentCell(row, Code);
    m_lines->editItem(m_lines->item(row, Code));
}

void LoanForm::removeLine()
{
    const int row = m_lines->currentRow();
    if (row < 0)
        return;
    m_lines->removeRow(row);
    m_products.removeAt(row);
}

void LoanForm::readBack()
{
    m_loan.customerId = m_customer->currentId();
    m_loan.contactId = m_contact->currentData().toLongLong();
    m_loan.kind = m_kind->currentData().toString() == QLatin1String("sample") ? Loan::Kind::Sample : Loan::Kind::Loan;
    m_loan.date = m_date->date();
    m_loan.dueDate = m_due->date();
    m_loan.notes = m_notes->toPlainText();
    m_loan.lines.clear();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString code = m_lines->item(row, Code) ? m_lines->item(row, Code)->text().trimmed() : QString();
        const QString qty = m_lines->item(row, Quantity) ? m_lines->item(row, Quantity)->text().trimmed() : QString();
        if (code.isEmpty() && qty.isEmpty())
            continue; // an empty row is no line
        const qint64 product = LineInput::product(row, m_products.value(row), code, QStringLiteral("lines"));
        const Crm::Quantity q = LineInput::quantity(row, qty, QStringLiteral("lines"));
        const auto *box = qobject_cast<QComboBox *>(m_lines->cellWidget(row, Warehouse));
        m_loan.lines << LoanLine{0, product, box ? box->currentData().toLongLong() : 0, q, {}, {}, QString()};
    }
}

bool LoanForm::save()
{
    if (!m_loan.isEditable())
        return true;
    m_message->clear();
    try {
        readBack();
        LoanRepository(m_db, m_session.login(), m_stock).save(m_loan);
        updateState();
        return true;
    } catch (const Error &e) {
        m_message->setText(e.message());
        return false;
    }
}

void LoanForm::reload()
{
    if (const auto l = LoanRepository(m_db, m_session.login(), m_stock).load(m_loan.id))
        m_loan = *l;
    fill();
}

void LoanForm::post()
{
    if (!m_loan.isEditable() || !save())
        return;
    try {
        const QStringList warnings = LoanRepository(m_db, m_session.login(), m_stock).post(m_loan.id);
        reload();
        if (!warnings.isEmpty())
            QMessageBox::warning(this, tr("Stock below zero"), warnings.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void LoanForm::returnGoods()
{
    m_message->clear();
    const LoanRepository repo(m_db, m_session.login(), m_stock);
    LoanQuantitiesDialog dialog(
        m_db, LoanQuantitiesDialog::Mode::Return, m_loan, {},
        [&](const QList<LoanLineQuantity> &lines, const QDate &date) { repo.returnGoods(m_loan.id, lines, date); },
        this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void LoanForm::convertToOrder()
{
    m_message->clear();
    const LoanRepository repo(m_db, m_session.login(), m_stock);
    LoanSaleProposal proposal;
    try {
        proposal = repo.proposeSale(m_loan.id, m_session);
    } catch (const Error &e) {
        m_message->setText(e.message());
        return;
    }
    auto sell = [&](const QList<LoanLineQuantity> &lines, const QDate &) {
        try {
            repo.convertToSale(m_loan.id, lines, m_session);
        } catch (const Error &e) {
            if (e.field() != QLatin1String("approval"))
                throw;
            // A price below cost or over the credit limit: a manager approves it.
            const QString why = e.message();
            if (m_session.can(Guardrails::ApprovePermission)) {
                if (QMessageBox::question(this, tr("Approve"),
                                          why + QStringLiteral("\n\n") + tr("Approve it yourself?")) !=
                    QMessageBox::Yes)
                    throw;
                repo.convertToSale(m_loan.id, lines, m_session, &m_session);
                return;
            }
            ApprovalDialog approval(m_db, Guardrails::ApprovePermission, why, this);
            if (approval.exec() != QDialog::Accepted)
                throw;
            const Session approver = approval.approver();
            repo.convertToSale(m_loan.id, lines, m_session, &approver);
        }
    };
    LoanQuantitiesDialog dialog(m_db, LoanQuantitiesDialog::Mode::Sale, m_loan, proposal, sell, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(); // the history names the order
}

void LoanForm::reverse()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reverse"), tr("Why is %1 reversed? The goods go back into their warehouses.").arg(m_loan.number),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        LoanRepository(m_db, m_session.login(), m_stock).reverse(m_loan.id, reason);
        reload();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void LoanForm::updateState()
{
    const Loan &l = m_loan;
    const bool sample = l.kind == Loan::Kind::Sample;
    QStringList parts{l.number.isEmpty() ? (sample ? tr("New samples") : tr("New loan")) : l.number,
                      Loan::statusTitle(l.status)};
    if (!l.statusReason.isEmpty())
        parts << l.statusReason;
    if (l.isOverdue(QDate::currentDate()))
        parts << tr("past due since %1").arg(QLocale().toString(l.dueDate, QLocale::ShortFormat));
    m_state->setText(parts.join(QStringLiteral(" · ")));
    if (l.number.isEmpty())
        setWindowTitle(sample ? tr("New samples") : tr("New loan"));
    else
        setWindowTitle(sample ? tr("Samples %1").arg(l.number) : tr("Loan %1").arg(l.number));
    const bool mayEdit = m_session.can(LoansEdit);
    const bool editable = l.isEditable() && mayEdit;
    for (QWidget *w : std::as_const(m_draftOnly))
        w->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    m_lines->setEditTriggers(editable ? QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_lines->rowCount(); ++row)
        if (QWidget *box = m_lines->cellWidget(row, Warehouse))
            box->setEnabled(editable);
    // A draft shows what is on hand; goods out show what became of them.
    m_lines->setColumnHidden(OnHand, !l.isEditable());
    for (int column : {Returned, Sold, Outstanding})
        m_lines->setColumnHidden(column, l.isEditable());
    m_return->setEnabled(l.isOut() && mayEdit);
    m_convert->setEnabled(l.isOut() && mayEdit && m_session.can(OrdersEdit));
    m_reverse->setEnabled(l.isOut() && mayEdit && !m_hasHistory);
}

} // namespace Crm::Sales
