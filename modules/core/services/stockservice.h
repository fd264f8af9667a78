#pragma once

#include "model/quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Crm {

class Database;

// The document a stock movement or reservation comes from.
struct StockSource
{
    QString type;   // "sales.shipment", "inventory.transfer", …
    QString number; // as printed
    QString uuid;   // the document's uuid: moves are reversed by it
    QDate date;
};

struct StockMove
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    Quantity quantity;        // > 0 into the warehouse, < 0 out of it
    qint64 unitCostMinor = 0; // base currency
};

struct StockReservation
{
    qint64 productId = 0;
    qint64 warehouseId = 0; // 0: any warehouse
    Quantity quantity;
};

// The stock ledger, implemented by the inventory module and looked up by the
// modules that move goods (Registry::service<StockService>()). Every call that
// writes joins the caller's write transaction, so a document and its moves are
// posted together or not at all. Errors are Crm::Error with a translated message.
class StockService
{
public:
    virtual ~StockService() = default;

    // Posts `moves` for `source`. A move that takes a product's on-hand in a
    // warehouse below zero is refused (the message names the product, the
    // warehouse, the on-hand and the quantity asked for), unless the negative-stock
    // setting allows it: then the returned list says which went negative.
    virtual QStringList post(const Database &db, const StockSource &source, const QList<StockMove> &moves) const = 0;
    // Posts the opposite of every move of `sourceUuid` not reversed yet, dated
    // `date`; throws when there is nothing to reverse.
    virtual void reverse(const Database &db, const QString &sourceUuid, const QDate &date) const = 0;
    // On-hand of a product in a warehouse (warehouseId 0: every warehouse).
    virtual Quantity onHand(const Database &db, qint64 productId, qint64 warehouseId = 0) const = 0;
    // On-hand minus what confirmed documents reserved (in that warehouse, or
    // anywhere when warehouseId is 0).
    virtual Quantity available(const Database &db, qint64 productId, qint64 warehouseId = 0) const = 0;
    // Replaces the reservations of `source` with `lines` (empty: releases them).
    virtual void reserve(const Database &db, const StockSource &source, const QList<StockReservation> &lines) const = 0;
};

} // namespace Crm
