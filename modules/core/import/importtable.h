#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Crm {

// The cells of a file to import, as text: the header row and the records under it.
struct ImportTable
{
    QStringList header;      // column titles as written in the file
    QList<QStringList> rows; // one list per record; may be shorter or longer than the header
    QList<int> lines;        // per record: its line (CSV) or row (.xlsx) number in the file
    QString format;          // what was detected, translated: "CSV, UTF-8, separator ;"

    qsizetype size() const { return rows.size(); }
    QString cell(qsizetype row, qsizetype column) const { return rows.at(row).value(column); }
};

} // namespace Crm
