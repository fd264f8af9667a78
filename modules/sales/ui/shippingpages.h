#pragma once

#include <QCoreApplication>

class QWidget;

namespace Crm {
class Registry;
struct PageContext;
} // namespace Crm

namespace Crm::Sales {

// Shipping notices and Shipments pages, the Shipments tab of the customer form.
void setupShippingPages(Registry &registry);

// Opens a new shipment (or notice) of what the confirmed order `orderId` has left
// to ship, from the first warehouse; shows why when it cannot. Returns the id of
// the saved document, or 0.
qint64 shipOrder(const PageContext &ctx, qint64 orderId, bool notice, QWidget *parent);

} // namespace Crm::Sales
