#include "appcontext.h"
#include "auth/userrepository.h"
#include "benchentry.h"
#include "command.h"
#include "scratchdemo.h"
#include "db/database.h"
#include "db/error.h"
#include "demo/demogenerator.h"
#include "model/customerbenchdata.h"
#include "model/pagedlistmodel.h"
#include "module/benchtiming.h"
#include "search/normalizer.h"
#include "ui/listpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>

namespace Crm::Cli {

void benchOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("module"),
                            QCoreApplication::translate("Crm::Cli", "A module's benchmark, e.g. sales, or several "
                                                                    "run in turn on one scratch demo database "
                                                                    "(inventory sales: shipments over the big "
                                                                    "ledger; --db is not used); backup or export "
                                                                    "(on --db, else a scratch database)."),
                            QStringLiteral("[module…]"));
    p.addOption({QStringLiteral("customers"),
                 QCoreApplication::translate("Crm::Cli", "Customers to generate when the database does not exist "
                                                         "(default 1000000)."),
                 QStringLiteral("N"), QStringLiteral("1000000")});
    QCommandLineOption generated(QStringLiteral("generation-seconds"));
    generated.setValueName(QStringLiteral("S"));
    generated.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOption(generated);
    p.addOption({QStringLiteral("queries"),
                 QCoreApplication::translate("Crm::Cli", "Search fragments per kind (default 200)."),
                 QStringLiteral("N"), QStringLiteral("200")});
}

namespace {

using Bench::ms;
using Bench::percentile;

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

void row(const QString &what, double value, const QString &unit, const QString &target, double baseline)
{
    out() << QStringLiteral("%1 %2 %3  %4  %5\n")
                 .arg(what.leftJustified(58), QString::number(value, 'f', 2).rightJustified(10), unit.leftJustified(3),
                      target.leftJustified(12),
                      baseline > 0 ? QStringLiteral("x%1 baseline").arg(value / baseline, 0, 'f', 1) : QString());
}

} // namespace

// `bench <module>…`: each module's figures (and, for sales, the keyboard entry) in
// turn on one scratch demo database that the benchmarks may change.
int runModuleBench(const QStringList &ids, QCommandLineParser &p)
{
    try {
        QTemporaryDir dir;
        AppContext ctx;
        Database &db = ctx.openDatabase(dir.filePath(QStringLiteral("bench.db")), AppContext::Access::Create);
        QList<BenchSpec> benches;
        QStringList known;
        for (const BenchSpec &b : ctx.registry().benches())
            known << b.id;
        for (const QString &id : ids) {
            const auto &all = ctx.registry().benches();
            const auto it = std::find_if(all.begin(), all.end(), [&](const BenchSpec &b) { return b.id == id; });
            if (it == all.end()) {
                err() << QCoreApplication::translate("Crm::Cli", "bench: no benchmark \"%1\"; known: %2\n")
                             .arg(id, known.join(QLatin1String(", ")));
                return 2;
            }
            benches << *it;
        }
        DemoOptions o;
        o.customers = p.isSet(QStringLiteral("customers")) ? p.value(QStringLiteral("customers")).toInt() : 2000;
        ctx.createDemo(o);
        UserRepository users(db, QStringLiteral("bench"));
        const Session session = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
        const PageContext pc{db, session, ctx.registry()};
        out() << QCoreApplication::translate("Crm::Cli", "Scratch demo database: %1 customers\n").arg(o.customers);
        out() << QCoreApplication::translate(
            "Crm::Cli",
            "\nfigure                                                          value unit target        ratio\n");
        for (const BenchSpec &bench : benches) {
            QList<BenchFigure> figures = bench.run(pc);
            if (bench.keyboardEntry)
                figures << keyboardEntryFigures(pc, bench.keyboardEntry(pc));
            for (const BenchFigure &f : figures)
                row(f.what, f.value, f.unit, f.target, f.baseline);
        }
        return 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "bench: %1\n").arg(e.message());
        return 1;
    }
}

