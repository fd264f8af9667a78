#include "rate.h"

#include "model/decimal.h"

namespace Crm {

QString Rate::toString(const QLocale &locale) const
{
    QString s = Decimal::format(m_bp, 2, locale);
    const QString dec = locale.decimalPoint();
    while (s.endsWith(QLatin1Char('0')) && s.contains(dec))
        s.chop(1);
    if (s.endsWith(dec))
        s.chop(dec.size());
    return s + locale.percent();
}

std::optional<Rate> Rate::parse(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')) || t.endsWith(locale.percent()))
        t.chop(1);
    const auto v = Decimal::parse(t, 2, locale);
    if (!v || *v > 1000000 || *v < -1000000)
        return std::nullopt;
    return Rate(qint32(*v));
}

} // namespace Crm
