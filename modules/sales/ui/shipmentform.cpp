#include "shipmentform.h"

#include "auth/user.h"
#include "db/error.h"
#include "model/recordrepository.h"
#include "model/salescatalog.h"
#include "model/shipmentrepository.h"
#include "ui/datefield.h"
#include "ui/printactions.h"

#include "ui/formbutton.h"
#include "model/lineinput.h"

#include <QComboBox>
#include <QDesktopServices>
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
#include <QUrl>
#include <QVBoxLayout>

namespace Crm::Sales {

namespace {
enum Column { Order, Code, Product, Left, Quantity, Warehouse, ColumnCount };

} // namespace

ShipmentForm::ShipmentForm(const Database &db, const Session &session, const StockService &stock,
                           const PrintDocumentSpec *print, Shipment shipment, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_stock(stock)
    , m_print(print)
    , m_shipment(std::move(shipment))
{
    setObjectName(QStringLiteral("shipmentForm"));
    const bool notice = m_shipment.kind == Shipment::Kind::Notice;
    m_warehouses = RecordRepository::lookupRows(db, QStringLiteral("core_warehouse"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("state"));
    m_customer = new QLabel(this);
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_shipTo = new QLineEdit(this);
    m_shipTo->setObjectName(QStringLiteral("ship_to"));
    m_contact = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 3);

    auto *left = new QFormLayout;
    left->addRow(tr("Customer:"), m_customer);
    left->addRow(tr("Ship &to:"), m_shipTo);
    auto *contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contact, 2);
    contactRow->addWidget(m_phone, 1);
    auto *contactLabel = new QLabel(tr("C&ontact, phone:"), this);
    contactLabel->setBuddy(m_contact);
    left->addRow(contactLabel, contactRow);
    auto *right = new QFormLayout;
    right->addRow(tr("&Date:"), m_date);
    if (notice) {
        m_requested = new DateField(this);
        m_requested->setObjectName(QStringLiteral("requested"));
        right->addRow(tr("&Wanted by:"), m_requested);
    } else {
        m_courier = new QComboBox(this);
        m_courier->setObjectName(QStringLiteral("courier"));
        m_courier->addItem(tr("(none)"), 0);
        for (const auto &[id, name] : RecordRepository::lookupRows(db, QStringLiteral("sales_courier")))
            m_courier->addItem(name, id);
        m_tracking = new QLineEdit(this);
        m_tracking->setObjectName(QStringLiteral("tracking"));
        auto *open = formButton(tr("Trac&k"), QStringLiteral("track"), this);
        open->setToolTip(tr("Open the courier's tracking page"));
        connect(open, &QPushButton::clicked, this, [this] {
            const QString link = ShipmentRepository(m_db, m_session.login(), m_stock).trackingLink(m_shipment.id);
            if (link.isEmpty())
                m_message->setText(tr("Save a courier with a tracking address and a tracking number first."));
            else
                QDesktopServices::openUrl(QUrl(link));
        });
        auto *trackRow = new QHBoxLayout;
        trackRow->addWidget(m_tracking, 1);
        trackRow->addWidget(open);
        right->addRow(tr("Cou&rier:"), m_courier);
        auto *trackLabel = new QLabel(tr("Tracking &number:"), this);
        trackLabel->setBuddy(m_tracking);
        right->addRow(trackLabel, trackRow);
    }
    right->addRow(tr("Not&es:"), m_notes);
    auto *header = new QHBoxLayout;
    header->addLayout(left, 3);
    header->addSpacing(12);
    header->addLayout(right, 2);

    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Order"), tr("Code"), tr("Product"), tr("Left to ship"), tr("Quantity"), tr("Warehouse")});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    m_lines->setTabKeyNavigation(true);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    if (notice)
        m_lines->hideColumn(Warehouse);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *add = formButton(tr("&Add order…"), QStringLiteral("addOrder"), this);
    auto *remove = formButton(tr("Re&move line"), QStringLiteral("removeLine"), this);
    auto *saveButton = formButton(tr("&Save"), QStringLiteral("save"), this);
    auto *postButton = formButton(notice ? tr("&Issue") : tr("S&hip"), QStringLiteral("post"), this);
    postButton->setToolTip(notice ? tr("Issue the notice to the warehouse (Ctrl+Enter)")
                                  : tr("Post the shipment: the goods leave the warehouses (Ctrl+Enter)"));
    m_reverse = formButton(tr("Re&verse…"), QStringLiteral("reverse"), this);
    auto *printButton = formButton(tr("&Print…"), QStringLiteral("print"), this);
    auto *close = formButton(tr("Close"), QStringLiteral("close"), this);
    connect(add, &QPushButton::clicked, this, &ShipmentForm::addOrder);
    connect(remove, &QPushButton::clicked, this, &ShipmentForm::removeLine);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(postButton, &QPushButton::clicked, this, &ShipmentForm::post);
    connect(m_reverse, &QPushButton::clicked, this, &ShipmentForm::reverse);
    connect(printButton, &QPushButton::clicked, this, &ShipmentForm::print);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_draftOnly = {add, remove, saveButton, postButton};
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, saveButton, postButton, m_reverse})
        buttons->addWidget(b);
    m_reverse->setVisible(!notice);
    buttons->addStretch();
    buttons->addWidget(printButton);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(header);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { post(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { post(); });
    shortcut(QKeySequence::Print, [this] { this->print(); });

    fill();
    resize(1000, 600);
}

