#include "customerbenchdata.h"

#include "db/database.h"

#include <QSqlQuery>

namespace Crm::CustomerBenchData {

qint64 customerCount(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE is_customer = 1")).toLongLong();
}

void readFirstScreen(const Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, code, name FROM core_party WHERE is_customer = 1 "
                                         "ORDER BY name, id LIMIT 200"));
    while (q.next()) {
    }
}

qint64 maxPartyId(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT max(id) FROM core_party")).toLongLong();
}

QPair<QString, QString> partyFrom(const Database &db, qint64 id)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT name, mobile FROM core_party WHERE id >= ? LIMIT 1"), {id});
    return q.next() ? QPair<QString, QString>{q.value(0).toString(), q.value(1).toString()} : QPair<QString, QString>{};
}

} // namespace Crm::CustomerBenchData
