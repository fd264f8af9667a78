#include "countsheet.h"

#include "db/filesync.h"

#include "db/error.h"
#include "model/settings.h"
#include "model/stocktake.h"

#include <QSaveFile>

namespace Crm::Inventory {

namespace {
const QString ShowBook = QStringLiteral("inventory.stocktake.show_book");
}

bool CountSheet::showsBook(const Database &db)
{
    return Settings(db).value(ShowBook) == QLatin1String("1");
}

void CountSheet::setShowsBook(const Database &db, bool show)
{
    Settings(db).setValue(ShowBook, show ? QStringLiteral("1") : QStringLiteral("0"));
}

QStringList CountSheet::header()
{
    return {tr("Code"), tr("Product"), tr("Specification"), tr("Unit"), tr("Book quantity"), tr("Counted")};
}

QList<QList<ExportCell>> CountSheet::rows(const Database &db, const Stocktake &stocktake)
{
    const bool book = showsBook(db);
    QList<QList<ExportCell>> out;
    out.reserve(stocktake.lines.size());
    for (const StocktakeLine &l : stocktake.lines)
        out << QList<ExportCell>{ExportCell::fromText(l.code),
                                 ExportCell::fromText(l.name),
                                 ExportCell::fromText(l.specification),
                                 ExportCell::fromText(l.unit),
                                 book ? ExportCell::fromNumber(l.book.toString()) : ExportCell(),
                                 ExportCell()};
    return out;
}

void CountSheet::exportCsv(const Database &db, qint64 stocktakeId, const QString &path, const CsvOptions &options)
{
    const auto stocktake = StocktakeRepository(db, QString()).load(stocktakeId);
    if (!stocktake)
        throw Error(tr("The stocktake no longer exists."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(path, FileSync::writeFailure(path, file.errorString())));
    CsvWriter writer(file, options);
    writer.writeHeader(header());
    for (const QList<ExportCell> &row : rows(db, *stocktake))
        writer.writeRow(row);
    writer.finish();
    if (const QString reason = FileSync::commit(file); !reason.isEmpty())
        throw Error(tr("Cannot write %1: %2").arg(path, reason));
}

} // namespace Crm::Inventory
