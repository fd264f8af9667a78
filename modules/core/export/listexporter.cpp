#include "export/listexporter.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/error.h"
#include "db/scopedpragma.h"
#include "export/pipedrowwriter.h"
#include "export/xlsxwriter.h"
#include "model/decimal.h"
#include "model/money.h"
#include "model/quantity.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <optional>

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

// Runs `sql` and hands each row to `row(rows, columns)` until it returns false;
// true when every row was handed. On SQLite through its own API (SqliteRows),
// else through QtSql.
template <typename Row>
bool readRows(const Database &db, const QString &sql, const QVariantList &binds, Row &&row)
{
    if (isSqlite(db)) {
        SqliteRows q(db, sql, binds);
        const int columns = q.columnCount();
        while (q.next())
            if (!row(q, columns))
                return false;
        return true;
    }
    QSqlQuery q = db.exec(sql, binds);
    const int columns = q.record().count();
    while (q.next())
        if (!row(q, columns))
            return false;
    if (q.lastError().isValid())
        throw Error(QCoreApplication::translate("Crm::ListExporter", "Could not read the list: %1")
                        .arg(q.lastError().text()));
    return true;
}

// The connection set up for reading a whole list on SQLite, and put back after:
// a small page cache, and temporary files for the sorter (instead of memory, the
// connection's default) so that sorting a million rows keeps memory flat. An
// in-memory database (tests) is left as it is.
class ExportConnection
{
public:
    explicit ExportConnection(const Database &db)
    {
        if (!isSqlite(db) || db.isMemory())
            return;
        m_cache.emplace(db, QStringLiteral("cache_size"), -kExportCacheKb);
        m_temp.emplace(db, QStringLiteral("temp_store"), QStringLiteral("FILE"));
    }

private:
    std::optional<ScopedPragma> m_cache;
    std::optional<ScopedPragma> m_temp;
};

// `from` with its first table read NOT INDEXED (SQLite): "core_party p LEFT JOIN …"
// becomes "core_party p NOT INDEXED LEFT JOIN …".
QString scanningFrom(const QString &from)
{
    static const QStringList keywords{QStringLiteral("JOIN"),  QStringLiteral("LEFT"),    QStringLiteral("CROSS"),
                                      QStringLiteral("INNER"), QStringLiteral("NATURAL"), QStringLiteral("ON"),
                                      QStringLiteral("WHERE")};
    const QStringList tokens = from.simplified().split(u' ');
    if (tokens.isEmpty() || tokens.first().contains(u'('))
        return from;
    int aliasEnd = 1;
    if (tokens.size() > 2 && tokens.at(1).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0)
        aliasEnd = 3;
    else if (tokens.size() > 1 && !keywords.contains(tokens.at(1).toUpper()) && !tokens.at(1).contains(u','))
        aliasEnd = 2;
    QStringList out = tokens.mid(0, aliasEnd);
    out << QStringLiteral("NOT INDEXED") << tokens.mid(aliasEnd);
    return out.join(u' ');
}

// "13", "6.5": percentage points without trailing zeros.
QString percentPoints(qint64 basisPoints)
{
    QString s = Decimal::format(basisPoints, 2);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}
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

ExportCell ListExporter::cell(const ListColumn &column, const QVariant &value, int moneyDecimals)
{
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ListColumn::Kind::Text:
        return ExportCell::fromText(column.display ? column.display(value) : value.toString());
    case ListColumn::Kind::Money:
        return ExportCell::fromNumber(Decimal::format(value.toLongLong(), moneyDecimals), moneyDecimals);
    case ListColumn::Kind::Quantity:
        return ExportCell::fromNumber(Quantity::fromMilli(value.toLongLong()).toString());
    case ListColumn::Kind::Percent:
        return ExportCell::fromNumber(percentPoints(value.toLongLong()));
    case ListColumn::Kind::Integer:
        return ExportCell::fromNumber(column.scale > 0 ? Decimal::format(value.toLongLong(), column.scale)
                                                       : QString::number(value.toLongLong()));
    case ListColumn::Kind::Bool:
        // The page's own words (PagedListModel).
        return ExportCell::fromText(value.toInt() ? QCoreApplication::translate("Crm::PagedListModel", "Yes")
                                                  : QCoreApplication::translate("Crm::PagedListModel", "No"));
    case ListColumn::Kind::Date:
        return ExportCell::fromDate(QDate::fromString(value.toString().left(10), Qt::ISODate));
    }
    return ExportCell::fromText(value.toString());
}

