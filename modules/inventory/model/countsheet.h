#pragma once

#include "export/csvwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Crm {
class Database;
}

namespace Crm::Inventory {

struct Stocktake;

// The count sheet of a stocktake as a table: code, name, specification, unit,
// book quantity and an empty Counted column for the counter. The book quantity
// is left out (a blind count, the default) unless the setting
// inventory.stocktake.show_book says otherwise; the print (StocktakePrintData)
// follows the same setting.
class CountSheet
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Inventory::CountSheet)
public:
    static bool showsBook(const Database &db);
    static void setShowsBook(const Database &db, bool show);

    static QStringList header();
    static QList<QList<ExportCell>> rows(const Database &db, const Stocktake &stocktake);
    // Writes the sheet as CSV to `path` through a QSaveFile: a failed export
    // leaves no file (and an existing one as it was). Throws Crm::Error.
    static void exportCsv(const Database &db, qint64 stocktakeId, const QString &path,
                          const CsvOptions &options = CsvOptions::excel());
};

} // namespace Crm::Inventory
