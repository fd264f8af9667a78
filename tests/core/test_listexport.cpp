// ListExporter: a list exported as its page shows it (search, filters, sort,
// columns), every kind of column written as a spreadsheet expects, read back by
// Python's csv module and by openpyxl; cancelled or failed exports leave no file.

#include "readback.h"
#include "testdb.h"

#include "db/bulkstatement.h"
#include "export/backgroundrows.h"
#include "export/listexporter.h"
#include "model/pagedlistmodel.h"
#include "model/standardlists.h"

#include <QBuffer>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <thread>

using namespace Crm;
using namespace Crm::Test;

namespace {

// Customers as the customers page lists them (core's standard party list).
struct CustomersFixture : DbFixture
{
    QTemporaryDir dir;
    CustomersFixture()
    {
        WriteTransaction tx(db);
        for (int i = 0; i < 300; ++i)
            makeCustomer(db,
                         QStringLiteral("Company %1%2")
                             .arg((i * 37) % 150, 3, 10, QLatin1Char('0'))
                             .arg(i % 50 == 0 ? QStringLiteral(" Zephyr 北京") : QString()),
                         [i](Party &p) {
                             p.status = Party::statuses().at(i % Party::statuses().size());
                             p.phone = QStringLiteral("+86 10 %1").arg(i, 8, 10, QLatin1Char('0'));
                             p.city = i % 3 ? QStringLiteral("上海") : QStringLiteral("Madrid, Centro");
                         });
        tx.commit();
    }
    ListSpec spec() const { return StandardLists::parties(QStringLiteral("sales.customers"), true); }
    QString path(const QString &name) const { return dir.filePath(name); }
};

// The page's rows as shown (display text), every row fetched.
QList<QStringList> shown(PagedListModel &model, const QList<int> &columns)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<QStringList> rows;
    QStringList header;
    for (int c : columns)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    rows << header;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c : columns) {
            const QString text = model.data(model.index(r, c), Qt::DisplayRole).toString();
            row << (CsvWriter::needsGuard(text) ? QLatin1Char('\'') + text : text);
        }
        rows << row;
    }
    return rows;
}