QPair<QString, QVariantList> ListExporter::select(const ListExport &list, bool sqlite)
{
    const ListSpec &spec = list.spec;
    ListQuery::Sql q = list.query.sql(spec);
    // The whole list: SQLite reads its table through and sorts (twice as fast
    // as visiting the rows in the order of an index, which reads table pages at
    // random). A search or a filter keeps the plan that finds its few rows.
    const bool whole = list.query.search.trimmed().isEmpty() && q.binds.isEmpty();
    if (sqlite && whole && !q.indexed)
        q.from = scanningFrom(q.from);
    const int sortColumn =
        list.query.sortColumn >= 0 && list.query.sortColumn < spec.columns.size() ? list.query.sortColumn : 0;
    // The same order as PagedListModel::readPage(), without pages.
    const bool indexOrder = q.indexed && list.indexOrder;
    const QString sortExpr = indexOrder ? QStringLiteral("s.rowid") : spec.columns.at(sortColumn).expr;
    const QString dir = list.query.descending && !indexOrder ? QStringLiteral(" DESC") : QString();
    const QString order = indexOrder && spec.searchIdExpr.isEmpty()
                              ? QStringLiteral("s.rowid")
                              : QStringLiteral("%1%2, %3%2").arg(sortExpr, dir, spec.idExpr);
    QStringList select;
    bool money = false;
    for (int i : list.columnList()) {
        select << spec.columns.at(i).expr;
        money = money || spec.columns.at(i).kind == ListColumn::Kind::Money;
    }
    const int currency = spec.columnIndex(QStringLiteral("currency"));
    if (money && currency >= 0)
        select << spec.columns.at(currency).expr;
    return {QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                .arg(select.join(QLatin1String(", ")), q.from,
                     q.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + q.where, order),
            q.binds};
}

qint64 ListExporter::readAll(const Database &db, const ListExport &list)
{
    const auto [sql, binds] = select(list, isSqlite(db));
    const ExportConnection connection(db);
    qint64 rows = 0;
    readRows(db, sql, binds, [&rows](const auto &q, int columns) {
        for (int i = 0; i < columns; ++i)
            q.value(i);
        ++rows;
        return true;
    });
    return rows;
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
    QList<const ListColumn *> specs;
    for (int i : columns)
        specs << &list.spec.columns.at(i);
    const auto [sql, binds] = select(list, isSqlite(db));
    // The row's currency, selected after the columns when there is money to write.
    const int currencyAt = int(columns.size());
    bool perRowCurrency = false;
    for (const ListColumn *c : specs)
        perRowCurrency = perRowCurrency || c->kind == ListColumn::Kind::Money;
    perRowCurrency = perRowCurrency && list.spec.columnIndex(QStringLiteral("currency")) >= 0;

    writer.writeHeader(list.titles());
    const ExportConnection connection(db);
    Result result;
    const bool whole = readRows(db, sql, binds, [&](const auto &q, int) {
        const int decimals = perRowCurrency ? Money::decimalsFor(q.value(currencyAt).toString()) : 2;
        // A new list each row: the writer may keep the last one (PipedRowWriter).
        QList<ExportCell> row;
        row.reserve(specs.size());
        for (qsizetype i = 0; i < specs.size(); ++i)
            row.append(cell(*specs.at(i), q.value(int(i)), decimals));
        writer.writeRow(row);
        ++result.rows;
        return !(progress && result.rows % kProgressEvery == 0 && !progress(result.rows));
    });
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
            throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
        CsvWriter csv(file, options.csv);
        // Reading and writing side by side.
        PipedRowWriter writer(csv);
        const Result result = write(db, list, writer, progress);
        if (result.cancelled) {
            file.cancelWriting();
            return result;
        }
        writer.finish();
        if (!file.commit())
            throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
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
