#include "printdocuments.h"

#include "model/salesprintdata.h"
#include "model/shipmentprintdata.h"
#include "module/registry.h"

namespace Crm::Sales {

void setupPrintDocuments(Registry &registry)
{
    registry.addPrintDocument({QStringLiteral("sales.quotation"), QStringLiteral("sales"), QStringLiteral("quotation"),
                               [] { return QCoreApplication::translate("Crm::Sales", "Quotation"); },
                               &SalesPrintData::context, &SalesPrintData::quotationCopyMarks,
                               &SalesPrintData::newestQuotation});
    registry.addPrintDocument(
        {QStringLiteral("sales.sales_order"), QStringLiteral("sales"), QStringLiteral("sales_order"),
         [] { return QCoreApplication::translate("Crm::Sales", "Sales order"); }, &SalesPrintData::context,
         &SalesPrintData::orderCopyMarks, &SalesPrintData::newestOrder});
    registry.addPrintDocument(
        {QStringLiteral("sales.shipping_order"), QStringLiteral("sales"), QStringLiteral("shipping_order"),
         [] { return QCoreApplication::translate("Crm::Sales", "Shipping order"); }, &ShipmentPrintData::context,
         &ShipmentPrintData::copyMarks, &ShipmentPrintData::newestShipment, true});
    registry.addPrintDocument(
        {QStringLiteral("sales.shipping_notice"), QStringLiteral("sales"), QStringLiteral("shipping_notice"),
         [] { return QCoreApplication::translate("Crm::Sales", "Shipping notice"); }, &ShipmentPrintData::context,
         &ShipmentPrintData::copyMarks, &ShipmentPrintData::newestNotice, true});
}

} // namespace Crm::Sales
