#pragma once

#include "model/quantity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Crm::Sales {

struct ShipmentLine
{
    qint64 id = 0;
    qint64 orderLineId = 0; // the sales order line shipped
    qint64 productId = 0;
    qint64 warehouseId = 0; // shipments: where the goods leave from
    Quantity quantity;
    QString description;
};

// A shipping notice (what may ship now, for the warehouse) or a shipment (the
// shipping order: goods leave, stock moves out) of one customer, from one or
// several of its confirmed orders.
struct Shipment
{
    enum class Kind { Notice, Shipment };
    qint64 id = 0;
    QString uuid;
    Kind kind = Kind::Shipment;
    QString number;
    qint64 customerId = 0;
    qint64 contactId = 0;
    QDate date;
    QDate requestedDate; // notices
    QString shipToAddress;
    QString shipToContact;
    QString shipToPhone;
    qint64 courierId = 0;
    QString trackingNumber;
    qint64 noticeId = 0;
    QString status = QStringLiteral("draft");
    QString statusReason;
    QString notes;
    QList<ShipmentLine> lines;

    QString kindId() const { return kind == Kind::Notice ? QStringLiteral("notice") : QStringLiteral("shipment"); }
    bool isEditable() const { return status == QLatin1String("draft"); }
    static QString statusTitle(const QString &status);
};

} // namespace Crm::Sales
