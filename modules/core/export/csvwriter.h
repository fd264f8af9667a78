#pragma once

#include "export/rowwriter.h"

#include <QList>
#include <QLocale>
#include <QStringEncoder>

class QIODevice;

namespace Crm {

struct CsvOptions
{
    enum class Encoding { Utf8Bom, Utf8, Gb18030 };
    Encoding encoding = Encoding::Utf8Bom;
    QChar separator = u',';
    QChar decimalMark = u'.';

    // The "Excel" profile for `locale`: UTF-8 with BOM, ';' where the locale's
    // decimal separator is a comma (otherwise ','), numbers with a dot.
    static CsvOptions excel(const QLocale &locale = QLocale());
};

// The one CSV writer: RFC 4180 quoting, CRLF line ends, never a "sep=" line,
// ISO dates, numbers without grouping, and a guard against formula injection —
// a text cell starting with = + - @ tab or carriage return gets a leading
// apostrophe (numbers are not touched). It works on UTF-8 (ExportRows), and
// re-encodes only for GB18030. Rows reach the device in pieces of about 256 KB and at finish(), which reports write errors as Crm::Error
// (destroying the writer writes what is left, quietly).
class CsvWriter final : public RowWriter
{
public:
    CsvWriter(QIODevice &device, const CsvOptions &options = {});
    ~CsvWriter() override;
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;
    void writeRow(const QList<ExportCell> &cells) override;
    void writeRows(const ExportRows &rows) override;
    void writeHeader(const QStringList &titles) override;
    void finish() override;

    // Whether the writer guards `text` (a text cell) with an apostrophe.
    static bool needsGuard(QStringView text);

private:
    static constexpr qsizetype kBufferBytes = 256 * 1024;
    void appendField(QByteArray &out, ExportCell::Kind kind, QByteArrayView text) const;
    bool needsQuotes(QByteArrayView text, bool guarded) const;
    void flush();
    QIODevice &m_device;
    CsvOptions m_options;
    QByteArray m_separator;   // UTF-8
    QByteArray m_decimalMark; // UTF-8
    QStringEncoder m_encoder; // GB18030 only
    ExportRows m_single;         // writeRow()'s cells
    QByteArray m_text;        // GB18030: the rows in UTF-8 before encoding
    QByteArray m_buffer;      // encoded rows not yet written
    bool m_started = false;
};

} // namespace Crm