// A table with a column of every kind, and its list.
struct TypedFixture : DbFixture
{
    QTemporaryDir dir;
    TypedFixture()
    {
        db.exec(QStringLiteral("CREATE TABLE test_export (id INTEGER PRIMARY KEY, code TEXT, amount INTEGER, "
                               "currency TEXT, qty INTEGER, rate INTEGER, micro INTEGER, flag INTEGER, day TEXT, "
                               "note TEXT, n INTEGER)"));
    }
    void add(const QVariantList &values)
    {
        db.exec(QStringLiteral("INSERT INTO test_export (code, amount, currency, qty, rate, micro, flag, day, note, n) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                values);
    }
    static ListSpec spec()
    {
        using K = ListColumn::Kind;
        auto title = [](const char *t) { return [t] { return QString::fromUtf8(t); }; };
        ListSpec s;
        s.id = QStringLiteral("test.typed");
        s.from = QStringLiteral("test_export t");
        s.idExpr = QStringLiteral("t.id");
        s.likeExprs = QStringLiteral("t.code, t.note");
        s.columns = {
            {QStringLiteral("code"), title("Code"), QStringLiteral("t.code")},
            {QStringLiteral("amount"), title("Amount"), QStringLiteral("t.amount"), false, K::Money},
            {QStringLiteral("currency"), title("Currency"), QStringLiteral("t.currency"), false},
            {QStringLiteral("qty"), title("Quantity"), QStringLiteral("t.qty"), false, K::Quantity},
            {QStringLiteral("rate"), title("Tax"), QStringLiteral("t.rate"), false, K::Percent},
            {QStringLiteral("micro"), title("Rate"), QStringLiteral("t.micro"), false, K::Integer},
            {QStringLiteral("flag"), title("Active"), QStringLiteral("t.flag"), false, K::Bool},
            {QStringLiteral("day"), title("Date"), QStringLiteral("t.day"), true, K::Date},
            {QStringLiteral("note"), title("Note"), QStringLiteral("t.note"), false},
            {QStringLiteral("n"), title("Count"), QStringLiteral("t.n"), true, K::Integer},
        };
        s.columns[5].scale = 6;
        return s;
    }
    QString path(const QString &name) const { return dir.filePath(name); }
};

ListExport typedExport()
{
    ListExport e;
    e.spec = TypedFixture::spec();
    e.query.sortColumn = e.spec.columnIndex(QStringLiteral("n"));
    return e;
}

} // namespace

TEST_CASE_METHOD(CustomersFixture, "An exported list is what its page shows: search, filters, sort, columns",
                 "[export][list]")
{
    const ListSpec s = spec();
    const QList<int> all = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    struct Case
    {
        const char *name;
        std::function<void(ListQuery &)> query;
        QList<int> columns;
    };
    const QList<Case> cases = {
        {"as it opens", [](ListQuery &) {}, all},
        {"sorted by name, descending",
         [](ListQuery &q) {
             q.sortColumn = 1;
             q.descending = true;
         },
         all},
        {"a search", [](ListQuery &q) { q.search = QStringLiteral("Zephyr"); }, all},
        {"a Chinese search", [](ListQuery &q) { q.search = QStringLiteral("北京"); }, all},
        {"a filter, some columns reordered",
         [](ListQuery &q) { q.filters.insert(QStringLiteral("status"), QStringLiteral("customer")); },
         {1, 5, 0, 7}},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        PagedListModel model(db, s);
        ListQuery q = model.query();
        c.query(q);
        model.setQuery(q);
        ListExport e;
        e.spec = s;
        e.query = model.query();
        e.indexOrder = model.isIndexOrdered();
        e.columns = c.columns;
        const QString file = path(QStringLiteral("customers.csv"));
        const ListExporter::Result result = ListExporter::toFile(db, e, ExportOptions(), file);
        CHECK_FALSE(result.cancelled);
        const QList<QStringList> expected = shown(model, c.columns);
        CHECK(result.rows == expected.size() - 1);
        CHECK(result.rows == ListExporter::count(db, e));
        CHECK(expected.size() > 2);
        CHECK(readCsvFile(file, u',') == expected);
    }
}

TEST_CASE_METHOD(TypedFixture, "Every kind of column exports as a spreadsheet expects", "[export][list]")
{
    add({QStringLiteral("00123"), 123456, QStringLiteral("CNY"), 2500, 1300, 7123400, 1, QStringLiteral("2026-03-09"),
         QStringLiteral("=1+2"), 1});
    add({QStringLiteral("1234567890123456789"), 1000, QStringLiteral("JPY"), 3000, 650, 1000000, 0,
         QStringLiteral("2026-12-31T10:00:00Z"), QStringLiteral("-5 apples"), 2});
    add({QStringLiteral("+8613800000000"), -500, QStringLiteral("KWD"), -125, 0, 0, 1, QString(),
         QStringLiteral("上海, \"浦东\""), 3});
    add({QStringLiteral("@x"), QVariant(), QStringLiteral("CNY"), QVariant(), QVariant(), QVariant(), QVariant(),
         QVariant(), QVariant(), 4});
    const ListExport e = typedExport();

    SECTION("CSV")
    {
        const QString file = path(QStringLiteral("typed.csv"));
        CHECK(ListExporter::toFile(db, e, ExportOptions(), file).rows == 4);
        const QList<QStringList> rows = readCsvFile(file, u',');
        REQUIRE(rows.size() == 5);
        CHECK(rows.at(0) ==
              QStringList{"Code", "Amount", "Currency", "Quantity", "Tax", "Rate", "Active", "Date", "Note", "Count"});
        CHECK(rows.at(1) ==
              QStringList{"00123", "1234.56", "CNY", "2.5", "13", "7.123400", "Yes", "2026-03-09", "'=1+2", "1"});
        CHECK(rows.at(2) == QStringList{"1234567890123456789", "1000", "JPY", "3", "6.5", "1.000000", "No",
                                        "2026-12-31", "'-5 apples", "2"});
        CHECK(rows.at(3) == QStringList{"'+8613800000000", "-0.500", "KWD", "-0.125", "0", "0.000000", "Yes", "",
                                        "上海, \"浦东\"", "3"});
        CHECK(rows.at(4) == QStringList{"'@x", "", "CNY", "", "", "", "", "", "", "4"});
    }
    SECTION("CSV with a decimal comma and semicolons, in GB18030")
    {
        ExportOptions o;
        o.csv.separator = u';';
        o.csv.decimalMark = u',';
        o.csv.encoding = CsvOptions::Encoding::Gb18030;
        const QString file = path(QStringLiteral("typed-gb.csv"));
        ListExporter::toFile(db, e, o, file);
        const QList<QStringList> rows = readCsvFile(file, u';', QStringLiteral("gb18030"));
        REQUIRE(rows.size() == 5);
        CHECK(rows.at(1).mid(0, 6) == QStringList{"00123", "1234,56", "CNY", "2,5", "13", "7,123400"});
        CHECK(rows.at(3).at(8) == QStringLiteral("上海, \"浦东\""));
    }
    SECTION(".xlsx")
    {
        ExportOptions o;
        o.format = ExportFormat::Xlsx;
        o.sheetName = QStringLiteral("Typed");
        const QString file = path(QStringLiteral("typed.xlsx"));
        CHECK(ListExporter::toFile(db, e, o, file).rows == 4);
        const QList<XlsxSheet> sheets = readXlsxFile(file);
        REQUIRE(sheets.size() == 1);
        CHECK(sheets.at(0).title == QStringLiteral("Typed"));
        const auto &rows = sheets.at(0).rows;
        REQUIRE(rows.size() == 5);
        // Codes stay text: the leading zeros and all 19 digits.
        CHECK(rows.at(1).at(0).type == QStringLiteral("s"));
        CHECK(rows.at(1).at(0).value == QStringLiteral("00123"));
        CHECK(rows.at(2).at(0).type == QStringLiteral("s"));
        CHECK(rows.at(2).at(0).value == QStringLiteral("1234567890123456789"));
        CHECK(rows.at(3).at(0).value == QStringLiteral("+8613800000000")); // text is never a formula: no guard
        // Money is a number with its currency's decimals.
        CHECK(rows.at(1).at(1).type == QStringLiteral("n"));
        CHECK(rows.at(1).at(1).number == 1234.56);
        CHECK(rows.at(1).at(1).format == QStringLiteral("#,##0.00"));
        CHECK(rows.at(2).at(1).number == 1000);
        CHECK(rows.at(2).at(1).format == QStringLiteral("#,##0"));
        CHECK(rows.at(3).at(1).number == -0.5);
        CHECK(rows.at(3).at(1).format == QStringLiteral("#,##0.000"));
        CHECK(rows.at(4).at(1).type == QStringLiteral("e"));
        // Quantities, percentages, scaled integers are numbers.
        CHECK(rows.at(1).at(3).number == 2.5);
        CHECK(rows.at(1).at(4).number == 13);
        CHECK(rows.at(1).at(5).number == 7.1234);
        CHECK(rows.at(1).at(6).value == QStringLiteral("Yes"));
        // Dates are dates.
        CHECK(rows.at(1).at(7).type == QStringLiteral("d"));
        CHECK(rows.at(1).at(7).value == QStringLiteral("2026-03-09"));
        CHECK(rows.at(2).at(7).value == QStringLiteral("2026-12-31"));
        CHECK(rows.at(3).at(7).type == QStringLiteral("e"));
        CHECK(rows.at(1).at(8).value == QStringLiteral("=1+2"));
        CHECK(rows.at(1).at(8).type == QStringLiteral("s"));
    }
}

TEST_CASE_METHOD(TypedFixture, "Random text exported reads back equal: CSV guarded, .xlsx as it is",
                 "[export][list][csv]")
{
    static const QStringList pieces = {"a", "Z9", "\"", ",", ";", "\n", "\r\n", " ",    "北京市",
                                       "'", "=",  "+",  "-", "@", "\t", "ñ",    "0012", "上海华为"};
    QRandomGenerator random(5);
    QStringList texts;
    {
        WriteTransaction tx(db);
        for (int i = 0; i < 400; ++i) {
            QString text;
            const int n = random.bounded(0, 8);
            for (int k = 0; k < n; ++k)
                text += pieces.at(random.bounded(pieces.size()));
            texts << text;
            add({text, 0, QStringLiteral("CNY"), 0, 0, 0, 0, QString(), text, i});
        }
        tx.commit();
    }
    ListExport e = typedExport();
    e.columns = {e.spec.columnIndex(QStringLiteral("note")), e.spec.columnIndex(QStringLiteral("code"))};

    for (const QChar separator : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        ExportOptions o;
        o.csv.separator = separator;
        const QString file = path(QStringLiteral("random.csv"));
        ListExporter::toFile(db, e, o, file);
        const QList<QStringList> rows = readCsvFile(file, separator);
        REQUIRE(rows.size() == texts.size() + 1);
        for (qsizetype i = 0; i < texts.size(); ++i) {
            INFO("row " << i);
            const QString want = CsvWriter::needsGuard(texts.at(i)) ? QLatin1Char('\'') + texts.at(i) : texts.at(i);
            CHECK(rows.at(i + 1) == QStringList{want, want});
            CHECK_FALSE(CsvWriter::needsGuard(rows.at(i + 1).at(0)));
        }
    }

    ExportOptions o;
    o.format = ExportFormat::Xlsx;
    const QString file = path(QStringLiteral("random.xlsx"));
    ListExporter::toFile(db, e, o, file);
    const QList<XlsxSheet> sheets = readXlsxFile(file);
    REQUIRE(sheets.size() == 1);
    const auto &rows = sheets.at(0).rows;
    REQUIRE(rows.size() == texts.size() + 1);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        INFO("row " << i);
        // A line break in an Excel cell is a line feed.
        QString want = texts.at(i);
        want.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
        CHECK(rows.at(i + 1).at(0).value == want);
        if (!want.isEmpty())
            CHECK(rows.at(i + 1).at(0).type == QStringLiteral("s"));
    }
}

