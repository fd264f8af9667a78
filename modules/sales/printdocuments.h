#pragma once

namespace Crm {
class Registry;
namespace Sales {
// The quotation and sales-order prints.
void setupPrintDocuments(Registry &registry);
} // namespace Sales
} // namespace Crm
