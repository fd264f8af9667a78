#include "export/xlsxwriter.h"

#include "db/filesync.h"

#include "db/error.h"
#include "export/xlsxparts.h"
#include "export/zipwriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <cmath>
#include <optional>

namespace Crm {

namespace {
// Rows whose text sizes the columns; later rows do not widen them.
constexpr int kMeasuredRows = 1000;
constexpr int kMaxWidth = 60;
constexpr int kMaxRows = 1048576; // Excel's rows a sheet
// Sheet XML beyond which a list goes on to the next sheet: a zip entry stays
// under 4 GB, which any reader takes.
constexpr quint64 kMaxSheetXml = 4000000000ull;
// Sheets a workbook can have: [Content_Types].xml, which names each, comes
// first in the file (where file-type detection looks for it) with room for
// this many.
constexpr int kMaxSheets = 32;
// Sheet XML collected before it is compressed.
constexpr size_t kChunk = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Crm::XlsxWriter", text);
}

QString sheetName(const QString &base, int index)
{
    QString name = base.isEmpty() ? QStringLiteral("Sheet") : base;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u' ');
    name = name.trimmed();
    if (name.startsWith(u'\''))
        name.remove(0, 1);
    const QString suffix = index > 1 ? QStringLiteral(" (%1)").arg(index) : QString();
    return name.left(31 - suffix.size()) + suffix;
}

// Display width in characters: East Asian wide characters count twice.
int widthOf(QStringView text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        width += (u >= 0x1100 && (u <= 0x115f || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3) ||
                                  (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f) ||
                                  (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6)))
                     ? 2
                     : 1;
    }
    return width;
}

// Excel's serial day of a date: 1 is 1900-01-01, and 1900-02-29 (which did not
// exist) is counted, so from March 1900 on it is days since 1899-12-30.
// Dates before 1900 have none.
std::optional<qint64> serialDay(const QDate &date)
{
    if (date.year() < 1900)
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1899, 12, 30).toJulianDay();
    return date < QDate(1900, 3, 1) ? days - 1 : days;
}
} // namespace

XlsxWriter::XlsxWriter(const QString &path, const XlsxOptions &options)
    : m_file(std::make_unique<QSaveFile>(path))
    , m_options(options)
{
    if (m_options.maxRowsPerSheet < 2 || m_options.maxRowsPerSheet > kMaxRows)
        m_options.maxRowsPerSheet = kMaxRows;
    if (!m_file->open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, FileSync::writeFailure(path, m_file->errorString())));
    m_zip = std::make_unique<ZipWriter>(*m_file);
    m_contentTypes = m_zip->reserve("[Content_Types].xml", XlsxParts::contentTypes(kMaxSheets).size());
    m_zip->addEntry("_rels/.rels", XlsxParts::rootRelationships());
    m_xml.reserve(kChunk + 64 * 1024);
}

// Not finished (cancelled, failed): QSaveFile drops what was written.
XlsxWriter::~XlsxWriter() = default;

void XlsxWriter::startSheet()
{
    const int sheet = int(m_sheetNames.size()) + 1;
    if (sheet > kMaxSheets)
        throw Error(tr("Cannot write %1: the list needs more than %2 sheets.").arg(m_file->fileName()).arg(kMaxSheets));
    m_sheetNames << sheetName(m_options.sheetName, sheet);
    m_zip->beginEntry("xl/worksheets/sheet" + QByteArray::number(sheet) + ".xml");
    m_widths.assign(size_t(m_titles.size()), 0);
    m_measuring = true;
    m_row = 0;
    beginRow();
    for (int c = 0; c < m_titles.size(); ++c) {
        textCell(c, m_titles.at(c).toUtf8(), XlsxParts::kBoldStyle);
        measure(c, m_titles.at(c));
    }
    m_xml += "</row>";
}

void XlsxWriter::writeHead()
{
    std::vector<int> widths;
    for (const int w : m_widths)
        widths.push_back(std::min(w, kMaxWidth) + 2);
    m_zip->write(XlsxParts::sheetHead(m_sheetNames.size() == 1, widths));
    m_measuring = false;
}

// Hands the collected XML on once there is enough of it (or the columns are
// sized: then the head goes first).
void XlsxWriter::pass()
{
    if (m_measuring) {
        if (m_row <= kMeasuredRows)
            return;
        writeHead();
    }
    if (m_xml.size() < kChunk)
        return;
    m_zip->write(m_xml.data(), qsizetype(m_xml.size()));
    m_xml.clear();
}

void XlsxWriter::endSheet()
{
    if (m_measuring)
        writeHead();
    m_xml += XlsxParts::sheetTail().toStdString();
    m_zip->write(m_xml.data(), qsizetype(m_xml.size()));
    m_xml.clear();
    m_zip->endEntry();
}

void XlsxWriter::writeHeader(const QStringList &titles)
{
    m_titles = titles;
    startSheet();
}

void XlsxWriter::measure(int column, QStringView text)
{
    if (column >= int(m_widths.size()))
        m_widths.resize(size_t(column) + 1, 0);
    int &w = m_widths[size_t(column)];
    if (w < kMaxWidth)
        w = std::max(w, widthOf(text.left(kMaxWidth * 2)));
}

