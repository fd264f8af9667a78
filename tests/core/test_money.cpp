#include "catchqt.h"

#include "db/error.h"
#include "model/money.h"
#include "model/quantity.h"
#include "model/rate.h"

using namespace Crm;

namespace {
const QLocale german(QLocale::German, QLocale::Germany);
const QLocale spanish(QLocale::Spanish, QLocale::Spain);
const QLocale chinese(QLocale::Chinese, QLocale::China);
} // namespace

TEST_CASE("Money formats and parses in the C locale", "[core][money]")
{
    const Money m(123450, QStringLiteral("CNY"));
    CHECK(m.decimals() == 2);
    CHECK(m.toString() == QStringLiteral("1234.50"));
    CHECK(m.toString(QLocale::c(), true) == QStringLiteral("1234.50 CNY"));
    CHECK(m.toString(QLocale::c(), false, true) == QStringLiteral("1,234.50"));
    CHECK(Money(-5, QStringLiteral("EUR")).toString() == QStringLiteral("-0.05"));

    CHECK(Money::parse(QStringLiteral("1234.50"), QStringLiteral("CNY")) == m);
    CHECK(Money::parse(QStringLiteral("1,234.5"), QStringLiteral("CNY")) == m);
    CHECK(Money::parse(QStringLiteral("0.125"), QStringLiteral("EUR"))->minor() == 13);
    CHECK(Money::parse(QStringLiteral("-0.125"), QStringLiteral("EUR"))->minor() == -13);
    CHECK(Money::parse(QStringLiteral("0.124"), QStringLiteral("EUR"))->minor() == 12);
    CHECK(Money::parse(QStringLiteral("19.99"), QStringLiteral("USD"))->currency() == QStringLiteral("USD"));
}

TEST_CASE("Money refuses malformed text", "[core][money]")
{
    for (const char *bad : {"1.2.3", "abc", "", "   ", "12,34.5.6", "1O0"}) {
        INFO("input: " << bad);
        CHECK_FALSE(Money::parse(QString::fromLatin1(bad), QStringLiteral("CNY")).has_value());
    }
}

TEST_CASE("Money formats by locale", "[core][money][locale]")
{
    const Money m(123450, QStringLiteral("EUR"));
    const Money big(123456789, QStringLiteral("EUR"));
    SECTION("German uses a decimal comma and dots between groups")
    {
        CHECK(m.toString(german) == QStringLiteral("1234,50"));
        CHECK(big.toString(german, false, true) == QStringLiteral("1.234.567,89"));
        CHECK(Money(-123450, QStringLiteral("EUR")).toString(german) == QStringLiteral("-1234,50"));
        CHECK(Money::parse(QStringLiteral("1.234,50"), QStringLiteral("EUR"), german) == m);
        CHECK(Money::parse(QStringLiteral("1234,5"), QStringLiteral("EUR"), german) == m);
        CHECK(Money::parse(QStringLiteral("-0,05"), QStringLiteral("EUR"), german)->minor() == -5);
    }
    SECTION("Spanish uses a decimal comma too")
    {
        CHECK(m.toString(spanish) == QStringLiteral("1234,50"));
        // Where Qt puts the group marks in Spanish (CLDR: no mark in four-digit
        // numbers) is Qt's business; the decimal comma and the round trip are ours.
        CHECK(big.toString(spanish, false, true).endsWith(QStringLiteral("567,89")));
        CHECK(Money::parse(big.toString(spanish, false, true), QStringLiteral("EUR"), spanish) == big);
        CHECK(Money::parse(QStringLiteral("1.234.567,89"), QStringLiteral("EUR"), spanish) == big);
        CHECK(Money::parse(big.toString(spanish, true, true).chopped(4), QStringLiteral("EUR"), spanish) == big);
    }
    SECTION("Chinese uses a decimal point and commas between groups")
    {
        const Money cny(123456789, QStringLiteral("CNY"));
        CHECK(cny.toString(chinese) == QStringLiteral("1234567.89"));
        CHECK(cny.toString(chinese, false, true) == QStringLiteral("1,234,567.89"));
        CHECK(cny.toString(chinese, true) == QStringLiteral("1234567.89 CNY"));
        CHECK(Money::parse(QStringLiteral("1,234,567.89"), QStringLiteral("CNY"), chinese) == cny);
    }
}

