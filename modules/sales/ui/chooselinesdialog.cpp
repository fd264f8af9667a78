#include "chooselinesdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crm::Sales {

ChooseLinesDialog::ChooseLinesDialog(const SalesDocument &quotation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("chooseLinesDialog"));
    setWindowTitle(tr("Order from %1").arg(quotation.number));
    const QLocale locale;
    m_list = new QListWidget(this);
    for (int i = 0; i < quotation.lines.size(); ++i) {
        const SalesLine &l = quotation.lines.at(i);
        auto *item =
            new QListWidgetItem(tr("%1. %2 × %3").arg(i + 1).arg(l.quantity.toString(locale), l.description), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, l.id);
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Create the &order"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Lines that go into the order (Space checks or unchecks):"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 320);
}

QList<qint64> ChooseLinesDialog::chosen() const
{
    QList<qint64> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

} // namespace Crm::Sales
