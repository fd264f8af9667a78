#pragma once

namespace Crm {
class Database;
class Registry;
namespace Inventory {
// The demo company's stock: opening balances a year ago in four warehouses (one
// document each), some products left below their safety stock, and issues over
// the past months for a third of the products (the rest never went out).
void createDemoStock(const Database &db, unsigned seed);
// The demo step: the stock, then the stocktakes (createDemoStocktakes).
void setupDemo(Registry &registry);
} // namespace Inventory
} // namespace Crm
