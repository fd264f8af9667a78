#pragma once

namespace Crm {
struct RecordSchema;
namespace Sales {
// Couriers as master data: code, name, the tracking-link template ({tracking}
// stands for the tracking number) and whether they are still used.
const RecordSchema &courierSchema();
} // namespace Sales
} // namespace Crm
