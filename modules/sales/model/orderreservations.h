#pragma once

#include <QtGlobal>

namespace Crm {
class Database;
class StockService;
} // namespace Crm

namespace Crm::Sales {

// Keeps the stock an order holds in step with the order: a confirmed or partly
// shipped order reserves what each line has left to ship, in the sales
// settings' order warehouse; any other status releases it. Joins the caller's
// write transaction.
void syncOrderReservation(const Database &db, const StockService &stock, qint64 orderId);

} // namespace Crm::Sales
