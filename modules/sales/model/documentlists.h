#pragma once

#include "model/listspec.h"

namespace Crm::Sales {

// The list of quotations or of sales orders: number, customer, dates, status,
// total, salesperson; filters by status and salesperson.
ListSpec documentList(bool quotations);

} // namespace Crm::Sales
