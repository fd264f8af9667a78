#pragma once

#include "import/importtable.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Crm {

// Reads CSV as spreadsheets write it: UTF-8 with or without BOM, UTF-16 with BOM
// (Excel's "Unicode text") or GB18030 (older Chinese Excel), detected from the
// bytes; ',' ';' or tab as separator, detected from the first records; RFC 4180
// quoting, including separators, doubled quotes and line breaks inside quotes.
// Blank records are left out. Throws Crm::Error with a clear message for binary
// data, text in another encoding and a quote that is never closed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Crm::CsvReader)
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16, Gb18030 };

    static ImportTable read(const QByteArray &bytes);

    static QString decode(const QByteArray &bytes, Encoding *detected = nullptr);
    static QChar detectSeparator(const QString &text);
    static ImportTable parse(const QString &text, QChar separator);
    static QString encodingName(Encoding encoding);

    // Offset of the first byte that is not valid UTF-8, or -1.
    static qsizetype invalidUtf8At(const QByteArray &bytes);
    // Whether the bytes are well-formed GB18030 that looks like Chinese text
    // (rather than Latin-1 or Windows-1252 misread as GB18030).
    static bool looksLikeGb18030(const QByteArray &bytes);
};

} // namespace Crm
