#include "money.h"

#include "db/error.h"
#include "model/decimal.h"
#include "model/quantity.h"
#include "model/rate.h"

#include <QCoreApplication>

namespace Crm {

namespace {
void requireSame(const Money &a, const Money &b)
{
    if (a.currency() != b.currency())
        throw Error(QCoreApplication::translate("Crm::Money", "Cannot combine amounts in %1 and %2.")
                        .arg(a.currency(), b.currency()));
}
} // namespace

Money Money::operator+(const Money &o) const
{
    requireSame(*this, o);
    return Money(m_minor + o.m_minor, m_currency);
}

Money Money::operator-(const Money &o) const
{
    requireSame(*this, o);
    return Money(m_minor - o.m_minor, m_currency);
}

bool Money::operator<(const Money &o) const
{
    requireSame(*this, o);
    return m_minor < o.m_minor;
}

Money Money::times(const Quantity &q) const
{
    return Money(Decimal::divRound(m_minor * q.milli(), 1000), m_currency);
}

Money Money::times(const Rate &r) const
{
    return Money(Decimal::divRound(m_minor * r.basisPoints(), 10000), m_currency);
}

QString Money::toString(const QLocale &locale, bool withCurrency, bool group) const
{
    const QString s = Decimal::format(m_minor, decimals(), locale, group);
    return withCurrency ? s + QLatin1Char(' ') + m_currency : s;
}

std::optional<Money> Money::parse(const QString &text, const QString &currency, const QLocale &locale)
{
    const auto v = Decimal::parse(text, decimalsFor(currency), locale);
    if (!v)
        return std::nullopt;
    return Money(*v, currency);
}

int Money::decimalsFor(const QString &currency)
{
    static const QStringList zero{QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                  QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("PYG"),
                                  QStringLiteral("UGX"), QStringLiteral("XAF"), QStringLiteral("XOF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                   QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("LYD"),
                                   QStringLiteral("IQD")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

} // namespace Crm