TEST_CASE_METHOD(CustomersFixture, "A cancelled or failed export leaves no file behind", "[export][list]")
{
    ListExport e;
    e.spec = spec();
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        ExportOptions o;
        o.format = format;
        INFO(ExportOptions::suffix(format).toStdString());
        const QString file = path(QStringLiteral("list.") + ExportOptions::suffix(format));

        // Cancelled while writing: nothing at the path, no temporary file beside it.
        qint64 seen = 0;
        const ListExporter::Result cancelled = ListExporter::toFile(db, e, o, file, [&seen](qint64 rows) {
            seen = rows;
            return false;
        });
        CHECK(cancelled.cancelled);
        CHECK(seen == 256);
        CHECK_FALSE(QFile::exists(file));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        // A file already there stays as it was.
        {
            QFile old(file);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        ListExporter::toFile(db, e, o, file, [](qint64) { return false; });
        QFile kept(file);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == QByteArray("old"));
        kept.close();

        // Complete: it replaces the old file.
        const ListExporter::Result done = ListExporter::toFile(db, e, o, file, [](qint64) { return true; });
        CHECK_FALSE(done.cancelled);
        CHECK(done.rows == 300);
        CHECK(QFileInfo(file).size() > 1000);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QFileInfo(file).fileName()});
        QFile::remove(file);

        // A folder that does not exist: a clear error, nothing written.
        const QString bad = path(QStringLiteral("missing/list.") + ExportOptions::suffix(format));
        CHECK_THROWS_AS(ListExporter::toFile(db, e, o, bad), Error);
        CHECK_FALSE(QFile::exists(bad));
    }
}

