#pragma once

namespace Crm {
class Registry;
namespace Inventory {
// Products, warehouses, units and product categories.
void setupMasterDataPages(Registry &registry);
} // namespace Inventory
} // namespace Crm
