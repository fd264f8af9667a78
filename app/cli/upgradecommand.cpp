#include "appcontext.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"

namespace Crm::Cli {

void upgradeOptions(QCommandLineParser &)
{}

// Brings a database made by an earlier version up to this one's schema: the
// one write the reading commands ask for before they read such a file.
int runUpgrade(QCommandLineParser &p)
{
    const QString path = dbPath(p);
    try {
        AppContext ctx;
        const Database &db = ctx.openDatabase(path, AppContext::Access::Write);
        out() << QCoreApplication::translate("Crm::Cli", "%1 is up to date (schema version %2).\n")
                     .arg(path)
                     .arg(db.schemaVersion(QStringLiteral("core")));
        return 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "upgrade: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
