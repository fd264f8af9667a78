#include "import/importbench.h"

#include "auth/user.h"
#include "db/backup.h"
#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/error.h"
#include "demo/demonames.h"
#include "demo/demoutil.h"
#include "export/csvwriter.h"
#include "import/importer.h"
#include "import/importfile.h"
#include "import/importmapping.h"
#include "module/benchtiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

namespace Crm::ImportBench {

namespace {

constexpr int kRows = 100000;
constexpr int kImports = 3;

class Bench
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ImportBench)
public:
    static void writeCsv(const QString &path);
    static QList<BenchFigure> run(const PageContext &ctx);
};

// A customer list as a sales assistant keeps it: names in three languages, made
// unique by a number, phones, e-mails, one contact per customer, no codes.
void Bench::writeCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1.").arg(path));
    CsvWriter w(file, CsvOptions::excel(QLocale::c()));
    w.writeHeader({QStringLiteral("Name"), QStringLiteral("Short name"), QStringLiteral("Industry"),
                   QStringLiteral("Region"), QStringLiteral("City"), QStringLiteral("Address"), QStringLiteral("Phone"),
                   QStringLiteral("Mobile"), QStringLiteral("E-mail"), QStringLiteral("Tax id"),
                   QStringLiteral("Level"), QStringLiteral("Status"), QStringLiteral("Contact"),
                   QStringLiteral("Position"), QStringLiteral("Contact mobile"), QStringLiteral("Contact e-mail")});
    Demo::Rng rng(4242);
    const QStringList levels{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (int i = 0; i < kRows; ++i) {
        const int lang = rng.below(10) < 6 ? 0 : (rng.below(2) == 0 ? 1 : 2);
        const DemoNames::Language &L = lang == 0   ? DemoNames::chinese()
                                       : lang == 1 ? DemoNames::english()
                                                   : DemoNames::spanish();
        const int city = rng.below(int(L.cities.size()));
        const QString number = QString::number(i + 1);
        const QString word = rng.pick(L.companyWords);
        const QString name = lang == 0
                                 ? L.cities.at(city) + word + number + rng.pick(L.industries) + rng.pick(L.suffixes)
                                 : word + QLatin1Char(' ') + number + QLatin1Char(' ') + rng.pick(L.industries) +
                                       QLatin1Char(' ') + rng.pick(L.suffixes);
        const QString contact = lang == 0 ? rng.pick(L.surnames) + rng.pick(L.givenNames)
                                          : rng.pick(L.givenNames) + QLatin1Char(' ') + rng.pick(L.surnames);
        const QString domain = QStringLiteral("c%1.import.example").arg(number);
        auto text = [](const QString &s) { return ExportCell::fromText(s); };
        w.writeRow({text(name), text(word), text(rng.pick(L.industries)), text(L.regions.at(city)),
                    text(L.cities.at(city)), text(QString::number(1 + rng.below(999)) + QLatin1Char(' ') + word),
                    text(QStringLiteral("0%1-%2").arg(10 + rng.below(80)).arg(rng.digits(8))),
                    text(QStringLiteral("13") + rng.digits(9)), text(QStringLiteral("info@") + domain),
                    text(lang == 0 ? QStringLiteral("9131") + rng.digits(14) : QString()), text(rng.pick(levels)),
                    text(QStringLiteral("customer")), text(contact), text(rng.pick(L.titles)),
                    text(QStringLiteral("139") + rng.digits(8)), text(QStringLiteral("buyer@") + domain)});
    }
    w.finish();
}

double elapsedMs(const QElapsedTimer &t)
{
    return Crm::Bench::ms(t.nsecsElapsed());
}

