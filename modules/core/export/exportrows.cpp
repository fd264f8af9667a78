#include "export/exportrows.h"

#include "model/decimal.h"

#include <QString>

namespace Crm {

void ExportRows::add(ExportCell::Kind kind, int decimals, qsizetype from)
{
    m_cells.push_back({quint32(from), quint32(m_bytes.size() - from), kind, qint8(decimals)});
}

void ExportRows::appendText(QByteArrayView utf8)
{
    const qsizetype from = m_bytes.size();
    if (utf8.isValidUtf8())
        m_bytes.append(utf8);
    else
        m_bytes.append(QString::fromUtf8(utf8).toUtf8());
    add(ExportCell::Kind::Text, -1, from);
}

void ExportRows::appendText(QStringView text)
{
    const qsizetype from = m_bytes.size();
    m_bytes.append(text.toUtf8());
    add(ExportCell::Kind::Text, -1, from);
}

void ExportRows::appendNumber(QByteArrayView plain, int decimals)
{
    const qsizetype from = m_bytes.size();
    m_bytes.append(plain);
    add(ExportCell::Kind::Number, decimals, from);
}

void ExportRows::appendNumber(QStringView plain, int decimals)
{
    const qsizetype from = m_bytes.size();
    m_bytes.append(plain.toUtf8());
    add(ExportCell::Kind::Number, decimals, from);
}

void ExportRows::appendDecimal(qint64 value, int scale, int decimals)
{
    char digits[Decimal::kPlainSize];
    appendNumber(QByteArrayView(digits, Decimal::plain(digits, value, scale)), decimals);
}

void ExportRows::appendDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > 9999) {
        appendEmpty();
        return;
    }
    const qsizetype from = m_bytes.size();
    m_bytes.resize(from + 10);
    char *out = m_bytes.data() + from;
    auto put = [&out](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = char('0' + value % 10);
        out += width;
    };
    put(date.year(), 4);
    *out++ = '-';
    put(date.month(), 2);
    *out++ = '-';
    put(date.day(), 2);
    add(ExportCell::Kind::Date, -1, from);
}

void ExportRows::appendEmpty()
{
    add(ExportCell::Kind::Empty, -1, m_bytes.size());
}

void ExportRows::append(const ExportCell &cell)
{
    switch (cell.kind) {
    case ExportCell::Kind::Empty:
        appendEmpty();
        break;
    case ExportCell::Kind::Text:
        appendText(QStringView(cell.text));
        break;
    case ExportCell::Kind::Number:
        appendNumber(QStringView(cell.text), cell.decimals);
        break;
    case ExportCell::Kind::Date:
        appendDate(cell.date);
        break;
    }
}

void ExportRows::endRow()
{
    m_rowEnds.push_back(quint32(m_cells.size()));
}

void ExportRows::appendRow(const QList<ExportCell> &cells)
{
    for (const ExportCell &cell : cells)
        append(cell);
    endRow();
}

void ExportRows::appendRows(const ExportRows &other)
{
    const auto bytes = quint32(m_bytes.size());
    const auto cells = quint32(m_cells.size());
    m_bytes.append(other.m_bytes);
    for (Cell cell : other.m_cells) {
        cell.offset += bytes;
        m_cells.push_back(cell);
    }
    for (const quint32 end : other.m_rowEnds)
        m_rowEnds.push_back(end + cells);
}

std::span<const ExportRows::Cell> ExportRows::row(qsizetype row) const
{
    const quint32 begin = row == 0 ? 0 : m_rowEnds[size_t(row) - 1];
    return {m_cells.data() + begin, m_rowEnds[size_t(row)] - begin};
}

QList<ExportCell> ExportRows::cells(qsizetype row) const
{
    QList<ExportCell> out;
    for (const Cell &cell : this->row(row)) {
        const QString text = QString::fromUtf8(this->text(cell));
        switch (cell.kind) {
        case ExportCell::Kind::Empty:
            out << ExportCell();
            break;
        case ExportCell::Kind::Text:
            out << ExportCell::fromText(text);
            break;
        case ExportCell::Kind::Number:
            out << ExportCell::fromNumber(text, cell.decimals);
            break;
        case ExportCell::Kind::Date:
            out << ExportCell::fromDate(QDate::fromString(text, Qt::ISODate));
            break;
        }
    }
    return out;
}

void ExportRows::clear()
{
    m_bytes.resize(0);
    m_cells.clear();
    m_rowEnds.clear();
}

} // namespace Crm
