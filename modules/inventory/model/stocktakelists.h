#pragma once

#include "model/listspec.h"

namespace Crm::Inventory {

// Stocktakes: number, date, warehouse, lines and how many are counted, status;
// filters by status, warehouse and month.
ListSpec stocktakeList();

} // namespace Crm::Inventory
