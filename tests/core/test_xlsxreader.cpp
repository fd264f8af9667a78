// The .xlsx reader: the first sheet in workbook order, shared strings (with rich
// runs, without phonetic guides), inline strings, numbers without float noise,
// dates by style in both date systems, gaps between cells, and clear messages
// for damaged packages.

#include "catchqt.h"
#include "importfiles.h"

#include "db/error.h"
#include "import/importfile.h"
#include "import/xlsxreader.h"

#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Test;

TEST_CASE("xlsx: strings, numbers, dates and gaps of the first sheet", "[core][import][xlsx]")
{
    QTemporaryDir dir;
    const QByteArray strings = "<si><t>Code</t></si><si><t>Name</t></si><si><t>Since</t></si>"
                               "<si><t>Credit</t></si><si><r><t>上海</t></r><r><rPr><b/></rPr><t>华为</t></r>"
                               "<rPh sb=\"0\" eb=\"2\"><t>shanghai</t></rPh></si><si><t>00123</t></si>";
    // Styles: 0 general, 1 built-in date (14), 2 custom "yyyy/m/d h:mm", 3 "0.00", 4 "[Red]#,##0".
    const QByteArray xfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/>"
                           "<xf numFmtId=\"165\"/>";
    const QByteArray fmts = "<numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\\ h:mm\"/>"
                            "<numFmt numFmtId=\"165\" formatCode=\"[Red]#,##0\"/>";
    const QByteArray sheet =
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
        "<c r=\"C2\" t=\"s\"><v>2</v></c><c r=\"D2\" t=\"s\"><v>3</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>5</v></c><c r=\"B3\" t=\"s\"><v>4</v></c>"
        "<c r=\"C3\" s=\"1\"><v>45658</v></c><c r=\"D3\" s=\"3\"><v>1234.5</v></c></row>"
        "<row r=\"4\"/>"
        "<row r=\"5\"><c r=\"A5\"><v>13800138000</v></c><c r=\"B5\" t=\"inlineStr\"><is><t>Inline &amp; co</t></is></c>"
        "<c r=\"C5\" s=\"2\"><v>45658.75</v></c><c r=\"D5\" s=\"4\"><v>0.30000000000000004</v></c></row>"
        "<row r=\"7\"><c r=\"B7\" t=\"str\"><f>A1</f><v>formula text</v></c><c r=\"D7\" t=\"b\"><v>1</v></c></row>";
    const QString path = writeXlsx(dir.filePath(QStringLiteral("book.xlsx")), sheet, strings, xfs, fmts);
    const ImportTable t = ImportFile::read(path);
    CHECK(t.header == QStringList{QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Since"),
                                  QStringLiteral("Credit")});
    REQUIRE(t.size() == 3);
    CHECK(t.lines == QList<int>{3, 5, 7});
    CHECK(t.rows.at(0) == QStringList{QStringLiteral("00123"), QStringLiteral("上海华为"), QStringLiteral("2025-01-01"),
                                      QStringLiteral("1234.5")});
    CHECK(t.rows.at(1) == QStringList{QStringLiteral("13800138000"), QStringLiteral("Inline & co"),
                                      QStringLiteral("2025-01-01 18:00:00"), QStringLiteral("0.3")});
    CHECK(t.rows.at(2) == QStringList{QString(), QStringLiteral("formula text"), QString(), QStringLiteral("TRUE")});
    CHECK(t.format.contains(QStringLiteral(".xlsx")));
}

TEST_CASE("xlsx: the 1904 date system and date formats told from number formats", "[core][import][xlsx]")
{
    QTemporaryDir dir;
    const QString path = writeXlsx(dir.filePath(QStringLiteral("mac.xlsx")),
                                   "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Date</t></is></c></row>"
                                   "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>",
                                   {}, "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>", {}, true);
    CHECK(ImportFile::read(path).rows.at(0).at(0) == QStringLiteral("1904-01-01"));

    CHECK(XlsxReader::isDateFormat(14, {}));
    CHECK(XlsxReader::isDateFormat(-1, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")));
    CHECK(XlsxReader::isDateFormat(-1, QStringLiteral("[$-409]mmmm d, yyyy")));
    CHECK(XlsxReader::isDateFormat(-1, QStringLiteral("[h]:mm:ss")));
    CHECK_FALSE(XlsxReader::isDateFormat(-1, QStringLiteral("General")));
    CHECK_FALSE(XlsxReader::isDateFormat(-1, QStringLiteral("0.00E+00")));
    CHECK_FALSE(XlsxReader::isDateFormat(-1, QStringLiteral("#,##0.00 \"days\"")));
    CHECK_FALSE(XlsxReader::isDateFormat(-1, QStringLiteral("[Red]#,##0;[Blue]-#,##0")));
    CHECK(XlsxReader::numberText(QStringLiteral("1.2345678901234567E+18")) == QStringLiteral("1234567890123460000"));
    CHECK(XlsxReader::numberText(QStringLiteral("4.4999999999999996")) == QStringLiteral("4.5"));
    CHECK(XlsxReader::numberText(QStringLiteral("1E-7")) == QStringLiteral("0.0000001"));
    CHECK(XlsxReader::columnOf(u"AA10") == 26);
}

TEST_CASE("xlsx: a zip that is not a workbook, or with a broken sheet, says so", "[core][import][xlsx]")
{
    QTemporaryDir dir;
    auto message = [](const QString &path) {
        try {
            ImportFile::read(path);
        } catch (const Error &e) {
            return e.message();
        }
        return QStringLiteral("(no error)");
    };
    const QString notBook =
        writeZip(dir.filePath(QStringLiteral("other.xlsx")), {{QStringLiteral("readme.txt"), QByteArray("hello")}});
    CHECK(message(notBook).contains(QStringLiteral("not an Excel workbook")));
    const QString broken = writeXlsx(dir.filePath(QStringLiteral("broken.xlsx")),
                                     "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>");
    CHECK(message(broken).contains(QStringLiteral("not valid XML")));
    const QString headerOnly = writeXlsx(dir.filePath(QStringLiteral("header.xlsx")),
                                         "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>");
    CHECK(message(headerOnly).contains(QStringLiteral("no records")));
}
