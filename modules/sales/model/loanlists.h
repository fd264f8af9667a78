#pragma once

#include "model/listspec.h"

namespace Crm::Sales {

// Loans and samples: number, kind, customer, date, due back, outstanding quantity,
// status; filters by kind, status and past due; past-due rows in red.
ListSpec loanList();
// Loans and samples out with the customer past their due-back date, the longest
// overdue first.
ListSpec overdueLoans();
// A customer's loans and samples, newest first.
ListSpec customerLoans(qint64 customerId);

} // namespace Crm::Sales