TEST_CASE("Currencies without minor units", "[core][money]")
{
    CHECK(Money::decimalsFor(QStringLiteral("JPY")) == 0);
    CHECK(Money::decimalsFor(QStringLiteral("KRW")) == 0);
    CHECK(Money::decimalsFor(QStringLiteral("KWD")) == 3);
    CHECK(Money::decimalsFor(QStringLiteral("CNY")) == 2);
    CHECK(Money::decimalsFor(QStringLiteral("EUR")) == 2);

    const Money yen(1234, QStringLiteral("JPY"));
    CHECK(yen.toString() == QStringLiteral("1234"));
    CHECK(yen.toString(QLocale::c(), false, true) == QStringLiteral("1,234"));
    CHECK(yen.toString(german) == QStringLiteral("1234"));
    CHECK(Money::parse(QStringLiteral("1234"), QStringLiteral("JPY")) == yen);
    CHECK(Money::parse(QStringLiteral("1234.5"), QStringLiteral("JPY"))->minor() == 1235);
    CHECK(Money::parse(QStringLiteral("1234.4"), QStringLiteral("JPY"))->minor() == 1234);
    CHECK(Money::parse(QStringLiteral("-0.5"), QStringLiteral("JPY"))->minor() == -1);

    const Money dinar(1234, QStringLiteral("KWD"));
    CHECK(dinar.toString() == QStringLiteral("1.234"));
}

TEST_CASE("Money arithmetic keeps the currency", "[core][money]")
{
    const Money a(1050, QStringLiteral("CNY"));
    const Money b(-250, QStringLiteral("CNY"));
    CHECK(a + b == Money(800, QStringLiteral("CNY")));
    CHECK(a - b == Money(1300, QStringLiteral("CNY")));
    CHECK(-a == Money(-1050, QStringLiteral("CNY")));
    CHECK(b < a);
    CHECK_FALSE(a < b);
    CHECK(Money(0, QStringLiteral("CNY")).isZero());
    CHECK_FALSE(Money(100, QStringLiteral("CNY")) == Money(100, QStringLiteral("USD")));

    const Money usd(100, QStringLiteral("USD"));
    CHECK_THROWS_AS(a + usd, Error);
    CHECK_THROWS_AS(a - usd, Error);
    CHECK_THROWS_AS(a < usd, Error);
    try {
        (void)(a + usd);
        FAIL("adding CNY and USD did not throw");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("CNY")));
        CHECK(e.message().contains(QStringLiteral("USD")));
    }
}

TEST_CASE("Money times Quantity rounds half-up to the minor unit", "[core][money][quantity]")
{
    const Money price(333, QStringLiteral("CNY"));                                      // 3.33
    CHECK(price.times(Quantity::fromMilli(1500)) == Money(500, QStringLiteral("CNY"))); // 4.995
    CHECK(price.times(Quantity::fromMilli(1499)) == Money(499, QStringLiteral("CNY"))); // 4.99167
    CHECK((-price).times(Quantity::fromMilli(1500)) == Money(-500, QStringLiteral("CNY")));
    CHECK(price.times(Quantity::fromMilli(-1500)) == Money(-500, QStringLiteral("CNY")));
    CHECK(price.times(Quantity::fromUnits(3)) == Money(999, QStringLiteral("CNY")));
    CHECK(price.times(Quantity()) == Money(0, QStringLiteral("CNY")));
    CHECK(Money(1, QStringLiteral("CNY")).times(Quantity::fromMilli(500)).minor() == 1); // 0.005
    CHECK(Money(1, QStringLiteral("CNY")).times(Quantity::fromMilli(499)).minor() == 0);
    CHECK(Money(999, QStringLiteral("JPY")).times(Quantity::fromMilli(2500)) == Money(2498, QStringLiteral("JPY")));
}

TEST_CASE("Money times Rate rounds half-up to the minor unit", "[core][money][rate]")
{
    const Money net(1005, QStringLiteral("CNY"));                                            // 10.05
    CHECK(net.times(Rate::fromPercent(13)) == Money(131, QStringLiteral("CNY")));            // 1.3065
    CHECK(Money(100, QStringLiteral("CNY")).times(Rate::fromBasisPoints(650)).minor() == 7); // 0.065
    CHECK(Money(100, QStringLiteral("CNY")).times(Rate::fromBasisPoints(649)).minor() == 6);
    CHECK(Money(-100, QStringLiteral("CNY")).times(Rate::fromBasisPoints(650)).minor() == -7);
    CHECK(Money(1000, QStringLiteral("CNY")).times(Rate::fromPercent(100)).minor() == 1000);
    CHECK(Money(1000, QStringLiteral("CNY")).times(Rate()).isZero());
}

