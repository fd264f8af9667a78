#pragma once

#include "module/registry.h"

namespace Crm::Cli {

// The documents of `fixture` typed on its page from the keyboard alone (Ctrl+N,
// party, Tab to the lines, item and quantity with Enter, Ctrl+S, Ctrl+Enter,
// Escape), one per party: the keystrokes and the program's own time (the keys
// arrive back to back, so all of it is the program's), against the same keystrokes
// typed into a bare line edit. Throws Crm::Error when a document does not come out
// right.
QList<BenchFigure> keyboardEntryFigures(const PageContext &ctx, const KeyboardEntryFixture &fixture);

} // namespace Crm::Cli
