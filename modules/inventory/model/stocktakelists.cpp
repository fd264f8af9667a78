#include "stocktakelists.h"

#include "model/stockdocument.h"

#include <QCoreApplication>

namespace Crm::Inventory {

namespace {
#define TRI(text) [] { return QCoreApplication::translate("Crm::Inventory", text); }
using K = ListColumn::Kind;
} // namespace

ListSpec stocktakeList()
{
    ListSpec s;
    s.id = QStringLiteral("inventory.stocktakes");
    s.from = QStringLiteral("inventory_stocktake d JOIN core_warehouse w ON w.id = d.warehouse_id");
    s.idExpr = QStringLiteral("d.id");
    s.likeExprs = QStringLiteral("d.number, w.name, d.notes");
    s.columns = {
        {QStringLiteral("number"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Number")), QStringLiteral("d.number")},
        {QStringLiteral("date"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Date")), QStringLiteral("d.doc_date"), true,
         K::Date},
        {QStringLiteral("warehouse"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Warehouse")), QStringLiteral("w.name"),
         false},
        {QStringLiteral("lines"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Lines")),
         QStringLiteral("(SELECT count(*) FROM inventory_stocktake_line l WHERE l.stocktake_id = d.id)"), false,
         K::Integer},
        {QStringLiteral("counted"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Counted")),
         QStringLiteral("(SELECT count(l.counted_milli) FROM inventory_stocktake_line l WHERE l.stocktake_id = d.id)"),
         false, K::Integer},
        {QStringLiteral("status"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Status")), QStringLiteral("d.status"),
         false, K::Text, [](const QVariant &v) { return StockDocumentRepository::statusTitle(v.toString()); }},
        {QStringLiteral("notes"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Notes")), QStringLiteral("d.notes"), false},
    };
    s.filters = {
        {QStringLiteral("status"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Status")), QStringLiteral("d.status"),
         &StockDocumentRepository::statusChoices},
        {QStringLiteral("warehouse"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Warehouse")),
         QStringLiteral("d.warehouse_id"), nullptr,
         QStringLiteral("SELECT id, name FROM core_warehouse ORDER BY name")},
        {QStringLiteral("month"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Month")),
         QStringLiteral("substr(d.doc_date, 1, 7)"), nullptr,
         QStringLiteral("SELECT DISTINCT substr(doc_date, 1, 7), substr(doc_date, 1, 7) FROM inventory_stocktake "
                        "ORDER BY 1 DESC")},
    };
    s.defaultSortColumn = 1;
    s.defaultDescending = true;
    s.searchHint = TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Search number, warehouse or notes (Ctrl+F)"));
    return s;
}

} // namespace Crm::Inventory
