#pragma once

#include <QString>

namespace Crm {
struct DemoOptions;
}

namespace Crm::Cli {

// Creates the demo database `options` describes at `path`, as the suite does
// (every module's migrations and demo data), and closes it again; returns how
// long it took, in seconds. The benches' scratch databases. Throws Crm::Error.
double makeScratchDemo(const QString &path, const DemoOptions &options);

} // namespace Crm::Cli
