#include "salessettingssection.h"

#include "auth/userrepository.h"
#include "db/error.h"
#include "model/rate.h"
#include "model/recordrepository.h"
#include "model/salessettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm::Sales {

SalesSettingsSection::SalesSettingsSection(const Database &db, const QString &actor, QWidget *parent)
    : SettingsSection(parent)
    , m_db(db)
    , m_actor(actor)
{
    const SalesSettings s = SalesSettings::load(db);
    m_rounding = new QComboBox(this);
    m_rounding->setObjectName(QStringLiteral("rounding"));
    m_rounding->addItem(tr("Each line's tax rounded to the cent, then added up"), int(Pricing::Rounding::PerLine));
    m_rounding->addItem(tr("Tax computed once per rate on the document's total"), int(Pricing::Rounding::PerDocument));
    m_rounding->setCurrentIndex(m_rounding->findData(int(s.rounding)));
    m_taxMode = new QComboBox(this);
    m_taxMode->setObjectName(QStringLiteral("tax_mode"));
    m_taxMode->addItem(tr("Prices exclude tax"), int(Pricing::TaxMode::Exclusive));
    m_taxMode->addItem(tr("Prices include tax"), int(Pricing::TaxMode::Inclusive));
    m_taxMode->setCurrentIndex(m_taxMode->findData(int(s.taxMode)));
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validity_days"));
    m_validity->setRange(1, 3650);
    m_validity->setSuffix(tr(" days"));
    m_validity->setValue(s.validityDays);
    m_delivery = new QSpinBox(this);
    m_delivery->setObjectName(QStringLiteral("delivery_days"));
    m_delivery->setRange(0, 3650);
    m_delivery->setSuffix(tr(" days"));
    m_delivery->setValue(s.deliveryDays);
    m_belowCost = new QCheckBox(tr("A price below cost needs a manager's &approval"), this);
    m_belowCost->setObjectName(QStringLiteral("no_price_below_cost"));
    m_belowCost->setChecked(s.noPriceBelowCost);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("order_warehouse"));
    for (const auto &[id, title] : RecordRepository::lookupRows(db, QStringLiteral("core_warehouse")))
        m_warehouse->addItem(title, id);
    m_warehouse->setCurrentIndex(qMax(0, m_warehouse->findData(SalesSettings::orderWarehouse(db))));

    m_roles = new QTableWidget(this);
    m_roles->setObjectName(QStringLiteral("roleDiscounts"));
    m_roles->setColumnCount(2);
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Maximum discount")});
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_roles->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const Role &r : UserRepository(db, actor).roles()) {
        const int row = m_roles->rowCount();
        m_roles->insertRow(row);
        auto *name = new QTableWidgetItem(r.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, r.id);
        m_roles->setItem(row, 0, name);
        auto *cap = new QTableWidgetItem(Rate::fromBasisPoints(r.maxDiscountBp).toString(locale));
        cap->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_roles->setItem(row, 1, cap);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Tax &rounding:"), m_rounding);
    form->addRow(tr("New documents' &prices:"), m_taxMode);
    form->addRow(tr("Quotations &valid for:"), m_validity);
    form->addRow(tr("&Delivery after:"), m_delivery);
    form->addRow(QString(), m_belowCost);
    form->addRow(tr("Orders reserve and ship &from:"), m_warehouse);
    auto *rolesLabel = new QLabel(tr("Deepest discount each role gives without a manager's approval (users who may "
                                     "approve have no limit):"),
                                  this);
    rolesLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rolesLabel);
    layout->addWidget(m_roles, 1);
}

void SalesSettingsSection::save()
{
    SalesSettings s;
    s.rounding = Pricing::Rounding(m_rounding->currentData().toInt());
    s.taxMode = Pricing::TaxMode(m_taxMode->currentData().toInt());
    s.validityDays = m_validity->value();
    s.deliveryDays = m_delivery->value();
    s.noPriceBelowCost = m_belowCost->isChecked();
    s.warehouseId = m_warehouse->currentData().toLongLong();
    // Every value is read before anything is written.
    QList<QPair<qint64, qint32>> caps;
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QString text = m_roles->item(row, 1)->text().trimmed();
        const auto rate = Rate::parse(text, QLocale());
        if (!rate || rate->basisPoints() < 0 || rate->basisPoints() > 10000)
            throw Error(
                tr("%1: \"%2\" is not a discount between 0% and 100%.").arg(m_roles->item(row, 0)->text(), text),
                QStringLiteral("max_discount"));
        caps.append({m_roles->item(row, 0)->data(Qt::UserRole).toLongLong(), rate->basisPoints()});
    }
    s.save(m_db);
    const UserRepository users(m_db, m_actor);
    for (const auto &[role, cap] : caps)
        users.setMaxDiscount(role, cap);
}

} // namespace Crm::Sales