TEST_CASE("Quantity parses and prints the shortest form", "[core][quantity]")
{
    CHECK(Quantity::parse(QStringLiteral("2.5"))->milli() == 2500);
    CHECK(Quantity::parse(QStringLiteral("3"))->milli() == 3000);
    CHECK(Quantity::parse(QStringLiteral("0.125"))->milli() == 125);
    CHECK(Quantity::parse(QStringLiteral("0.0005"))->milli() == 1);
    CHECK(Quantity::parse(QStringLiteral("0.0004"))->milli() == 0);
    CHECK(Quantity::parse(QStringLiteral("-0.0005"))->milli() == -1);
    CHECK(Quantity::parse(QStringLiteral("2,5"), german)->milli() == 2500);
    CHECK_FALSE(Quantity::parse(QStringLiteral("1.2.3")).has_value());
    CHECK_FALSE(Quantity::parse(QStringLiteral("abc")).has_value());
    CHECK_FALSE(Quantity::parse(QString()).has_value());

    CHECK(Quantity::fromMilli(2500).toString() == QStringLiteral("2.5"));
    CHECK(Quantity::fromUnits(3).toString() == QStringLiteral("3"));
    CHECK(Quantity::fromMilli(125).toString() == QStringLiteral("0.125"));
    CHECK(Quantity::fromMilli(-2500).toString() == QStringLiteral("-2.5"));
    CHECK(Quantity::fromMilli(0).toString() == QStringLiteral("0"));
    CHECK(Quantity::fromUnits(10).toString() == QStringLiteral("10"));
    CHECK(Quantity::fromUnits(100).toString() == QStringLiteral("100"));
    CHECK(Quantity::fromMilli(2500).toString(german) == QStringLiteral("2,5"));
    CHECK(Quantity::fromMilli(2500).toString(chinese) == QStringLiteral("2.5"));
    CHECK(Quantity::fromMilli(1500) + Quantity::fromMilli(250) == Quantity::fromMilli(1750));
    CHECK(Quantity::fromMilli(1500) - Quantity::fromUnits(2) == Quantity::fromMilli(-500));
    CHECK(Quantity::fromMilli(1) < Quantity::fromMilli(2));

    for (qint64 milli : {0, 1, 10, 100, 1000, 1234567, -42}) {
        for (const QLocale &l : {QLocale::c(), german, spanish, chinese}) {
            const QString s = Quantity::fromMilli(milli).toString(l);
            INFO(s.toStdString());
            CHECK(Quantity::parse(s, l)->milli() == milli);
        }
    }
}

TEST_CASE("Rate parses percentages and prints the shortest form", "[core][rate]")
{
    CHECK(Rate::parse(QStringLiteral("13"))->basisPoints() == 1300);
    CHECK(Rate::parse(QStringLiteral("13%"))->basisPoints() == 1300);
    CHECK(Rate::parse(QStringLiteral("6.5 %"))->basisPoints() == 650);
    CHECK(Rate::parse(QStringLiteral("6,5 %"), german)->basisPoints() == 650);
    CHECK(Rate::parse(QStringLiteral("0.125"))->basisPoints() == 13);
    CHECK(Rate::parse(QStringLiteral("-5"))->basisPoints() == -500);
    CHECK_FALSE(Rate::parse(QStringLiteral("abc")).has_value());
    CHECK_FALSE(Rate::parse(QStringLiteral("%")).has_value());
    CHECK_FALSE(Rate::parse(QStringLiteral("1.2.3")).has_value());
    CHECK_FALSE(Rate::parse(QStringLiteral("100000")).has_value());

    CHECK(Rate::fromPercent(13).toString() == QStringLiteral("13%"));
    CHECK(Rate::fromPercent(10).toString() == QStringLiteral("10%"));
    CHECK(Rate::fromPercent(100).toString() == QStringLiteral("100%"));
    CHECK(Rate::fromBasisPoints(0).toString() == QStringLiteral("0%"));
    CHECK(Rate::fromBasisPoints(650).toString() == QStringLiteral("6.5%"));
    CHECK(Rate::fromBasisPoints(1).toString() == QStringLiteral("0.01%"));
    CHECK(Rate::fromBasisPoints(650).toString(german) == QStringLiteral("6,5%"));
    CHECK(Rate::fromPercent(13).toString(german) == QStringLiteral("13%"));
    CHECK(Rate::fromBasisPoints(650).toString(chinese) == QStringLiteral("6.5%"));
    CHECK(Rate::fromPercent(13) < Rate::fromBasisPoints(1301));

    for (qint32 bp : {0, 1, 10, 100, 650, 1300, 10000}) {
        for (const QLocale &l : {QLocale::c(), german, spanish, chinese}) {
            const QString s = Rate::fromBasisPoints(bp).toString(l);
            INFO(s.toStdString());
            CHECK(Rate::parse(s, l)->basisPoints() == bp);
        }
    }
}