namespace {
// A list of many rows in a database file, whose sort column has NULLs, many
// equal values and Chinese text.
struct SplitFixture
{
    QTemporaryDir dir;
    Database db{dir.filePath(QStringLiteral("split.db")), Database::Mode::Create};
    SplitFixture()
    {
        db.exec(QStringLiteral("PRAGMA journal_mode=WAL")); // as every suite database
        db.exec(QStringLiteral("CREATE TABLE split_test (id INTEGER PRIMARY KEY, name TEXT, grp INTEGER)"));
        const QStringList names{QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("北京"),
                                QStringLiteral("Zeta"), QStringLiteral("上海 1"), QStringLiteral("Beta")};
        QRandomGenerator random(5);
        WriteTransaction tx(db);
        for (int i = 0; i < 3000; ++i) {
            const int pick = random.bounded(int(names.size()) + 1);
            db.exec(QStringLiteral("INSERT INTO split_test (name, grp) VALUES (?, ?)"),
                    {pick == names.size() ? QVariant() : QVariant(names.at(pick) + QString::number(i % 7)),
                     i % 5 == 0 ? QVariant() : QVariant(i % 4)});
        }
        tx.commit();
    }
    static ListExport list(int sortColumn, bool descending, qint64 splitRows)
    {
        auto title = [](const char *t) { return [t] { return QString::fromUtf8(t); }; };
        ListExport e;
        e.spec.id = QStringLiteral("test.split");
        e.spec.from = QStringLiteral("split_test t");
        e.spec.idExpr = QStringLiteral("t.id");
        e.spec.columns = {{QStringLiteral("name"), title("Name"), QStringLiteral("t.name")},
                          {QStringLiteral("grp"), title("Group"), QStringLiteral("t.grp"), true,
                           ListColumn::Kind::Integer},
                          {QStringLiteral("id"), title("Id"), QStringLiteral("t.id"), true, ListColumn::Kind::Integer}};
        e.query.sortColumn = sortColumn;
        e.query.descending = descending;
        e.splitRows = splitRows;
        return e;
    }
    QByteArray csv(const ListExport &e) const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        ListExporter::write(db, e, writer);
        writer.finish();
        return buffer.data();
    }
};
} // namespace

