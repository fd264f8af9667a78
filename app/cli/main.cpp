#include "appcontext.h"
#include "command.h"
#include "crmversion.h"
#include "db/database.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

using namespace Crm;
using namespace Crm::Cli;

namespace {
QList<Command> commands()
{
    return {
        {QStringLiteral("init"), QCoreApplication::translate("Crm::Cli", "Create and set up a new database"),
         initOptions, runInit},
        {QStringLiteral("demo"), QCoreApplication::translate("Crm::Cli", "Create a database filled with demo data"),
         demoOptions, runDemo},
        {QStringLiteral("check"), QCoreApplication::translate("Crm::Cli", "Check the integrity of a database"),
         checkOptions, runCheck},
        {QStringLiteral("backup"), QCoreApplication::translate("Crm::Cli", "Make a checked copy of a database"),
         backupOptions, runBackup},
        {QStringLiteral("restore"), QCoreApplication::translate("Crm::Cli", "Put a backup in place of a database"),
         restoreOptions, runRestore},
        {QStringLiteral("bench"), QCoreApplication::translate("Crm::Cli", "Measure list, search and memory figures"),
         benchOptions, runBench},
        {QStringLiteral("print"), QCoreApplication::translate("Crm::Cli", "Print a document to PDF"), printOptions,
         runPrint},
        {QStringLiteral("export"), QCoreApplication::translate("Crm::Cli", "Export a list to CSV or .xlsx"),
         exportOptions, runExport},
        {QStringLiteral("import"),
         QCoreApplication::translate("Crm::Cli", "Import customers, suppliers or products from CSV or .xlsx"),
         importOptions, runImport},
        {QStringLiteral("upgrade"),
         QCoreApplication::translate("Crm::Cli", "Bring a database of an earlier version up to this one"),
         upgradeOptions, runUpgrade},
        {QStringLiteral("modules"), QCoreApplication::translate("Crm::Cli", "List loaded and skipped modules"),
         modulesOptions, runModules},
    };
}

void usage()
{
    out() << QCoreApplication::translate("Crm::Cli", "Usage: crmsuite-cli <command> [options]\n\nCommands:\n");
    for (const Command &c : commands())
        out() << QStringLiteral("  %1  %2\n").arg(c.name.leftJustified(8), c.summary);
    out() << QCoreApplication::translate("Crm::Cli", "\nRun \"crmsuite-cli <command> --help\" for its options.\n");
}
} // namespace

int main(int argc, char **argv)
{
    // The benchmark opens the real list page and printing lays out text: both
    // need a (headless) GUI.
    const bool needsGui = argc > 1 && (qstrcmp(argv[1], "bench") == 0 || qstrcmp(argv[1], "print") == 0);
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(needsGui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Suite"));
    QCoreApplication::setApplicationName(QStringLiteral("crmsuite"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Crm::kVersion));
    Translations::install(QString());
    // A command waits its turn behind another program's import rather than fail.
    Database::setWriteWait(10 * 60 * 1000);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h") ||
        args.at(1) == QLatin1String("help")) {
        usage();
        return args.size() < 2 ? 2 : 0;
    }
    const QString name = args.at(1);
    for (const Command &c : commands()) {
        if (c.name != name)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(c.summary);
        parser.addHelpOption();
        addDbOption(parser);
        c.addOptions(parser);
        args.removeAt(1);
        args[0] = QStringLiteral("crmsuite-cli ") + name;
        if (!parser.parse(args)) {
            err() << parser.errorText() << '\n';
            return 2;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            return 0;
        }
        if (!parser.positionalArguments().isEmpty() && c.name != QLatin1String("bench") &&
            c.name != QLatin1String("print") && c.name != QLatin1String("restore") &&
            c.name != QLatin1String("export") && c.name != QLatin1String("import")) {
            err() << QCoreApplication::translate("Crm::Cli", "Unexpected argument: %1\n")
                         .arg(parser.positionalArguments().constFirst());
            return 2;
        }
        const int status = c.run(parser);
        out().flush();
        err().flush();
        return status;
    }
    err() << QCoreApplication::translate("Crm::Cli", "Unknown command \"%1\".\n").arg(name);
    usage();
    return 2;
}
