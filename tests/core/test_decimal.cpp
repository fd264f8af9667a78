#include "catchqt.h"

#include "model/decimal.h"
#include "model/quantity.h"

#include <QRandomGenerator>
#include <limits>

using namespace Crm;

TEST_CASE("divRound rounds half away from zero", "[core][decimal]")
{
    CHECK(Decimal::divRound(5, 10) == 1);
    CHECK(Decimal::divRound(4, 10) == 0);
    CHECK(Decimal::divRound(-5, 10) == -1);
    CHECK(Decimal::divRound(-4, 10) == 0);
    CHECK(Decimal::divRound(15, 10) == 2);
    CHECK(Decimal::divRound(-15, 10) == -2);
    CHECK(Decimal::divRound(14, 10) == 1);
    CHECK(Decimal::divRound(-16, 10) == -2);
    CHECK(Decimal::divRound(20, 10) == 2);
    CHECK(Decimal::divRound(-20, 10) == -2);
    CHECK(Decimal::divRound(0, 7) == 0);
    SECTION("a negative denominator")
    {
        CHECK(Decimal::divRound(5, -10) == -1);
        CHECK(Decimal::divRound(-5, -10) == 1);
        CHECK(Decimal::divRound(4, -10) == 0);
    }
    SECTION("odd denominators")
    {
        CHECK(Decimal::divRound(1, 3) == 0);
        CHECK(Decimal::divRound(2, 3) == 1);
        CHECK(Decimal::divRound(-2, 3) == -1);
        CHECK(Decimal::divRound(3, 2) == 2);
        CHECK(Decimal::divRound(-3, 2) == -2);
    }
}

TEST_CASE("pow10 and rescale", "[core][decimal]")
{
    CHECK(Decimal::pow10(0) == 1);
    CHECK(Decimal::pow10(6) == 1000000);
    CHECK(Decimal::rescale(5, 0, 2) == 500);
    CHECK(Decimal::rescale(12345, 3, 2) == 1235);
    CHECK(Decimal::rescale(-12345, 3, 2) == -1235);
    CHECK(Decimal::rescale(12344, 3, 2) == 1234);
    CHECK(Decimal::rescale(150, 2, 0) == 2);
    CHECK(Decimal::rescale(-150, 2, 0) == -2);
    CHECK(Decimal::rescale(42, 2, 2) == 42);
}

TEST_CASE("Decimal::format pads the fraction and places the sign", "[core][decimal]")
{
    CHECK(Decimal::format(123450, 2) == QStringLiteral("1234.50"));
    CHECK(Decimal::format(5, 2) == QStringLiteral("0.05"));
    CHECK(Decimal::format(-5, 2) == QStringLiteral("-0.05"));
    CHECK(Decimal::format(-123450, 2) == QStringLiteral("-1234.50"));
    CHECK(Decimal::format(0, 2) == QStringLiteral("0.00"));
    CHECK(Decimal::format(7, 0) == QStringLiteral("7"));
    CHECK(Decimal::format(1, 3) == QStringLiteral("0.001"));
    CHECK(Decimal::format(123456789, 2, QLocale::c(), true) == QStringLiteral("1,234,567.89"));
    CHECK(Decimal::format(std::numeric_limits<qint64>::min(), 2) == QStringLiteral("-92233720368547758.08"));
    CHECK(Decimal::format(std::numeric_limits<qint64>::max(), 2) == QStringLiteral("92233720368547758.07"));
}

TEST_CASE("Decimal::parse accepts plain numbers and rounds half-up", "[core][decimal]")
{
    CHECK(Decimal::parse(QStringLiteral("1234.5"), 2) == 123450);
    CHECK(Decimal::parse(QStringLiteral("-0.05"), 2) == -5);
    CHECK(Decimal::parse(QStringLiteral("1,234.50"), 2) == 123450);
    CHECK(Decimal::parse(QStringLiteral("  12 "), 2) == 1200);
    CHECK(Decimal::parse(QStringLiteral("+3"), 2) == 300);
    CHECK(Decimal::parse(QStringLiteral(".5"), 2) == 50);
    CHECK(Decimal::parse(QStringLiteral("7."), 2) == 700);
    CHECK(Decimal::parse(QStringLiteral("0.005"), 2) == 1);
    CHECK(Decimal::parse(QStringLiteral("0.004"), 2) == 0);
    CHECK(Decimal::parse(QStringLiteral("-0.005"), 2) == -1);
    CHECK(Decimal::parse(QStringLiteral("-0.0049999"), 2) == 0);
    CHECK(Decimal::parse(QStringLiteral("2.675"), 2) == 268); // 2.675 is not exact as a double
    CHECK(Decimal::parse(QStringLiteral("1.005"), 2) == 101);
}

