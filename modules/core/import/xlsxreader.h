#pragma once

#include "import/importtable.h"

#include <QCoreApplication>

namespace Crm {

// Reads the first worksheet of an .xlsx workbook (through libzip and Qt's XML
// reader) as text: shared and inline strings as written, numbers without
// exponent or float noise, dates and times (numbers whose style is a date
// format, 1900 or 1904 system) as ISO "yyyy-MM-dd" / "yyyy-MM-dd HH:mm:ss",
// booleans as TRUE/FALSE. The first row with a value is the header; empty rows
// are left out. Throws Crm::Error when the file is not a readable workbook.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(Crm::XlsxReader)
public:
    static ImportTable read(const QString &path);

    // Whether an Excel number format code ("yyyy/m/d", "[$-409]h:mm AM/PM", "0.00")
    // shows a date or time; `id` is the built-in format id (below 164) or -1.
    static bool isDateFormat(int id, const QString &code);
    // "B12" → column 1 (0-based); -1 when malformed.
    static int columnOf(QStringView reference);
    // The text of a numeric cell: "12", "0.1", "1234567890123" (no exponent).
    static QString numberText(const QString &value);
};

} // namespace Crm
