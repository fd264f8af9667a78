#include "stocktakeselectionbox.h"

#include "model/recordrepository.h"
#include "ui/formbutton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace Crm::Inventory {

StocktakeSelectionBox::StocktakeSelectionBox(const Database &db, QWidget *parent)
    : QGroupBox(tr("Products to count"), parent)
{
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(tr("All categories"), 0);
    for (const auto &[id, label] : RecordRepository::lookupRows(db, QStringLiteral("core_product_category")))
        m_category->addItem(label, id);
    m_stockedOnly = new QCheckBox(tr("&Only products with stock or moves in this warehouse"), this);
    m_stockedOnly->setObjectName(QStringLiteral("stockedOnly"));
    m_stockedOnly->setChecked(true);
    m_codes = new QLineEdit(this);
    m_codes->setObjectName(QStringLiteral("codes"));
    m_codes->setPlaceholderText(tr("Product codes, separated by spaces (instead of the category)"));
    auto *add = formButton(tr("A&dd to count sheet"), QStringLiteral("addProducts"), this);
    add->setToolTip(tr("Adds the chosen products that are not on the sheet yet, with their stock now as the book "
                       "quantity"));
    connect(add, &QPushButton::clicked, this, &StocktakeSelectionBox::addRequested);
    connect(m_codes, &QLineEdit::returnPressed, this, &StocktakeSelectionBox::addRequested);

    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(m_stockedOnly);
    auto *codesRow = new QHBoxLayout;
    codesRow->addWidget(m_codes, 1);
    codesRow->addWidget(add);
    // Rows whose field is a layout: the labels name their buddies themselves.
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout(this);
    form->addRow(label(tr("Cate&gory:"), m_category), categoryRow);
    form->addRow(label(tr("&Codes:"), m_codes), codesRow);
}

StocktakeSelection StocktakeSelectionBox::selection() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    StocktakeSelection s;
    s.categoryId = m_category->currentData().toLongLong();
    s.stockedOnly = m_stockedOnly->isChecked();
    s.codes = m_codes->text().split(separators, Qt::SkipEmptyParts);
    return s;
}

void StocktakeSelectionBox::clearCodes()
{
    m_codes->clear();
}

} // namespace Crm::Inventory
