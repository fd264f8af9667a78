#pragma once

#include "model/salesdocument.h"
#include "module/registry.h"

namespace Crm::Sales::BenchData {

// The scratch demo made fit for timing: no credit limits, no costs (nothing asks
// for an approval).
void prepare(const Database &db);
// A draft of `lines` lines over the demo's products, for its first customer.
SalesDocument draft(const Database &db, SalesDocument::Kind kind, int lines);
// The baseline: one durable write transaction that changes one row of `documentId`.
void touch(const Database &db, qint64 documentId, int round);
qint64 firstWarehouse(const Database &db);
// Five customers and five products to type, and the check of each order.
KeyboardEntryFixture keyboardEntry(const Database &db);

} // namespace Crm::Sales::BenchData
