#pragma once

namespace Crm {
class Registry;
namespace Finance {
// Currencies, tax rates and payment terms.
void setupReferencePages(Registry &registry);
} // namespace Finance
} // namespace Crm
