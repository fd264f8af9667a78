#pragma once

namespace Crm {
class Registry;
}

namespace Crm::Sales {

// `crmsuite-cli bench sales`: confirming 20-line orders and printing a 200-line
// quotation to PDF, each against a baseline measured in the same run.
void setupBench(Registry &registry);

} // namespace Crm::Sales
