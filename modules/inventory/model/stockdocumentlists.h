#pragma once

#include "model/listspec.h"
#include "model/stockdocument.h"

namespace Crm::Inventory {

// Transfers or requisitions: number, date, warehouses (or department and
// purpose), status; filters by status, warehouse and month.
ListSpec stockDocumentList(StockDocument::Kind kind);

// A product by its exact code: (id, name), or id 0.
QPair<qint64, QString> productByCode(const Database &db, const QString &code);
QString productCode(const Database &db, qint64 productId);

} // namespace Crm::Inventory
