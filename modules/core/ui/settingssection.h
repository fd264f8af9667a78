#pragma once

#include <QWidget>

namespace Crm {

// A module's section of File → Settings. The dialog calls save() for every
// section inside one write transaction when the user saves.
class SettingsSection : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Checks and stores the section; throws Crm::Error naming what is wrong.
    virtual void save() = 0;
};

} // namespace Crm
