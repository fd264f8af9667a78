#pragma once

#include <QString>

namespace Crm {

class Database;

// Describes the rows of other tables that refer to `table`.id = `id` through a
// foreign key that would block its deletion ("sales_order: 3, …"); empty when none.
QString blockingReferences(const Database &db, const QString &table, qint64 id);

} // namespace Crm
