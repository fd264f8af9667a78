#pragma once

namespace Crm {
class Database;
class Registry;
namespace Sales {
// The demo company's quotations and orders over the past year: some sent, lost,
// accepted and converted, orders confirmed and some overdue for delivery.
void createDemoDocuments(const Database &db, unsigned seed);
void setupDemo(Registry &registry);
} // namespace Sales
} // namespace Crm
