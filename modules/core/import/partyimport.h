#pragma once

#include "import/importtarget.h"

namespace Crm {

// Customers or suppliers, one per row, each with an optional contact (the
// primary one when the party has none). Keys: the code (unique), the normalised
// name and the tax id, as the duplicate check of the party form compares them.
// Registered by the modules that own the pages: sales (customers) and
// purchasing (suppliers).
namespace PartyImport {
std::unique_ptr<ImportTarget> create(bool customers);
} // namespace PartyImport

} // namespace Crm
