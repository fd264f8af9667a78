#include "lastpricesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm::Sales {

LastPricesDialog::LastPricesDialog(const QString &product, const QList<LastPrice> &prices, QWidget *parent)
    : QDialog(parent)
    , m_prices(prices)
{
    setObjectName(QStringLiteral("lastPricesDialog"));
    setWindowTitle(tr("Last prices — %1").arg(product));
    const QLocale locale;
    m_table = new QTableWidget(int(prices.size()), 5, this);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Order"), tr("Quantity"), tr("Unit price"), tr("Tax")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < prices.size(); ++r) {
        const LastPrice &p = prices.at(r);
        const QStringList cells{locale.toString(p.date, QLocale::ShortFormat), p.number, p.quantity.toString(locale),
                                Money(p.unitPriceMinor, p.currency).toString(locale, true, true),
                                p.taxMode == Pricing::TaxMode::Inclusive ? tr("incl.") : tr("excl.")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2 && c <= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!prices.isEmpty())
        m_table->selectRow(0);
    auto *note = new QLabel(prices.isEmpty() ? tr("This customer has not bought this product yet.")
                                             : tr("Enter takes the highlighted price; Escape keeps the line as it is."),
                            this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 300);
    m_table->setFocus();
}

const LastPrice *LastPricesDialog::chosen() const
{
    const int row = m_table->currentRow();
    return result() == QDialog::Accepted && row >= 0 && row < m_prices.size() ? &m_prices.at(row) : nullptr;
}

} // namespace Crm::Sales
