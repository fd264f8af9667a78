#include "loanquantitiesdialog.h"

#include "db/error.h"
#include "model/money.h"
#include "model/salescatalog.h"
#include "ui/datefield.h"
#include "model/lineinput.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm::Sales {

namespace {
enum Column { Code, Product, Outstanding, Quantity, Price, ColumnCount };

QTableWidgetItem *cell(const QString &text, bool editable, bool number)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

LoanQuantitiesDialog::LoanQuantitiesDialog(const Database &db, Mode mode, const Loan &loan,
                                           const LoanSaleProposal &proposal, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_currency(proposal.currency)
    , m_apply(std::move(apply))
{
    const bool sale = mode == Mode::Sale;
    setObjectName(sale ? QStringLiteral("loanSaleDialog") : QStringLiteral("loanReturnDialog"));
    setWindowTitle(sale ? tr("Sell from %1").arg(loan.number) : tr("Return to %1").arg(loan.number));
    const QLocale locale;
    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Product"), tr("Outstanding"),
                                        sale ? tr("Quantity sold") : tr("Quantity back"),
                                        tr("Unit price (%1, without tax)").arg(m_currency)});
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    m_lines->setTabKeyNavigation(true);
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    if (!sale)
        m_lines->hideColumn(Price);
    for (const LoanLine &l : loan.lines) {
        if (l.outstanding().milli() <= 0)
            continue;
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lineIds << l.id;
        const auto product = SalesCatalog::product(db, l.productId, QString());
        Crm::Quantity quantity = l.outstanding();
        qint64 price = 0;
        for (const LoanLineQuantity &p : proposal.lines)
            if (p.loanLineId == l.id) {
                quantity = p.quantity;
                price = p.unitPriceMinor;
            }
        m_lines->setItem(row, Code, cell(product ? product->code : QString(), false, false));
        m_lines->setItem(row, Product, cell(product ? product->name : l.description, false, false));
        m_lines->setItem(row, Outstanding, cell(l.outstanding().toString(locale), false, true));
        m_lines->setItem(row, Quantity, cell(quantity.toString(locale), true, true));
        m_lines->setItem(row, Price, cell(Money(price, m_currency).toString(locale), true, true));
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok =
        buttons->addButton(sale ? tr("Create the &order") : tr("&Return the goods"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("apply"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoanQuantitiesDialog::tryApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, this,
                &LoanQuantitiesDialog::tryApply);

    auto *layout = new QVBoxLayout(this);
    if (sale) {
        const auto customer = SalesCatalog::customer(db, loan.customerId);
        auto *explanation = new QLabel(tr("What %1 keeps becomes a confirmed sales order, already delivered: "
                                          "the goods do not leave the warehouse again.")
                                           .arg(customer ? customer->name : QString()),
                                       this);
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
    } else {
        m_date = new DateField(this);
        m_date->setObjectName(QStringLiteral("date"));
        m_date->setDate(QDate::currentDate());
        auto *form = new QFormLayout;
        form->addRow(tr("Returned &on:"), m_date);
        layout->addLayout(form);
    }
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(sale ? 820 : 680, 360);
    m_lines->setFocus();
    if (m_lines->rowCount() > 0)
        m_lines->setCurrentCell(0, Quantity);
}

QList<LoanLineQuantity> LoanQuantitiesDialog::readLines() const
{
    const QLocale locale;
    QList<LoanLineQuantity> out;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QString qtyText = m_lines->item(row, Quantity)->text().trimmed();
        const Crm::Quantity qty =
            qtyText.isEmpty() ? Crm::Quantity() : LineInput::quantity(row, qtyText, QStringLiteral("quantity"));
        LoanLineQuantity line{m_lineIds.at(row), qty, 0, 0};
        if (m_mode == Mode::Sale) {
            const QString priceText = m_lines->item(row, Price)->text().trimmed();
            const auto price = Money::parse(priceText, m_currency, locale);
            if (!price)
                throw Error(tr("Line %1: \"%2\" is not a price.").arg(row + 1).arg(priceText), QStringLiteral("price"));
            line.unitPriceMinor = price->minor();
        }
        out << line;
    }
    return out;
}

void LoanQuantitiesDialog::tryApply()
{
    // A cell still being typed into counts: leaving the editor commits it.
    if (m_lines->isAncestorOf(QApplication::focusWidget()))
        m_lines->setFocus();
    m_message->clear();
    try {
        m_apply(readLines(), m_date ? m_date->date() : QDate::currentDate());
        accept();
    } catch (const Error &e) {
        m_message->setText(e.message());
    }
}

} // namespace Crm::Sales
