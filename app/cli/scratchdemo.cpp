#include "scratchdemo.h"

#include "appcontext.h"
#include "demo/demogenerator.h"

#include <QElapsedTimer>

namespace Crm::Cli {

double makeScratchDemo(const QString &path, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AppContext generator;
    generator.openDatabase(path, AppContext::Access::Create);
    generator.createDemo(options);
    return timer.nsecsElapsed() / 1e9;
}

} // namespace Crm::Cli
