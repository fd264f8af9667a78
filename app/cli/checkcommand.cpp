#include "appcontext.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"
#include "module/registry.h"

namespace Crm::Cli {

void checkOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("full"),
         QCoreApplication::translate("Crm::Cli", "Full integrity check (slower; default is the quick check).")});
}

int runCheck(QCommandLineParser &p)
{
    const QString path = dbPath(p);
    // The names the suite gives a copy while it writes it: what a killed demo,
    // backup or restore left; never a database to use, whatever it holds.
    for (const char *unfinished : {".demo-partial", ".partial", ".restoring"})
        if (path.endsWith(QLatin1String(unfinished))) {
            err() << QCoreApplication::translate("Crm::Cli",
                                                 "check: %1 is an unfinished copy left by a demo, backup or restore "
                                                 "that was stopped: it is not a database to use, and the next run "
                                                 "removes it.\n")
                         .arg(path);
            return 1;
        }
    try {
        // Read-only: a check never writes to the file it checks.
        AppContext modules;
        modules.loadModules();
        modules.recoverInterruptedRestore(path);
        Database db(path, Database::Mode::ReadOnly);
        AppContext::requireContent(db, AppContext::Access::Read);
        const bool full = p.isSet(QStringLiteral("full"));
        QString integrity = db.integrityCheck(!full);
        QStringList lines = integrity.split(QLatin1Char('\n'));
        if (lines.size() > 20) {
            const qsizetype more = lines.size() - 20;
            lines.resize(20);
            lines << QCoreApplication::translate("Crm::Cli", "… and %1 more problems").arg(more);
        }
        const bool ok = integrity == QLatin1String("ok");
        integrity = lines.join(QLatin1String("\n  "));
        const QStringList fk = db.foreignKeyCheck();
        out() << QCoreApplication::translate("Crm::Cli", "%1 check of %2: %3\n")
                     .arg(full ? QCoreApplication::translate("Crm::Cli", "Full")
                               : QCoreApplication::translate("Crm::Cli", "Quick"),
                          path, integrity);
        out() << QCoreApplication::translate("Crm::Cli", "Foreign keys: %1\n")
                     .arg(fk.isEmpty() ? QStringLiteral("ok") : fk.join(QLatin1String("\n  ")));
        if (!ok)
            out() << QCoreApplication::translate("Crm::Cli", "The database is damaged: restore it from a backup.\n");
        // The modules' own checks, on a file that is sound.
        bool consistent = true;
        if (ok)
            for (const CheckSpec &check : modules.registry().checks()) {
                const bool migrated = db.schemaVersion(check.module) > 0;
                if (!migrated) {
                    out() << QCoreApplication::translate("Crm::Cli",
                                                         "%1: skipped (this version has not opened the file yet)\n")
                                 .arg(check.id);
                    continue;
                }
                QStringList problems;
                try {
                    problems = check.run(db);
                } catch (const Error &e) {
                    problems << e.message();
                }
                consistent = consistent && problems.isEmpty();
                out() << QStringLiteral("%1: %2\n")
                             .arg(check.id,
                                  problems.isEmpty() ? QStringLiteral("ok") : problems.join(QLatin1String("\n  ")));
            }
        return ok && fk.isEmpty() && consistent ? 0 : 1;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "check: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
