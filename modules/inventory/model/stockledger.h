#pragma once

#include "services/stockservice.h"

namespace Crm::Inventory {

// The stock ledger: the only writer of inventory_move, inventory_onhand and
// inventory_reservation. On-hand changes in the same transaction as its move.
class StockLedger final : public StockService
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Inventory::StockLedger)
public:
    QStringList post(const Database &db, const StockSource &source, const QList<StockMove> &moves) const override;
    void reverse(const Database &db, const QString &sourceUuid, const QDate &date) const override;
    Quantity onHand(const Database &db, qint64 productId, qint64 warehouseId = 0) const override;
    Quantity available(const Database &db, qint64 productId, qint64 warehouseId = 0) const override;
    void reserve(const Database &db, const StockSource &source, const QList<StockReservation> &lines) const override;

    // Whether a move may take on-hand below zero (setting inventory.negative_stock:
    // "refuse", the default, or "warn").
    static bool allowsNegative(const Database &db);
    static void setAllowsNegative(const Database &db, bool allow);
    // On-hand recomputed from the moves, compared with the kept on-hand: one line
    // per product and warehouse that differ (empty when they agree).
    static QStringList check(const Database &db);

private:
    QStringList postMoves(const Database &db, const StockSource &source, const QList<StockMove> &moves,
                          const QList<qint64> &reverses) const;
};

} // namespace Crm::Inventory
