#pragma once

#include <QtGlobal>

namespace Crm {
class Database;
class StockService;
} // namespace Crm

namespace Crm::Sales {

// A handful of the demo company's loans and samples of goods in stock: some out
// and past their due-back date, some not due yet, one partly returned, one
// returned whole, one partly sold to the customer.
void createDemoLoans(const Database &db, quint32 seed, const StockService &stock);

} // namespace Crm::Sales
