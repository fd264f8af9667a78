#include "appcontext.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"
#include "print/printjob.h"

namespace Crm::Cli {

void printOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("document"),
                            QCoreApplication::translate("Crm::Cli", "Print document, e.g. sales.quotation."));
    p.addPositionalArgument(QStringLiteral("number"), QCoreApplication::translate("Crm::Cli", "Document number."));
    addUserOption(p);
    p.addOption({QStringLiteral("pdf"), QCoreApplication::translate("Crm::Cli", "Write the PDF to FILE (required)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("copies"),
                 QCoreApplication::translate("Crm::Cli", "Number of copies, each with its mark (default: every mark "
                                                         "the document has)."),
                 QStringLiteral("N")});
}

int runPrint(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 || args.at(1).isEmpty() || !p.isSet(QStringLiteral("pdf"))) {
        err() << QCoreApplication::translate("Crm::Cli", "Usage: crmsuite-cli print DOCUMENT NUMBER --pdf FILE "
                                                         "[--copies N]\n");
        return 2;
    }
    try {
        AppContext ctx;
        Database &db = ctx.openDatabase(dbPath(p), AppContext::Access::Read);
        logIn(db, p);
        const PrintDocumentSpec *doc = ctx.registry().printDocument(args.at(0));
        if (!doc) {
            QStringList known;
            for (const PrintDocumentSpec &d : ctx.registry().printDocuments())
                known << d.id;
            err() << QCoreApplication::translate("Crm::Cli", "print: unknown document \"%1\"; known: %2\n")
                         .arg(args.at(0), known.join(QLatin1String(", ")));
            return 2;
        }
        PrintOverrides overrides;
        if (p.isSet(QStringLiteral("copies"))) {
            bool ok = false;
            overrides.copies = p.value(QStringLiteral("copies")).toInt(&ok);
            if (!ok || overrides.copies < 1 || overrides.copies > 20) {
                err() << QCoreApplication::translate("Crm::Cli", "print: --copies must be between 1 and 20.\n");
                return 2;
            }
        }
        const PrintJob job = PrintJob::prepare(db, *doc, args.at(1), overrides);
        const int pages = job.toPdf(p.value(QStringLiteral("pdf")));
        out() << QCoreApplication::translate("Crm::Cli", "Wrote %1: %2 page(s) × %3 copies.\n")
                     .arg(p.value(QStringLiteral("pdf")))
                     .arg(pages)
                     .arg(std::max<qsizetype>(1, job.options.copyMarks.size()));
        return 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "print: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
