#include "stocksetup.h"

#include "model/stockledger.h"
#include "module/registry.h"

namespace Crm::Inventory {

void setupStock(Registry &registry)
{
    registry.addService<StockService>(std::make_shared<StockLedger>());
    registry.addCheck({QStringLiteral("inventory.onhand"), QStringLiteral("inventory"), &StockLedger::check});
}

} // namespace Crm::Inventory
