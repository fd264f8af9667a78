// The CSV writer, read back by Python's csv module (an RFC 4180 reader that is
// not ours): random text with quotes, separators, line breaks, Chinese and every
// guarded first character comes back equal, guarded with one apostrophe.

#include "export/csvwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <catch2/catch.hpp>

using namespace Crm;

namespace {

// Rows as Python's csv module reads the file (utf-8-sig strips the BOM).
QList<QStringList> readBack(const QByteArray &bytes, QChar separator, const char *encoding = "utf-8-sig")
{
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(bytes);
    file.close();
    const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "with open(sys.argv[1], newline='', encoding=sys.argv[3]) as f:\n"
        "    print(json.dumps(list(csv.reader(f, delimiter=sys.argv[2]))))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, file.fileName(), QString(separator),
                                             QString::fromLatin1(encoding)});
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

QString randomText(QRandomGenerator &random)
{
    static const QStringList pieces = {QStringLiteral("a"), QStringLiteral("Z9"), QStringLiteral("\""),
                                       QStringLiteral(","), QStringLiteral(";"), QStringLiteral("\n"),
                                       QStringLiteral("\r\n"), QStringLiteral(" "), QStringLiteral("北京市"),
                                       QStringLiteral("'"), QStringLiteral("="), QStringLiteral("+"),
                                       QStringLiteral("-"), QStringLiteral("@"), QStringLiteral("\t"),
                                       QStringLiteral("ñ"), QStringLiteral("0012")};
    QString text;
    const int n = random.bounded(0, 8);
    for (int i = 0; i < n; ++i)
        text += pieces.at(random.bounded(pieces.size()));
    return text;
}

QByteArray write(const QList<QList<ExportCell>> &rows, const CsvOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, options);
    for (const auto &row : rows)
        writer.writeRow(row);
    writer.finish();
    return buffer.data();
}

} // namespace

TEST_CASE("CSV written in the Excel profile reads back equal, guarded", "[csv]")
{
    QRandomGenerator random(20261122);
    for (const QChar separator : {QChar(u','), QChar(u';')}) {
        CsvOptions options;
        options.separator = separator;
        QList<QList<ExportCell>> rows;
        QList<QStringList> expected;
        for (int r = 0; r < 300; ++r) {
            QList<ExportCell> row;
            QStringList want;
            for (int c = 0; c < 4; ++c) {
                const QString text = randomText(random);
                row << ExportCell::fromText(text);
                want << (CsvWriter::needsGuard(text) ? QLatin1Char('\'') + text : text);
            }
            rows << row;
            expected << want;
        }
        const QByteArray bytes = write(rows, options);
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK_FALSE(bytes.contains("sep="));
        const QList<QStringList> back = readBack(bytes, separator);
        REQUIRE(back.size() == expected.size());
        for (qsizetype r = 0; r < back.size(); ++r) {
            INFO("row " << r << " separator " << QString(separator).toStdString());
            CHECK(back.at(r) == expected.at(r));
            for (const QString &cell : back.at(r))
                CHECK_FALSE(CsvWriter::needsGuard(cell));
        }
    }
}

TEST_CASE("every guarded first character gets an apostrophe; numbers and dates do not", "[csv]")
{
    CsvOptions options;
    const QList<QList<ExportCell>> rows = {
        {ExportCell::fromText(QStringLiteral("=SUM(A1:A2)")), ExportCell::fromText(QStringLiteral("+86 10 1234")),
         ExportCell::fromText(QStringLiteral("-x")), ExportCell::fromText(QStringLiteral("@cmd")),
         ExportCell::fromText(QStringLiteral("\tx")), ExportCell::fromText(QStringLiteral("\rx"))},
        {ExportCell::fromNumber(QStringLiteral("-1234.50")), ExportCell::fromDate(QDate(2026, 3, 9)),
         ExportCell::fromText(QStringLiteral("00123")), ExportCell(), ExportCell::fromText(QStringLiteral("a\"b")),
         ExportCell::fromText(QStringLiteral("1,5"))},
    };
    const QByteArray bytes = write(rows, options);
    CHECK(bytes.endsWith("\r\n"));
    const QList<QStringList> back = readBack(bytes, u',');
    REQUIRE(back.size() == 2);
    CHECK(back.at(0) == QStringList{QStringLiteral("'=SUM(A1:A2)"), QStringLiteral("'+86 10 1234"),
                                    QStringLiteral("'-x"), QStringLiteral("'@cmd"), QStringLiteral("'\tx"),
                                    QStringLiteral("'\rx")});
    CHECK(back.at(1) == QStringList{QStringLiteral("-1234.50"), QStringLiteral("2026-03-09"), QStringLiteral("00123"),
                                    QString(), QStringLiteral("a\"b"), QStringLiteral("1,5")});
}

