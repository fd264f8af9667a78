// Stocktakes: count sheets from a selection, variances posted against the
// on-hand at posting, refusals that change nothing, reversal, and the count
// sheet read back as Excel (Python's csv module) and as a reader (pdftotext)
// would.

#include "pdftext.h"
#include "testdb.h"

#include "inventoryprint.h"
#include "model/countsheet.h"
#include "model/settings.h"
#include "model/stockledger.h"
#include "model/stocktake.h"
#include "module/registry.h"
#include "print/printjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Inventory;
using namespace Crm::Test;

namespace {
struct StocktakeFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("inventory")}};
    const Database &db = testDatabase.db();
    StockLedger ledger;
    StocktakeRepository stocktakes{db, kActor};
    qint64 north = 0;
    qint64 south = 0;
    qint64 fasteners = 0;
    Product bolt;
    Product nut;
    Product washer; // never in the north warehouse
    Product glue;   // another category

    StocktakeFixture()
    {
        initializeCompany(db);
        north = makeWarehouse(db, QStringLiteral("N"), QStringLiteral("北仓 North"));
        south = makeWarehouse(db, QStringLiteral("S"), QStringLiteral("Almacén Sur"));
        db.exec(QStringLiteral("INSERT INTO core_product_category(uuid, code, name, created_at, updated_at) "
                               "VALUES ('c1', 'FAS', 'Fasteners', '', '')"));
        fasteners = db.scalar(QStringLiteral("SELECT id FROM core_product_category WHERE code = 'FAS'")).toLongLong();
        db.exec(QStringLiteral("INSERT INTO core_product_category(uuid, code, name, parent_id, created_at, "
                               "updated_at) VALUES ('c2', 'FAS-M', 'Metric', ?, '', '')"),
                {fasteners});
        const qint64 metric =
            db.scalar(QStringLiteral("SELECT id FROM core_product_category WHERE code = 'FAS-M'")).toLongLong();
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380, [&](Product &p) {
            p.categoryId = fasteners;
            p.specification = QStringLiteral("DIN 933, A2");
        });
        nut = makeProduct(db, QStringLiteral("Tuerca hexagonal M8"), 60, [&](Product &p) { p.categoryId = metric; });
        washer = makeProduct(db, QStringLiteral("Washer 8 mm"), 20, [&](Product &p) { p.categoryId = fasteners; });
        glue = makeProduct(db, QStringLiteral("Epoxy glue, \"fast\""), 900);
        ledger.post(db,
                    {QStringLiteral("inventory.opening"), QStringLiteral("OB"), Database::newUuid(), QDate(2026, 1, 1)},
                    {{bolt.id, north, Quantity::fromUnits(40), 190},
                     {nut.id, north, Quantity::fromUnits(100), 30},
                     {glue.id, north, Quantity::fromUnits(5), 450},
                     {washer.id, south, Quantity::fromUnits(7), 10}});
    }

    Stocktake draft(const StocktakeSelection &selection = {}) const
    {
        Stocktake d;
        d.date = QDate(2026, 11, 30);
        d.warehouseId = north;
        stocktakes.save(d);
        stocktakes.addProducts(d.id, selection);
        return *stocktakes.load(d.id);
    }

    // Counts every line of `d` as `counts` says (by product) and saves.
    void count(Stocktake &d, const QHash<qint64, qint64> &units) const
    {
        for (StocktakeLine &l : d.lines)
            if (units.contains(l.productId))
                l.counted = Quantity::fromUnits(units.value(l.productId));
        stocktakes.save(d);
    }

    qint64 moveCount() const { return db.scalar(QStringLiteral("SELECT count(*) FROM inventory_move")).toLongLong(); }
};

QStringList codes(const Stocktake &d)
{
    QStringList out;
    for (const StocktakeLine &l : d.lines)
        out << l.code;
    return out;
}
} // namespace

