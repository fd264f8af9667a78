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
        if (phoneLike && digits >= 5) {
            // Both the national number (without +86, 0034 …) and the digits as
            // written, so that "+8613800138000" or a whole barcode 869… is found too.
            const QString national = Normalizer::phone(p);
            QString written = n;
            written.remove(QLatin1Char(' '));
            out.last() = written == national ? national : written + QLatin1Char(' ') + national;
        }
    }
    return out.join(QLatin1Char(' '));
}

void SearchIndex::update(const Database &db, qint64 id, const QStringList &parts) const
{
    remove(db, id);
    const QString key = keyText(parts);
    db.exec(QStringLiteral("INSERT INTO %1_fts(rowid, key) VALUES (?, ?)").arg(m_table), {id, key});
    db.exec(QStringLiteral("INSERT INTO %1_fts_short(rowid, key) VALUES (?, ?)").arg(m_table),
            {id, Normalizer::shortIndexText(key)});
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
            // CJK characters and bigrams are indexed as whole tokens; other words
            // are matched by prefix.
            const bool allCjk = std::all_of(token.begin(), token.end(), Normalizer::isCjk);
            shortTerms << (allCjk ? quoted(token) : quoted(token) + QLatin1Char('*'));
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
