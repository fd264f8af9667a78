#pragma once

#include <QtGlobal>

namespace Crm {
class Database;
class StockService;
} // namespace Crm

namespace Crm::Sales {

// The demo company's couriers, and shipments for part of its confirmed orders:
// whole, partial (the rest from another warehouse), and one shipment for two
// orders of a customer. An order whose goods are not in stock stays unshipped.
void createDemoShipping(const Database &db, quint32 seed, const StockService &stock);

} // namespace Crm::Sales
