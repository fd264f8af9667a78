// The .xlsx writer read back by openpyxl (an independent reader): codes and long
// digit strings stay text, numbers are numbers with their format, dates are
// dates, the header is bold and frozen, and a long list continues on a new sheet.

#include "readback.h"

#include "db/error.h"
#include "export/xlsxwriter.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Test;

TEST_CASE("XlsxWriter: text stays text, numbers and dates are typed, the header is bold and frozen", "[export][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cells.xlsx"));
    {
        XlsxWriter writer(path, {QStringLiteral("Customers")});
        writer.writeHeader({QStringLiteral("Code"), QStringLiteral("Big"), QStringLiteral("Amount"),
                            QStringLiteral("Date"), QStringLiteral("Note"), QStringLiteral("Qty"),
                            QStringLiteral("名称")});
        writer.writeRow(
            {ExportCell::fromText(QStringLiteral("00123")), ExportCell::fromText(QStringLiteral("1234567890123456789")),
             ExportCell::fromNumber(QStringLiteral("1234.50"), 2), ExportCell::fromDate(QDate(2026, 3, 9)),
             ExportCell::fromText(QStringLiteral("=SUM(A1:A2)")), ExportCell::fromNumber(QStringLiteral("2.5")),
             ExportCell::fromText(QStringLiteral("上海华为技术有限公司"))});
        writer.writeRow({ExportCell::fromText(QStringLiteral("+86 138 0000 0000")), ExportCell(),
                         ExportCell::fromNumber(QStringLiteral("-1000"), 0), ExportCell::fromDate(QDate()),
                         ExportCell::fromText(QStringLiteral("a \"quoted\", with\nbreak")),
                         ExportCell::fromNumber(QStringLiteral("3")), ExportCell::fromText(QString())});
        CHECK_FALSE(QFile::exists(path)); // written when finished
        writer.finish();
    }
    const QList<XlsxSheet> sheets = readXlsxFile(path);
    REQUIRE(sheets.size() == 1);
    const XlsxSheet &s = sheets.at(0);
    CHECK(s.title == QStringLiteral("Customers"));
    CHECK(s.freeze == QStringLiteral("A2"));
    CHECK(s.boldHeader);
    REQUIRE(s.rows.size() == 3);
    CHECK(s.rows.at(0).at(6).value == QStringLiteral("名称"));

    const QList<XlsxCell> &r1 = s.rows.at(1);
    CHECK(r1.at(0).type == QStringLiteral("s"));
    CHECK(r1.at(0).value == QStringLiteral("00123"));
    CHECK(r1.at(1).type == QStringLiteral("s"));
    CHECK(r1.at(1).value == QStringLiteral("1234567890123456789"));
    CHECK(r1.at(2).type == QStringLiteral("n"));
    CHECK(r1.at(2).number == 1234.5);
    CHECK(r1.at(2).format == QStringLiteral("#,##0.00"));
    CHECK(r1.at(3).type == QStringLiteral("d"));
    CHECK(r1.at(3).value == QStringLiteral("2026-03-09"));
    CHECK(r1.at(4).type == QStringLiteral("s")); // never a formula
    CHECK(r1.at(4).value == QStringLiteral("=SUM(A1:A2)"));
    CHECK(r1.at(5).type == QStringLiteral("n"));
    CHECK(r1.at(5).number == 2.5);
    CHECK(r1.at(5).format == QStringLiteral("General"));
    CHECK(r1.at(6).value == QStringLiteral("上海华为技术有限公司"));

    const QList<XlsxCell> &r2 = s.rows.at(2);
    CHECK(r2.at(0).value == QStringLiteral("+86 138 0000 0000"));
    CHECK(r2.at(1).type == QStringLiteral("e"));
    CHECK(r2.at(2).number == -1000);
    CHECK(r2.at(2).format == QStringLiteral("#,##0"));
    CHECK(r2.at(3).type == QStringLiteral("e"));
    CHECK(r2.at(4).value == QStringLiteral("a \"quoted\", with\nbreak"));

    // Columns are sized from their content: the Chinese name (two widths a
    // character) is wider than the code.
    REQUIRE(s.widths.size() == 7);
    CHECK(s.widths.at(6) > s.widths.at(0));
    CHECK(s.widths.at(0) >= 7);
}

