#include "import/importvalues.h"

#include "model/decimal.h"
#include "search/normalizer.h"

#include <QStringList>

namespace Crm {

namespace ImportValues {

std::optional<qint64> amount(const QString &text, int decimals)
{
    QString t;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-')
            t += c;
        else if (!c.isSpace() && c.category() != QChar::Symbol_Currency && c != u'+')
            return std::nullopt; // letters and other signs: not an amount
    if (t.isEmpty())
        return std::nullopt;
    const qsizetype dot = t.lastIndexOf(u'.');
    const qsizetype comma = t.lastIndexOf(u',');
    if (dot >= 0 && comma >= 0) {
        // Both: the last one is the decimal mark, the other groups thousands.
        const QChar group = dot > comma ? u',' : u'.';
        t.remove(group);
        t.replace(u',', u'.');
    } else if (comma >= 0) {
        // "1,234" and "1,234,567" group thousands; "1234,5" and "0,75" are decimals.
        const QStringList parts = t.split(u',');
        bool grouping = parts.size() > 1 && parts.first().size() <= 3 + (parts.first().startsWith(u'-') ? 1 : 0);
        for (qsizetype i = 1; i < parts.size() && grouping; ++i)
            grouping = parts.at(i).size() == 3;
        if (grouping)
            t.remove(u',');
        else if (parts.size() == 2)
            t.replace(u',', u'.');
        else
            return std::nullopt;
    }
    return Decimal::parse(t, decimals, QLocale::c());
}

std::optional<qint64> integer(const QString &text)
{
    const std::optional<qint64> milli = amount(text, 3);
    if (!milli || *milli % 1000 != 0)
        return std::nullopt;
    return *milli / 1000;
}

std::optional<bool> flag(const QString &text)
{
    const QString t = Normalizer::text(text);
    static const QStringList yes{QStringLiteral("1"),    QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("true"), QStringLiteral("x"),   QStringLiteral("是"),
                                 QStringLiteral("sí"),   QStringLiteral("si"),  QStringLiteral("active")};
    static const QStringList no{QStringLiteral("0"),     QStringLiteral("no"), QStringLiteral("n"),
                                QStringLiteral("false"), QStringLiteral("否"), QStringLiteral("inactive")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

} // namespace ImportValues

void ImportLookup::add(qint64 id, const QStringList &names)
{
    for (const QString &n : names) {
        const QString key = Normalizer::text(n);
        if (!key.isEmpty() && !m_ids.contains(key))
            m_ids.insert(key, id);
    }
}

qint64 ImportLookup::find(const QString &name) const
{
    return m_ids.value(Normalizer::text(name));
}

} // namespace Crm