int runBench(QCommandLineParser &p)
{
    if (p.positionalArguments() == QStringList{QStringLiteral("backup")})
        return runBackupBench(p);
    if (p.positionalArguments().value(0) == QLatin1String("export"))
        return runExportBench(p);
    if (!p.positionalArguments().isEmpty())
        return runModuleBench(p.positionalArguments(), p);
    const QString path = dbPath(p);
    const int customers = p.value(QStringLiteral("customers")).toInt();
    const int queries = std::max(10, p.value(QStringLiteral("queries")).toInt());
    try {
        double demoSeconds = p.value(QStringLiteral("generation-seconds")).toDouble();
        if (!QFileInfo::exists(path)) {
            DemoOptions o;
            o.customers = customers;
            o.products = 1000;
            demoSeconds = makeScratchDemo(path, o);
            // Memory is measured in a fresh process: the bulk load's cache would
            // count against the page otherwise.
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("bench"), QStringLiteral("--db"), path, QStringLiteral("--queries"),
                         QString::number(queries), QStringLiteral("--customers"), QString::number(customers),
                         QStringLiteral("--generation-seconds"), QString::number(demoSeconds, 'f', 2)});
            child.waitForFinished(-1);
            return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
        }
        AppContext ctx;
        Database &db = ctx.openDatabase(path, AppContext::Access::Write);
        UserRepository users(db, QStringLiteral("bench"));
        const auto admin = users.findByLogin(QStringLiteral("admin"));
        if (!admin)
            throw Error(QCoreApplication::translate("Crm::Cli", "%1 has no admin user; run demo first.").arg(path));
        const Session session = users.sessionFor(*admin);
        const PageSpec *page = ctx.registry().page(QStringLiteral("sales.page.customers"));
        if (!page)
            throw Error(QCoreApplication::translate("Crm::Cli", "The sales module is not loaded."));
        const qint64 total = CustomerBenchData::customerCount(db);
        out() << QCoreApplication::translate("Crm::Cli", "Database %1: %2 customers\n").arg(path).arg(total);

        // Baseline: the bare SQL of a first screen, without model or widgets.
        QList<qint64> base;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            CustomerBenchData::readFirstScreen(db);
            base << t.nsecsElapsed();
        }
        const double baseline = percentile(base, 0.5);

        // Customers page first screen: create the registered page, show it, paint it.
        PageContext pc{db, session, ctx.registry()};
        QList<qint64> first;
        ListPage *open = nullptr;
        for (int i = 0; i < 5; ++i) {
            delete open;
            QElapsedTimer t;
            t.start();
            open = qobject_cast<ListPage *>(page->create(pc, nullptr));
            open->resize(1200, 800);
            open->show();
            QApplication::processEvents();
            first << t.nsecsElapsed();
        }

        // Fragments users type: pieces of real names, codes and phones.
        QRandomGenerator rng(7);
        QStringList longFragments;
        QStringList shortFragments;
        const qint64 maxId = CustomerBenchData::maxPartyId(db);
        while (longFragments.size() < queries || shortFragments.size() < queries) {
            const auto [rawName, mobile] = CustomerBenchData::partyFrom(db, qint64(rng.bounded(quint64(maxId))) + 1);
            const QString name = Normalizer::text(rawName).remove(QLatin1Char(' '));
            if (name.size() < 4)
                continue;
            const int len = 3 + int(rng.bounded(3));
            const int start = int(rng.bounded(quint32(std::max<qsizetype>(1, name.size() - len))));
            if (longFragments.size() < queries)
                longFragments << (rng.bounded(5) == 0 ? mobile.mid(3, 4) : name.mid(start, len));
            if (shortFragments.size() < queries) {
                const bool cjk = Normalizer::isCjk(name.at(start));
                shortFragments << name.mid(start, cjk ? 1 + int(rng.bounded(2)) : 1 + int(rng.bounded(2)));
            }
        }
        // A keystroke: the page's search (SQL, model reload, count) and then the repaint.
        struct Times
        {
            QList<qint64> search;
            QList<qint64> withPaint;
        };
        auto timeSearches = [&](const QStringList &fragments) {
            Times times;
            for (const QString &f : fragments) {
                QElapsedTimer t;
                t.start();
                open->searchNow(f);
                times.search << t.nsecsElapsed();
                QApplication::processEvents();
                times.withPaint << t.nsecsElapsed();
            }
            open->searchNow(QString());
            return times;
        };
        // Clicking each sortable column title: the first screen in that order.
        QList<qint64> sorts;
        for (int c = 0; c < open->model()->columnCount(); ++c) {
            if (!open->model()->spec().columns.at(c).sortable)
                continue;
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QElapsedTimer t;
                t.start();
                open->model()->sort(c, order);
                sorts << t.nsecsElapsed();
            }
        }
        open->model()->sort(open->model()->spec().defaultSortColumn, Qt::AscendingOrder);
        const Times longTimes = timeSearches(longFragments);
        const Times shortTimes = timeSearches(shortFragments);
        const double rssMb = residentKb() / 1024.0;

        out() << QCoreApplication::translate(
            "Crm::Cli",
            "\nfigure                                                          value unit target        ratio\n");
        row(QCoreApplication::translate("Crm::Cli", "baseline: bare SQL of a first screen (p50)"), baseline,
            QStringLiteral("ms"), {}, 0);
        row(QCoreApplication::translate("Crm::Cli", "customers page first screen (p50)"), percentile(first, 0.5),
            QStringLiteral("ms"), QStringLiteral("< 100 ms"), baseline);
        row(QCoreApplication::translate("Crm::Cli", "customers page first screen (max)"), percentile(first, 1.0),
            QStringLiteral("ms"), QStringLiteral("< 100 ms"), baseline);
        row(QCoreApplication::translate("Crm::Cli", "sort by a column, first screen (max of %1)").arg(sorts.size()),
            percentile(sorts, 1.0), QStringLiteral("ms"), QStringLiteral("< 100 ms"), baseline);
        const QList<std::pair<QString, const Times *>> kinds{
            {QCoreApplication::translate("Crm::Cli", "3+ characters"), &longTimes},
            {QCoreApplication::translate("Crm::Cli", "1-2 characters"), &shortTimes}};
        for (const auto &[kind, times] : kinds) {
            const QString target = times == &longTimes ? QStringLiteral("< 50 ms") : QStringLiteral("< 10 ms");
            row(QCoreApplication::translate("Crm::Cli", "search %1 p50 (%2 fragments)")
                    .arg(kind)
                    .arg(times->search.size()),
                percentile(times->search, 0.5), QStringLiteral("ms"), {}, baseline);
            row(QCoreApplication::translate("Crm::Cli", "search %1 p95").arg(kind), percentile(times->search, 0.95),
                QStringLiteral("ms"), target, baseline);
            row(QCoreApplication::translate("Crm::Cli", "search %1 p95 with repaint").arg(kind),
                percentile(times->withPaint, 0.95), QStringLiteral("ms"), {}, baseline);
        }
        row(QCoreApplication::translate("Crm::Cli", "resident memory with the page open"), rssMb, QStringLiteral("MB"),
            QStringLiteral("< 150 MB"), 0);
        if (demoSeconds > 0)
            row(QCoreApplication::translate("Crm::Cli", "demo generation (%1 customers)").arg(customers), demoSeconds,
                QStringLiteral("s"), QStringLiteral("< 60 s"), 0);
        delete open;
        return 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "bench: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
