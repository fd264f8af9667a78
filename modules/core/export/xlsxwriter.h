#pragma once

#include "export/rowwriter.h"

#include <QHash>
#include <QString>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace Crm {

struct XlsxOptions
{
    // Name of the first sheet (cut to Excel's 31 characters, without []:*?/\);
    // further sheets are "<name> (2)", … Empty: "Sheet".
    QString sheetName;
    // Rows per sheet, the header included (Excel's limit; smaller in tests).
    int maxRowsPerSheet = 1048576;
};

// The .xlsx writer beside CsvWriter, with the same rows, through libxlsxwriter in
// constant-memory mode (rows stream to a temporary file; memory stays flat):
// text cells stay text (codes and phone numbers keep leading zeros and every
// digit), numbers are numbers with a format (money with its decimals and
// grouping), dates are dates (yyyy-mm-dd); a line break in text is a line feed,
// as Excel keeps it. The header is bold and frozen on every
// sheet; columns are sized from the header and the first rows; beyond a sheet's
// rows the list continues on the next sheet under the same header.
// The file at `path` is written by finish(); without it nothing is written.
class XlsxWriter final : public RowWriter
{
public:
    explicit XlsxWriter(const QString &path, const XlsxOptions &options = {});
    ~XlsxWriter() override;
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    void writeHeader(const QStringList &titles) override;
    void writeRow(const QList<ExportCell> &cells) override;
    void finish() override;

    static constexpr int kMaxCellText = 32767; // Excel's limit; longer text is cut

private:
    void startSheet();
    void sizeColumns();
    void measure(int column, const QString &text);
    lxw_format *numberFormat(int decimals);
    void check(int error) const;

    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QHash<int, lxw_format *> m_numberFormats;
    XlsxOptions m_options;
    QString m_path;
    QStringList m_titles;
    std::vector<int> m_widths; // characters, of the current sheet
    int m_sheets = 0;
    int m_row = 0; // next row of the current sheet
    bool m_finished = false;
};

} // namespace Crm
