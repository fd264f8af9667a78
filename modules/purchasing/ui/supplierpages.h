#pragma once

namespace Crm {
class Registry;
namespace Purchasing {
// Suppliers list and form, with the permissions they need.
void setupSupplierPages(Registry &registry);
} // namespace Purchasing
} // namespace Crm
