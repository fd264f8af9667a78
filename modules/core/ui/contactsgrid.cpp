#include "contactsgrid.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm {

namespace {
enum Column { Name, Title, Department, Phone, Mobile, Email, Primary, ColumnCount };
}

ContactsGrid::ContactsGrid(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("contacts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Title"), tr("Department"), tr("Phone"), tr("Mobile"), tr("E-mail"), tr("Primary")});
    m_table->setTabKeyNavigation(true);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Primary && item->checkState() == Qt::Checked)
            setPrimaryRow(item->row());
        emit changed();
    });

    auto *add = new QPushButton(tr("&Add contact"), this);
    add->setObjectName(QStringLiteral("addContact"));
    auto *remove = new QPushButton(tr("&Remove contact"), this);
    auto *primary = new QPushButton(tr("Make &primary"), this);
    connect(add, &QPushButton::clicked, this, &ContactsGrid::addContact);
    connect(remove, &QPushButton::clicked, this, &ContactsGrid::removeCurrent);
    connect(primary, &QPushButton::clicked, this, &ContactsGrid::makeCurrentPrimary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(primary);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ContactsGrid::setContacts(const QList<Contact> &contacts)
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_ids.clear();
    m_notes.clear();
    for (const Contact &c : contacts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_ids << c.id;
        m_notes << c.notes;
        const QStringList values{c.name, c.title, c.department, c.phone, c.mobile, c.email};
        for (int col = 0; col < values.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(values.at(col)));
        auto *primary = new QTableWidgetItem;
        primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        primary->setCheckState(c.isPrimary ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Primary, primary);
    }
}

QList<Contact> ContactsGrid::contacts() const
{
    QList<Contact> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int col) {
            const QTableWidgetItem *item = m_table->item(row, col);
            return item ? item->text().trimmed() : QString();
        };
        Contact c;
        c.id = m_ids.value(row);
        c.notes = m_notes.value(row);
        c.name = text(Name);
        c.title = text(Title);
        c.department = text(Department);
        c.phone = text(Phone);
        c.mobile = text(Mobile);
        c.email = text(Email);
        const QTableWidgetItem *p = m_table->item(row, Primary);
        c.isPrimary = p && p->checkState() == Qt::Checked;
        // A row left completely empty is not a contact.
        if (c.id == 0 && c.name.isEmpty() && c.title.isEmpty() && c.phone.isEmpty() && c.mobile.isEmpty() &&
            c.email.isEmpty() && c.department.isEmpty())
            continue;
        out << c;
    }
    return out;
}

void ContactsGrid::addContact()
{
    const int row = m_table->rowCount();
    {
        QSignalBlocker block(m_table);
        m_table->insertRow(row);
        m_ids << 0;
        m_notes << QString();
        for (int col = 0; col < Primary; ++col)
            m_table->setItem(row, col, new QTableWidgetItem);
        auto *primary = new QTableWidgetItem;
        primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        primary->setCheckState(row == 0 ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Primary, primary);
    }
    m_table->setFocus();
    m_table->setCurrentCell(row, Name);
    m_table->editItem(m_table->item(row, Name));
    emit changed();
}

void ContactsGrid::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const bool wasPrimary = m_table->item(row, Primary) && m_table->item(row, Primary)->checkState() == Qt::Checked;
    m_table->removeRow(row);
    m_ids.removeAt(row);
    m_notes.removeAt(row);
    if (wasPrimary && m_table->rowCount() > 0)
        setPrimaryRow(0);
    emit changed();
}

void ContactsGrid::makeCurrentPrimary()
{
    if (m_table->currentRow() >= 0)
        setPrimaryRow(m_table->currentRow());
}

void ContactsGrid::setPrimaryRow(int primaryRow)
{
    QSignalBlocker block(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (QTableWidgetItem *item = m_table->item(row, Primary))
            item->setCheckState(row == primaryRow ? Qt::Checked : Qt::Unchecked);
}

} // namespace Crm
