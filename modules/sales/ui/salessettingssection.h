#pragma once

#include "ui/settingssection.h"

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;

namespace Crm {
class Database;
}

namespace Crm::Sales {

// File → Settings → Sales: tax rounding, prices with or without tax, validity and
// delivery days, the below-cost rule and each role's maximum discount.
class SalesSettingsSection : public SettingsSection
{
    Q_OBJECT
public:
    SalesSettingsSection(const Database &db, const QString &actor, QWidget *parent = nullptr);
    void save() override;

private:
    const Database &m_db;
    QString m_actor;
    QComboBox *m_rounding = nullptr;
    QComboBox *m_taxMode = nullptr;
    QSpinBox *m_validity = nullptr;
    QSpinBox *m_delivery = nullptr;
    QCheckBox *m_belowCost = nullptr;
    QComboBox *m_warehouse = nullptr;
    QTableWidget *m_roles = nullptr;
};

} // namespace Crm::Sales