QList<BenchFigure> Bench::run(const PageContext &ctx)
{
    const Database &db = ctx.db;
    const ImportTargetSpec *target = ctx.registry.importTarget(QStringLiteral("sales.customers"));
    if (!target)
        throw Error(tr("The customers import target is not registered."));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    writeCsv(path);

    // Baseline: reading and parsing the file, nothing else.
    QElapsedTimer parse;
    parse.start();
    const ImportTable table = ImportFile::read(path);
    const double parseMs = elapsedMs(parse);
    if (table.size() != kRows)
        throw Error(tr("The bench file has %1 rows instead of %2.").arg(table.size()).arg(kRows));

    // Baseline: the same rows into a bare table of a database file of its own,
    // one prepared statement, one transaction.
    double plainMs = 0;
    {
        const Database plainDb(dir.filePath(QStringLiteral("plain.db")), Database::Mode::Create);
        plainDb.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        plainDb.exec(QStringLiteral("CREATE TABLE plain_import(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, "
                                    "c13, c14, c15, c16)"));
        QElapsedTimer plain;
        plain.start();
        WriteTransaction tx(plainDb);
        BulkStatement insert(plainDb, QStringLiteral("INSERT INTO plain_import VALUES "
                                                     "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        BulkRows rows;
        for (const QStringList &r : table.rows) {
            rows.clear();
            for (int c = 0; c < 16; ++c)
                rows.addText(r.value(c));
            size_t next = 0;
            insert.run(rows, &next);
        }
        tx.commit();
        plainMs = elapsedMs(plain);
        plainDb.closeThreadConnection();
    }

    const QStringList mapping = ImportMapping::guess(target->create()->fields(), table.header);
    const Importer dryImporter(db, *target, ctx.session.login());
    QElapsedTimer dry;
    dry.start();
    const int checkedCreated = dryImporter.dryRun(table, mapping, {}).created;
    const double dryMs = elapsedMs(dry);

    // This machine's speed varies from minute to minute: the import runs three
    // times, each into its own copy of the scratch database, and the median is
    // the figure.
    std::vector<double> importMs;
    std::vector<double> checkpointMs;
    for (int run = 0; run < kImports; ++run) {
        const QString copy = dir.filePath(QStringLiteral("import-%1.db").arg(run));
        Backup::create(db, copy);
        const Database into(copy);
        into.exec(QStringLiteral("PRAGMA journal_mode=WAL")); // as the suite runs (a backup is not in WAL mode)
        const qint64 before = into.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toLongLong();
        const Importer importer(into, *target, ctx.session.login());
        QElapsedTimer whole;
        whole.start();
        // The file's cells stay held after the import, as the wizard and the
        // command hold them while they show the report.
        const ImportTable cells = ImportFile::read(path);
        const ImportReport done = importer.commit(cells, mapping, {});
        importMs.push_back(elapsedMs(whole));
        // Not part of the import (the user has the result already), but waited
        // for, so that the next run does not share the machine with it.
        checkpointMs.push_back(Crm::Bench::ms(into.waitForCheckpoint()));
        const qint64 after = into.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toLongLong();
        into.closeThreadConnection();
        if (checkedCreated != kRows || done.created != kRows || after - before != kRows)
            throw Error(tr("The import created %1 customers instead of %2: %3")
                            .arg(after - before)
                            .arg(kRows)
                            .arg(done.summary()));
    }
    std::sort(importMs.begin(), importMs.end());
    std::sort(checkpointMs.begin(), checkpointMs.end());

    const QString rows = QLocale::c().toString(kRows);
    return {
        {tr("baseline: read and parse the %1-row CSV").arg(rows), parseMs, QStringLiteral("ms"), {}, 0},
        {tr("baseline: plain INSERT of the same rows into a bare table"), plainMs, QStringLiteral("ms"), {}, 0},
        {tr("dry run of %1 customers (parsed file)").arg(rows), dryMs, QStringLiteral("ms"), {}, parseMs},
        {tr("import %1 customers, fastest of %2").arg(rows).arg(kImports), importMs.front(), QStringLiteral("ms"),
         {}, plainMs},
        {tr("import %1 customers, slowest of %2").arg(rows).arg(kImports), importMs.back(), QStringLiteral("ms"),
         {}, plainMs},
        {tr("import %1 customers: read, check, write (median of %2)").arg(rows).arg(kImports),
         importMs.at(importMs.size() / 2), QStringLiteral("ms"), QStringLiteral("< 5000 ms"), plainMs},

        {tr("then, on a thread of its own: copying the log into the file (median)"),
         checkpointMs.at(checkpointMs.size() / 2), QStringLiteral("ms"), {}, 0},
    };
}

} // namespace

QList<BenchFigure> run(const PageContext &ctx)
{
    return Bench::run(ctx);
}

} // namespace Crm::ImportBench
