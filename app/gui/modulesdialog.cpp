#include "modulesdialog.h"

#include "module/modulemanager.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crm {

ModulesDialog::ModulesDialog(const ModuleManager &modules, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("modulesDialog"));
    setWindowTitle(tr("Modules"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("modules"));
    tree->setHeaderLabels({tr("Module"), tr("Version"), tr("Status"), tr("File")});
    tree->setRootIsDecorated(false);
    for (const LoadedModule &m : modules.loaded()) {
        QStringList deps = m.meta.depends;
        auto *item = new QTreeWidgetItem(
            tree, {QStringLiteral("%1 (%2)").arg(m.meta.name, m.meta.id), m.meta.version,
                   deps.isEmpty() ? tr("Loaded") : tr("Loaded; needs %1").arg(deps.join(QLatin1String(", "))),
                   QFileInfo(m.meta.file).fileName()});
        item->setToolTip(3, m.meta.file);
    }
    for (const SkippedModule &s : modules.skipped()) {
        auto *item = new QTreeWidgetItem(tree, {s.id.isEmpty() ? tr("(unknown)") : s.id, QString(),
                                                tr("Skipped: %1").arg(s.reason), QFileInfo(s.file).fileName()});
        item->setForeground(2, QColor(0xb0, 0x00, 0x20));
        item->setToolTip(2, s.reason);
        item->setToolTip(3, s.file);
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *summary =
        new QLabel(tr("%1 loaded, %2 skipped.").arg(modules.loaded().size()).arg(modules.skipped().size()), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree, 1);
    layout->addWidget(summary);
    layout->addWidget(buttons);
    resize(760, 320);
}

} // namespace Crm
