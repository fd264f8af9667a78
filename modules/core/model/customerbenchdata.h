#pragma once

#include <QPair>
#include <QString>
#include <QtGlobal>

namespace Crm {

class Database;

// What the customers-list benchmark reads besides the page itself.
namespace CustomerBenchData {
qint64 customerCount(const Database &db);
// The baseline: the bare SQL of the customers page's first screen, read to the end.
void readFirstScreen(const Database &db);
qint64 maxPartyId(const Database &db);
// Name and mobile of the first party from `id` on (empty when there is none).
QPair<QString, QString> partyFrom(const Database &db, qint64 id);
} // namespace CustomerBenchData

} // namespace Crm
