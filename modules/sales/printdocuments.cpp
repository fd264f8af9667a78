#include "printdocuments.h"

#include "model/salesprintdata.h"
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
}

} // namespace Crm::Sales
