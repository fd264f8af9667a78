#include "testdb.h"

#include "model/pricing.h"

#include <QRandomGenerator>

using namespace Crm;
using namespace Crm::Pricing;

namespace {
Line line(const char *qty, qint64 priceMinor, int taxPercent, const char *discount = "0")
{
    return {*Quantity::parse(QLatin1String(qty)), priceMinor, *Rate::parse(QLatin1String(discount)),
            Rate::fromPercent(taxPercent)};
}

Document doc(TaxMode mode, Rounding rounding, QList<Line> lines, const QString &currency = QStringLiteral("CNY"))
{
    Document d;
    d.currency = currency;
    d.baseCurrency = QStringLiteral("CNY");
    d.taxMode = mode;
    d.rounding = rounding;
    d.lines = std::move(lines);
    return d;
}

QList<Line> tenTimes(const Line &l)
{
    QList<Line> out;
    for (int i = 0; i < 10; ++i)
        out << l;
    return out;
}
} // namespace

TEST_CASE("Ten lines of 1 x 3.80 and one line of 10 x 3.80, tax exclusive", "[core][pricing]")
{
    const Line one = line("1", 380, 13);
    const Line ten = line("10", 380, 13);
    SECTION("per-line rounding: each line's tax is rounded")
    {
        const Result many = price(doc(TaxMode::Exclusive, Rounding::PerLine, tenTimes(one)));
        const Result single = price(doc(TaxMode::Exclusive, Rounding::PerLine, {ten}));
        CHECK(many.net.minor() == 3800);
        CHECK(many.tax.minor() == 490); // 10 × round(0.494)
        CHECK(many.total.minor() == 4290);
        CHECK(single.tax.minor() == 494);
        CHECK(single.total.minor() == 4294);
        CHECK(many.lines.at(3).tax.minor() == 49);
    }
    SECTION("per-document rounding: the same totals either way")
    {
        const Result many = price(doc(TaxMode::Exclusive, Rounding::PerDocument, tenTimes(one)));
        const Result single = price(doc(TaxMode::Exclusive, Rounding::PerDocument, {ten}));
        CHECK(many.tax.minor() == 494);
        CHECK(many.total.minor() == 4294);
        CHECK(single.tax == many.tax);
        CHECK(single.total == many.total);
    }
}

TEST_CASE("Ten lines of 1 x 3.80 and one line of 10 x 3.80, tax inclusive", "[core][pricing]")
{
    const Line one = line("1", 380, 13);
    const Line ten = line("10", 380, 13);
    const Result manyLine = price(doc(TaxMode::Inclusive, Rounding::PerLine, tenTimes(one)));
    CHECK(manyLine.total.minor() == 3800);
    CHECK(manyLine.tax.minor() == 440); // 10 × round(3.80 × 13 / 113)
    CHECK(manyLine.net.minor() == 3360);
    const Result singleLine = price(doc(TaxMode::Inclusive, Rounding::PerLine, {ten}));
    CHECK(singleLine.tax.minor() == 437);
    CHECK(singleLine.net.minor() == 3363);
    const Result manyDoc = price(doc(TaxMode::Inclusive, Rounding::PerDocument, tenTimes(one)));
    const Result singleDoc = price(doc(TaxMode::Inclusive, Rounding::PerDocument, {ten}));
    CHECK(manyDoc.tax.minor() == 437);
    CHECK(manyDoc.total == singleDoc.total);
    CHECK(manyDoc.net == singleDoc.net);
}

TEST_CASE("Line and document discounts are applied with one rounding", "[core][pricing]")
{
    Document d = doc(TaxMode::Exclusive, Rounding::PerLine, {line("3", 9999, 13, "10")});
    d.discount = Rate::fromPercent(5);
    const Result r = price(d);
    CHECK(r.gross.minor() == 29997);
    CHECK(r.lines.first().amount.minor() == 25647); // 299.97 × 0.90 × 0.95 = 256.47435
    CHECK(r.discount.minor() == 29997 - 25647);
    CHECK(r.tax.minor() == 3334); // 33.3411
    CHECK(r.total.minor() == 25647 + 3334);
    // 100% off is allowed (a free sample); more is not.
    d.discount = Rate::fromPercent(100);
    CHECK(price(d).total.minor() == 0);
    d.discount = Rate::fromPercent(101);
    CHECK_THROWS_AS(price(d), Error);
}

TEST_CASE("Half-up rounding, also for returns", "[core][pricing]")
{
    CHECK(price(doc(TaxMode::Exclusive, Rounding::PerLine, {line("1", 5, 10)})).tax.minor() == 1);
    CHECK(price(doc(TaxMode::Exclusive, Rounding::PerLine, {line("-1", 5, 10)})).tax.minor() == -1);
    CHECK(price(doc(TaxMode::Exclusive, Rounding::PerLine, {line("1", 4, 10)})).tax.minor() == 0);
    // Fractional quantities: 2.5 × 0.33 = 0.825 → 0.83.
    CHECK(price(doc(TaxMode::Exclusive, Rounding::PerLine, {line("2.5", 33, 0)})).net.minor() == 83);
}

