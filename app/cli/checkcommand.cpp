#include "appcontext.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"

namespace Crm::Cli {

void checkOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("full"),
                 QCoreApplication::translate("Crm::Cli", "Full integrity check (slower; default is the quick check).")});
}

int runCheck(QCommandLineParser &p)
{
    const QString path = dbPath(p);
    try {
        // Read-only: a check never writes to the file it checks.
        Database db(path, Database::Mode::ReadOnly);
        const bool full = p.isSet(QStringLiteral("full"));
        const QString integrity = db.integrityCheck(!full);
        const QStringList fk = db.foreignKeyCheck();
        out() << QCoreApplication::translate("Crm::Cli", "%1 check of %2: %3\n")
                     .arg(full ? QCoreApplication::translate("Crm::Cli", "Full")
                               : QCoreApplication::translate("Crm::Cli", "Quick"),
                          path, integrity);
        out() << QCoreApplication::translate("Crm::Cli", "Foreign keys: %1\n")
                     .arg(fk.isEmpty() ? QStringLiteral("ok") : fk.join(QLatin1String("\n  ")));
        return integrity == QLatin1String("ok") && fk.isEmpty() ? 0 : 1;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "check: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
