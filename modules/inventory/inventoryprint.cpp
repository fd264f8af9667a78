#include "inventoryprint.h"

#include "model/stocktakeprintdata.h"
#include "module/registry.h"

namespace Crm::Inventory {

void setupPrintDocuments(Registry &registry)
{
    registry.addPrintDocument(
        {QStringLiteral("inventory.stocktake"), QStringLiteral("inventory"), QStringLiteral("stocktake_count_sheet"),
         [] { return QCoreApplication::translate("Crm::Inventory", "Stocktake count sheet"); },
         &StocktakePrintData::context, &StocktakePrintData::copyMarks, &StocktakePrintData::newest});
}

} // namespace Crm::Inventory
