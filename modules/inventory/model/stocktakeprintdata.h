#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace Crm {
class Database;
}

namespace Crm::Inventory {

// The print context of a stocktake's count sheet (print document
// "inventory.stocktake"): warehouse, date, lines with code, name, specification,
// unit, the book quantity when the count is not blind (CountSheet::showsBook),
// an empty Counted column to write in, and the labels. A posted stocktake prints
// the on-hand at posting, the counted quantities and the variances instead.
class StocktakePrintData
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Inventory::StocktakePrintData)
public:
    // Throws Crm::Error when there is no such stocktake.
    static QVariantMap context(const Database &db, const QString &number);
    static QStringList copyMarks(); // none: one copy
    static QString newest(const Database &db);
};

} // namespace Crm::Inventory
