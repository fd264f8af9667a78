#include "stockdocumentpages.h"

#include "model/stockdocumentlists.h"
#include "module/registry.h"
#include "ui/listpage.h"
#include "ui/stockdocumentform.h"

#include <QCoreApplication>

namespace Crm::Inventory {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Inventory", text);
}

const QString View = QStringLiteral("inventory.stock.view");
const QString Edit = QStringLiteral("inventory.stock.edit");

QWidget *documentsPage(const PageContext &ctx, StockDocument::Kind kind, QWidget *parent)
{
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    ListPageActions actions;
    actions.editPermission = Edit;
    actions.open = [&db, &session, kind](QWidget *p, qint64 id) {
        return StockDocumentForm::edit(db, session, kind, id, p);
    };
    return new ListPage(db, session, stockDocumentList(kind), actions, parent);
}
} // namespace

void setupStockDocumentPages(Registry &registry)
{
    registry.addPermission({Edit, [] {
                                return translated(QT_TRANSLATE_NOOP(
                                    "Crm::Inventory", "Post and reverse transfers, requisitions and stocktakes"));
                            }});
    auto group = [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Inventory")); };
    registry.addPage({QStringLiteral("inventory.page.transfers"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Transfers")); }, group, View, 305,
                      [](const PageContext &ctx, QWidget *parent) {
                          return documentsPage(ctx, StockDocument::Kind::Transfer, parent);
                      },
                      [](const Database &) { return stockDocumentList(StockDocument::Kind::Transfer); }});
    registry.addPage({QStringLiteral("inventory.page.requisitions"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Requisitions")); }, group, View, 306,
                      [](const PageContext &ctx, QWidget *parent) {
                          return documentsPage(ctx, StockDocument::Kind::Requisition, parent);
                      },
                      [](const Database &) { return stockDocumentList(StockDocument::Kind::Requisition); }});
}

} // namespace Crm::Inventory
