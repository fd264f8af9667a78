#include "import/importreport.h"

#include "db/filesync.h"

#include "db/error.h"

#include <QLocale>
#include <QSaveFile>

namespace Crm {

QList<ImportReport::Line> ImportReport::problems() const
{
    QList<Line> out;
    for (const Line &l : lines)
        if (l.outcome == Outcome::Error || l.outcome == Outcome::Skip)
            out << l;
    return out;
}

QString ImportReport::outcomeTitle(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Error:
        return tr("Error");
    case Outcome::Skip:
        return tr("Skipped");
    case Outcome::Create:
        return tr("Create");
    case Outcome::Update:
        return tr("Update");
    }
    return {};
}

QString ImportReport::summary() const
{
    const QLocale loc;
    if (refused)
        return tr("Nothing was imported: %n row(s) have errors, and every row must be good.", "", failed);
    const QString counts =
        (dryRun ? tr("%1 to create, %2 to update, %3 skipped as duplicates, %4 with errors.")
                : tr("%1 created, %2 updated, %3 skipped as duplicates, %4 left out with errors."))
            .arg(loc.toString(created), loc.toString(updated), loc.toString(skipped), loc.toString(failed));
    if (dryRun)
        return tr("Dry run, nothing was changed: %1").arg(counts);
    if (created + updated == 0)
        return tr("Nothing was imported: %1").arg(counts);
    return tr("Imported: %1").arg(counts);
}

void ImportReport::writeCsv(QIODevice &device, const CsvOptions &options) const
{
    CsvWriter w(device, options);
    w.writeHeader({tr("Line"), tr("Column"), tr("Outcome"), tr("Message")});
    for (const Line &l : lines)
        w.writeRow({ExportCell::fromNumber(QString::number(l.line)), ExportCell::fromText(l.column),
                    ExportCell::fromText(outcomeTitle(l.outcome)), ExportCell::fromText(l.message)});
    w.finish();
}

void ImportReport::saveCsv(const QString &path, const CsvOptions &options) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, FileSync::writeFailure(path, file.errorString())));
    writeCsv(file, options);
    if (const QString reason = FileSync::commit(file); !reason.isEmpty())
        throw Error(tr("Cannot write %1: %2").arg(path, reason));
}

} // namespace Crm
