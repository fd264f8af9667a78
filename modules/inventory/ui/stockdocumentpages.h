#pragma once

namespace Crm {
class Registry;
}

namespace Crm::Inventory {

// The Transfers and Requisitions pages and their permission.
void setupStockDocumentPages(Registry &registry);

} // namespace Crm::Inventory
