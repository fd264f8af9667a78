#include "stocksetup.h"

#include "auth/user.h"
#include "model/stockledger.h"
#include "module/registry.h"
#include "ui/inventorysettingssection.h"

#include <QCoreApplication>

namespace Crm::Inventory {

void setupStock(Registry &registry)
{
    registry.addService<StockService>(std::make_shared<StockLedger>());
    registry.addSettings(
        {QStringLiteral("inventory.settings"),
         [] { return QCoreApplication::translate("Crm::Inventory", "&Inventory"); }, Permissions::ManageSettings,
         [](const PageContext &ctx, QWidget *parent) { return new InventorySettingsSection(ctx.db, parent); }});
    registry.addCheck({QStringLiteral("inventory.onhand"), QStringLiteral("inventory"), &StockLedger::check});
}

} // namespace Crm::Inventory
