// ExportRows: the packed rows a list export hands to its writers.

#include "export/exportrows.h"
#include "model/decimal.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace Crm;

namespace {
QList<ExportCell> sampleRow(int i)
{
    return {ExportCell::fromText(QStringLiteral("上海 %1 \U0001F600").arg(i)),
            ExportCell::fromNumber(QString::number(i) + QStringLiteral(".50"), 2), ExportCell(),
            ExportCell::fromDate(QDate(2026, 11, 23).addDays(i)), ExportCell::fromText(QString())};
}

bool sameCells(const QList<ExportCell> &a, const QList<ExportCell> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).kind != b.at(i).kind || a.at(i).text != b.at(i).text || a.at(i).date != b.at(i).date ||
            (a.at(i).kind == ExportCell::Kind::Number && a.at(i).decimals != b.at(i).decimals))
            return false;
    return true;
}
} // namespace

TEST_CASE("ExportRows gives back the cells put in, row by row, also when blocks are joined", "[export]")
{
    ExportRows first;
    ExportRows second;
    for (int i = 0; i < 5; ++i)
        first.appendRow(sampleRow(i));
    for (int i = 5; i < 9; ++i)
        second.appendRow(sampleRow(i));
    first.appendRows(second);
    REQUIRE(first.rowCount() == 9);
    for (int i = 0; i < 9; ++i) {
        INFO(i);
        CHECK(first.row(i).size() == 5);
        CHECK(sameCells(first.cells(i), sampleRow(i)));
    }
    CHECK(first.text(first.row(8)[3]) == "2026-12-01");

    first.clear();
    CHECK(first.isEmpty());
    first.appendRow({});
    CHECK(first.rowCount() == 1);
    CHECK(first.row(0).empty());
}

TEST_CASE("ExportRows: dates outside yyyy-mm-dd and invalid ones are empty; bad UTF-8 is replaced", "[export]")
{
    ExportRows rows;
    rows.appendDate(QDate());
    rows.appendDate(QDate(10000, 1, 1));
    rows.appendDate(QDate(812, 3, 4));
    rows.appendText(QByteArrayView("a\xc3(b"));
    rows.appendText(QByteArrayView("\xed\xa0\x80")); // an encoded surrogate is no UTF-8
    rows.endRow();
    const auto row = rows.row(0);
    CHECK(row[0].kind == ExportCell::Kind::Empty);
    CHECK(row[1].kind == ExportCell::Kind::Empty);
    CHECK(row[2].kind == ExportCell::Kind::Date);
    CHECK(rows.text(row[2]) == "0812-03-04");
    CHECK(rows.cells(0).at(2).date == QDate(812, 3, 4));
    CHECK(rows.text(row[3]).isValidUtf8());
    CHECK(QString::fromUtf8(rows.text(row[3])) == QStringLiteral("a\uFFFD(b"));
    CHECK(rows.text(row[4]).isValidUtf8());
}

TEST_CASE("ExportRows::appendDecimal writes what Decimal::format writes", "[export][decimal]")
{
    QRandomGenerator random(11);
    const QLocale english(QLocale::English, QLocale::UnitedStates); // the locale path, same marks
    for (int i = 0; i < 5000; ++i) {
        const qint64 value = i < 3 ? std::numeric_limits<qint64>::min() + i : qint64(random.generate64());
        const int decimals = int(random.bounded(0, 7));
        INFO(value << " " << decimals);
        const QString text = Decimal::format(value, decimals);
        CHECK(text == Decimal::format(value, decimals, english));
        ExportRows rows;
        rows.appendDecimal(value >> (i % 40), decimals, decimals);
        rows.endRow();
        CHECK(QString::fromLatin1(rows.text(rows.row(0)[0])) == Decimal::format(value >> (i % 40), decimals, english));
        CHECK(rows.row(0)[0].decimals == decimals);
    }
}