TEST_CASE("Decimal::parse refuses malformed text", "[core][decimal]")
{
    for (const char *bad : {"", " ", "1.2.3", "abc", "12a", "-", "+", ".", "--1", "1-", "1e5", "0x10", "1 2.3.4",
                            "\xef\xbc\x91\xef\xbc\x92" /* full-width 12 */}) {
        INFO("input: " << bad);
        CHECK_FALSE(Decimal::parse(QString::fromUtf8(bad), 2).has_value());
    }
}

TEST_CASE("Decimal::parse never returns a wrong number for huge input", "[core][decimal]")
{
    // The exact value when it fits in 64 bits at that scale, otherwise nothing:
    // an overflow must never come back as a (wrapped-around) number.
    struct Case
    {
        const char *text;
        int decimals;
        std::optional<qint64> expected;
    };
    const Case cases[] = {
        {"999999999999999", 0, 999999999999999LL},
        {"999999999999999.999", 0, 1000000000000000LL},
        {"123456789012345.5", 0, 123456789012346LL},
        {"999999999999999.999", 2, 100000000000000000LL},
        {"999999999999999", 3, 999999999999999000LL}, // a quantity of 10^15
        {"999999999999999.999", 3, 999999999999999999LL},
        {"-999999999999999.999", 3, -999999999999999999LL},
        {"123456789012345.5", 6, std::nullopt}, // 1.2 * 10^20
        {"999999999999999", 6, std::nullopt},
        {"1234567890123456", 2, std::nullopt}, // more than 15 whole digits
    };
    for (const Case &c : cases) {
        INFO("decimals " << c.decimals << ", input " << c.text);
        CHECK(Decimal::parse(QString::fromLatin1(c.text), c.decimals) == c.expected);
    }
    CHECK_FALSE(Quantity::parse(QStringLiteral("99999999999999999")).has_value());
    CHECK(Quantity::parse(QStringLiteral("999999999999999"))->milli() == 999999999999999000LL);
}

TEST_CASE("Decimal format and parse round trip", "[core][decimal]")
{
    const QList<QLocale> locales{QLocale::c(), QLocale(QLocale::German, QLocale::Germany),
                                 QLocale(QLocale::Spanish, QLocale::Spain), QLocale(QLocale::Chinese, QLocale::China),
                                 QLocale(QLocale::French, QLocale::France)};
    for (const QLocale &locale : locales) {
        for (qint64 v : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(123450), qint64(-123456789),
                         qint64(100000000000000)}) {
            for (bool group : {false, true}) {
                const QString text = Decimal::format(v, 2, locale, group);
                INFO(locale.name().toStdString() << " " << text.toStdString());
                CHECK(Decimal::parse(text, 2, locale) == v);
            }
        }
    }
}

TEST_CASE("Quantity::toString in the C locale trims as the locale path does", "[core][decimal]")
{
    QRandomGenerator random(3);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (int i = 0; i < 3000; ++i) {
        const qint64 milli = i < 4 ? qint64(i) * 500 - 1000 : qint64(random.generate64()) >> (i % 50);
        INFO(milli);
        const Quantity q = Quantity::fromMilli(milli);
        CHECK(q.toString() == q.toString(english));
    }
    CHECK(Quantity::fromMilli(2500).toString() == QStringLiteral("2.5"));
    CHECK(Quantity::fromMilli(3000).toString() == QStringLiteral("3"));
    CHECK(Quantity::fromMilli(-10).toString() == QStringLiteral("-0.01"));
}
