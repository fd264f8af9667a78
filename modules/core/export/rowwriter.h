#pragma once

#include "export/exportcell.h"

#include <QList>
#include <QStringList>

namespace Crm {

// What every export writer (CSV, .xlsx) takes: one header, then rows of typed
// cells in order, then finish(). Write errors are Crm::Error.
class RowWriter
{
public:
    virtual ~RowWriter() = default;
    virtual void writeHeader(const QStringList &titles) = 0;
    virtual void writeRow(const QList<ExportCell> &cells) = 0;
    // Completes the file (an .xlsx is only readable after this); throws Crm::Error.
    virtual void finish() {}
};

} // namespace Crm
