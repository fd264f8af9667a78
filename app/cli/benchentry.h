#pragma once

#include "module/registry.h"

namespace Crm::Cli {

// A 5-line order typed on the registered Sales orders page from the keyboard alone
// (Ctrl+N, customer, Tab to the lines, product and quantity with Enter, Ctrl+S,
// Ctrl+Enter, Escape), five times: the keystrokes and the program's own time (the
// keys arrive back to back, so all of it is the program's), against the same
// keystrokes typed into a bare line edit. Throws Crm::Error when the order does not
// come out right.
QList<BenchFigure> keyboardEntryFigures(const PageContext &ctx);

} // namespace Crm::Cli
