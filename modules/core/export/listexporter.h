#pragma once

#include "export/csvwriter.h"
#include "model/listspec.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

namespace Crm {

class Database;
class RowWriter;

// A list as a page shows it, to be exported: its spec, its search, filters and
// sort, and the columns the user sees, in the order they see them.
struct ListExport
{
    ListSpec spec;
    ListQuery query;    // numberSearch resolved (ListQuery::resolveNumber)
    QList<int> columns; // indexes into spec.columns, in order; empty: all
    // The rows in the search index's order, as a page shows a search with many
    // matches (PagedListModel::isIndexOrdered()); otherwise by the sort column.
    bool indexOrder = false;
    // On SQLite, a whole list of about this many rows or more is sorted in two
    // halves side by side, on two connections.
    qint64 splitRows = 100000;

    QList<int> columnList() const;
    QStringList titles() const; // translated, as the page's column titles
};

enum class ExportFormat { Csv, Xlsx };

struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    CsvOptions csv = CsvOptions::excel();
    QString sheetName;             // .xlsx: the first sheet's name
    int maxRowsPerSheet = 1048576; // .xlsx: rows per sheet, header included

    static QString suffix(ExportFormat format); // "csv", "xlsx"
};

// Reads a list in one forward pass (nothing is held but a block of rows) and
// feeds a RowWriter, in blocks (ExportRows): text as shown (status titles, Yes/No), money as a number
// with its currency's decimals (from the row's column keyed "currency", else 2),
// quantities, integers and percentages as numbers, dates as dates. Runs on the
// calling thread's connection of `db` (a worker thread gets its own).
class ListExporter
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ListExporter)
public:
    // Called every few hundred rows with the number written; false cancels.
    using Progress = std::function<bool(qint64 rows)>;
    struct Result
    {
        qint64 rows = 0;
        bool cancelled = false;
    };

    // Writes the list to `path` in the format of `options`, whole or not at all:
    // into a temporary file beside `path` that replaces it when complete. A
    // cancelled or failed export leaves no file behind (and a file already at
    // `path` as it was). Throws Crm::Error.
    static Result toFile(const Database &db, const ListExport &list, const ExportOptions &options, const QString &path,
                         const Progress &progress = {});
    // The header and the rows into `writer` (finishing it is the caller's).
    static Result write(const Database &db, const ListExport &list, RowWriter &writer, const Progress &progress = {});
    // The rows the export will write (for a progress bar).
    static qint64 count(const Database &db, const ListExport &list);
    // The statement the export runs: the list's columns (and the row currency),
    // its FROM and WHERE, in the page's order; on SQLite (`sqlite`) a whole list
    // is read through its table and sorted.
    static QPair<QString, QVariantList> select(const ListExport &list, bool sqlite = false);
    // Where a whole list on a SQLite file splits into the two halves sorted side
    // by side (the middle value of its sort column); none when it is not split.
    static std::optional<QVariant> splitPoint(const Database &db, const ListExport &list);
    // The bare statement of the export, every value read as SQLite gives it
    // (text in UTF-8) and nothing written (the benchmark's baseline); returns
    // the rows read.
    static qint64 readAll(const Database &db, const ListExport &list);
};

} // namespace Crm
