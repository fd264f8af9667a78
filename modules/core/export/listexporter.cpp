#include "export/listexporter.h"

#include "db/filesync.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/error.h"
#include "db/scopedpragma.h"
#include "export/backgroundrows.h"
#include "export/pipedrowwriter.h"
#include "export/xlsxwriter.h"
#include "model/decimal.h"
#include "model/money.h"
#include "model/quantity.h"

#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace Crm {

namespace {
constexpr int kProgressEvery = 256;
// SQLite page cache of the exporting connection, in KiB. It also bounds the
// memory of SQLite's sorter, which spills sorted runs to temporary files.
constexpr int kExportCacheKb = 8000;

bool isSqlite(const Database &db)
{
    return db.connection().driverName() == QLatin1String("QSQLITE");
}

// Runs `sql` and hands each row to `row(values, columns)` until it returns
// false; true when every row was handed. On SQLite through its own API
// (SqliteRows), else through QtSql; `values` reads the row either way.
template <typename Row>
bool readRows(const Database &db, const QString &sql, const QVariantList &binds, Row &&row);
// The connection set up for reading a whole list on SQLite, and put back after:
// a small page cache, and temporary files for the sorter (instead of memory, the
// connection's default) so that sorting a million rows keeps memory flat. An
// in-memory database (tests) is left as it is.
class ExportConnection
{
public:
    ExportConnection(const Database &db, int cacheKb)
    {
        if (!isSqlite(db) || db.isMemory())
            return;
        m_cache.emplace(db, QStringLiteral("cache_size"), -cacheKb);
        m_temp.emplace(db, QStringLiteral("temp_store"), QStringLiteral("FILE"));
    }

private:
    std::optional<ScopedPragma> m_cache;
    std::optional<ScopedPragma> m_temp;
};

// The first table of a FROM clause: "core_party p LEFT JOIN …" is core_party,
// alias p, and its alias ends at token 2. None when it starts with a subquery.
struct FirstTable
{
    QString name;
    QString alias;
    int aliasEnd = 1;
};

std::optional<FirstTable> firstTable(const QString &from)
{
    static const QStringList keywords{QStringLiteral("JOIN"),  QStringLiteral("LEFT"),    QStringLiteral("CROSS"),
                                      QStringLiteral("INNER"), QStringLiteral("NATURAL"), QStringLiteral("ON"),
                                      QStringLiteral("WHERE")};
    const QStringList tokens = from.simplified().split(u' ');
    if (tokens.isEmpty() || tokens.first().isEmpty() || tokens.first().contains(u'(') ||
        tokens.first().contains(u','))
        return std::nullopt;
    FirstTable table{tokens.first(), {}, 1};
    if (tokens.size() > 2 && tokens.at(1).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0) {
        table.alias = tokens.at(2);
        table.aliasEnd = 3;
    } else if (tokens.size() > 1 && !keywords.contains(tokens.at(1).toUpper()) && !tokens.at(1).contains(u',')) {
        table.alias = tokens.at(1);
        table.aliasEnd = 2;
    }
    return table;
}

// `from` with its first table read NOT INDEXED (SQLite): "core_party p LEFT JOIN …"
// becomes "core_party p NOT INDEXED LEFT JOIN …".
QString scanningFrom(const QString &from)
{
    const std::optional<FirstTable> table = firstTable(from);
    if (!table)
        return from;
    const QStringList tokens = from.simplified().split(u' ');
    QStringList out = tokens.mid(0, table->aliasEnd);
    out << QStringLiteral("NOT INDEXED") << tokens.mid(table->aliasEnd);
    return out.join(u' ');
}

// The statement a list's export runs, in parts.
struct Statement
{
    QString columns;
    QString from;
    QString where;
    QVariantList binds;
    QString sortExpr;
    bool descending = false;
    QString order;
    bool scanning = false; // the whole list, read through its first table and sorted (SQLite)

