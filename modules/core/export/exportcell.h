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

    static ExportCell fromText(const QString &text) { return {Kind::Text, text, {}}; }
    static ExportCell fromNumber(const QString &plain) { return {Kind::Number, plain, {}}; }
    static ExportCell fromDate(const QDate &date)
    {
        return date.isValid() ? ExportCell{Kind::Date, {}, date} : ExportCell{};
    }
};

} // namespace Crm
