#pragma once

#include "model/listspec.h"

namespace Crm::Sales {

// The list of quotations or of sales orders: number, customer, dates, status,
// total, salesperson; filters by status and salesperson.
ListSpec documentList(bool quotations);
// Confirmed orders past their delivery date, the most overdue first.
ListSpec overdueOrders();
// A customer's quotations and orders together, newest first.
ListSpec customerDocuments(qint64 customerId);

} // namespace Crm::Sales