    // With `condition` added to the WHERE clause.
    QString sql(const QString &condition = {}) const
    {
        QString filter = where;
        if (!condition.isEmpty())
            filter = filter.isEmpty() ? condition : QStringLiteral("(%1) AND %2").arg(filter, condition);
        return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
            .arg(columns, from, filter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + filter, order);
    }
};

Statement exportStatement(const ListExport &list, bool sqlite)
{
    const ListSpec &spec = list.spec;
    const ListQuery::Sql q = list.query.sql(spec);
    Statement out;
    out.from = q.from;
    out.where = q.where;
    out.binds = q.binds;
    // The whole list: SQLite reads its table through and sorts (twice as fast
    // as visiting the rows in the order of an index, which reads table pages at
    // random). A search or a filter keeps the plan that finds its few rows.
    const bool whole = list.query.search.trimmed().isEmpty() && q.binds.isEmpty();
    out.scanning = sqlite && whole && !q.indexed && firstTable(q.from).has_value();
    if (out.scanning)
        out.from = scanningFrom(q.from);
    const int sortColumn =
        list.query.sortColumn >= 0 && list.query.sortColumn < spec.columns.size() ? list.query.sortColumn : 0;
    // The same order as PagedListModel::readPage(), without pages.
    const bool indexOrder = q.indexed && list.indexOrder;
    out.sortExpr = indexOrder ? QStringLiteral("s.rowid") : spec.columns.at(sortColumn).expr;
    out.descending = list.query.descending && !indexOrder;
    const QString dir = out.descending ? QStringLiteral(" DESC") : QString();
    out.order = indexOrder && spec.searchIdExpr.isEmpty()
                    ? QStringLiteral("s.rowid")
                    : QStringLiteral("%1%2, %3%2").arg(out.sortExpr, dir, spec.idExpr);
    QStringList select;
    bool money = false;
    for (int i : list.columnList()) {
        select << spec.columns.at(i).expr;
        money = money || spec.columns.at(i).kind == ListColumn::Kind::Money;
    }
    const int currency = spec.columnIndex(QStringLiteral("currency"));
    if (money && currency >= 0)
        select << spec.columns.at(currency).expr;
    out.columns = select.join(QLatin1String(", "));
    return out;
}

// A value of the row being read, through SQLite's own API or QtSql.
class SqliteValues
{
public:
    explicit SqliteValues(const SqliteRows &q)
        : m_q(q)
    {
    }
    bool isNull(int i) const { return m_q.isNull(i); }
    bool isText(int i) const { return m_q.isText(i); }
    QVariant value(int i) const { return m_q.value(i); }
    // As QVariant::toLongLong() (a real rounds); SQLite's own for an integer.
    qint64 integer(int i) const { return m_q.isInteger(i) ? m_q.integer(i) : m_q.value(i).toLongLong(); }
    // As QVariant::toString(), in UTF-8; text straight from SQLite.
    QByteArrayView text(int i, QByteArray &scratch) const
    {
        if (m_q.isText(i))
            return m_q.utf8(i);
        scratch = m_q.value(i).toString().toUtf8();
        return scratch;
    }

private:
    const SqliteRows &m_q;
};

class QtSqlValues
{
public:
    explicit QtSqlValues(const QSqlQuery &q)
        : m_q(q)
    {
    }
    bool isNull(int i) const { return m_q.isNull(i); }
    bool isText(int i) const { return m_q.value(i).typeId() == QMetaType::QString; }
    QVariant value(int i) const { return m_q.value(i); }
    qint64 integer(int i) const { return m_q.value(i).toLongLong(); }
    QByteArrayView text(int i, QByteArray &scratch) const
    {
        scratch = m_q.value(i).toString().toUtf8();
        return scratch;
    }

private:
    const QSqlQuery &m_q;
};

// Hands each row of `q` to `row(values, columns)` until it returns false;
// true when every row was handed. `current`: its first row is current.
template <typename Row>
bool readSqlite(SqliteRows &q, bool current, Row &&row)
{
    const SqliteValues values(q);
    const int columns = q.columnCount();
    if (current && !row(values, columns))
        return false;
    while (q.next())
        if (!row(values, columns))
            return false;
    return true;
}

// The middle value of the list's sort column, from a sample of its rows found
// by rowid: where the whole list splits into two halves of about the same
// size. None when the list is not read whole through one table, or has fewer
// than about list.splitRows rows.
std::optional<QVariant> splitPoint(const Database &db, const ListExport &list, const Statement &statement)
{
    constexpr int kSamples = 512;
    const std::optional<FirstTable> table = firstTable(statement.from);
    if (!table || !statement.scanning)
        return std::nullopt;
    const bool rowidTable =
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ? "
                                 "AND sql NOT LIKE '%WITHOUT ROWID%'"),
                  {table->name})
            .toInt() == 1;
    if (!rowidTable)
        return std::nullopt;
    // Two subqueries: SQLite finds a lone min() or max() at the end of the
    // table, but scans the table for both in one.
    QSqlQuery span = db.exec(
        QStringLiteral("SELECT (SELECT min(rowid) FROM %1), (SELECT max(rowid) FROM %1)").arg(table->name));
    if (!span.next() || span.isNull(0))
        return std::nullopt;
    const qint64 first = span.value(0).toLongLong();
    const qint64 last = span.value(1).toLongLong();
    if (last - first + 1 < list.splitRows)
        return std::nullopt;
    QStringList ids;
    for (int i = 0; i < kSamples; ++i)
        ids << QString::number(first + (last - first) * i / (kSamples - 1));
    const QString alias = table->alias.isEmpty() ? table->name : table->alias;
    const QString where = QStringLiteral("%1.rowid IN (%2)").arg(alias, ids.join(u','));
    QVariantList values;
    SqliteRows sample(db,
                      // Through the table (NOT INDEXED): its rows by rowid, no index scanned.
                      QStringLiteral("SELECT %1 FROM %2 WHERE %3%4 ORDER BY 1")
                          .arg(statement.sortExpr, statement.from,
                               statement.where.isEmpty() ? QString() : QStringLiteral("(%1) AND ").arg(statement.where),
                               where),
                      statement.binds);
    while (sample.next())
        if (!sample.isNull(0))
            values << sample.value(0);
    // Rows found in the sample, as a share of the rowids tried: about the list's size.
    if (values.size() < 16 || (last - first + 1) * values.size() / kSamples < list.splitRows)
        return std::nullopt;
    return values.at(values.size() / 2);
}

