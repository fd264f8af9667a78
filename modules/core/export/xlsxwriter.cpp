#include "export/xlsxwriter.h"

#include "db/error.h"

#include <QCoreApplication>
#include <QFile>
#include <xlsxwriter.h>

namespace Crm {

namespace {
// Rows whose text sizes the columns; later rows do not widen them.
constexpr int kMeasuredRows = 1000;
constexpr int kMaxWidth = 60;

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
int widthOf(const QString &text)
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
} // namespace

XlsxWriter::XlsxWriter(const QString &path, const XlsxOptions &options)
    : m_options(options)
    , m_path(path)
{
    if (m_options.maxRowsPerSheet < 2 || m_options.maxRowsPerSheet > LXW_ROW_MAX)
        m_options.maxRowsPerSheet = LXW_ROW_MAX;
    lxw_workbook_options o{};
    o.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(path);
    m_book = workbook_new_opt(file.constData(), &o);
    if (!m_book)
        throw Error(tr("Cannot write %1: out of memory.").arg(path));
    m_bold = workbook_add_format(m_book);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
}

XlsxWriter::~XlsxWriter()
{
    // Not finished (cancelled, failed): free everything, write nothing.
    if (m_book && !m_finished)
        lxw_workbook_free(m_book);
}

void XlsxWriter::check(int error) const
{
    if (error != LXW_NO_ERROR)
        throw Error(tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(lxw_error(error)))));
}

void XlsxWriter::startSheet()
{
    if (m_sheet)
        sizeColumns();
    ++m_sheets;
    const QByteArray name = sheetName(m_options.sheetName, m_sheets).toUtf8();
    m_sheet = workbook_add_worksheet(m_book, name.constData());
    if (!m_sheet)
        throw Error(tr("Cannot write %1: cannot add a sheet.").arg(m_path));
    m_row = 0;
    m_widths.assign(size_t(m_titles.size()), 0);
    for (int c = 0; c < m_titles.size(); ++c) {
        const QByteArray title = m_titles.at(c).left(kMaxCellText).toUtf8();
        check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), title.constData(), m_bold));
        measure(c, m_titles.at(c));
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
}

void XlsxWriter::writeHeader(const QStringList &titles)
{
    m_titles = titles;
    startSheet();
}

void XlsxWriter::measure(int column, const QString &text)
{
    if (column >= int(m_widths.size()))
        m_widths.resize(size_t(column) + 1, 0);
    int &w = m_widths[size_t(column)];
    if (w < kMaxWidth)
        w = std::max(w, widthOf(text.left(kMaxWidth * 2)));
}

lxw_format *XlsxWriter::numberFormat(int decimals)
{
    if (decimals < 0)
        return nullptr; // General: the value as it is
    auto it = m_numberFormats.constFind(decimals);
    if (it != m_numberFormats.constEnd())
        return it.value();
    lxw_format *format = workbook_add_format(m_book);
    const QByteArray pattern =
        decimals == 0 ? QByteArray("#,##0") : QByteArray("#,##0.") + QByteArray(std::min(decimals, 15), '0');
    format_set_num_format(format, pattern.constData());
    m_numberFormats.insert(decimals, format);
    return format;
}

void XlsxWriter::writeRow(const QList<ExportCell> &cells)
{
    if (!m_sheet)
        startSheet();
    else if (m_row >= m_options.maxRowsPerSheet)
        startSheet();
    const bool measured = m_row <= kMeasuredRows;
    const lxw_row_t row = lxw_row_t(m_row);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const ExportCell &cell = cells.at(i);
        const lxw_col_t col = lxw_col_t(i);
        switch (cell.kind) {
        case ExportCell::Kind::Empty:
            break;
        case ExportCell::Kind::Text: {
            if (cell.text.isEmpty())
                break;
            QString value = cell.text.size() > kMaxCellText ? cell.text.left(kMaxCellText) : cell.text;
            if (value.contains(u'\r')) // a line break in a cell is a line feed in Excel
                value.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
            const QByteArray text = value.toUtf8();
            check(worksheet_write_string(m_sheet, row, col, text.constData(), nullptr));
            if (measured)
                measure(int(i), cell.text);
            break;
        }
        case ExportCell::Kind::Number: {
            bool ok = false;
            const double value = cell.text.toDouble(&ok);
            if (!ok) { // not a number after all: keep what it says
                const QByteArray text = cell.text.left(kMaxCellText).toUtf8();
                check(worksheet_write_string(m_sheet, row, col, text.constData(), nullptr));
            } else {
                check(worksheet_write_number(m_sheet, row, col, value, numberFormat(cell.decimals)));
            }
            if (measured)
                measure(int(i),
                        cell.text.size() > 3 ? cell.text + cell.text.left((cell.text.size() - 1) / 3) : cell.text);
            break;
        }
        case ExportCell::Kind::Date: {
            lxw_datetime dt{};
            dt.year = cell.date.year();
            dt.month = cell.date.month();
            dt.day = cell.date.day();
            check(worksheet_write_datetime(m_sheet, row, col, &dt, m_date));
            if (measured)
                measure(int(i), QStringLiteral("yyyy-mm-dd"));
            break;
        }
        }
    }
    ++m_row;
}

void XlsxWriter::sizeColumns()
{
    for (size_t c = 0; c < m_widths.size(); ++c)
        worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), std::min(m_widths[c], kMaxWidth) + 2.0, nullptr);
}

void XlsxWriter::finish()
{
    if (m_finished)
        return;
    if (!m_sheet)
        startSheet();
    sizeColumns();
    m_finished = true;
    const lxw_error error = workbook_close(m_book); // frees the workbook
    m_book = nullptr;
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_path);
        throw Error(tr("Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(error))));
    }
}

} // namespace Crm
