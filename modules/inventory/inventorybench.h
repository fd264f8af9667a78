#pragma once

namespace Crm {
class Registry;
namespace Inventory {
// `crmsuite-cli bench inventory`: stock pages and postings over 100,000 products,
// 5 warehouses and 5,000,000 moves generated inside the run.
void setupBench(Registry &registry);
} // namespace Inventory
} // namespace Crm