// Reads the list `list` exports, row after row, into `row` (see readSqlite).
// On SQLite a whole list of many rows is sorted in two halves side by side:
// the half before the split point on this connection, the rest on a helper's
// (BackgroundRows), whose rows follow. Either way in one state of the database.
template <typename Row>
bool readList(const Database &db, const ListExport &list, Row &&row)
{
    const Statement statement = exportStatement(list, isSqlite(db));
    if (!isSqlite(db)) {
        QSqlQuery q = db.exec(statement.sql(), statement.binds);
        const QtSqlValues values(q);
        const int columns = q.record().count();
        while (q.next())
            if (!row(values, columns))
                return false;
        if (q.lastError().isValid())
            throw Error(QCoreApplication::translate("Crm::ListExporter", "Could not read the list: %1")
                            .arg(plainReason(q.lastError())));
        return true;
    }
    const bool split = !db.isMemory() && sqlite3_get_autocommit(db.sqliteHandle());
    const std::optional<QVariant> pivot = split ? splitPoint(db, list, statement) : std::nullopt;
    if (!pivot) {
        const ExportConnection connection(db, kExportCacheKb);
        SqliteRows q(db, statement.sql(), statement.binds);
        return readSqlite(q, false, row);
    }
    // Two sorters at once, each with half the memory of one.
    const int halfKb = kExportCacheKb / 2;
    const ExportConnection connection(db, halfKb);
    const QString expr = statement.sortExpr;
    const QString below = QStringLiteral("(%1 < ? OR %1 IS NULL)").arg(expr); // NULL sorts first
    const QString from = QStringLiteral("%1 >= ?").arg(expr);
    const QString firstHalf = statement.sql(statement.descending ? from : below);
    const QString secondHalf = statement.sql(statement.descending ? below : from);
    QVariantList binds = statement.binds;
    binds << *pivot;
    std::optional<ReadTransaction> transaction;
    BackgroundRows later(db, secondHalf, binds, halfKb, [&] {
        transaction.emplace(db);
        db.scalar(QStringLiteral("PRAGMA data_version")); // the transaction's state, from here
    });
    {
        SqliteRows q(db, firstHalf, binds);
        if (!readSqlite(q, false, row))
            return false;
    }
    if (SqliteRows *q = later.rows())
        return later.atEnd() || readSqlite(*q, true, row);
    // Something was committed as the helper began: this transaction reads the rest.
    SqliteRows q(db, secondHalf, binds);
    return readSqlite(q, false, row);
}

