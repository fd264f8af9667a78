#pragma once

namespace Crm {
class Registry;
namespace Inventory {
// Stock on hand (with the ledger of a product in a warehouse on Enter), the stock
// ledger, safety-stock alerts and slow movers.
void setupStockPages(Registry &registry);
} // namespace Inventory
} // namespace Crm
