#pragma once

namespace Crm {
class Registry;
}

namespace Crm::Inventory {

// The inventory module's print documents: the stocktake count sheet
// ("inventory.stocktake", print_templates/inventory/stocktake_count_sheet.html).
void setupPrintDocuments(Registry &registry);

} // namespace Crm::Inventory
