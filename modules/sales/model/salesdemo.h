#pragma once

namespace Crm {
class Database;
class Registry;
class StockService;
namespace Sales {
// The demo company's quotations and orders over the past year: some sent, lost,
// accepted and converted, orders confirmed and some overdue for delivery.
// Confirmed orders reserve their stock in `stock` when it is given.
void createDemoDocuments(const Database &db, unsigned seed, const StockService *stock = nullptr);
void setupDemo(Registry &registry);
} // namespace Sales
} // namespace Crm
