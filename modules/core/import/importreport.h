#pragma once

#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace Crm {

// What an import did or would do, row by row: every problem of a row that fails
// (by line, column and reason), the duplicates skipped, and what is created or
// updated. Lines are in file order.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ImportReport)
public:
    enum class Outcome { Error, Skip, Create, Update };
    struct Line
    {
        int line = 0; // in the file (CSV line or .xlsx row)
        Outcome outcome = Outcome::Error;
        QString column;  // the file's column title (or the field's, when not mapped)
        QString message; // translated: the reason, or the record concerned
    };

    QList<Line> lines;
    int created = 0; // rows created (or to create, in a dry run)
    int updated = 0;
    int skipped = 0;
    int failed = 0; // rows with errors
    bool dryRun = true;
    bool refused = false; // strict mode and rows failed: nothing was written

    bool written() const { return !dryRun && !refused; }
    QList<Line> problems() const; // the Error and Skip lines
    QString summary() const;
    static QString outcomeTitle(Outcome outcome);

    // Line, Column, Outcome, Message through the one CSV writer; throws Crm::Error.
    void writeCsv(QIODevice &device, const CsvOptions &options = CsvOptions::excel()) const;
    void saveCsv(const QString &path, const CsvOptions &options = CsvOptions::excel()) const;
};

} // namespace Crm
