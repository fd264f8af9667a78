#include "restoredialog.h"

#include "db/backupfolder.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crm {

RestoreDialog::RestoreDialog(const QString &dbPath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    const BackupFolder folder(dbPath);
    auto *intro = new QLabel(tr("The backup is checked first; one that is damaged or was written by a newer "
                                "version is refused. The data in %1 is then replaced by the backup's; the "
                                "current file is kept beside it as %2.before-restore-<date>.")
                                 .arg(QDir::toNativeSeparators(dbPath), QFileInfo(dbPath).fileName()),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Backup of"), tr("Size")});
    const QLocale locale;
    for (const BackupEntry &e : folder.list()) {
        auto *item = new QTreeWidgetItem(
            m_list, {locale.toString(e.time, QLocale::ShortFormat), tr("%1 MB").arg(e.bytes / 1e6, 0, 'f', 1)});
        item->setData(0, Qt::UserRole, e.path);
        item->setToolTip(0, QDir::toNativeSeparators(e.path));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *caption = new QLabel(tr("&Backups in %1:").arg(QDir::toNativeSeparators(folder.path())), this);
    caption->setBuddy(m_list);
    auto *empty = new QLabel(tr("There are no backups in this folder yet."), this);
    empty->setVisible(m_list->topLevelItemCount() == 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restore"));
    QPushButton *other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::acceptCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::acceptCurrent);
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    } else {
        restore->setEnabled(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    m_list->setFocus();
    resize(560, 380);
}

void RestoreDialog::chooseOtherFile()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Restore from"), QString(),
                                                   tr("CRM Suite databases (*.db);;All files (*)"));
    if (f.isEmpty())
        return;
    m_file = f;
    accept();
}

void RestoreDialog::acceptCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_file = item->data(0, Qt::UserRole).toString();
    accept();
}

} // namespace Crm