// value / 10^scale without trailing zeros: "13", "6.5" (percentage points,
// quantities).
void appendTrimmed(ExportRows &out, qint64 value, int scale)
{
    char digits[Decimal::kPlainSize];
    out.appendNumber(QByteArrayView(digits, Decimal::plain(digits, value, scale, true)));
}

// Turns one column's values into cells: text as shown, money with its
// currency's decimals, quantities, integers and percentages as numbers, dates
// as dates. A column shown through a function (status titles) keeps the
// titles it has made, as there are few.
class CellMaker
{
public:
    explicit CellMaker(const ListColumn &column)
        : m_column(column)
    {
        if (column.kind == ListColumn::Kind::Bool) {
            // The page's own words (PagedListModel).
            m_yes = QCoreApplication::translate("Crm::PagedListModel", "Yes").toUtf8();
            m_no = QCoreApplication::translate("Crm::PagedListModel", "No").toUtf8();
        }
    }

    template <typename Values>
    void append(ExportRows &out, const Values &q, int i, int moneyDecimals)
    {
        if (q.isNull(i)) {
            out.appendEmpty();
            return;
        }
        switch (m_column.kind) {
        case ListColumn::Kind::Text:
            if (m_column.display)
                out.appendText(QByteArrayView(shown(q, i)));
            else
                out.appendText(q.text(i, m_scratch));
            return;
        case ListColumn::Kind::Money:
            out.appendDecimal(q.integer(i), moneyDecimals, moneyDecimals);
            return;
        case ListColumn::Kind::Quantity:
            appendTrimmed(out, q.integer(i), Quantity::kDecimals);
            return;
        case ListColumn::Kind::Percent:
            appendTrimmed(out, q.integer(i), 2);
            return;
        case ListColumn::Kind::Integer:
            out.appendDecimal(q.integer(i), qMax(m_column.scale, 0));
            return;
        case ListColumn::Kind::Bool:
            out.appendText(QByteArrayView(q.integer(i) ? m_yes : m_no));
            return;
        case ListColumn::Kind::Date:
        {
            const QByteArrayView text = q.text(i, m_scratch);
            out.appendDate(QDate::fromString(QString::fromUtf8(text.first(qMin<qsizetype>(text.size(), 10))),
                                             Qt::ISODate));
            return;
        }
        }
    }

private:
    static constexpr int kMaxShown = 256;

    template <typename Values>
    QByteArray shown(const Values &q, int i)
    {
        // Keyed by the value's text and whether it is text.
        QByteArray key = q.text(i, m_scratch).toByteArray();
        key.append(q.isText(i) ? '\1' : '\0');
        if (const auto it = m_shown.constFind(key); it != m_shown.constEnd())
            return it.value();
        QByteArray title = m_column.display(q.value(i)).toUtf8();
        if (m_shown.size() < kMaxShown)
            m_shown.insert(key, title);
        return title;
    }

    const ListColumn &m_column;
    QByteArray m_yes;
    QByteArray m_no;
    QByteArray m_scratch;
    QHash<QByteArray, QByteArray> m_shown;
};
} // namespace

QList<int> ListExport::columnList() const
{
    if (!columns.isEmpty())
        return columns;
    QList<int> all;
    for (int i = 0; i < spec.columns.size(); ++i)
        all << i;
    return all;
}

QStringList ListExport::titles() const
{
    QStringList out;
    for (int i : columnList())
        out << spec.columns.at(i).title();
    return out;
}

