#pragma once

namespace Crm {
class Registry;
}

namespace Crm::Inventory {

// The stock ledger as the suite's StockService, and its check of on-hand.
void setupStock(Registry &registry);

} // namespace Crm::Inventory
