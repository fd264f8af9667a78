#include "orderreservations.h"

#include "db/database.h"
#include "model/salessettings.h"
#include "services/stockservice.h"

#include <QSqlQuery>

namespace Crm::Sales {

void syncOrderReservation(const Database &db, const StockService &stock, qint64 orderId)
{
    QSqlQuery d = db.exec(QStringLiteral("SELECT number, uuid, doc_date, status FROM sales_document "
                                         "WHERE id = ? AND kind = 'order'"),
                          {orderId});
    if (!d.next())
        return;
    const StockSource source{QStringLiteral("sales.order"), d.value(0).toString(), d.value(1).toString(),
                             QDate::fromString(d.value(2).toString(), Qt::ISODate)};
    const QString status = d.value(3).toString();
    QList<StockReservation> lines;
    if (status == QLatin1String("confirmed") || status == QLatin1String("partly_shipped")) {
        const qint64 warehouse = SalesSettings::orderWarehouse(db);
        QSqlQuery q = db.exec(QStringLiteral("SELECT product_id, SUM(quantity_milli - shipped_milli) "
                                             "FROM sales_document_line WHERE document_id = ? AND product_id IS NOT NULL "
                                             "AND quantity_milli > shipped_milli GROUP BY product_id"),
                              {orderId});
        while (q.next())
            lines << StockReservation{q.value(0).toLongLong(), warehouse, Quantity::fromMilli(q.value(1).toLongLong())};
    }
    stock.reserve(db, source, lines);
}

} // namespace Crm::Sales
