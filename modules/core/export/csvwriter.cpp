#include "export/csvwriter.h"

#include "db/filesync.h"

#include "db/error.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace Crm {

CsvOptions CsvOptions::excel(const QLocale &locale)
{
    CsvOptions options;
    options.separator = locale.decimalPoint() == QLatin1String(",") ? u';' : u',';
    return options;
}

CsvWriter::CsvWriter(QIODevice &device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
    , m_separator(QString(options.separator).toUtf8())
    , m_decimalMark(QString(options.decimalMark).toUtf8())
{
    if (options.encoding == CsvOptions::Encoding::Gb18030) {
        m_encoder = QStringEncoder("GB18030");
        if (!m_encoder.isValid())
            throw Error(
                QCoreApplication::translate("Crm::CsvWriter", "This system cannot write the GB18030 encoding."));
    }
}

namespace {
// A text cell starting with one of these could be read as a formula.
bool isGuarded(char16_t first)
{
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

bool startsGuarded(QByteArrayView text)
{
    return !text.isEmpty() && isGuarded(uchar(text.front()));
}
} // namespace

bool CsvWriter::needsGuard(QStringView text)
{
    return !text.isEmpty() && isGuarded(text.front().unicode());
}

// `guarded`: the field starts with the guard's apostrophe, not with `text`.
bool CsvWriter::needsQuotes(QByteArrayView text, bool guarded) const
{
    if (text.isEmpty())
        return false;
    if ((text.front() == ' ' && !guarded) || text.back() == ' ' || (guarded && m_separator == "'"))
        return true;
    const char separator = m_separator.size() == 1 ? m_separator.front() : '"';
    for (const char c : text)
        if (c == '"' || c == '\n' || c == '\r' || c == separator)
            return true;
    return m_separator.size() > 1 && text.contains(QByteArrayView(m_separator));
}

void CsvWriter::appendField(QByteArray &out, ExportCell::Kind kind, QByteArrayView text) const
{
    QByteArray replaced;
    if (kind == ExportCell::Kind::Number && m_decimalMark != ".") {
        replaced = text.toByteArray().replace('.', m_decimalMark);
        text = replaced;
    }
    // The guard's apostrophe goes first, so the field does not start with a space.
    const bool guard = kind == ExportCell::Kind::Text && startsGuarded(text);
    const bool quote = needsQuotes(text, guard);
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    if (!quote) {
        out += text;
        return;
    }
    for (qsizetype from = 0;;) {
        const qsizetype at = text.indexOf('"', from);
        if (at < 0) {
            out += text.sliced(from);
            break;
        }
        out += text.sliced(from, at + 1 - from);
        out += '"';
        from = at + 1;
    }
    out += '"';
}

void CsvWriter::writeHeader(const QStringList &titles)
{
    QList<ExportCell> cells;
    cells.reserve(titles.size());
    for (const QString &title : titles)
        cells << ExportCell::fromText(title);
    writeRow(cells);
}

CsvWriter::~CsvWriter()
{
    try {
        flush();
    } catch (const Error &) {
        // The caller who wants to know calls finish().
    }
}

void CsvWriter::writeRow(const QList<ExportCell> &cells)
{
    m_single.clear();
    m_single.appendRow(cells);
    writeRows(m_single);
}

void CsvWriter::writeRows(const ExportRows &rows)
{
    if (!m_started) {
        m_started = true;
        if (m_options.encoding == CsvOptions::Encoding::Utf8Bom)
            m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    }
    const bool gb18030 = m_options.encoding == CsvOptions::Encoding::Gb18030;
    QByteArray &out = gb18030 ? m_text : m_buffer;
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        bool first = true;
        for (const ExportRows::Cell &cell : rows.row(r)) {
            if (!first)
                out += m_separator;
            first = false;
            appendField(out, cell.kind, rows.text(cell));
        }
        out += "\r\n";
    }
    if (gb18030) {
        // Encoded straight onto the end of the buffer.
        const QString text = QString::fromUtf8(m_text);
        m_text.resize(0);
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + m_encoder.requiredSpace(text.size()));
        char *end = m_encoder.appendToBuffer(m_buffer.data() + used, text);
        m_buffer.resize(end - m_buffer.constData());
    }
    if (m_buffer.size() >= kBufferBytes)
        flush();
}

void CsvWriter::finish()
{
    flush();
}

namespace {
QString failure(const QIODevice &device)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    return file ? FileSync::writeFailure(file->fileName(), device.errorString()) : device.errorString();
}
} // namespace

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    const qint64 written = m_device.write(m_buffer);
    const qsizetype size = m_buffer.size();
    m_buffer.resize(0);
    if (written != size)
        throw Error(QCoreApplication::translate("Crm::CsvWriter", "Could not write the file: %1")
                        .arg(failure(m_device)));
}

} // namespace Crm
