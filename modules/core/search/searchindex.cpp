#include "searchindex.h"

#include "db/database.h"
#include "search/normalizer.h"

#include <algorithm>

namespace Crm {

namespace {
QString quoted(const QString &token)
{
    QString t = token;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}
} // namespace

QString SearchIndex::keyText(const QStringList &parts)
{
    QStringList out;
    for (const QString &p : parts) {
        const QString n = Normalizer::text(p);
        if (n.isEmpty())
            continue;
        out << n;
        // Phone-like values are also indexed as one run of digits.
        bool phoneLike = n.size() >= 5;
        int digits = 0;
        for (QChar c : p) {
            if (c.isDigit())
                ++digits;
            else if (!QStringLiteral(" +-()./").contains(c))
                phoneLike = false;
        }
        if (phoneLike && digits >= 5 && n.contains(QLatin1Char(' ')))
            out << Normalizer::phone(p);
    }
    return out.join(QLatin1Char(' '));
}

void SearchIndex::update(const Database &db, qint64 id, const QStringList &parts) const
{
    const QString key = keyText(parts);
    db.exec(QStringLiteral("DELETE FROM %1_fts WHERE rowid = ?").arg(m_table), {id});
    db.exec(QStringLiteral("DELETE FROM %1_fts_short WHERE rowid = ?").arg(m_table), {id});
    db.exec(QStringLiteral("INSERT INTO %1_fts(rowid, key) VALUES (?, ?)").arg(m_table), {id, key});
    db.exec(QStringLiteral("INSERT INTO %1_fts_short(rowid, key) VALUES (?, ?)").arg(m_table),
            {id, Normalizer::shortIndexText(key)});
}

void SearchIndex::remove(const Database &db, qint64 id) const
{
    db.exec(QStringLiteral("DELETE FROM %1_fts WHERE rowid = ?").arg(m_table), {id});
    db.exec(QStringLiteral("DELETE FROM %1_fts_short WHERE rowid = ?").arg(m_table), {id});
}

SearchIndex::Filter SearchIndex::filter(const QString &query, const QString &idExpr) const
{
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &token : Normalizer::text(query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token.size() >= 3) {
            longTerms << quoted(token);
        } else {
            // CJK characters and bigrams are indexed as whole tokens; other words
            // are matched by prefix.
            const bool allCjk = std::all_of(token.begin(), token.end(), Normalizer::isCjk);
            shortTerms << (allCjk ? quoted(token) : quoted(token) + QLatin1Char('*'));
        }
    }
    Filter f;
    QStringList conditions;
    if (!longTerms.isEmpty()) {
        conditions << QStringLiteral("%1 IN (SELECT rowid FROM %2_fts WHERE %2_fts MATCH ?)").arg(idExpr, m_table);
        f.binds << longTerms.join(QLatin1String(" AND "));
    }
    if (!shortTerms.isEmpty()) {
        conditions << QStringLiteral("%1 IN (SELECT rowid FROM %2_fts_short WHERE %2_fts_short MATCH ?)")
                          .arg(idExpr, m_table);
        f.binds << shortTerms.join(QLatin1String(" AND "));
    }
    f.sql = conditions.join(QLatin1String(" AND "));
    return f;
}

} // namespace Crm
