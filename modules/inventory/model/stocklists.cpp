#include "stocklists.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Crm::Inventory::StockLists {

namespace {
#define TRI(text) [] { return QCoreApplication::translate("Crm::Inventory", text); }
using K = ListColumn::Kind;
using Options = QList<QPair<QString, QVariant>>;

const QString TotalOnHand =
    QStringLiteral("(SELECT COALESCE(SUM(o.quantity_milli), 0) FROM inventory_onhand o WHERE o.product_id = p.id)");
const QString LastOut =
    QStringLiteral("(SELECT COALESCE(MAX(o.last_out_date), '') FROM inventory_onhand o WHERE o.product_id = p.id)");
const QString LastIn =
    QStringLiteral("(SELECT COALESCE(MAX(o.last_in_date), '') FROM inventory_onhand o WHERE o.product_id = p.id)");
const QString Reserved = QStringLiteral("(SELECT COALESCE(SUM(r.quantity_milli), 0) FROM inventory_reservation r "
                                        "WHERE r.product_id = o.product_id AND r.warehouse_id = o.warehouse_id)");

ListFilter warehouseFilter(const QString &expr)
{
    return {QStringLiteral("warehouse"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Warehouse")), expr, nullptr,
            QStringLiteral("SELECT id, code || ' ' || name FROM core_warehouse ORDER BY code")};
}

ListFilter categoryFilter()
{
    return {QStringLiteral("category"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Category")),
            QStringLiteral("p.category_id"), nullptr,
            QStringLiteral("SELECT id, name FROM core_product_category ORDER BY name")};
}

QList<ListColumn> productColumns()
{
    return {
        {QStringLiteral("code"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Code")), QStringLiteral("p.code")},
        {QStringLiteral("name"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Product")), QStringLiteral("p.name")},
    };
}

ListColumn unitColumn()
{
    return {QStringLiteral("unit"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Unit")),
            QStringLiteral("COALESCE(un.name, '')"), false};
}

// The distinct document types, one index probe each (a loose index scan), so
// that a ledger of millions of moves fills its filter at once.
Options documentTypes(const Database &db)
{
    Options out;
    QSqlQuery q = db.exec(QStringLiteral(
        "WITH RECURSIVE t(v) AS (SELECT MIN(source_type) FROM inventory_move UNION ALL "
        "SELECT (SELECT MIN(source_type) FROM inventory_move WHERE source_type > t.v) FROM t WHERE t.v IS NOT NULL) "
        "SELECT v FROM t WHERE v IS NOT NULL"));
    while (q.next())
        out.append({documentTypeTitle(q.value(0).toString()), q.value(0)});
    return out;
}

// Months from the newest move back to the oldest (at most ten years), newest first.
Options months(const Database &db)
{
    Options out;
    // Two queries: each is one index probe, MIN and MAX together scan the index.
    const QDate first = QDate::fromString(
        db.scalar(QStringLiteral("SELECT MIN(move_date) FROM inventory_move")).toString().left(10), Qt::ISODate);
    QDate month = QDate::fromString(
        db.scalar(QStringLiteral("SELECT MAX(move_date) FROM inventory_move")).toString().left(10), Qt::ISODate);
    if (!first.isValid() || !month.isValid())
        return out;
    month = QDate(month.year(), month.month(), 1);
    for (int i = 0; i < 120 && month >= QDate(first.year(), first.month(), 1); ++i, month = month.addMonths(-1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        out.append({key, key});
    }
    return out;
}
} // namespace

QString documentTypeTitle(const QString &type)
{
    static const QList<QPair<QString, const char *>> titles{
        {QStringLiteral("inventory.opening"), QT_TRANSLATE_NOOP("Crm::Inventory", "Opening balance")},
        {QStringLiteral("inventory.transfer"), QT_TRANSLATE_NOOP("Crm::Inventory", "Transfer")},
        {QStringLiteral("inventory.stocktake"), QT_TRANSLATE_NOOP("Crm::Inventory", "Stocktake")},
        {QStringLiteral("inventory.requisition"), QT_TRANSLATE_NOOP("Crm::Inventory", "Requisition")},
        {QStringLiteral("inventory.issue"), QT_TRANSLATE_NOOP("Crm::Inventory", "Issue")},
        {QStringLiteral("sales.shipment"), QT_TRANSLATE_NOOP("Crm::Inventory", "Shipment")},
        {QStringLiteral("sales.return"), QT_TRANSLATE_NOOP("Crm::Inventory", "Customer return")},
        {QStringLiteral("sales.loan"), QT_TRANSLATE_NOOP("Crm::Inventory", "Loan")},
        {QStringLiteral("sales.loan_return"), QT_TRANSLATE_NOOP("Crm::Inventory", "Loan return")},
        {QStringLiteral("purchasing.receipt"), QT_TRANSLATE_NOOP("Crm::Inventory", "Goods receipt")},
        {QStringLiteral("purchasing.return"), QT_TRANSLATE_NOOP("Crm::Inventory", "Return to supplier")},
    };
    for (const auto &[key, title] : titles)
        if (key == type)
            return QCoreApplication::translate("Crm::Inventory", title);
    return type;
}

QString ledgerTitle(const Database &db, qint64 productId, qint64 warehouseId)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.code, p.name, w.name FROM core_product p, core_warehouse w "
                                         "WHERE p.id = ? AND w.id = ?"),
                          {productId, warehouseId});
    if (!q.next())
        return {};
    return QCoreApplication::translate("Crm::Inventory", "%1 %2 in %3")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

ListSpec onHand()
{
    ListSpec s;
    s.id = QStringLiteral("inventory.onhand");
    // Products drive the join (CROSS JOIN keeps them the outer loop), so that the
    // first screen in code or name order is read from the product indexes.
    s.from =
        QStringLiteral("core_product p CROSS JOIN inventory_onhand o "
                       "JOIN core_warehouse w ON w.id = o.warehouse_id LEFT JOIN core_unit un ON un.id = p.unit_id");
    s.where = QStringLiteral("o.product_id = p.id");
    s.idExpr = QStringLiteral("(o.product_id * %1 + o.warehouse_id)").arg(kWarehouseKeys);
    s.searchTable = QStringLiteral("core_product");
    s.searchIdExpr = QStringLiteral("p.id");
    s.columns = productColumns();
    s.columns += QList<ListColumn>{
        {QStringLiteral("warehouse"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Warehouse")), QStringLiteral("w.name"),
         false},
        {QStringLiteral("onhand"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "On hand")),
         QStringLiteral("o.quantity_milli"), false, K::Quantity},
        {QStringLiteral("reserved"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Reserved")), Reserved, false,
         K::Quantity},
        {QStringLiteral("available"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Available")),
         QStringLiteral("(o.quantity_milli - %1)").arg(Reserved), false, K::Quantity},
        unitColumn(),
        {QStringLiteral("safety_stock"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Safety stock")),
         QStringLiteral("p.safety_stock_milli"), false, K::Quantity},
        {QStringLiteral("last_in"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Last in")),
         QStringLiteral("o.last_in_date"), false, K::Date},
        {QStringLiteral("last_out"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Last out")),
         QStringLiteral("o.last_out_date"), false, K::Date},
    };
    s.filters = {warehouseFilter(QStringLiteral("o.warehouse_id")), categoryFilter()};
    s.searchHint = TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Search product code or name (Ctrl+F)"));
    return s;
}

ListSpec ledger(const Database &db)
{
    const Database *d = &db;
    ListSpec s;
    s.id = QStringLiteral("inventory.ledger");
    s.from = QStringLiteral("inventory_move m JOIN core_product p ON p.id = m.product_id "
                            "JOIN core_warehouse w ON w.id = m.warehouse_id");
    s.idExpr = QStringLiteral("m.id");
    s.searchTable = QStringLiteral("core_product");
    s.searchIdExpr = QStringLiteral("m.product_id");
    s.numberExpr = QStringLiteral("m.source_number");
    s.columns = {
        {QStringLiteral("date"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Date")), QStringLiteral("m.move_date"), true,
         K::Date},
        {QStringLiteral("type"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Document")), QStringLiteral("m.source_type"),
         false, K::Text, [](const QVariant &v) { return documentTypeTitle(v.toString()); }},
        {QStringLiteral("number"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Number")),
         QStringLiteral("m.source_number"), false},
    };
    s.columns += productColumns();
    s.columns[3].sortable = false;
    s.columns[4].sortable = false;
    s.columns += QList<ListColumn>{
        {QStringLiteral("warehouse"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Warehouse")), QStringLiteral("w.name"),
         false},
        {QStringLiteral("in"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "In")),
         QStringLiteral("CASE WHEN m.quantity_milli > 0 THEN m.quantity_milli END"), false, K::Quantity},
        {QStringLiteral("out"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Out")),
         QStringLiteral("CASE WHEN m.quantity_milli < 0 THEN -m.quantity_milli END"), false, K::Quantity},
        {QStringLiteral("unit_cost"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Unit cost")),
         QStringLiteral("m.unit_cost_minor"), false, K::Money},
    };
    s.filters = {
        warehouseFilter(QStringLiteral("m.warehouse_id")),
        {QStringLiteral("type"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Document")), QStringLiteral("m.source_type"),
         [d] { return documentTypes(*d); }},
        {QStringLiteral("month"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Month")),
         QStringLiteral("substr(m.move_date, 1, 7)"), [d] { return months(*d); }},
    };
    s.defaultSortColumn = 0;
    s.defaultDescending = true;
    s.searchHint =
        TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Search product code or name, or a document number (Ctrl+F)"));
    return s;
}

ListSpec ledgerOf(const Database &db, qint64 productId, qint64 warehouseId)
{
    ListSpec s = ledger(db);
    s.id = QStringLiteral("inventory.ledger.product");
    s.where = QStringLiteral("m.product_id = %1 AND m.warehouse_id = %2").arg(productId).arg(warehouseId);
    // The product and the warehouse are the dialog's title.
    s.columns.removeIf([](const ListColumn &c) {
        return c.key == QLatin1String("code") || c.key == QLatin1String("name") || c.key == QLatin1String("warehouse");
    });
    s.filters.removeIf([](const ListFilter &f) { return f.key == QLatin1String("warehouse"); });
    s.searchTable.clear();
    s.searchIdExpr.clear();
    s.likeExprs = QStringLiteral("m.source_number");
    s.searchHint = TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Search document number (Ctrl+F)"));
    return s;
}

ListSpec safetyStockAlerts()
{
    ListSpec s;
    s.id = QStringLiteral("inventory.safety_alerts");
    s.from = QStringLiteral("core_product p LEFT JOIN core_unit un ON un.id = p.unit_id");
    s.idExpr = QStringLiteral("p.id");
    s.where =
        QStringLiteral("p.active = 1 AND p.safety_stock_milli > 0 AND %1 < p.safety_stock_milli").arg(TotalOnHand);
    s.searchTable = QStringLiteral("core_product");
    s.columns = productColumns();
    s.columns += QList<ListColumn>{
        unitColumn(),
        {QStringLiteral("onhand"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "On hand")), TotalOnHand, false,
         K::Quantity},
        {QStringLiteral("safety_stock"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Safety stock")),
         QStringLiteral("p.safety_stock_milli"), false, K::Quantity},
        {QStringLiteral("shortfall"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Shortfall")),
         QStringLiteral("(p.safety_stock_milli - %1)").arg(TotalOnHand), true, K::Quantity},
    };
    s.filters = {categoryFilter()};
    s.defaultSortColumn = s.columnIndex(QStringLiteral("shortfall"));
    s.defaultDescending = true;
    s.searchHint = TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Search product code or name (Ctrl+F)"));
    return s;
}

ListSpec slowMovers(const QDate &cutoff)
{
    // The cheap, selective test first: most products have gone out lately.
    const QString idleSince = QStringLiteral("(SELECT CASE WHEN MAX(o.last_out_date) <> '' THEN MAX(o.last_out_date) "
                                             "ELSE MAX(o.last_in_date) END FROM inventory_onhand o "
                                             "WHERE o.product_id = p.id)");
    ListSpec s;
    s.id = QStringLiteral("inventory.slow_movers");
    s.from = QStringLiteral("core_product p LEFT JOIN core_unit un ON un.id = p.unit_id");
    s.idExpr = QStringLiteral("p.id");
    // ISO dates compare as text, the same on SQLite and PostgreSQL.
    s.where = QStringLiteral("%1 < '%2' AND %3 > 0").arg(idleSince, cutoff.toString(Qt::ISODate), TotalOnHand);
    s.searchTable = QStringLiteral("core_product");
    s.columns = productColumns();
    s.columns += QList<ListColumn>{
        unitColumn(),
        {QStringLiteral("onhand"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "On hand")), TotalOnHand, false,
         K::Quantity},
        {QStringLiteral("last_out"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Last out")), LastOut, true, K::Date},
        {QStringLiteral("last_in"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Last in")), LastIn, false, K::Date},
    };
    s.filters = {categoryFilter()};
    s.defaultSortColumn = s.columnIndex(QStringLiteral("last_out"));
    s.searchHint = TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Search product code or name (Ctrl+F)"));
    return s;
}

} // namespace Crm::Inventory::StockLists
