#pragma once

#include "module/registry.h"

namespace Crm::ImportBench {

// `crmsuite-cli bench import` (registered with the customers target by sales):
// writes a 100,000-row customer CSV, then times reading it (baseline), a plain
// INSERT of the same rows into a bare table (baseline), the dry run, and the
// import itself — read, check, write — into the scratch database. Throws
// Crm::Error when the import does not create every row.
QList<BenchFigure> run(const PageContext &ctx);

} // namespace Crm::ImportBench
