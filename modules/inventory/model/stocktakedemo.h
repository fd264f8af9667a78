#pragma once

namespace Crm {
class Database;
namespace Inventory {
// The demo company's stocktakes: one posted a month ago in the second warehouse
// (a few surpluses and shortages), and a draft of today in the third, partly
// counted. Needs the demo stock (createDemoStock) first.
void createDemoStocktakes(const Database &db, unsigned seed);
} // namespace Inventory
} // namespace Crm
