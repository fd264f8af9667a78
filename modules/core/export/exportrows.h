#pragma once

#include "export/exportcell.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>
#include <span>
#include <vector>

namespace Crm {

// Rows of typed cells packed into one buffer, every cell's text as UTF-8: how a
// list export hands its rows from the reading thread to the writers in blocks,
// without an allocation or a UTF-16 round trip for every cell. A cell is an
// ExportCell's kind, decimals and text; a date's text is yyyy-mm-dd. The text is
// always valid UTF-8 (invalid input becomes U+FFFD, as QString::fromUtf8 does).
class ExportRows
{
public:
    struct Cell
    {
        quint32 offset = 0; // of its text in bytes()
        quint32 size = 0;
        ExportCell::Kind kind = ExportCell::Kind::Empty;
        qint8 decimals = -1;
    };

    void appendText(QByteArrayView utf8);
    void appendText(QStringView text);
    // `plain`: digits, a '-' sign and a '.' decimal point (ExportCell::fromNumber).
    void appendNumber(QByteArrayView plain, int decimals = -1);
    void appendNumber(QStringView plain, int decimals = -1);
    // value / 10^scale with `scale` digits after the point; `decimals` as shown.
    void appendDecimal(qint64 value, int scale, int decimals = -1);
    void appendDate(const QDate &date); // an invalid date: an empty cell
    void appendEmpty();
    void append(const ExportCell &cell);
    void endRow(); // the cells since the last endRow() are a row

    void appendRow(const QList<ExportCell> &cells);
    void appendRows(const ExportRows &other);

    qsizetype rowCount() const { return qsizetype(m_rowEnds.size()); }
    bool isEmpty() const { return m_rowEnds.empty(); }
    std::span<const Cell> row(qsizetype row) const;
    QByteArrayView text(const Cell &cell) const { return {m_bytes.constData() + cell.offset, qsizetype(cell.size)}; }
    QList<ExportCell> cells(qsizetype row) const; // as ExportCells, for writers that take those
    qsizetype byteSize() const { return m_bytes.size(); }
    void clear(); // keeps the capacity

private:
    void add(ExportCell::Kind kind, int decimals, qsizetype from);

    QByteArray m_bytes;
    std::vector<Cell> m_cells;
    std::vector<quint32> m_rowEnds; // each row's end in m_cells
};

} // namespace Crm
