#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVariant>
#include <functional>

namespace Crm {

class Database;

// What a list page shows, declared once and used by the paged model, the page and
// export (ListExporter): columns as SQL expressions, filters and the search index.
// Money columns are integer minor units; export gives them the decimals of the
// row's currency when the list has a column keyed "currency" (else 2).
struct ListColumn
{
    enum class Kind { Text, Integer, Money, Quantity, Percent, Bool, Date };
    QString key;
    std::function<QString()> title;
    QString expr;         // SQL expression selected
    bool sortable = true; // sort expressions must be plain columns of the base table
    Kind kind = Kind::Text;
    // Display text for a value (e.g. status titles); default formats by kind.
    // Export writes it for Text columns; other kinds export as numbers and dates.
    std::function<QString(const QVariant &)> display = nullptr;
    // Integer columns holding a fixed-point value: digits after the point (6 for
    // rates in millionths), so that export writes the number, not the digits.
    int scale = 0;
};

struct ListFilter
{
    QString key;
    std::function<QString()> title;
    QString expr; // compared with "= ?"
    // Choices (label, value); when empty, `optionsSql` (value, label) is read.
    std::function<QList<QPair<QString, QVariant>>()> options = nullptr;
    QString optionsSql;
};

struct ListSpec
{
    QString id;          // e.g. "sales.customers"
    QString from;        // "core_party p LEFT JOIN core_user u ON u.id = p.owner_id"
    QString idExpr;      // "p.id"
    QString where;       // fixed condition, e.g. "p.is_customer = 1"
    QString searchTable; // base table of the FTS index (empty: LIKE on code and name)
    // Matched with the index's rowid when the rows are not those of `searchTable`
    // (e.g. stock per product and warehouse searched by product); empty: idExpr.
    QString searchIdExpr;
    QString likeExprs; // used without an index: expressions ORed with LIKE
    // A document-number column (indexed): a search equal to one of its values
    // (in any case) lists those rows instead of searching the index; empty: none.
    QString numberExpr;
    QList<ListColumn> columns;
    QList<ListFilter> filters;
    // Rows for which this SQL expression is not 0 are shown in red (past due, …);
    // empty: none.
    QString highlightExpr;
    int defaultSortColumn = 0;
    bool defaultDescending = false;
    std::function<QString()> searchHint; // placeholder of the search box

    int columnIndex(const QString &key) const;
    QList<QPair<QString, QVariant>> filterOptions(const Database &db, const ListFilter &f) const;
};

// The state of a list: search, filters, sort. Builds the SQL the model, the count
// and the export run.
struct ListQuery
{
    QString search;
    QMap<QString, QVariant> filters; // key -> value (absent or invalid: any)
    int sortColumn = 0;
    bool descending = false;
    // The search is a document number of the list (ListSpec::numberExpr); see
    // resolveNumber().
    bool numberSearch = false;

    // Sets numberSearch when the search equals a value of spec.numberExpr.
    void resolveNumber(const Database &db, const ListSpec &spec);

    // The FROM, WHERE (without the keyword) and values of the query. With an
    // indexed search the search index is the outer loop ("s", CROSS JOIN): read in
    // its order (s.rowid) it streams and stops early under LIMIT however many rows
    // match; sorted by a column, only the matches are sorted.
    struct Sql
    {
        QString from;
        QString where;
        QVariantList binds;
        bool indexed = false;
        // The search alone (no joins, no other filters): an upper bound, cheap to count.
        QString indexOnly;
        QVariantList indexBinds;
    };
    Sql sql(const ListSpec &spec) const;
};

} // namespace Crm