TEST_CASE_METHOD(StocktakeFixture, "A count sheet lists the products chosen with their book quantity",
                 "[inventory][stocktake]")
{
    // Products with stock or moves in the warehouse: not the washer (south only).
    const Stocktake stocked = draft();
    CHECK(stocked.number == QStringLiteral("ST-A-000001"));
    CHECK(codes(stocked) == QStringList({bolt.code, nut.code, glue.code}));
    CHECK(stocked.lines.at(0).book == Quantity::fromUnits(40));
    CHECK(stocked.lines.at(0).specification == QStringLiteral("DIN 933, A2"));
    CHECK_FALSE(stocked.lines.at(0).counted);

    // A category takes its subcategories; without "stocked only" the washer too.
    const Stocktake category = draft({fasteners, false, {}});
    CHECK(codes(category) == QStringList({bolt.code, nut.code, washer.code}));
    CHECK(category.lines.at(2).book.isZero());
    // Adding again adds nothing new; an unknown code is refused, naming it.
    CHECK(errorField([&] { stocktakes.addProducts(category.id, {fasteners, false, {}}); }) == QStringLiteral("codes"));
    try {
        stocktakes.addProducts(category.id, {0, true, {glue.code, QStringLiteral("NO-SUCH")}});
        FAIL("an unknown code was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("NO-SUCH")));
    }
    CHECK(stocktakes.load(category.id)->lines.size() == 3); // the refusal added nothing
    CHECK(stocktakes.addProducts(category.id, {0, true, {glue.code}}) == 1);

    // The warehouse is fixed once the sheet has lines; lines left out of a save are removed.
    Stocktake moved = *stocktakes.load(stocked.id);
    moved.warehouseId = south;
    CHECK(errorField([&] { stocktakes.save(moved); }) == QStringLiteral("warehouse"));
    Stocktake shorter = *stocktakes.load(stocked.id);
    shorter.lines.removeLast();
    stocktakes.save(shorter);
    CHECK(codes(*stocktakes.load(stocked.id)) == QStringList({bolt.code, nut.code}));
}

TEST_CASE_METHOD(StocktakeFixture, "Posted variances make on-hand the counted quantity; reversal restores it",
                 "[inventory][stocktake]")
{
    Stocktake d = draft();
    // Moves after the sheet was made: 3 bolts leave, so the books say 37 when posting.
    ledger.post(db,
                {QStringLiteral("inventory.issue"), QStringLiteral("IS-1"), Database::newUuid(), QDate(2026, 12, 1)},
                {{bolt.id, north, Quantity::fromUnits(-3)}});
    // 39 bolts found (a surplus of 2 against on-hand now), 96 nuts (short 4), the glue as booked.
    count(d, {{bolt.id, 39}, {nut.id, 96}, {glue.id, 5}});
    const qint64 movesBefore = moveCount();
    stocktakes.post(d.id);

    CHECK(ledger.onHand(db, bolt.id, north) == Quantity::fromUnits(39));
    CHECK(ledger.onHand(db, nut.id, north) == Quantity::fromUnits(96));
    CHECK(ledger.onHand(db, glue.id, north) == Quantity::fromUnits(5));
    CHECK(ledger.onHand(db, washer.id, south) == Quantity::fromUnits(7));
    CHECK(moveCount() == movesBefore + 2); // the glue matched: no move
    CHECK(StockLedger::check(db).isEmpty());

    const Stocktake posted = *stocktakes.load(d.id);
    CHECK(posted.status == QStringLiteral("posted"));
    const StocktakeLine &boltLine = posted.lines.at(0);
    CHECK(boltLine.book == Quantity::fromUnits(40));
    CHECK(*boltLine.onHandAtPost == Quantity::fromUnits(37));
    CHECK(*boltLine.variance == Quantity::fromUnits(2));
    CHECK(*posted.lines.at(1).variance == Quantity::fromUnits(-4));
    CHECK(db.scalar(QStringLiteral("SELECT unit_cost_minor FROM inventory_move WHERE source_uuid = ? AND "
                                   "product_id = ?"),
                    {posted.uuid, bolt.id})
              .toLongLong() == bolt.costMinor);
    CHECK(db.scalar(QStringLiteral("SELECT DISTINCT source_type FROM inventory_move WHERE source_uuid = ?"),
                    {posted.uuid})
              .toString() == QStringLiteral("inventory.stocktake"));

    // Posted: not changed, not posted again.
    Stocktake again = posted;
    again.lines[0].counted = Quantity::fromUnits(1);
    CHECK_THROWS_AS(stocktakes.save(again), Error);
    CHECK_THROWS_AS(stocktakes.post(d.id), Error);

    CHECK(errorField([&] { stocktakes.reverse(d.id, QStringLiteral("  ")); }) == QStringLiteral("reason"));
    stocktakes.reverse(d.id, QStringLiteral("Counted the wrong shelf / 盘错货架"));
    CHECK(ledger.onHand(db, bolt.id, north) == Quantity::fromUnits(37));
    CHECK(ledger.onHand(db, nut.id, north) == Quantity::fromUnits(100));
    CHECK(stocktakes.load(d.id)->status == QStringLiteral("reversed"));
    CHECK(StockLedger::check(db).isEmpty());
    CHECK_THROWS_AS(stocktakes.reverse(d.id, QStringLiteral("twice")), Error);
}

TEST_CASE_METHOD(StocktakeFixture, "A count that matches the books posts no move and reverses without one",
                 "[inventory][stocktake]")
{
    Stocktake d = draft();
    count(d, {{bolt.id, 40}, {nut.id, 100}, {glue.id, 5}});
    const qint64 movesBefore = moveCount();
    stocktakes.post(d.id);
    CHECK(moveCount() == movesBefore);
    stocktakes.reverse(d.id, QStringLiteral("Test"));
    CHECK(stocktakes.load(d.id)->status == QStringLiteral("reversed"));
}

TEST_CASE_METHOD(StocktakeFixture, "Posting with lines not counted is refused, naming them, and changes nothing",
                 "[inventory][stocktake]")
{
    Stocktake d = draft();
    count(d, {{bolt.id, 30}});
    const qint64 movesBefore = moveCount();
    try {
        stocktakes.post(d.id);
        FAIL("posted with lines not counted");
    } catch (const Error &e) {
        CHECK(e.field() == QStringLiteral("counted"));
        CHECK(e.message().contains(nut.code));
        CHECK(e.message().contains(glue.code));
        CHECK_FALSE(e.message().contains(bolt.code));
    }
    const Stocktake after = *stocktakes.load(d.id);
    CHECK(after.status == QStringLiteral("draft"));
    CHECK_FALSE(after.lines.at(0).variance);
    CHECK(moveCount() == movesBefore);
    CHECK(ledger.onHand(db, bolt.id, north) == Quantity::fromUnits(40));

    // A negative count and an empty sheet are refused too.
    Stocktake negative = after;
    negative.lines[1].counted = Quantity::fromUnits(-1);
    CHECK(errorField([&] { stocktakes.save(negative); }) == QStringLiteral("counted"));
    Stocktake empty;
    empty.date = QDate(2026, 11, 30);
    empty.warehouseId = south;
    stocktakes.save(empty);
    CHECK(errorField([&] { stocktakes.post(empty.id); }) == QStringLiteral("lines"));
    Stocktake nowhere;
    nowhere.date = QDate(2026, 11, 30);
    CHECK(errorField([&] { stocktakes.save(nowhere); }) == QStringLiteral("warehouse"));
}

namespace {
// Rows as Python's csv module reads the file (utf-8-sig strips the BOM).
QList<QStringList> readCsv(const QString &path, QChar separator)
{
    const QString script = QStringLiteral("import csv, json, sys\n"
                                          "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                          "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path, QString(separator)});
    REQUIRE(python.waitForFinished(30000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}
} // namespace

TEST_CASE_METHOD(StocktakeFixture, "The count sheet exported as CSV reads back with its lines",
                 "[inventory][stocktake][csv]")
{
    const Stocktake d = draft();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("count.csv"));

    // A blind count: the book column is there and empty, like Counted.
    CountSheet::exportCsv(db, d.id, path);
    QList<QStringList> rows = readCsv(path, u',');
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == CountSheet::header());
    CHECK(rows.at(1) ==
          QStringList({bolt.code, bolt.name, QStringLiteral("DIN 933, A2"), QString(), QString(), QString()}));
    CHECK(rows.at(3).at(1) == glue.name); // quotes inside survive

    // Book quantities shown, with the separator of a decimal-comma locale.
    CountSheet::setShowsBook(db, true);
    CountSheet::exportCsv(db, d.id, path, CsvOptions::excel(QLocale(QLocale::Spanish, QLocale::Spain)));
    rows = readCsv(path, u';');
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1).at(4) == QStringLiteral("40"));
    CHECK(rows.at(2).at(4) == QStringLiteral("100"));
    CHECK(rows.at(2).at(5).isEmpty());

    // A path that cannot be written: an error, and no file.
    const QString bad = dir.filePath(QStringLiteral("missing/count.csv"));
    CHECK_THROWS_AS(CountSheet::exportCsv(db, d.id, bad), Error);
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE_METHOD(StocktakeFixture, "The count sheet prints its lines with an empty Counted column",
                 "[inventory][stocktake][print]")
{
    qputenv("CRM_PRINT_TEMPLATES", CRM_SOURCE_PRINT_TEMPLATES);
    Settings(db).setValue(QStringLiteral("company.name"), QStringLiteral("恒通贸易有限公司"));
    Stocktake d = draft();
    Registry registry;
    setupPrintDocuments(registry);
    const PrintDocumentSpec *spec = registry.printDocument(QStringLiteral("inventory.stocktake"));
    REQUIRE(spec);
    CHECK(spec->sampleNumber(db) == d.number);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("count.pdf"));

    // The PDF's text; a copy in $CRM_SCREENSHOT_DIR to look at.
    auto print = [&](const QString &name) {
        const PrintJob job = PrintJob::prepare(db, *spec, d.number);
        CHECK(job.options.copyMarks.isEmpty()); // one copy
        CHECK(job.toPdf(pdf) == 1);
        if (qEnvironmentVariableIsSet("CRM_SCREENSHOT_DIR")) {
            const QString copy =
                qEnvironmentVariable("CRM_SCREENSHOT_DIR") + QLatin1Char('/') + name + QStringLiteral(".pdf");
            QFile::remove(copy);
            QFile::copy(pdf, copy);
        }
        return pdfPages(pdf).join(QLatin1Char('\n'));
    };
    QString text = print(QStringLiteral("stocktake-count-sheet"));
    UNSCOPED_INFO(text.toStdString());
    CHECK(text.contains(d.number));
    CHECK(text.contains(QStringLiteral("北仓 North")));
    for (const Product &p : {bolt, nut, glue})
        CHECK(text.contains(p.code));
    CHECK(text.contains(QStringLiteral("不锈钢螺栓")));
    CHECK(text.contains(QStringLiteral("Counted by")));
    CHECK(text.contains(QStringLiteral("Checked by")));
    CHECK_FALSE(text.contains(QStringLiteral("Book qty"))); // a blind count by default
    CHECK_FALSE(text.contains(QStringLiteral("100")));

    CountSheet::setShowsBook(db, true);
    text = print(QStringLiteral("stocktake-count-sheet-book"));
    UNSCOPED_INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Book qty")));
    CHECK(text.contains(QStringLiteral("100")));

    // Posted, the sheet shows what was counted and the variance.
    count(d, {{bolt.id, 41}, {nut.id, 100}, {glue.id, 5}});
    stocktakes.post(d.id);
    text = print(QStringLiteral("stocktake-posted"));
    UNSCOPED_INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Variance")));
    CHECK(text.contains(QStringLiteral("On hand")));
    CHECK(text.contains(QStringLiteral("+1")));
    CHECK_FALSE(text.contains(QStringLiteral("Book qty")));
    CHECK_THROWS_AS(PrintJob::prepare(db, *spec, QStringLiteral("ST-X-999")), Error);
}
