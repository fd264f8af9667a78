#include "db/migrationset.h"
#include "module/imodule.h"
#include "module/registry.h"
#include "ui/referencepages.h"

namespace Crm::Finance {

// Table of contents of the finance module.
class FinanceModule : public QObject, public IModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.crmsuite.Module" FILE "crm_finance.json")
    Q_INTERFACES(Crm::IModule)
public:
    void registerMigrations(MigrationSet &set) override { set.addFromResources(QStringLiteral("finance")); }
    void initialize(Registry &registry) override { setupReferencePages(registry); }
};

} // namespace Crm::Finance

#include "financemodule.moc"
