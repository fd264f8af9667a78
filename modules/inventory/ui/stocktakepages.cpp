#include "stocktakepages.h"

#include "model/stocktake.h"
#include "model/stocktakelists.h"
#include "module/registry.h"
#include "ui/countsheetexport.h"
#include "ui/listpage.h"
#include "ui/printactions.h"
#include "ui/stocktakeform.h"

#include <QCoreApplication>

namespace Crm::Inventory {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Inventory", text);
}

// Stocktakes move stock as transfers and requisitions do, under the same permissions.
const QString View = QStringLiteral("inventory.stock.view");
const QString Edit = QStringLiteral("inventory.stock.edit");

QWidget *stocktakesPage(const PageContext &ctx, QWidget *parent)
{
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    const PrintDocumentSpec *print = ctx.registry.printDocument(QStringLiteral("inventory.stocktake"));
    ListPageActions actions;
    actions.editPermission = Edit;
    actions.open = [&db, &session, print](QWidget *p, qint64 id) {
        return StocktakeForm::edit(db, session, print, id, p);
    };
    auto numberOf = [&db](qint64 id) {
        const auto d = StocktakeRepository(db, QString()).load(id);
        return d ? d->number : QString();
    };
    if (print) {
        actions.more << ListAction{
            translated(QT_TRANSLATE_NOOP("Crm::Inventory", "&Print count sheet…")), QKeySequence::Print, View,
            [&db, print, numberOf](QWidget *p, qint64 id) { PrintActions::preview(p, db, *print, numberOf(id)); }};
        actions.more << ListAction{
            translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Save as P&DF…")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), View,
            [&db, print, numberOf](QWidget *p, qint64 id) { PrintActions::saveAsPdf(p, db, *print, numberOf(id)); }};
    }
    actions.more << ListAction{translated(QT_TRANSLATE_NOOP("Crm::Inventory", "E&xport count sheet…")),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), View,
                               [&db](QWidget *p, qint64 id) { exportCountSheet(p, db, id); }};
    return new ListPage(db, session, stocktakeList(), actions, parent);
}
} // namespace

void setupStocktakePages(Registry &registry)
{
    registry.addPage({QStringLiteral("inventory.page.stocktakes"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Stocktakes")); },
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Inventory", "Inventory")); }, View, 307,
                      [](const PageContext &ctx, QWidget *parent) { return stocktakesPage(ctx, parent); },
                      [](const Database &) { return stocktakeList(); }});
}

} // namespace Crm::Inventory
