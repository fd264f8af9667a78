#pragma once

#include <QDialog>

namespace Crm {

class ModuleManager;

// Help → Modules: the loaded modules, and the skipped ones with the reason.
class ModulesDialog : public QDialog
{
    Q_OBJECT
public:
    ModulesDialog(const ModuleManager &modules, QWidget *parent = nullptr);
};

} // namespace Crm
