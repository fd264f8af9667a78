#pragma once

#include "ui/settingssection.h"

class QCheckBox;
class QSpinBox;

namespace Crm {

class Database;

// File → Settings → Backups: the daily automatic backup and how many backups
// the folder beside the database keeps.
class BackupSettingsSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit BackupSettingsSection(const Database &db, QWidget *parent = nullptr);
    void save() override;

private:
    const Database &m_db;
    QCheckBox *m_automatic = nullptr;
    QSpinBox *m_keep = nullptr;
};

} // namespace Crm
