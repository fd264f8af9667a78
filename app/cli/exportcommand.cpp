// `crmsuite-cli export <list-id>`: a registered list, as its page would show it
// with the given search, filters and sort, to CSV (Excel profile) or .xlsx.

#include "appcontext.h"
#include "command.h"
#include "db/database.h"
#include "db/error.h"
#include "export/listexporter.h"
#include "exportstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>

namespace Crm::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Crm::Cli", text);
}

void hiddenOption(QCommandLineParser &p, const QString &name, const QString &value = {})
{
    QCommandLineOption o(name);
    if (!value.isEmpty())
        o.setValueName(value);
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(o);
}

// The title of the page that shows the list `id` (the sheet's name).
QString pageTitle(const Registry &registry, const Database &db, const QString &id)
{
    for (const PageSpec &p : registry.pages())
        if (p.list && p.list(db).id == id)
            return p.title();
    return id;
}

// The permission needed to see the page that shows the list `id`.
QString pagePermission(const Registry &registry, const Database &db, const QString &id)
{
    for (const PageSpec &p : registry.pages())
        if (p.list && p.list(db).id == id)
            return p.permission;
    return {};
}

void printLists(const Registry &registry, const Database &db)
{
    for (const PageSpec &p : registry.pages()) {
        if (!p.list)
            continue;
        const ListSpec spec = p.list(db);
        QStringList columns;
        for (const ListColumn &c : spec.columns)
            columns << c.key;
        QStringList filters;
        for (const ListFilter &f : spec.filters)
            filters << f.key;
        out() << QStringLiteral("%1  %2\n").arg(spec.id.leftJustified(26), p.title());
        out() << QStringLiteral("    %1 %2\n").arg(tr("columns:"), columns.join(QLatin1Char(',')));
        if (!filters.isEmpty())
            out() << QStringLiteral("    %1 %2\n").arg(tr("filters:"), filters.join(QLatin1Char(',')));
    }
}

// A filter value as the page would bind it: whole numbers as numbers.
QVariant filterValue(const QString &text)
{
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    return ok ? QVariant(n) : QVariant(text);
}

bool parseOptions(const QCommandLineParser &p, ExportOptions &o, QString &problem)
{
    o.csv = CsvOptions::excel(QLocale());
    const QString out = p.value(QStringLiteral("out"));
    const QString format = p.isSet(QStringLiteral("format"))
                               ? p.value(QStringLiteral("format")).toLower()
                               : (out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                                            : QStringLiteral("csv"));
    if (format == QLatin1String("xlsx"))
        o.format = ExportFormat::Xlsx;
    else if (format != QLatin1String("csv")) {
        problem = tr("--format must be csv or xlsx, not \"%1\".").arg(format);
        return false;
    }
    if (o.format == ExportFormat::Xlsx && out.isEmpty()) {
        problem = tr("an .xlsx export needs --out FILE.");
        return false;
    }
    if (p.isSet(QStringLiteral("encoding"))) {
        const QString e = p.value(QStringLiteral("encoding")).toLower();
        if (e == QLatin1String("utf8-bom"))
            o.csv.encoding = CsvOptions::Encoding::Utf8Bom;
        else if (e == QLatin1String("utf8"))
            o.csv.encoding = CsvOptions::Encoding::Utf8;
        else if (e == QLatin1String("gb18030"))
            o.csv.encoding = CsvOptions::Encoding::Gb18030;
        else {
            problem = tr("--encoding must be utf8-bom, utf8 or gb18030, not \"%1\".").arg(e);
            return false;
        }
    }
    if (p.isSet(QStringLiteral("separator"))) {
        const QString s = p.value(QStringLiteral("separator"));
        if (s == QLatin1String("tab") || s == QLatin1String("\t"))
            o.csv.separator = u'\t';
        else if (s == QLatin1String(",") || s == QLatin1String(";"))
            o.csv.separator = s.front();
        else {
            problem = tr("--separator must be , ; or tab, not \"%1\".").arg(s);
            return false;
        }
    }
    if (p.isSet(QStringLiteral("decimal-mark"))) {
        const QString d = p.value(QStringLiteral("decimal-mark"));
        if (d != QLatin1String(".") && d != QLatin1String(",")) {
            problem = tr("--decimal-mark must be . or , not \"%1\".").arg(d);
            return false;
        }
        o.csv.decimalMark = d.front();
    }
    return true;
}

bool parseQuery(const QCommandLineParser &p, ListExport &list, QString &problem)
{
    const ListSpec &spec = list.spec;
    list.query.search = p.value(QStringLiteral("search"));
    list.query.sortColumn = spec.defaultSortColumn;
    list.query.descending = spec.defaultDescending;
    for (const QString &f : p.values(QStringLiteral("filter"))) {
        const QString key = f.section(QLatin1Char('='), 0, 0);
        const bool known = std::any_of(spec.filters.begin(), spec.filters.end(),
                                       [&key](const ListFilter &filter) { return filter.key == key; });
        if (!f.contains(QLatin1Char('=')) || !known) {
            QStringList keys;
            for (const ListFilter &filter : spec.filters)
                keys << filter.key;
            problem = tr("--filter must be KEY=VALUE with KEY one of: %1.")
                          .arg(keys.isEmpty() ? tr("(this list has no filters)") : keys.join(QLatin1String(", ")));
            return false;
        }
        list.query.filters.insert(key, filterValue(f.section(QLatin1Char('='), 1)));
    }
    if (p.isSet(QStringLiteral("sort"))) {
        const int c = spec.columnIndex(p.value(QStringLiteral("sort")));
        if (c < 0 || !spec.columns.at(c).sortable) {
            QStringList keys;
            for (const ListColumn &column : spec.columns)
                if (column.sortable)
                    keys << column.key;
            problem = tr("--sort must be one of: %1.").arg(keys.join(QLatin1String(", ")));
            return false;
        }
        list.query.sortColumn = c;
        list.query.descending = false;
    }
    if (p.isSet(QStringLiteral("descending")))
        list.query.descending = true;
    if (p.isSet(QStringLiteral("columns"))) {
        for (const QString &key : p.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int c = spec.columnIndex(key.trimmed());
            if (c < 0) {
                QStringList keys;
                for (const ListColumn &column : spec.columns)
                    keys << column.key;
                problem = tr("--columns: no column \"%1\"; columns: %2.").arg(key, keys.join(QLatin1String(", ")));
                return false;
            }
            list.columns << c;
        }
    }
    return true;
}

} // namespace

void exportOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("list"),
                            tr("The list to export, e.g. sales.customers (--list shows them all)."),
                            QStringLiteral("<list-id>"));
    addUserOption(p);
    p.addOption({QStringLiteral("list"), tr("Show the lists that can be exported, their columns and filters.")});
    p.addOption(
        {QStringLiteral("search"), tr("Only the rows the list's search finds for TEXT."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("filter"), tr("A filter of the list, as on its page (repeatable)."),
                 QStringLiteral("KEY=VALUE")});
    p.addOption(
        {QStringLiteral("sort"), tr("Sort by this column (default: as the page opens)."), QStringLiteral("KEY")});
    p.addOption({QStringLiteral("descending"), tr("Sort in descending order.")});
    p.addOption(
        {QStringLiteral("columns"), tr("Only these columns, in this order (default: all)."), QStringLiteral("KEY,…")});
    p.addOption(
        {QStringLiteral("format"), tr("csv (default; .xlsx when FILE ends so) or xlsx."), QStringLiteral("FORMAT")});
    p.addOption(
        {QStringLiteral("out"), tr("Write to FILE (CSV goes to standard output without it)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("encoding"), tr("CSV encoding: utf8-bom (default, for Excel), utf8 or gb18030."),
                 QStringLiteral("ENC")});
    p.addOption({QStringLiteral("separator"), tr("CSV separator: , ; or tab (default: by the locale)."),
                 QStringLiteral("SEP")});
    p.addOption(
        {QStringLiteral("decimal-mark"), tr("Decimal mark of CSV numbers: . (default) or ,."), QStringLiteral("MARK")});
    hiddenOption(p, QStringLiteral("stats"));      // one line of figures on standard error (bench export)
    hiddenOption(p, QStringLiteral("bare-query")); // only run the statement (the benchmark's baseline)
}

int runExport(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (!p.isSet(QStringLiteral("list")) && args.size() != 1) {
        err() << tr("Usage: crmsuite-cli export <list-id> [--search TEXT] [--filter KEY=VALUE] [--sort KEY] "
                    "[--format csv|xlsx] [--out FILE]\n       crmsuite-cli export --list\n");
        return 2;
    }
    try {
        AppContext ctx;
        Database &db = ctx.openDatabase(dbPath(p), AppContext::Access::Read);
        if (p.isSet(QStringLiteral("list"))) {
            printLists(ctx.registry(), db);
            return 0;
        }
        const auto spec = ctx.registry().list(db, args.at(0));
        if (!spec) {
            QStringList known;
            for (const ListSpec &s : ctx.registry().lists(db))
                known << s.id;
            err() << tr("export: unknown list \"%1\"; known: %2\n").arg(args.at(0), known.join(QLatin1String(", ")));
            return 2;
        }
        // An export shows what the page shows: it needs the user who may see the page.
        logIn(db, p, pagePermission(ctx.registry(), db, spec->id));
        ListExport list;
        list.spec = *spec;
        ExportOptions options;
        QString problem;
        if (!parseQuery(p, list, problem) || !parseOptions(p, options, problem)) {
            err() << tr("export: %1\n").arg(problem);
            return 2;
        }
        list.query.resolveNumber(db, list.spec);
        options.sheetName = pageTitle(ctx.registry(), db, list.spec.id);

        if (p.isSet(QStringLiteral("stats")))
            ExportStats::resetPeak();
        const qint64 startKb = ExportStats::residentKb();
        // Resident memory after the first 100,000 rows, to compare with the end.
        qint64 earlyKb = 0;
        const ListExporter::Progress sample = [&earlyKb](qint64 rows) {
            if (earlyKb == 0 && rows >= 100000)
                earlyKb = ExportStats::residentKb();
            return true;
        };
        const bool stats = p.isSet(QStringLiteral("stats"));
        QElapsedTimer timer;
        timer.start();
        ListExporter::Result result;
        const QString path = p.value(QStringLiteral("out"));
        if (p.isSet(QStringLiteral("bare-query"))) {
            result.rows = ListExporter::readAll(db, list);
        } else if (path.isEmpty()) {
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
                throw Error(tr("Cannot write to standard output."));
            out().flush();
            CsvWriter writer(stdoutFile, options.csv);
            result = ListExporter::write(db, list, writer, stats ? sample : ListExporter::Progress());
            writer.finish();
        } else {
            result = ListExporter::toFile(db, list, options, path, stats ? sample : ListExporter::Progress());
        }
        const qint64 ns = timer.nsecsElapsed();
        if (stats)
            err() << ExportStats::line(result.rows, ns, startKb, earlyKb) << '\n';
        if (!path.isEmpty() && !p.isSet(QStringLiteral("bare-query")))
            out() << tr("Wrote %1 rows of %2 to %3.\n").arg(result.rows).arg(list.spec.id, path);
        return 0;
    } catch (const Error &e) {
        err() << tr("export: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
