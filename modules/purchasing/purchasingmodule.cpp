#include "db/migrationset.h"
#include "module/imodule.h"
#include "module/registry.h"
#include "ui/supplierpages.h"

namespace Crm::Purchasing {

// Table of contents of the purchasing module.
class PurchasingModule : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.crmsuite.Module" FILE "crm_purchasing.json")
    Q_INTERFACES(Crm::IModule)
public:
    void registerMigrations(MigrationSet &set) override { set.addFromResources(QStringLiteral("purchasing")); }
    void initialize(Registry &registry) override { setupSupplierPages(registry); }
};

} // namespace Crm::Purchasing

#include "purchasingmodule.moc"
