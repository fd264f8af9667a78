#include "appcontext.h"
#include "command.h"

namespace Crm::Cli {

void modulesOptions(QCommandLineParser &)
{}

int runModules(QCommandLineParser &)
{
    AppContext ctx;
    ctx.loadModules();
    for (const LoadedModule &m : ctx.modules().loaded())
        out() << QCoreApplication::translate("Crm::Cli", "loaded   %1 %2 (%3)\n")
                     .arg(m.meta.id, m.meta.version, m.meta.file);
    for (const SkippedModule &s : ctx.modules().skipped())
        out() << QCoreApplication::translate("Crm::Cli", "skipped  %1 (%2): %3\n").arg(s.id, s.file, s.reason);
    return ctx.modules().skipped().isEmpty() ? 0 : 1;
}

} // namespace Crm::Cli
