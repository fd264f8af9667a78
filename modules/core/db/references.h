#pragma once

#include <QString>
#include <functional>

namespace Crm {

class Database;

// Describes the rows of other tables that refer to `table`.id = `id` through a
// foreign key that would block its deletion ("Sales order lines (3), …"); empty
// when none.
QString blockingReferences(const Database &db, const QString &table, qint64 id);

// What a table's rows are called in that description ("Shipment lines"), translated
// at the time of the message. Core names its own tables; modules name theirs when
// they initialize. A table without a title shows its name.
void setTableTitle(const QString &table, std::function<QString()> title);

} // namespace Crm
