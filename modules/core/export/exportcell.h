#pragma once

#include <QDate>
#include <QString>

namespace Crm {

// One cell of an exported row, typed so that every writer (CSV, .xlsx) can
// write it the way a spreadsheet expects: text stays text (codes keep their
// leading zeros), numbers are numbers, dates are dates.
struct ExportCell
{
    enum class Kind { Text, Number, Date, Empty };
    Kind kind = Kind::Empty;
    // Text: as shown. Number: plain digits, '-' sign and '.' as decimal point,
    // no grouping ("-1234.50"), so that the exact value survives.
    QString text;
    QDate date;
    // Number: the digits after the point a spreadsheet shows (money: 2, or the
    // currency's); -1: as the value comes ("General"). CSV writes `text` as is.
    int decimals = -1;

    static ExportCell fromText(const QString &text) { return {Kind::Text, text, {}}; }
    static ExportCell fromNumber(const QString &plain, int decimals = -1)
    {
        return {Kind::Number, plain, {}, decimals};
    }
    static ExportCell fromDate(const QDate &date)
    {
        return date.isValid() ? ExportCell{Kind::Date, {}, date} : ExportCell{};
    }
};

} // namespace Crm
