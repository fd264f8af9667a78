#pragma once

namespace Crm {
class Registry;
}

namespace Crm::Inventory {

// The Stocktakes page (print, save as PDF and export of the count sheet of the
// current stocktake) and its form.
void setupStocktakePages(Registry &registry);

} // namespace Crm::Inventory
