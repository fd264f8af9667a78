#include "stocksetup.h"

#include "auth/user.h"
#include "model/stockledger.h"
#include "db/references.h"
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
    // How a refused deletion names the rows that refer to the record.
    const auto title = [](const char *text) {
        return [text] { return QCoreApplication::translate("Crm::Inventory", text); };
    };
    setTableTitle(QStringLiteral("inventory_move"), title(QT_TRANSLATE_NOOP("Crm::Inventory", "Stock moves")));
    setTableTitle(QStringLiteral("inventory_onhand"), title(QT_TRANSLATE_NOOP("Crm::Inventory", "Stock on hand")));
    setTableTitle(QStringLiteral("inventory_reservation"),
                  title(QT_TRANSLATE_NOOP("Crm::Inventory", "Stock reservations")));
    setTableTitle(QStringLiteral("inventory_document"),
                  title(QT_TRANSLATE_NOOP("Crm::Inventory", "Transfers and requisitions")));
    setTableTitle(QStringLiteral("inventory_document_line"),
                  title(QT_TRANSLATE_NOOP("Crm::Inventory", "Transfer and requisition lines")));
    setTableTitle(QStringLiteral("inventory_stocktake"), title(QT_TRANSLATE_NOOP("Crm::Inventory", "Stocktakes")));
    setTableTitle(QStringLiteral("inventory_stocktake_line"),
                  title(QT_TRANSLATE_NOOP("Crm::Inventory", "Stocktake lines")));
}

} // namespace Crm::Inventory
