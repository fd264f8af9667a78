#include "backupsettingssection.h"

#include "db/backupfolder.h"
#include "db/database.h"
#include "model/backupsettings.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Crm {

BackupSettingsSection::BackupSettingsSection(const Database &db, QWidget *parent)
    : SettingsSection(parent)
    , m_db(db)
{
    const BackupSettings settings = BackupSettings::load(db);
    m_automatic = new QCheckBox(tr("Back up &automatically once a day, at the first start"), this);
    m_automatic->setObjectName(QStringLiteral("backup.automatic"));
    m_automatic->setChecked(settings.automatic);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backup.keep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(settings.keep);
    auto *folder = new QLabel(QDir::toNativeSeparators(BackupFolder(db.path()).path()), this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    auto *hint = new QLabel(tr("Each backup is checked before it counts; the oldest beyond this number are "
                               "deleted. File → Back up to… puts a copy elsewhere, e.g. on a USB stick."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_automatic);
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(tr("Folder:"), folder);
    form->addRow(QString(), hint);
}

void BackupSettingsSection::save()
{
    BackupSettings settings;
    settings.automatic = m_automatic->isChecked();
    settings.keep = m_keep->value();
    settings.save(m_db);
}

} // namespace Crm
