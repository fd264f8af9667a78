#include "db/migrationset.h"
#include "inventorybench.h"
#include "inventoryprint.h"
#include "model/inventorydemo.h"
#include "module/imodule.h"
#include "module/registry.h"
#include "stocksetup.h"
#include "ui/masterdatapages.h"
#include "ui/stockdocumentpages.h"
#include "ui/stockpages.h"
#include "ui/stocktakepages.h"

namespace Crm::Inventory {

// Table of contents of the inventory module.
class InventoryModule : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.crmsuite.Module" FILE "crm_inventory.json")
    Q_INTERFACES(Crm::IModule)
public:
    void registerMigrations(MigrationSet &set) override { set.addFromResources(QStringLiteral("inventory")); }
    void initialize(Registry &registry) override
    {
        setupStock(registry);
        setupMasterDataPages(registry);
        setupStockPages(registry);
        setupStockDocumentPages(registry);
        setupStocktakePages(registry);
        setupPrintDocuments(registry);
        setupDemo(registry);
        setupBench(registry);
    }
};

} // namespace Crm::Inventory

#include "inventorymodule.moc"