TEST_CASE_METHOD(SplitFixture, "A whole list sorted in two halves side by side reads as sorted in one",
                 "[export][list][split]")
{
    for (const int column : {0, 1}) {
        for (const bool descending : {false, true}) {
            INFO("column " << column << (descending ? " descending" : " ascending"));
            const ListExport split = list(column, descending, 1000);
            const ListExport whole = list(column, descending, 1000000);
            REQUIRE(ListExporter::splitPoint(db, split).has_value());
            CHECK_FALSE(ListExporter::splitPoint(db, whole).has_value());
            const QByteArray bytes = csv(split);
            CHECK(bytes.count("\r\n") == 3001);
            CHECK(bytes == csv(whole));
            CHECK(ListExporter::readAll(db, split) == 3000);
        }
    }
}

TEST_CASE_METHOD(SplitFixture, "A split export cancelled while the second half sorts leaves nothing behind",
                 "[export][list][split]")
{
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    const ListExport e = list(0, false, 1000);
    REQUIRE(ListExporter::splitPoint(db, e).has_value());
    const ListExporter::Result result = ListExporter::toFile(db, e, ExportOptions(), file, [](qint64) { return false; });
    CHECK(result.cancelled);
    CHECK_FALSE(QFile::exists(file));
    // The connection is as it was: out of any transaction, and it exports again.
    CHECK_NOTHROW(db.exec(QStringLiteral("BEGIN")));
    CHECK_NOTHROW(db.exec(QStringLiteral("ROLLBACK")));
    CHECK(ListExporter::toFile(db, e, ExportOptions(), file).rows == 3000);
}

TEST_CASE_METHOD(SplitFixture, "The helper's rows are the caller's state of the database, or none",
                 "[export][split]")
{
    const QString sql = QStringLiteral("SELECT count(*) FROM split_test");
    SECTION("nothing committed in between: the helper reads what the caller's transaction sees")
    {
        std::optional<ReadTransaction> reading;
        BackgroundRows rows(db, sql, {}, 1000, [&] {
            reading.emplace(db);
            db.scalar(QStringLiteral("PRAGMA data_version"));
        });
        REQUIRE(rows.rows() != nullptr);
        REQUIRE_FALSE(rows.atEnd());
        CHECK(rows.rows()->value(0).toInt() == 3000);
        // Committed after both began: the caller does not see it.
        std::thread([&] {
            db.exec(QStringLiteral("DELETE FROM split_test WHERE id <= 10"));
            db.closeThreadConnection();
        }).join();
        CHECK(db.scalar(sql).toInt() == 3000);
    }
    SECTION("a commit between the helper's look and the caller's transaction: no rows from the helper")
    {
        std::optional<ReadTransaction> reading;
        BackgroundRows rows(db, sql, {}, 1000, [&] {
            db.exec(QStringLiteral("DELETE FROM split_test WHERE id <= 10"));
            reading.emplace(db);
            db.scalar(QStringLiteral("PRAGMA data_version"));
        });
        CHECK(rows.rows() == nullptr);
        CHECK(db.scalar(sql).toInt() == 2990);
    }
}
