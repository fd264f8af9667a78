#pragma once

// The import targets as the modules register them, for the core tests (which
// load no module).

#include "import/importtarget.h"
#include "import/partyimport.h"
#include "import/productimport.h"

namespace Crm::Test {

inline const ImportTargetSpec &customersTarget()
{
    static const ImportTargetSpec spec{QStringLiteral("sales.customers"),
                                       QStringLiteral("customers"),
                                       [] { return QStringLiteral("Customers"); },
                                       QString(),
                                       QString(),
                                       [] { return PartyImport::create(true); }};
    return spec;
}

} // namespace Crm::Test
