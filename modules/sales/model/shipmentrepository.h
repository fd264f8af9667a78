#pragma once

#include "model/shipment.h"

#include <QCoreApplication>
#include <optional>

namespace Crm {
class Database;
class StockService;
} // namespace Crm

namespace Crm::Sales {

// Shipping notices and shipments: the only writer of sales_shipment(_line) and of
// the shipped quantities of order lines (but for orders that sell goods a loan
// took out: LoanRepository marks those delivered). Posting a shipment moves the stock out
// through the StockService and moves its orders to partly shipped or shipped, in
// one transaction; reversing undoes both. Errors are Crm::Error naming the field.
class ShipmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::ShipmentRepository)
public:
    ShipmentRepository(const Database &db, QString actor, const StockService &stock)
        : m_db(db)
        , m_actor(std::move(actor))
        , m_stock(stock)
    {}

    // Saves a draft, numbering a new one (SN-/SH-<prefix>-n). Refuses a line for
    // another customer's order, an order that is not confirmed, a product other
    // than the order line's, more than the line has left to ship, and a shipment
    // line without a warehouse.
    void save(Shipment &shipment) const;
    std::optional<Shipment> load(qint64 id) const;
    QString numberOf(qint64 id) const;

    // A draft with every line the confirmed `orderIds` (one customer) have left
    // to ship, from `warehouseId`; ship-to from the customer.
    Shipment draftFromOrders(Shipment::Kind kind, const QList<qint64> &orderIds, qint64 warehouseId) const;
    // A draft shipment of what the notice's lines still have to ship.
    Shipment draftFromNotice(qint64 noticeId, qint64 warehouseId) const;

    // Shipments: the stock moves out and the orders progress; notices: issued.
    // Returns the negative-stock warnings when the setting allows them.
    QStringList post(qint64 id) const;
    // A posted shipment: stock comes back, orders step back; the reason is kept.
    void reverse(qint64 id, const QString &reason) const;

    // The web address that follows the shipment, from its courier's template, or
    // empty without courier, template or tracking number.
    QString trackingLink(qint64 id) const;

private:
    void validate(const Shipment &shipment) const;
    void addShipped(const Shipment &shipment, int sign) const;
    void writeLines(const Shipment &shipment, const QString &now) const;
    const Database &m_db;
    QString m_actor;
    const StockService &m_stock;
};

} // namespace Crm::Sales