int XlsxWriter::numberStyle(int decimals)
{
    if (decimals < 0)
        return 0; // General: the value as it is
    const qsizetype at = m_numberDecimals.indexOf(decimals);
    if (at >= 0)
        return XlsxParts::kFirstNumberStyle + int(at);
    m_numberDecimals << decimals;
    return XlsxParts::kFirstNumberStyle + int(m_numberDecimals.size()) - 1;
}

void XlsxWriter::beginRow()
{
    ++m_row;
    m_rowNumber = QByteArray::number(m_row);
    m_xml += "<row r=\"";
    m_xml += m_rowNumber.constData();
    m_xml += "\">";
}

// `<c r="B7" s="3"` of a cell, its attributes left open.
void XlsxWriter::openCell(int column, int style)
{
    while (size_t(column) >= m_columns.size())
        m_columns.push_back(XlsxParts::columnName(int(m_columns.size())));
    m_xml += "<c r=\"";
    m_xml += m_columns[size_t(column)].constData();
    m_xml += m_rowNumber.constData();
    if (style) {
        m_xml += "\" s=\"";
        m_xml += std::to_string(style);
    }
    m_xml += '"';
}

void XlsxWriter::textCell(int column, QByteArrayView text, int style)
{
    // Excel's limit is in UTF-16 units, never more than the UTF-8 bytes.
    QByteArray cut;
    if (text.size() > kMaxCellText) {
        const QString whole = QString::fromUtf8(text);
        if (whole.size() > kMaxCellText) {
            cut = QStringView(whole).left(kMaxCellText).toUtf8();
            text = cut;
        }
    }
    openCell(column, style);
    m_xml += XlsxParts::needsPreserve(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                                            : " t=\"inlineStr\"><is><t>";
    XlsxParts::appendXml(m_xml, text);
    m_xml += "</t></is></c>";
}

void XlsxWriter::numberCell(int column, const QByteArray &number, int style)
{
    openCell(column, style);
    m_xml += "><v>";
    m_xml += number.constData();
    m_xml += "</v></c>";
}

void XlsxWriter::writeRow(const QList<ExportCell> &cells)
{
    m_single.clear();
    m_single.appendRow(cells);
    writeRows(m_single);
}

void XlsxWriter::writeRows(const ExportRows &rows)
{
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        if (m_sheetNames.isEmpty())
            startSheet();
        else if (m_row >= m_options.maxRowsPerSheet || m_zip->entrySize() + m_xml.size() > kMaxSheetXml) {
            endSheet();
            startSheet();
        }
        const bool measured = m_row <= kMeasuredRows;
        beginRow();
        int column = 0;
        for (const ExportRows::Cell &cell : rows.row(r)) {
            writeCell(column, cell.kind, rows.text(cell), cell.decimals, measured);
            ++column;
        }
        m_xml += "</row>";
        pass();
    }
}

void XlsxWriter::writeCell(int column, ExportCell::Kind kind, QByteArrayView text, int decimals, bool measured)
{
    switch (kind) {
    case ExportCell::Kind::Empty:
        break;
    case ExportCell::Kind::Text:
        if (text.isEmpty())
            break;
        textCell(column, text, 0);
        if (measured)
            measure(column, QString::fromUtf8(text));
        break;
    case ExportCell::Kind::Number: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value))
            numberCell(column, QByteArray::number(value, 'g', QLocale::FloatingPointShortest), numberStyle(decimals));
        else // not a number after all: keep what it says
            textCell(column, text, 0);
        if (measured) { // as shown, with a thousands separator every three digits
            const QString shown = QString::fromUtf8(text);
            measure(column, shown.size() > 3 ? shown + shown.left((shown.size() - 1) / 3) : shown);
        }
        break;
    }
    case ExportCell::Kind::Date: {
        const QDate date = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
        if (const std::optional<qint64> day = serialDay(date))
            numberCell(column, QByteArray::number(*day), XlsxParts::kDateStyle);
        else // before 1900: Excel has no date for it
            textCell(column, text, 0);
        if (measured)
            measure(column, u"yyyy-mm-dd");
        break;
    }
    }
}

void XlsxWriter::finish()
{
    if (m_finished)
        return;
    if (m_sheetNames.isEmpty())
        startSheet();
    endSheet();
    const int sheets = int(m_sheetNames.size());
    m_zip->addEntry("xl/workbook.xml", XlsxParts::workbook(m_sheetNames));
    m_zip->addEntry("xl/_rels/workbook.xml.rels", XlsxParts::workbookRelationships(sheets));
    m_zip->addEntry("xl/styles.xml", XlsxParts::styles(m_numberDecimals));
    m_zip->fill(m_contentTypes, XlsxParts::contentTypes(sheets));
    m_zip->finish();
    if (const QString reason = FileSync::commit(*m_file); !reason.isEmpty())
        throw Error(tr("Cannot write %1: %2").arg(m_file->fileName(), reason));
    m_finished = true;
}

} // namespace Crm
