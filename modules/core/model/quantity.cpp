#include "quantity.h"

#include "model/decimal.h"

namespace Crm {

QString Quantity::toString(const QLocale &locale) const
{
    if (locale.language() == QLocale::C) {
        char out[Decimal::kPlainSize];
        return QString::fromLatin1(out, Decimal::plain(out, m_milli, kDecimals, true));
    }
    QString s = Decimal::format(m_milli, kDecimals, locale);
    const QString dec = locale.decimalPoint();
    if (s.contains(dec)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(dec))
            s.chop(dec.size());
    }
    return s;
}

std::optional<Quantity> Quantity::parse(const QString &text, const QLocale &locale)
{
    const auto v = Decimal::parse(text, kDecimals, locale);
    if (!v)
        return std::nullopt;
    return Quantity(*v);
}

} // namespace Crm
