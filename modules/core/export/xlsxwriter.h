#pragma once

#include "export/rowwriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <string>
#include <vector>

class QSaveFile;

namespace Crm {

class ZipWriter;

struct XlsxOptions
{
    // Name of the first sheet (cut to Excel's 31 characters, without []:*?/\);
    // further sheets are "<name> (2)", … Empty: "Sheet".
    QString sheetName;
    // Rows per sheet, the header included (Excel's limit; smaller in tests).
    int maxRowsPerSheet = 1048576;
};

// The .xlsx writer beside CsvWriter, with the same rows. It streams: each
// row becomes SpreadsheetML as it comes and goes, deflated, straight into the
// file (ZipWriter), so memory stays flat and the file is complete as soon as
// the last row is in. Text cells stay text (codes and phone numbers keep
// leading zeros and every digit), numbers are numbers with a format (money
// with its decimals and grouping), dates are dates (yyyy-mm-dd); a line break
// in text is a line feed, as Excel keeps it. The header is bold and frozen on
// every sheet; columns are sized from the header and the first rows, which
// are held back until then; beyond a sheet's rows the list continues on the
// next sheet under the same header.
// The file at `path` is replaced by finish(); without it nothing is written.
// A path that cannot be written is an Error at once.
class XlsxWriter final : public RowWriter
{
public:
    explicit XlsxWriter(const QString &path, const XlsxOptions &options = {});
    ~XlsxWriter() override;
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    void writeHeader(const QStringList &titles) override;
    void writeRow(const QList<ExportCell> &cells) override;
    void writeRows(const ExportRows &rows) override;
    void finish() override;

    static constexpr int kMaxCellText = 32767; // Excel's limit; longer text is cut

private:
    void startSheet();
    void endSheet();
    void writeHead();
    void beginRow();
    void openCell(int column, int style);
    void writeCell(int column, ExportCell::Kind kind, QByteArrayView text, int decimals, bool measured);
    void textCell(int column, QByteArrayView text, int style);
    void numberCell(int column, const QByteArray &number, int style);
    void measure(int column, QStringView text);
    int numberStyle(int decimals);
    void pass();

    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<ZipWriter> m_zip;
    XlsxOptions m_options;
    QStringList m_titles;
    QStringList m_sheetNames;
    std::vector<int> m_widths;      // characters, of the current sheet
    std::vector<QByteArray> m_columns; // letters of each column
    QList<int> m_numberDecimals;    // decimals of each number style, in style order
    std::string m_xml;              // rows not yet handed to the zip
    int m_contentTypes = 0;         // its zip entry, filled in last
    ExportRows m_single;              // writeRow()'s cells
    QByteArray m_rowNumber;         // of the row being written, 1-based
    int m_row = 0;                  // rows of the current sheet so far, the header included
    bool m_measuring = false;       // rows are held until the columns are sized
    bool m_finished = false;
};

} // namespace Crm
