#pragma once

namespace Crm {
class Registry;
}

namespace Crm::Sales {

// Loans and samples, Loans past due, and the customer form's Loans and samples tab.
void setupLoanPages(Registry &registry);

} // namespace Crm::Sales
