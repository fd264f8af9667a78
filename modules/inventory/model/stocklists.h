#pragma once

#include "model/listspec.h"

#include <QDate>

namespace Crm {
class Database;
namespace Inventory::StockLists {

// Rows of the on-hand list are (product, warehouse) pairs; their key packs both.
constexpr qint64 kWarehouseKeys = 1000000;
inline qint64 onHandRowId(qint64 productId, qint64 warehouseId)
{
    return productId * kWarehouseKeys + warehouseId;
}
inline qint64 productOf(qint64 rowId)
{
    return rowId / kWarehouseKeys;
}
inline qint64 warehouseOf(qint64 rowId)
{
    return rowId % kWarehouseKeys;
}

// Translated title of a move's source_type ("sales.shipment": "Shipment");
// unknown types are returned as they are.
QString documentTypeTitle(const QString &type);

// "P-0001 Bolt M8 — Shanghai main": the title of one product's ledger in a warehouse.
QString ledgerTitle(const Database &db, qint64 productId, qint64 warehouseId);

// On-hand per product and warehouse, with what is reserved there and available.
ListSpec onHand();
// Every posted move, newest first. The filter choices (document types, months)
// are read from `db`, which must outlive the spec.
ListSpec ledger(const Database &db);
// The ledger of one product in one warehouse.
ListSpec ledgerOf(const Database &db, qint64 productId, qint64 warehouseId);
// Active products whose on-hand in all warehouses is below their safety stock.
ListSpec safetyStockAlerts();
// Products in stock that have not gone out since before `cutoff` (never shipped:
// not received since then either).
ListSpec slowMovers(const QDate &cutoff);

} // namespace Inventory::StockLists
} // namespace Crm
