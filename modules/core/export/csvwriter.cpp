#include "export/csvwriter.h"

#include "db/error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Crm {

CsvOptions CsvOptions::excel(const QLocale &locale)
{
    CsvOptions options;
    options.separator = locale.decimalPoint() == QLatin1String(",") ? u';' : u',';
    return options;
}

namespace {

QStringEncoder encoderFor(CsvOptions::Encoding encoding)
{
    if (encoding == CsvOptions::Encoding::Gb18030)
        return QStringEncoder("GB18030");
    return QStringEncoder(QStringConverter::Utf8);
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
    , m_encoder(encoderFor(options.encoding))
{
    if (!m_encoder.isValid())
        throw Error(QCoreApplication::translate("Crm::CsvWriter", "This system cannot write the GB18030 encoding."));
}

bool CsvWriter::needsGuard(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

QString CsvWriter::field(const ExportCell &cell, const CsvOptions &options)
{
    QString value;
    switch (cell.kind) {
    case ExportCell::Kind::Empty:
        return {};
    case ExportCell::Kind::Date:
        return cell.date.toString(Qt::ISODate);
    case ExportCell::Kind::Number:
        value = cell.text;
        if (options.decimalMark != u'.')
            value.replace(u'.', options.decimalMark);
        break;
    case ExportCell::Kind::Text:
        value = needsGuard(cell.text) ? QLatin1Char('\'') + cell.text : cell.text;
        break;
    }
    // One pass over the text (a million rows of ten fields each pass this way).
    bool quote = value.startsWith(u' ') || value.endsWith(u' ');
    for (const QChar c : std::as_const(value)) {
        if (quote)
            break;
        quote = c == options.separator || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!quote)
        return value;
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
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
    m_line.resize(0); // keeps its capacity
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += m_options.separator;
        m_line += field(cells.at(i), m_options);
    }
    m_line += QLatin1String("\r\n");
    if (!m_started) {
        m_started = true;
        if (m_options.encoding == CsvOptions::Encoding::Utf8Bom)
            m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    }
    // Encoded straight into the buffer, which goes to the device in large pieces.
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + m_encoder.requiredSpace(m_line.size()));
    char *end = m_encoder.appendToBuffer(m_buffer.data() + used, m_line);
    m_buffer.resize(end - m_buffer.constData());
    if (m_buffer.size() >= kBufferBytes)
        flush();
}

void CsvWriter::finish()
{
    flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    const qint64 written = m_device.write(m_buffer);
    const qsizetype size = m_buffer.size();
    m_buffer.resize(0);
    if (written != size)
        throw Error(QCoreApplication::translate("Crm::CsvWriter", "Could not write the file: %1")
                        .arg(m_device.errorString()));
}

} // namespace Crm
