#include "decimal.h"

#include <QtNumeric>

namespace Crm::Decimal {

qint64 pow10(int n)
{
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

qint64 divRound(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const qint64 q = numerator / denominator;
    const qint64 r = numerator % denominator;
    if (2 * (r < 0 ? -r : r) >= denominator)
        return numerator < 0 ? q - 1 : q + 1;
    return q;
}

qint64 rescale(qint64 value, int fromDecimals, int toDecimals)
{
    if (toDecimals >= fromDecimals)
        return value * pow10(toDecimals - fromDecimals);
    return divRound(value, pow10(fromDecimals - toDecimals));
}

int plain(char *out, qint64 value, int decimals, bool trimZeros)
{
    decimals = qBound(0, decimals, 18);
    const bool negative = value < 0;
    quint64 abs = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    // Digits from the last: the decimals, the point, then the whole part.
    char digits[kPlainSize];
    int n = 0;
    for (int i = 0; i < decimals; ++i, abs /= 10)
        digits[n++] = char('0' + abs % 10);
    if (decimals > 0)
        digits[n++] = '.';
    do {
        digits[n++] = char('0' + abs % 10);
        abs /= 10;
    } while (abs > 0);
    int size = 0;
    if (negative)
        out[size++] = '-';
    while (n > 0)
        out[size++] = digits[--n];
    if (trimZeros && decimals > 0) {
        while (out[size - 1] == '0')
            --size;
        if (out[size - 1] == '.')
            --size;
    }
    return size;
}

QString format(qint64 value, int decimals, const QLocale &locale, bool group)
{
    if (!group && locale.language() == QLocale::C) {
        char out[kPlainSize];
        return QString::fromLatin1(out, plain(out, value, decimals));
    }
    const bool negative = value < 0;
    const quint64 abs = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    const quint64 p = quint64(pow10(decimals));
    const quint64 whole = abs / p;
    const quint64 frac = abs % p;
    QLocale loc = locale;
    loc.setNumberOptions(group ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    QString s = loc.toString(qulonglong(whole));
    if (decimals > 0)
        s += loc.decimalPoint() + QString::number(frac).rightJustified(decimals, QLatin1Char('0'));
    if (negative)
        s.prepend(loc.negativeSign());
    return s;
}

std::optional<qint64> parse(const QString &input, int decimals, const QLocale &locale)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Accept the locale's marks as well as the C ones.
    const QString dec = locale.decimalPoint();
    const QString grp = locale.groupSeparator();
    if (dec != QLatin1String(".")) {
        text.remove(grp);
        text.replace(dec, QLatin1String("."));
    } else {
        text.remove(QLatin1Char(','));
        if (!grp.isEmpty() && grp != QLatin1String("."))
            text.remove(grp);
    }
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(locale.negativeSign())) {
        negative = true;
        text = text.mid(1);
    } else if (text.startsWith(QLatin1Char('+'))) {
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if ((whole.isEmpty() && frac.isEmpty()) || whole.size() > 15 || frac.size() > 18)
        return std::nullopt;
    for (QChar c : whole + frac)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    qint64 w = whole.isEmpty() ? 0 : whole.toLongLong();
    // One extra digit decides the half-up rounding.
    frac = frac.left(decimals + 1).leftJustified(decimals + 1, QLatin1Char('0'));
    const qint64 kept = decimals > 0 ? frac.left(decimals).toLongLong() : 0;
    const qint64 roundUp = frac.at(decimals) >= QLatin1Char('5') ? 1 : 0;
    // Too large for the scale (e.g. 15 whole digits with 6 decimals): no number
    // rather than a wrapped-around one.
    qint64 value = 0;
    if (qMulOverflow(w, pow10(decimals), &value) || qAddOverflow(value, kept + roundUp, &value))
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace Crm::Decimal