TEST_CASE("Currencies with other minor units convert to the base currency", "[core][pricing]")
{
    Document jpy = doc(TaxMode::Exclusive, Rounding::PerDocument, {line("3", 1234, 10)}, QStringLiteral("JPY"));
    jpy.rateMicros = 48000; // 0.048 CNY per yen
    const Result r = price(jpy);
    CHECK(r.total.currency() == QStringLiteral("JPY"));
    CHECK(r.net.minor() == 3702);
    CHECK(r.tax.minor() == 370);
    CHECK(r.total.minor() == 4072);
    CHECK(r.totalBase.currency() == QStringLiteral("CNY"));
    CHECK(r.totalBase.minor() == 19546); // 4072 × 0.048 = 195.456

    Document kwd = doc(TaxMode::Inclusive, Rounding::PerLine, {line("2", 1235, 5)}, QStringLiteral("KWD"));
    kwd.rateMicros = 23100000; // 23.1 CNY per dinar; fils have three decimals
    const Result k = price(kwd);
    CHECK(k.total.minor() == 2470);     // 2.470 KWD
    CHECK(k.tax.minor() == 118);        // 2.470 × 5 / 105 = 0.1176
    CHECK(k.totalBase.minor() == 5706); // 57.057 CNY → 57.06
}

TEST_CASE("Taxes are grouped by rate", "[core][pricing]")
{
    const Result r = price(doc(TaxMode::Exclusive, Rounding::PerDocument,
                               {line("1", 10000, 13), line("2", 5000, 9), line("1", 333, 13), line("1", 700, 0)}));
    REQUIRE(r.taxes.size() == 3);
    CHECK(r.taxes.value(1300).net.minor() == 10333);
    CHECK(r.taxes.value(1300).tax.minor() == 1343); // 103.33 × 13% = 13.4329
    CHECK(r.taxes.value(900).tax.minor() == 900);
    CHECK(r.taxes.value(0).tax.minor() == 0);
    CHECK(r.tax.minor() == 1343 + 900);
}

TEST_CASE("Unit prices convert between tax-exclusive and tax-inclusive", "[core][pricing]")
{
    const Rate vat = Rate::fromPercent(13);
    CHECK(inclusiveFromExclusive(10000, vat) == 11300);
    CHECK(exclusiveFromInclusive(11300, vat) == 10000);
    CHECK(exclusiveFromInclusive(380, vat) == 336); // 3.3628…
    CHECK(inclusiveFromExclusive(336, vat) == 380); // 3.7968 → 3.80
    CHECK(inclusiveFromExclusive(999, Rate()) == 999);
}

TEST_CASE("Documents add up to the cent whatever the lines", "[core][pricing]")
{
    QRandomGenerator rng(42);
    const int rates[] = {0, 600, 900, 1300};
    for (int round = 0; round < 300; ++round) {
        QList<Line> lines;
        const int n = 1 + int(rng.bounded(15));
        for (int i = 0; i < n; ++i)
            lines << Line{Quantity::fromMilli(qint64(rng.bounded(1, 20000))), qint64(rng.bounded(1, 1000000)),
                          Rate::fromBasisPoints(qint32(rng.bounded(0, 3000))),
                          Rate::fromBasisPoints(rates[rng.bounded(4)])};
        for (TaxMode mode : {TaxMode::Exclusive, TaxMode::Inclusive}) {
            for (Rounding rounding : {Rounding::PerLine, Rounding::PerDocument}) {
                Document d = doc(mode, rounding, lines);
                d.discount = Rate::fromBasisPoints(qint32(rng.bounded(0, 1500)));
                const Result r = price(d);
                INFO("round " << round);
                CHECK(r.net.minor() + r.tax.minor() == r.total.minor());
                qint64 amounts = 0;
                qint64 lineTax = 0;
                for (const PricedLine &l : r.lines) {
                    amounts += l.amount.minor();
                    lineTax += l.tax.minor();
                    CHECK(l.gross.minor() - l.discount.minor() == l.amount.minor());
                }
                CHECK(amounts == (mode == TaxMode::Exclusive ? r.net.minor() : r.total.minor()));
                qint64 groupTax = 0;
                for (const TaxGroup &g : r.taxes)
                    groupTax += g.tax.minor();
                CHECK(groupTax == r.tax.minor());
                if (rounding == Rounding::PerLine)
                    CHECK(lineTax == r.tax.minor());
            }
        }
    }
}
