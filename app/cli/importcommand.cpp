#include "appcontext.h"
#include "auth/userrepository.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"
#include "import/importer.h"
#include "import/importfile.h"
#include "import/importmapping.h"
#include "model/settings.h"

namespace Crm::Cli {

namespace {
// The mapping: a saved one (--mapping NAME, or the one saved for the same
// titles), else guessed from the titles; then each --map COLUMN=FIELD.
QStringList chooseMapping(const QCommandLineParser &p, const Database &db, const ImportTargetSpec &target,
                          const QList<ImportField> &fields, const QStringList &header)
{
    const ImportMappings saved(db, target.id);
    QStringList mapping;
    if (p.isSet(QStringLiteral("mapping"))) {
        const QString name = p.value(QStringLiteral("mapping"));
        const auto m = saved.find(name);
        if (!m) {
            QStringList names;
            for (const ImportMappings::Saved &s : saved.all())
                names << s.name;
            throw Error(QCoreApplication::translate("Crm::Cli", "There is no saved mapping \"%1\" for %2; saved: %3")
                            .arg(name, target.name,
                                 names.isEmpty() ? QCoreApplication::translate("Crm::Cli", "none")
                                                 : names.join(QLatin1String(", "))));
        }
        mapping = m->applyTo(header);
    } else if (const auto same = saved.forHeader(header)) {
        out() << QCoreApplication::translate("Crm::Cli", "Using the mapping \"%1\" saved for these columns.\n")
                     .arg(same->name);
        mapping = same->applyTo(header);
    } else {
        mapping = ImportMapping::guess(fields, header);
    }
    for (const QString &pair : p.values(QStringLiteral("map"))) {
        const qsizetype eq = pair.lastIndexOf(u'=');
        const QString column = pair.left(eq).trimmed();
        QString field = pair.mid(eq + 1).trimmed();
        if (field == QLatin1String("-"))
            field.clear();
        qsizetype index = -1;
        for (qsizetype c = 0; c < header.size() && index < 0; ++c)
            if (ImportMapping::headerKey(header.at(c)) == ImportMapping::headerKey(column))
                index = c;
        if (eq < 0 || index < 0)
            throw Error(QCoreApplication::translate("Crm::Cli", "--map %1: no column titled \"%2\" in the file.")
                            .arg(pair, column));
        mapping[index] = field;
    }
    return mapping;
}
} // namespace

void importOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(
        QStringLiteral("target"),
        QCoreApplication::translate("Crm::Cli", "What to import: customers, suppliers or products."));
    p.addPositionalArgument(QStringLiteral("file"),
                            QCoreApplication::translate("Crm::Cli", "A CSV file or an Excel workbook (.xlsx)."));
    p.addOption({QStringLiteral("dry-run"),
                 QCoreApplication::translate("Crm::Cli", "Check every row and report; write nothing.")});
    p.addOption({QStringLiteral("mapping"),
                 QCoreApplication::translate("Crm::Cli", "Use the saved column mapping NAME."),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("map"),
         QCoreApplication::translate(
             "Crm::Cli", "Import column COLUMN (its title) as FIELD, or not at all with \"-\"; may be repeated."),
         QStringLiteral("COLUMN=FIELD")});
    p.addOption({QStringLiteral("save-mapping"),
                 QCoreApplication::translate("Crm::Cli", "Save the mapping used as NAME (not on a dry run)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("duplicates"),
                 QCoreApplication::translate("Crm::Cli",
                                             "A row that duplicates a saved record: skip (default), update or create."),
                 QStringLiteral("POLICY"), QStringLiteral("skip")});
    p.addOption({QStringLiteral("strict"),
                 QCoreApplication::translate("Crm::Cli", "Import nothing when any row has an error.")});
    p.addOption({QStringLiteral("report"),
                 QCoreApplication::translate("Crm::Cli", "Write the whole report to FILE (CSV)."),
                 QStringLiteral("FILE")});
    addUserOption(p);
    p.addOption(
        {QStringLiteral("fields"), QCoreApplication::translate("Crm::Cli", "List the fields of the target and exit.")});
}

int runImport(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const bool listFields = p.isSet(QStringLiteral("fields"));
    if (args.size() != (listFields ? 1 : 2)) {
        err() << QCoreApplication::translate(
            "Crm::Cli", "Usage: crmsuite-cli import TARGET FILE [--dry-run] [--mapping NAME] [--map COLUMN=FIELD] "
                        "[--duplicates skip|update|create] [--strict] [--report FILE]\n");
        return 2;
    }
    const std::optional<DuplicatePolicy> policy = Importer::policyFromName(p.value(QStringLiteral("duplicates")));
    if (!policy) {
        err() << QCoreApplication::translate("Crm::Cli", "import: --duplicates must be skip, update or create.\n");
        return 2;
    }
    try {
        AppContext ctx;
        // A dry run only reads: it opens the file read-only and leaves it as it was.
        const bool dryRun = p.isSet(QStringLiteral("dry-run"));
        Database &db = ctx.openDatabase(dbPath(p), dryRun || listFields ? AppContext::Access::Read
                                                                         : AppContext::Access::Write);
        const ImportTargetSpec *target = ctx.registry().importTarget(args.at(0));
        if (!target) {
            QStringList known;
            for (const ImportTargetSpec &t : ctx.registry().importTargets())
                known << t.name;
            err() << QCoreApplication::translate("Crm::Cli",
                                                 "import: nothing called \"%1\" can be imported; known: %2\n")
                         .arg(args.at(0), known.join(QLatin1String(", ")));
            return 2;
        }
        const QList<ImportField> fields = target->create()->fields();
        if (listFields) {
            for (const ImportField &f : fields)
                out() << QStringLiteral("%1  %2%3\n")
                             .arg(f.key.leftJustified(20), f.title(),
                                  f.required ? QCoreApplication::translate("Crm::Cli", " (required)") : QString());
            return 0;
        }
        const QString login = logIn(db, p, target->permission).login();

        const ImportTable table = ImportFile::read(args.at(1));
        out() << QCoreApplication::translate("Crm::Cli", "%1: %2, %n record(s)\n", "", int(table.size()))
                     .arg(args.at(1), table.format);
        const QStringList mapping = chooseMapping(p, db, *target, fields, table.header);
        for (qsizetype c = 0; c < table.header.size(); ++c) {
            const QString key = mapping.value(c);
            const auto f =
                std::find_if(fields.begin(), fields.end(), [&](const ImportField &x) { return x.key == key; });
            out() << QStringLiteral("  %1 → %2\n")
                         .arg(table.header.at(c), f == fields.end()
                                                      ? QCoreApplication::translate("Crm::Cli", "(not imported)")
                                                      : f->title());
        }
        ImportOptions options;
        options.duplicates = *policy;
        options.strict = p.isSet(QStringLiteral("strict"));
        const Importer importer(db, *target, login);
        const ImportReport report =
            dryRun ? importer.dryRun(table, mapping, options) : importer.commit(table, mapping, options);
        for (const ImportReport::Line &l : report.problems())
            out() << QCoreApplication::translate("Crm::Cli", "line %1, %2: %3 — %4\n")
                         .arg(l.line)
                         .arg(l.column.isEmpty() ? QCoreApplication::translate("Crm::Cli", "row") : l.column,
                              ImportReport::outcomeTitle(l.outcome), QString(l.message).replace(u'\n', u' '));
        out() << report.summary() << '\n';
        if (p.isSet(QStringLiteral("report")))
            report.saveCsv(p.value(QStringLiteral("report")));
        if (report.written() && p.isSet(QStringLiteral("save-mapping")))
            ImportMappings(db, target->id).save(p.value(QStringLiteral("save-mapping")), table.header, mapping);
        if (report.refused)
            return 1;
        return report.failed > 0 ? 3 : 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "import: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
