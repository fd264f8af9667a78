#pragma once

#include <QObject>
#include <QtPlugin>

namespace Crm {

class MigrationSet;
class Registry;

// What every module plugin implements. The plugin class is only a table of
// contents: it hands its migrations over and registers its pages, services and
// permissions; the work lives in the module's impl library.
class IModule
{
public:
    virtual ~IModule() = default;
    // Schema, before any UI. The module adds its own migrations (by its id).
    virtual void registerMigrations(MigrationSet &set) = 0;
    // Services, pages, actions, permissions …
    virtual void initialize(Registry &registry) = 0;
    // After every module that depends on this one has initialised.
    virtual void extensionsInitialized(Registry &) {}
};

} // namespace Crm

#define CRM_MODULE_IID "org.crmsuite.Module"
Q_DECLARE_INTERFACE(Crm::IModule, CRM_MODULE_IID)
