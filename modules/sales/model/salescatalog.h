#pragma once

#include "model/quantity.h"
#include "model/rate.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>
#include <tuple>
#include <vector>

namespace Crm {
class Database;
}

namespace Crm::Sales {

// What a document line needs to know of a product.
struct ProductFacts
{
    qint64 id = 0;
    QString code;
    QString name;
    QString specification;
    qint64 unitId = 0;
    QString unitCode;
    Rate tax;
    qint64 salePriceMinor = 0; // tax-exclusive, in `currency`
    QString currency;          // the base currency when the product has none
};

// What a new document takes from its customer.
struct CustomerFacts
{
    qint64 id = 0;
    QString code;
    QString name;
    QString currency; // empty: the base currency
    qint64 paymentTermsId = 0;
    qint64 ownerId = 0;
    qint64 primaryContactId = 0;
};

// A document linked to another: its source quotation, the orders made from it, its
// other revisions.
struct RelatedDocument
{
    enum class Relation { SourceQuotation, Order, Revision };
    Relation relation;
    qint64 id = 0;
    QString number;
    QString status;
};

// An order line as a shipment line shows it.
struct ShippableLine
{
    qint64 orderId = 0;
    QString orderNumber;
    Quantity left; // ordered − shipped
};

// Read-only look-ups of master data for the sales documents.
namespace SalesCatalog {
std::optional<ProductFacts> product(const Database &db, qint64 id, const QString &baseCurrency);
// The product with exactly this code (trimmed), or 0.
qint64 productIdByCode(const Database &db, const QString &code);
// The sales order with exactly this number (trimmed), or 0.
qint64 orderIdByNumber(const Database &db, const QString &number);
std::optional<CustomerFacts> customer(const Database &db, qint64 id);
// The customer's contacts: (id, name), the primary first.
QList<QPair<qint64, QString>> contacts(const Database &db, qint64 customerId);
// Base-currency units per unit of `currency`, × 10^6 (1,000,000 when unknown).
qint64 rateMicros(const Database &db, const QString &currency);
std::vector<RelatedDocument> related(const Database &db, qint64 documentId);
std::optional<ShippableLine> shippableLine(const Database &db, qint64 orderLineId);
// The customer's orders waiting for goods (confirmed or partly shipped): (id, number).
QList<QPair<qint64, QString>> openOrders(const Database &db, qint64 customerId);
// Shipments that shipped lines of the order: (id, number, status).
QList<std::tuple<qint64, QString, QString>> shipmentsOf(const Database &db, qint64 orderId);
} // namespace SalesCatalog

} // namespace Crm::Sales
