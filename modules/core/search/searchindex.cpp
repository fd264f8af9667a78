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

// Whether every search `part` can answer is already answered by `key`: `part`
// is a piece of `key` (so the trigram index finds all its fragments) that
// starts where a word or a run of CJK characters or digits of `key` starts (so
// the short index holds all its tokens, see Normalizer::shortIndexText).
bool coveredBy(const QString &key, const QString &part)
{
    // A leading run of digits or CJK characters adds nothing to the short index
    // that the same run inside a longer one would not.
    qsizetype lead = 0;
    while (lead < part.size() && part.at(lead).isDigit())
        ++lead;
    const bool anywhere = Normalizer::isCjk(part.at(0)) || lead == part.size() || part.at(lead) == QLatin1Char(' ') ||
                          Normalizer::isCjk(part.at(lead));
    for (qsizetype at = key.indexOf(part); at >= 0; at = key.indexOf(part, at + 1)) {
        if (anywhere || at == 0 || key.at(at - 1) == QLatin1Char(' ') || Normalizer::isCjk(key.at(at - 1)))
            return true;
    }
    return false;
}
} // namespace

QString SearchIndex::keyText(const QStringList &parts)
{
    QString key;
    for (const QString &p : parts) {
        QString n = Normalizer::text(p);
        if (n.isEmpty())
            continue;
        // Phone-like values are also indexed as one run of digits.
        bool phoneLike = n.size() >= 5;
        int digits = 0;
        for (QChar c : p) {
            if (c.isDigit())
                ++digits;
            else if (!QStringLiteral(" +-()./").contains(c))
                phoneLike = false;
        }
        if (phoneLike && digits >= 5) {
            // The digits as written, so that "+8613800138000" or a whole barcode
            // 869… is found, and the national number (without +86, 0034 …),
            // which is usually a piece of them already.
            const QString national = Normalizer::phone(p);
            n.remove(QLatin1Char(' '));
            if (!national.isEmpty() && !n.contains(national))
                n += QLatin1Char(' ') + national;
        }
        // A part that repeats another (a short name inside the name, a city in
        // a Chinese name) would only make the index bigger.
        if (coveredBy(key, n))
            continue;
        if (!key.isEmpty())
            key += QLatin1Char(' ');
        key += n;
    }
    return key;
}

QString SearchIndex::insertSql(const QString &table, bool shortIndex)
{
    return QStringLiteral("INSERT INTO %1_fts%2(rowid, key) VALUES (?, ?)")
        .arg(table, shortIndex ? QStringLiteral("_short") : QString());
}

void SearchIndex::update(const Database &db, qint64 id, const QStringList &parts) const
{
    remove(db, id);
    const QString key = keyText(parts);
    db.exec(insertSql(m_table, false), {id, key});
    db.exec(insertSql(m_table, true), {id, Normalizer::shortIndexText(key)});
}

void SearchIndex::remove(const Database &db, qint64 id) const
{
    // The short index keeps no content: deleting needs the text that was indexed,
    // which is derived from the trigram index's content.
    const QVariant old = db.scalar(QStringLiteral("SELECT key FROM %1_fts WHERE rowid = ?").arg(m_table), {id});
    if (!old.isValid())
        return;
    db.exec(QStringLiteral("INSERT INTO %1_fts_short(%1_fts_short, rowid, key) VALUES ('delete', ?, ?)").arg(m_table),
            {id, Normalizer::shortIndexText(old.toString())});
    db.exec(QStringLiteral("DELETE FROM %1_fts WHERE rowid = ?").arg(m_table), {id});
}

SearchIndex::Filter SearchIndex::filter(const QString &query, const QString &idExpr) const
{
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &token : Normalizer::text(query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token.size() >= 3) {
            longTerms << QLatin1Char('%') + token + QLatin1Char('%');
        } else if (std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); })) {
            // One or two digits narrow nothing useful: they wait for a third.
            continue;
        } else {
            // The short index holds CJK characters and pairs, and the first one
            // and two characters of other words, as whole tokens.
            shortTerms << quoted(token);
        }
    }
    Filter f;
    QString longIn;
    QVariantList longBinds;
    QString shortIn;
    QVariantList shortBinds;
    if (!longTerms.isEmpty()) {
        // Normalised text holds no '%' or '_', so the fragments need no escaping.
        QStringList likes;
        for (const QString &term : longTerms) {
            likes << QStringLiteral("s.key LIKE ?");
            longBinds << term;
        }
        f.drivingTable = m_table + QStringLiteral("_fts");
        f.drivingCondition = likes.join(QLatin1String(" AND "));
        longIn =
            QStringLiteral("%1 IN (SELECT s.rowid FROM %2_fts s WHERE %3)").arg(idExpr, m_table, f.drivingCondition);
    }
    if (!shortTerms.isEmpty()) {
        shortBinds << shortTerms.join(QLatin1String(" AND "));
        const QString cond = QStringLiteral("s.%1_fts_short MATCH ?").arg(m_table);
        shortIn = QStringLiteral("%1 IN (SELECT s.rowid FROM %2_fts_short s WHERE %3)").arg(idExpr, m_table, cond);
        if (f.drivingTable.isEmpty()) {
            f.drivingTable = m_table + QStringLiteral("_fts_short");
            f.drivingCondition = cond;
        }
    }
    QStringList conditions;
    if (!longIn.isEmpty()) {
        conditions << longIn;
        f.binds << longBinds;
        f.drivingBinds = longBinds;
        if (!shortIn.isEmpty()) {
            f.restSql = shortIn;
            f.restBinds = shortBinds;
        }
    } else if (!shortIn.isEmpty()) {
        f.drivingBinds = shortBinds;
    }
    if (!shortIn.isEmpty()) {
        conditions << shortIn;
        f.binds << shortBinds;
    }
    f.sql = conditions.join(QLatin1String(" AND "));
    return f;
}

} // namespace Crm
