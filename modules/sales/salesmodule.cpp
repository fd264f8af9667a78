#include "db/migrationset.h"
#include "model/salesdemo.h"
#include "module/imodule.h"
#include "module/registry.h"
#include "printdocuments.h"
#include "salesbench.h"
#include "ui/customerpages.h"
#include "ui/documentpages.h"
#include "ui/loanpages.h"
#include "ui/shippingpages.h"

namespace Crm::Sales {

// Table of contents of the sales module.
class SalesModule : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.crmsuite.Module" FILE "crm_sales.json")
    Q_INTERFACES(Crm::IModule)
public:
    void registerMigrations(MigrationSet &set) override { set.addFromResources(QStringLiteral("sales")); }
    void initialize(Registry &registry) override
    {
        setupCustomerPages(registry);
        setupDocumentPages(registry);
        setupShippingPages(registry);
        setupLoanPages(registry);
        setupPrintDocuments(registry);
        setupDemo(registry);
        setupBench(registry);
    }
};

} // namespace Crm::Sales

#include "salesmodule.moc"
