#pragma once

#include "export/exportcell.h"
#include "export/exportrows.h"

#include <QList>
#include <QStringList>

namespace Crm {

// What every export writer (CSV, .xlsx) takes: one header, then rows of typed
// cells in order — one at a time or packed in blocks (ExportRows) — then
// finish(). Write errors are Crm::Error.
class RowWriter
{
public:
    virtual ~RowWriter() = default;
    virtual void writeHeader(const QStringList &titles) = 0;
    virtual void writeRow(const QList<ExportCell> &cells) = 0;
    // The rows of `rows` in order; by default one writeRow() each.
    virtual void writeRows(const ExportRows &rows)
    {
        for (qsizetype r = 0; r < rows.rowCount(); ++r)
            writeRow(rows.cells(r));
    }
    // Completes the file (an .xlsx is only readable after this); throws Crm::Error.
    virtual void finish() {}
};

} // namespace Crm