TEST_CASE("the separator follows the locale; decimal mark and encodings are options", "[csv]")
{
    CHECK(CsvOptions::excel(QLocale(QLocale::German, QLocale::Germany)).separator == u';');
    CHECK(CsvOptions::excel(QLocale(QLocale::Spanish, QLocale::Spain)).separator == u';');
    CHECK(CsvOptions::excel(QLocale(QLocale::Chinese, QLocale::China)).separator == u',');
    CHECK(CsvOptions::excel(QLocale(QLocale::English, QLocale::UnitedStates)).separator == u',');

    CsvOptions comma;
    comma.separator = u';';
    comma.decimalMark = u',';
    CHECK(write({{ExportCell::fromNumber(QStringLiteral("1234.5")), ExportCell::fromText(QStringLiteral("x"))}}, comma)
          == QByteArray("\xEF\xBB\xBF" "1234,5;x\r\n"));

    CsvOptions plain;
    plain.encoding = CsvOptions::Encoding::Utf8;
    CHECK(write({{ExportCell::fromText(QStringLiteral("北京"))}}, plain) == QStringLiteral("北京\r\n").toUtf8());

    CsvOptions gb;
    gb.encoding = CsvOptions::Encoding::Gb18030;
    const QByteArray bytes = write({{ExportCell::fromText(QStringLiteral("北京")), ExportCell::fromText(QStringLiteral("上海, 浦东"))}}, gb);
    CHECK(bytes.startsWith("\xB1\xB1\xBE\xA9")); // 北京 in GB18030
    CHECK(readBack(bytes, u',', "gb18030") == QList<QStringList>{{QStringLiteral("北京"), QStringLiteral("上海, 浦东")}});
}

TEST_CASE("rows written in blocks are the rows written one at a time; any separator is quoted", "[csv]")
{
    QRandomGenerator random(7);
    for (const QChar separator : {u',', u';', u'\t', u'；'}) {
        INFO(QString(separator).toStdString());
        CsvOptions options;
        options.separator = separator;
        QList<QList<ExportCell>> rows;
        ExportRows block;
        for (int r = 0; r < 300; ++r) {
            QList<ExportCell> row{ExportCell::fromText(randomText(random) + QString(separator).repeated(r % 2)),
                                  ExportCell::fromNumber(QString::number(r - 150) + QStringLiteral(".25"), 2),
                                  ExportCell::fromDate(QDate(2026, 1, 1).addDays(r)), ExportCell()};
            rows << row;
            block.appendRow(row);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer, options);
        writer.writeRows(block);
        writer.finish();
        CHECK(buffer.data() == write(rows, options));
        const QList<QStringList> back = readBack(buffer.data(), separator);
        REQUIRE(back.size() == rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString text = rows.at(r).at(0).text;
            CHECK(back.at(r).at(0) == (CsvWriter::needsGuard(text) ? QLatin1Char('\'') + text : text));
            CHECK(back.at(r).at(2) == QDate(2026, 1, 1).addDays(r).toString(Qt::ISODate));
        }
    }
}

TEST_CASE("text that is not UTF-8 is written with replacement characters", "[csv]")
{
    ExportRows block;
    block.appendText(QByteArrayView("ok \xff\xfe end"));
    block.appendText(QByteArrayView("\xe5\x8c\x97")); // 北
    block.endRow();
    CsvOptions plain;
    plain.encoding = CsvOptions::Encoding::Utf8;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, plain);
    writer.writeRows(block);
    writer.finish();
    CHECK(buffer.data().isValidUtf8());
    CHECK(QString::fromUtf8(buffer.data()) == QStringLiteral("ok \uFFFD\uFFFD end,北\r\n"));
}
