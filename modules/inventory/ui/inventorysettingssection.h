#pragma once

#include "ui/settingssection.h"

class QCheckBox;
class QComboBox;

namespace Crm {
class Database;
}

namespace Crm::Inventory {

// File → Settings → Inventory: whether stock may go below zero, and whether
// stocktake count sheets show the book quantities.
class InventorySettingsSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit InventorySettingsSection(const Database &db, QWidget *parent = nullptr);
    void save() override;

private:
    const Database &m_db;
    QComboBox *m_negative = nullptr;
    QCheckBox *m_showBook = nullptr;
};

} // namespace Crm::Inventory