QString ExportOptions::suffix(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

QPair<QString, QVariantList> ListExporter::select(const ListExport &list, bool sqlite)
{
    const Statement statement = exportStatement(list, sqlite);
    return {statement.sql(), statement.binds};
}

qint64 ListExporter::readAll(const Database &db, const ListExport &list)
{
    qint64 rows = 0;
    QByteArray scratch;
    readList(db, list, [&](const auto &q, int columns) {
        for (int i = 0; i < columns; ++i)
            q.text(i, scratch);
        ++rows;
        return true;
    });
    return rows;
}

std::optional<QVariant> ListExporter::splitPoint(const Database &db, const ListExport &list)
{
    if (!isSqlite(db) || db.isMemory())
        return std::nullopt;
    return Crm::splitPoint(db, list, exportStatement(list, true));
}

qint64 ListExporter::count(const Database &db, const ListExport &list)
{
    const ListQuery::Sql q = list.query.sql(list.spec);
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM %1%2")
                    .arg(q.from, q.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + q.where),
                q.binds)
        .toLongLong();
}

ListExporter::Result ListExporter::write(const Database &db, const ListExport &list, RowWriter &writer,
                                         const Progress &progress)
{
    const QList<int> columns = list.columnList();
    std::vector<CellMaker> makers;
    makers.reserve(size_t(columns.size()));
    bool money = false;
    for (int i : columns) {
        makers.emplace_back(list.spec.columns.at(i));
        money = money || list.spec.columns.at(i).kind == ListColumn::Kind::Money;
    }
    // The row's currency, selected after the columns when there is money to write.
    const int currencyAt = int(columns.size());
    const bool perRowCurrency = money && list.spec.columnIndex(QStringLiteral("currency")) >= 0;
    QByteArray currency = "\1"; // the last row's, and its decimals
    int decimals = 2;
    QByteArray scratch;

    writer.writeHeader(list.titles());
    Result result;
    ExportRows block;
    const bool whole = readList(db, list, [&](const auto &q, int) {
        if (perRowCurrency) {
            const QByteArrayView code = q.isNull(currencyAt) ? QByteArrayView() : q.text(currencyAt, scratch);
            if (code != QByteArrayView(currency)) {
                currency = code.toByteArray();
                decimals = Money::decimalsFor(QString::fromUtf8(currency));
            }
        }
        for (size_t i = 0; i < makers.size(); ++i)
            makers[i].append(block, q, int(i), decimals);
        block.endRow();
        ++result.rows;
        if (result.rows % kProgressEvery != 0)
            return true;
        writer.writeRows(block);
        block.clear();
        return !progress || progress(result.rows);
    });
    if (whole && !block.isEmpty())
        writer.writeRows(block);
    // Cancelled between rows, or at the end.
    result.cancelled = !whole || (progress && !progress(result.rows));
    return result;
}

ListExporter::Result ListExporter::toFile(const Database &db, const ListExport &list, const ExportOptions &options,
                                          const QString &path, const Progress &progress)
{
    if (options.format == ExportFormat::Csv) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw Error(tr("Cannot write %1: %2").arg(path, FileSync::writeFailure(path, file.errorString())));
        CsvWriter csv(file, options.csv);
        // Reading and writing side by side.
        PipedRowWriter writer(csv);
        const Result result = write(db, list, writer, progress);
        if (result.cancelled) {
            file.cancelWriting();
            return result;
        }
        writer.finish();
        if (const QString reason = FileSync::commit(file); !reason.isEmpty())
            throw Error(tr("Cannot write %1: %2").arg(path, reason));
        return result;
    }

    XlsxOptions xlsx;
    xlsx.sheetName = options.sheetName;
    xlsx.maxRowsPerSheet = options.maxRowsPerSheet;
    XlsxWriter xlsxWriter(path, xlsx); // replaces `path` only when finished
    PipedRowWriter writer(xlsxWriter);
    const Result result = write(db, list, writer, progress);
    if (result.cancelled)
        return result; // nothing written
    writer.finish();
    return result;
}

} // namespace Crm
