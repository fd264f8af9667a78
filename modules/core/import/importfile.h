#pragma once

#include "import/importtable.h"

#include <QCoreApplication>

namespace Crm {

// Opens a file to import: an .xlsx workbook (recognised by its content, whatever
// its name) or CSV. Throws Crm::Error with a message the user can act on when the
// file is missing, empty, binary, in an unknown encoding, cut short, an old .xls,
// or has a header but no records.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ImportFile)
public:
    static ImportTable read(const QString &path);
};

} // namespace Crm
