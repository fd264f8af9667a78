#pragma once

namespace Crm {
class Database;
namespace Inventory {
// The demo company's transfers and requisitions: posted ones over the past weeks
// from the first warehouse to the second and third, one reversed, one draft, and
// requisitions for maintenance and the showroom. Needs the demo stock first.
void createDemoStockDocuments(const Database &db, unsigned seed);
} // namespace Inventory
} // namespace Crm