TEST_CASE("XlsxWriter: rows beyond a sheet continue on the next, under the same header", "[export][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    XlsxOptions options{QStringLiteral("Stock: on hand [all]"), 4}; // header + 3 rows a sheet
    {
        XlsxWriter writer(path, options);
        writer.writeHeader({QStringLiteral("N")});
        for (int i = 1; i <= 10; ++i)
            writer.writeRow({ExportCell::fromNumber(QString::number(i), 0)});
        writer.finish();
    }
    const QList<XlsxSheet> sheets = readXlsxFile(path);
    REQUIRE(sheets.size() == 4);
    QStringList titles;
    QList<double> numbers;
    for (const XlsxSheet &s : sheets) {
        titles << s.title;
        REQUIRE_FALSE(s.rows.isEmpty());
        CHECK(s.rows.at(0).at(0).value == QStringLiteral("N"));
        CHECK(s.freeze == QStringLiteral("A2"));
        CHECK(s.rows.size() <= 4);
        for (qsizetype r = 1; r < s.rows.size(); ++r)
            numbers << s.rows.at(r).at(0).number;
    }
    CHECK(titles == QStringList{QStringLiteral("Stock  on hand  all"), QStringLiteral("Stock  on hand  all (2)"),
                                QStringLiteral("Stock  on hand  all (3)"), QStringLiteral("Stock  on hand  all (4)")});
    CHECK(numbers == QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
}

TEST_CASE("XlsxWriter: nothing is written unless finished; a bad path is an error", "[export][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.xlsx"));
    {
        XlsxWriter writer(path);
        writer.writeHeader({QStringLiteral("A")});
        writer.writeRow({ExportCell::fromText(QStringLiteral("x"))});
    }
    CHECK_FALSE(QFile::exists(path));

    // A folder that is not there: an error at once, before any row is read.
    CHECK_THROWS_AS(XlsxWriter(dir.filePath(QStringLiteral("missing/folder/x.xlsx"))), Error);
}

TEST_CASE("XlsxWriter: text Excel would alter comes back as written", "[export][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.xlsx"));
    const QStringList texts{QStringLiteral("  leading and trailing  "),
                            QStringLiteral("_x0041_ is not A"),
                            QStringLiteral("bell\u0007 and tab\there"),
                            QStringLiteral("CR LF\r\nbreak"),
                            QStringLiteral("<b>&amp;</b> \"q\""),
                            QString::fromUtf8("emoji \xF0\x9F\x98\x80 and 中文"),
                            QStringLiteral("no XML character: \uFFFF\uFFFE.")};
    {
        XlsxWriter writer(path);
        writer.writeHeader({QStringLiteral("Text"), QStringLiteral("Date")});
        writer.writeRow({ExportCell::fromText(texts.at(0)), ExportCell::fromDate(QDate(1900, 1, 1))});
        writer.writeRow({ExportCell::fromText(texts.at(1)), ExportCell::fromDate(QDate(1900, 3, 1))});
        writer.writeRow({ExportCell::fromText(texts.at(2)), ExportCell::fromDate(QDate(1899, 12, 31))});
        for (qsizetype i = 3; i < texts.size(); ++i)
            writer.writeRow({ExportCell::fromText(texts.at(i))});
        writer.finish();
    }
    const QList<XlsxSheet> sheets = readXlsxFile(path);
    REQUIRE(sheets.size() == 1);
    const XlsxSheet &s = sheets.at(0);
    REQUIRE(s.rows.size() == texts.size() + 1);
    QStringList back;
    for (qsizetype r = 1; r < s.rows.size(); ++r)
        back << s.rows.at(r).at(0).value;
    QStringList expected = texts;
    expected[3] = QStringLiteral("CR LF\nbreak"); // a line break is a line feed in Excel
    expected[6] = QStringLiteral("no XML character: \uFFFD\uFFFD.");
    CHECK(back == expected);
    // Excel's day 1 and the first day after its phantom 29 February 1900 are
    // both the right dates; before 1900 Excel has no date: the text.
    CHECK(s.rows.at(1).at(1).value == QStringLiteral("1900-01-01"));
    CHECK(s.rows.at(2).at(1).value == QStringLiteral("1900-03-01"));
    CHECK(s.rows.at(3).at(1).type == QStringLiteral("s"));
    CHECK(s.rows.at(3).at(1).value == QStringLiteral("1899-12-31"));
}
