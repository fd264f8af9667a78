#pragma once

#include "import/importtarget.h"

namespace Crm {

// Products, one per row. Unit, category and tax rate are found by code or name
// (a tax rate also by its percentage, "13%"). Keys: the code and the
// (name, specification) duplicate key, both unique as ProductRepository keeps
// them. Registered by the inventory module, which owns the Products page.
namespace ProductImport {
std::unique_ptr<ImportTarget> create();
} // namespace ProductImport

} // namespace Crm
