#include "command.h"
#include "scratchdemo.h"
#include "db/backup.h"
#include "db/database.h"
#include "db/error.h"
#include "db/filesync.h"
#include "demo/demogenerator.h"
#include "module/benchtiming.h"
#include "module/registry.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace Crm::Cli {

namespace {

// About 250 MB of demo company (2,000 customers make about 4 MB).
constexpr int kDefaultCustomers = 130000;
constexpr int kRuns = 3;

void print(const BenchFigure &f)
{
    out() << QStringLiteral("%1 %2 %3  %4  %5\n")
                 .arg(f.what.leftJustified(58), QString::number(f.value, 'f', 2).rightJustified(10),
                      f.unit.leftJustified(3), f.target.leftJustified(12),
                      f.baseline > 0 ? QStringLiteral("x%1 baseline").arg(f.value / f.baseline, 0, 'f', 2) : QString());
}

// The slowest of kRuns runs of `run`, in ms.
template <typename F> double slowest(F &&run)
{
    QList<qint64> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times << t.nsecsElapsed();
    }
    return Bench::percentile(times, 1.0);
}

} // namespace

// `bench backup`: Backup::create on a database of about 250 MB (the --db file
// when given, else a scratch demo company), against copying the same file with
// a flush, and VACUUM INTO (the other way SQLite makes an online copy).
int runBackupBench(QCommandLineParser &p)
{
    try {
        QTemporaryDir dir;
        if (!dir.isValid())
            throw Error(QCoreApplication::translate("Crm::Cli", "Cannot create a temporary folder."));
        QString path = p.value(QStringLiteral("db"));
        if (path.isEmpty()) {
            path = dir.filePath(QStringLiteral("bench.db"));
            DemoOptions o;
            o.customers =
                p.isSet(QStringLiteral("customers")) ? p.value(QStringLiteral("customers")).toInt() : kDefaultCustomers;
            const double seconds = makeScratchDemo(path, o);
            out() << QCoreApplication::translate("Crm::Cli", "Scratch demo database: %1 customers, made in %2 s\n")
                         .arg(o.customers)
                         .arg(seconds, 0, 'f', 1);
        }
        const Database db(path, Database::Mode::ReadOnly);
        out() << QCoreApplication::translate("Crm::Cli", "Database %1: %2 MB\n")
                     .arg(path)
                     .arg(QFileInfo(path).size() / 1e6, 0, 'f', 1);

        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        const double baseline = slowest([&] {
            QFile::remove(copy);
            if (!QFile::copy(path, copy) || !FileSync::syncFile(copy))
                throw Error(QCoreApplication::translate("Crm::Cli", "Cannot copy %1 to %2.").arg(path, copy));
        });
        QFile::remove(copy);

        const QString backup = dir.filePath(QStringLiteral("backup.db"));
        QList<qint64> copies;
        QList<qint64> checks;
        const double total = slowest([&] {
            const BackupResult r = Backup::create(db, backup);
            copies << r.copyNs;
            checks << r.checkNs;
        });
        QFile::remove(backup);

        const QString vacuumed = dir.filePath(QStringLiteral("vacuum.db"));
        const double vacuum = slowest([&] {
            QFile::remove(vacuumed);
            db.exec(QStringLiteral("VACUUM INTO ?"), {vacuumed});
            FileSync::syncFile(vacuumed);
        });
        QFile::remove(vacuumed);

        out() << QCoreApplication::translate(
            "Crm::Cli",
            "\nfigure                                                          value unit target        ratio\n");
        const QString ms = QStringLiteral("ms");
        print({QCoreApplication::translate("Crm::Cli", "baseline: file copy with flush (max of %1)").arg(kRuns),
               baseline,
               ms,
               {},
               0});
        print({QCoreApplication::translate("Crm::Cli", "backup, checked and in place (max of %1)").arg(kRuns), total,
               ms, QStringLiteral("< 2000 ms"), baseline});
        print({QCoreApplication::translate("Crm::Cli", "  of which the copy: backup API, flush, rename (max)"),
               Bench::percentile(copies, 1.0),
               ms,
               {},
               baseline});
        print({QCoreApplication::translate("Crm::Cli", "  of which the quick check of the copy (max)"),
               Bench::percentile(checks, 1.0),
               ms,
               {},
               baseline});
        print({QCoreApplication::translate("Crm::Cli", "for comparison: VACUUM INTO with flush, unchecked (max)"),
               vacuum,
               ms,
               {},
               baseline});
        return 0;
    } catch (const Error &e) {
        err() << QCoreApplication::translate("Crm::Cli", "bench: %1\n").arg(e.message());
        return 1;
    }
}

} // namespace Crm::Cli
