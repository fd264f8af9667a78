#pragma once

#include "model/listspec.h"

namespace Crm::Sales {

// Shipments (or shipping notices): number, date, customer, courier and tracking
// number, status; filters by status and month.
ListSpec shipmentList(bool notices);
// A customer's shipments and notices, newest first.
ListSpec customerShipments(qint64 customerId);
// Lines of confirmed orders not shipped yet: ordered, shipped, left, by delivery date.
ListSpec unshippedLines();

} // namespace Crm::Sales
