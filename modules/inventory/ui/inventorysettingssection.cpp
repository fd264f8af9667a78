#include "inventorysettingssection.h"

#include "model/countsheet.h"
#include "model/stockledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Crm::Inventory {

InventorySettingsSection::InventorySettingsSection(const Database &db, QWidget *parent)
    : SettingsSection(parent)
    , m_db(db)
{
    m_negative = new QComboBox(this);
    m_negative->setObjectName(QStringLiteral("negative_stock"));
    m_negative->addItem(tr("Refuse: a document that takes stock below zero is not posted"), false);
    m_negative->addItem(tr("Allow, with a warning naming the products"), true);
    m_negative->setCurrentIndex(StockLedger::allowsNegative(db) ? 1 : 0);
    auto *hint = new QLabel(tr("Shipments, transfers and issues check the stock of each warehouse."), this);
    hint->setWordWrap(true);
    m_showBook = new QCheckBox(tr("Print and export the &book quantity on count sheets"), this);
    m_showBook->setObjectName(QStringLiteral("show_book"));
    m_showBook->setChecked(CountSheet::showsBook(db));
    auto *blindHint = new QLabel(tr("Off, the counters write down what they find without seeing what the books "
                                    "say (a blind count)."),
                                 this);
    blindHint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Negative stock:"), m_negative);
    form->addRow(QString(), hint);
    form->addRow(tr("Stocktakes:"), m_showBook);
    form->addRow(QString(), blindHint);
}

void InventorySettingsSection::save()
{
    StockLedger::setAllowsNegative(m_db, m_negative->currentData().toBool());
    CountSheet::setShowsBook(m_db, m_showBook->isChecked());
}

} // namespace Crm::Inventory