qint64 ShipmentForm::edit(const Database &db, const Session &session, const StockService &stock,
                          const PrintDocumentSpec *print, const Shipment &shipment, QWidget *parent)
{
    ShipmentForm form(db, session, stock, print, shipment, parent);
    form.exec();
    return form.m_shipment.id;
}

void ShipmentForm::fill()
{
    const Shipment &s = m_shipment;
    if (const auto c = SalesCatalog::customer(m_db, s.customerId))
        m_customer->setText(QStringLiteral("%1 — %2").arg(c->code, c->name));
    m_date->setDate(s.date.isValid() ? s.date : QDate::currentDate());
    if (m_requested)
        m_requested->setDate(s.requestedDate.isValid() ? s.requestedDate : m_date->date());
    m_shipTo->setText(s.shipToAddress);
    m_contact->setText(s.shipToContact);
    m_phone->setText(s.shipToPhone);
    if (m_courier)
        m_courier->setCurrentIndex(std::max(0, m_courier->findData(s.courierId)));
    if (m_tracking)
        m_tracking->setText(s.trackingNumber);
    m_notes->setPlainText(s.notes);
    fillLines();
    updateState();
}

void ShipmentForm::fillLines()
{
    const QLocale locale;
    const bool editable = m_shipment.isEditable();
    m_lines->setRowCount(0);
    for (const ShipmentLine &l : m_shipment.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        const auto order = SalesCatalog::shippableLine(m_db, l.orderLineId);
        const auto product = SalesCatalog::product(m_db, l.productId, QString());
        auto cell = [&](int column, const QString &text, bool edit = false) {
            auto *item = new QTableWidgetItem(text);
            if (!edit || !editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (column == Left || column == Quantity)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(row, column, item);
        };
        cell(Order, order ? order->orderNumber : QString());
        cell(Code, product ? product->code : QString());
        cell(Product, l.description.isEmpty() && product ? product->name : l.description);
        cell(Left, order ? order->left.toString(locale) : QString());
        cell(Quantity, l.quantity.toString(locale), true);
        if (m_shipment.kind == Shipment::Kind::Shipment) {
            auto *box = new QComboBox(m_lines);
            box->setObjectName(QStringLiteral("warehouse_%1").arg(row));
            for (const auto &[id, name] : m_warehouses)
                box->addItem(name, id);
            box->setCurrentIndex(box->findData(l.warehouseId));
            box->setEnabled(editable);
            m_lines->setCellWidget(row, Warehouse, box);
        }
    }
    m_lines->resizeColumnToContents(Order);
    m_lines->resizeColumnToContents(Code);
    m_lines->resizeColumnToContents(Warehouse);
}

void ShipmentForm::readBack()
{
    Shipment &s = m_shipment;
    s.date = m_date->date();
    if (m_requested)
        s.requestedDate = m_requested->date();
    s.shipToAddress = m_shipTo->text().trimmed();
    s.shipToContact = m_contact->text().trimmed();
    s.shipToPhone = m_phone->text().trimmed();
    if (m_courier)
        s.courierId = m_courier->currentData().toLongLong();
    if (m_tracking)
        s.trackingNumber = m_tracking->text().trimmed();
    s.notes = m_notes->toPlainText();
    for (int row = 0; row < s.lines.size() && row < m_lines->rowCount(); ++row) {
        s.lines[row].quantity =
            LineInput::quantity(row, m_lines->item(row, Quantity)->text(), QStringLiteral("quantity"));
        if (auto *box = qobject_cast<QComboBox *>(m_lines->cellWidget(row, Warehouse)))
            s.lines[row].warehouseId = box->currentData().toLongLong();
    }
}

bool ShipmentForm::save()
{
    if (!m_shipment.isEditable())
        return true;
    m_message->clear();
    try {
        readBack();
        ShipmentRepository(m_db, m_session.login(), m_stock).save(m_shipment);
        updateState();
        return true;
    } catch (const Error &e) {
        m_message->setText(e.message());
        return false;
    }
}

void ShipmentForm::post()
{
    if (!m_shipment.isEditable() || !save())
        return;
    try {
        const ShipmentRepository repo(m_db, m_session.login(), m_stock);
        const QStringList warnings = repo.post(m_shipment.id);
        m_shipment = *repo.load(m_shipment.id);
        fill();
        if (!warnings.isEmpty())
            QMessageBox::warning(this, tr("Stock below zero"), warnings.join(QLatin1Char('\n')));
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void ShipmentForm::reverse()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reverse the shipment"),
                                                 tr("Why is %1 reversed? The goods go back into their warehouses "
                                                    "and the orders wait for them again.")
                                                     .arg(m_shipment.number),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        const ShipmentRepository repo(m_db, m_session.login(), m_stock);
        repo.reverse(m_shipment.id, reason);
        m_shipment = *repo.load(m_shipment.id);
        fill();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void ShipmentForm::print()
{
    if (!m_print || (m_shipment.isEditable() && !save()))
        return;
    PrintActions::preview(this, m_db, *m_print, m_shipment.number);
}

void ShipmentForm::addOrder()
{
    QStringList numbers;
    QList<qint64> ids;
    QList<qint64> already;
    for (const ShipmentLine &l : m_shipment.lines)
        if (const auto o = SalesCatalog::shippableLine(m_db, l.orderLineId))
            already << o->orderId;
    for (const auto &[id, number] : SalesCatalog::openOrders(m_db, m_shipment.customerId))
        if (!already.contains(id)) {
            ids << id;
            numbers << number;
        }
    if (numbers.isEmpty()) {
        m_message->setText(tr("The customer has no other order waiting for goods."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Add an order"), tr("Order of the same customer:"), numbers, 0, false, &ok);
    if (!ok)
        return;
    try {
        readBack();
        const qint64 warehouse = m_shipment.lines.isEmpty() ? 0 : m_shipment.lines.last().warehouseId;
        const Shipment more = ShipmentRepository(m_db, m_session.login(), m_stock)
                                  .draftFromOrders(m_shipment.kind, {ids.at(numbers.indexOf(chosen))}, warehouse);
        m_shipment.lines << more.lines;
        fillLines();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

void ShipmentForm::removeLine()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_shipment.lines.size())
        return;
    try {
        readBack();
    } catch (const Error &) {
        // the line with the bad quantity may be the one removed
    }
    m_shipment.lines.removeAt(row);
    fillLines();
}

void ShipmentForm::updateState()
{
    const Shipment &s = m_shipment;
    const bool notice = s.kind == Shipment::Kind::Notice;
    QStringList parts;
    parts << (s.number.isEmpty() ? (notice ? tr("New shipping notice") : tr("New shipment")) : s.number)
          << Shipment::statusTitle(s.status);
    if (!s.statusReason.isEmpty())
        parts << s.statusReason;
    m_state->setText(parts.join(QStringLiteral(" · ")));
    if (s.number.isEmpty())
        setWindowTitle(notice ? tr("New shipping notice") : tr("New shipment"));
    else
        setWindowTitle(notice ? tr("Shipping notice %1").arg(s.number) : tr("Shipment %1").arg(s.number));
    const bool editable = s.isEditable();
    for (QPushButton *b : std::as_const(m_draftOnly))
        b->setEnabled(editable);
    m_reverse->setEnabled(s.status == QLatin1String("posted"));
    for (QWidget *w : QList<QWidget *>{m_date, m_requested, m_shipTo, m_contact, m_phone, m_courier})
        if (w)
            w->setEnabled(editable);
    // The tracking number often arrives after the goods left: it stays editable in a draft only,
    // like the rest, so that the printed copies and the record agree.
    if (m_tracking)
        m_tracking->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
}

} // namespace Crm::Sales
