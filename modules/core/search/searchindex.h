#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Crm {

class Database;

// The FTS5 search index of a table `<table>_fts` (trigram) and `<table>_fts_short`
// (words and CJK bigrams). Rows are keyed by the table's id.
class SearchIndex
{
public:
    explicit SearchIndex(QString table)
        : m_table(std::move(table))
    {}

    // Replaces the indexed text of row `id`; `parts` are raw field values.
    void update(const Database &db, qint64 id, const QStringList &parts) const;
    void remove(const Database &db, qint64 id) const;
    // Key text for raw field values (normalised; phones also as digits).
    static QString keyText(const QStringList &parts);
    // The INSERT of a row (rowid, key) into the trigram index of `table`, or
    // into its short index (whose key is Normalizer::shortIndexText of the key).
    static QString insertSql(const QString &table, bool shortIndex);

    struct Filter
    {
        QString sql;        // a condition on `idExpr`, e.g. "p.id IN (…) AND p.id IN (…)"
        QVariantList binds; // positional values for the condition
        // The same search as a driving index: `drivingTable` aliased "s" streams
        // matching rowids in order (and stops early under LIMIT); `rest` holds the
        // terms of the other index as a condition on `idExpr`.
        QString drivingTable;
        QString drivingCondition;
        QVariantList drivingBinds;
        QString restSql;
        QVariantList restBinds;
        bool isEmpty() const { return sql.isEmpty(); }
    };
    // Condition that keeps the rows matching every fragment of `query`: fragments
    // of three characters or more through the trigram index, shorter ones through
    // the word/bigram index (CJK: exact character or bigram; others: word prefix).
    Filter filter(const QString &query, const QString &idExpr) const;

private:
    QString m_table;
};

} // namespace Crm
