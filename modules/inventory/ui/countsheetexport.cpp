#include "countsheetexport.h"

#include "db/error.h"
#include "model/countsheet.h"
#include "model/stocktake.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace Crm::Inventory {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Inventory", text);
}
} // namespace

void exportCountSheet(QWidget *parent, const Database &db, qint64 stocktakeId)
{
    const QString number = StocktakeRepository(db, QString()).load(stocktakeId).value_or(Stocktake()).number;
    if (number.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Export count sheet")),
                                     QDir(folder).filePath(number + QStringLiteral(".csv")),
                                     translated(QT_TRANSLATE_NOOP("Crm::Inventory", "CSV for Excel (*.csv)")));
    if (path.isEmpty())
        return;
    try {
        CountSheet::exportCsv(db, stocktakeId, path, CsvOptions::excel(QLocale()));
    } catch (const Error &e) {
        QMessageBox::warning(parent, translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Export count sheet")),
                             e.message());
    }
}

} // namespace Crm::Inventory
