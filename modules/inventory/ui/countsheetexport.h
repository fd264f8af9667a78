#pragma once

#include <QtGlobal>

class QWidget;

namespace Crm {
class Database;
}

namespace Crm::Inventory {

// Asks where to save the count sheet of a stocktake as CSV (Excel profile of the
// user's locale) and writes it; an error is shown and leaves no file.
void exportCountSheet(QWidget *parent, const Database &db, qint64 stocktakeId);

} // namespace Crm::Inventory
