// `crmsuite-cli bench export`: the customers list (1,000,000 by default) exported
// to CSV and to .xlsx, each in a child process of its own so that its peak
// resident memory is its own, against the bare SQL of the same export.

#include "appcontext.h"
#include "command.h"
#include "scratchdemo.h"
#include "db/database.h"
#include "db/error.h"
#include "demo/demogenerator.h"
#include "exportstats.h"
#include "model/customerbenchdata.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace Crm::Cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Crm::Cli", text);
}

void row(const QString &what, double value, const QString &unit, const QString &target, double baseline)
{
    out() << QStringLiteral("%1 %2 %3  %4  %5\n")
                 .arg(what.leftJustified(58), QString::number(value, 'f', 2).rightJustified(10), unit.leftJustified(3),
                      target.leftJustified(12),
                      baseline > 0 ? QStringLiteral("x%1 baseline").arg(value / baseline, 0, 'f', 1) : QString());
}

// One export in a child process; its figures, or an Error with what it said.
ExportStats::Figures runChild(const QString &db, const QStringList &extra)
{
    QProcess child;
    // The export logs in: a demo database's users have the demo's password; on
    // another database the bench takes CRM_PASSWORD from its caller.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("CRM_PASSWORD")))
        env.insert(QStringLiteral("CRM_PASSWORD"), QString::fromLatin1(DemoGenerator::kPassword));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("export"), QStringLiteral("sales.customers"), QStringLiteral("--db"), db,
                            QStringLiteral("--stats")} +
                    extra);
    child.waitForFinished(-1);
    const QString errors = QString::fromLocal8Bit(child.readAllStandardError());
    const ExportStats::Figures f = ExportStats::parse(errors);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || f.rows < 0)
        throw Error(tr("the export child failed: %1").arg(errors.trimmed()));
    return f;
}
} // namespace

int runExportBench(QCommandLineParser &p)
{
    try {
        QTemporaryDir dir;
        QString path = p.value(QStringLiteral("db"));
        const int customers = p.value(QStringLiteral("customers")).toInt();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            // A scratch demo database, as `bench` makes one.
            path = dir.filePath(QStringLiteral("bench.db"));
            out() << tr("Generating a scratch demo database with %1 customers…\n").arg(customers) << Qt::flush;
            DemoOptions o;
            o.customers = customers;
            o.products = 1000;
            out() << tr("Generated in %1 s.\n").arg(makeScratchDemo(path, o), 0, 'f', 1);
        }
        {
            AppContext ctx;
            out() << tr("Database %1: %2 customers\n")
                         .arg(path)
                         .arg(CustomerBenchData::customerCount(ctx.openDatabase(path, AppContext::Access::Read)));
        }
        const QString csv = dir.filePath(QStringLiteral("customers.csv"));
        const QString xlsx = dir.filePath(QStringLiteral("customers.xlsx"));
        runChild(path, {QStringLiteral("--bare-query")}); // warms the file cache for all that follow
        const ExportStats::Figures bare = runChild(path, {QStringLiteral("--bare-query")});
        const ExportStats::Figures toCsv = runChild(path, {QStringLiteral("--out"), csv});
        const ExportStats::Figures toXlsx = runChild(path, {QStringLiteral("--out"), xlsx});

        out() << tr(
            "\nfigure                                                          value unit target        ratio\n");
        const double base = bare.ms / 1000;
        row(tr("baseline: bare SQL of the export, all values (%1 rows)").arg(bare.rows), base,
            QStringLiteral("s"), {}, 0);
        row(tr("CSV export (%1 rows, %2 MB)").arg(toCsv.rows).arg(QFileInfo(csv).size() / 1e6, 0, 'f', 0),
            toCsv.ms / 1000, QStringLiteral("s"), QStringLiteral("< 5 s"), base);
        row(tr("CSV export: resident memory after 100,000 rows"), toCsv.earlyMb, QStringLiteral("MB"), {}, 0);
        row(tr("CSV export: resident memory at the end"), toCsv.endMb, QStringLiteral("MB"), QStringLiteral("flat"), 0);
        row(tr("CSV export: peak resident memory of the process"), toCsv.peakMb, QStringLiteral("MB"), {}, 0);
        row(tr(".xlsx export (%1 rows, %2 MB)").arg(toXlsx.rows).arg(QFileInfo(xlsx).size() / 1e6, 0, 'f', 0),
            toXlsx.ms / 1000, QStringLiteral("s"), QStringLiteral("< 10 s"), base);
        row(tr(".xlsx export: peak resident memory of the process"), toXlsx.peakMb, QStringLiteral("MB"),
            QStringLiteral("< 50 MB"), 0);
        row(tr("bare query: peak resident memory of the process"), bare.peakMb, QStringLiteral("MB"), {}, 0);
        row(tr("resident memory before the export (modules, open file)"), bare.startMb, QStringLiteral("MB"), {},
            0);
        return 0;
    } catch (const Error &e) {
        err() << tr("bench: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
