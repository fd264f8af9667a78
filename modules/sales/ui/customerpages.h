#pragma once

namespace Crm {
class Registry;
namespace Sales {
// Customers list and form, with the permissions they need.
void setupCustomerPages(Registry &registry);
} // namespace Sales
} // namespace Crm
