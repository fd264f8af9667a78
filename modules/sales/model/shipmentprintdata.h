#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace Crm {
class Database;
}

namespace Crm::Sales {

// The print context of a shipping order (shipment) or shipping notice: letterhead,
// customer and ship-to, lines with code, name, specification, unit and quantity
// (no prices), the orders shipped, courier and tracking number, and the labels.
class ShipmentPrintData
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Sales::ShipmentPrintData)
public:
    // Throws Crm::Error when there is no such document.
    static QVariantMap context(const Database &db, const QString &number);
    static QStringList copyMarks(); // customer, warehouse, accounting
    static QString newestShipment(const Database &db);
    static QString newestNotice(const Database &db);
};

} // namespace Crm::Sales
