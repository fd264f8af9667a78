#include "stockdocumentlists.h"

#include "db/database.h"

#include <QSqlQuery>

namespace Crm::Inventory {

namespace {
#define TRI(text) [] { return QCoreApplication::translate("Crm::Inventory", text); }
using K = ListColumn::Kind;
} // namespace

ListSpec stockDocumentList(StockDocument::Kind kind)
{
    const bool transfer = kind == StockDocument::Kind::Transfer;
    const QString kindId = transfer ? QStringLiteral("transfer") : QStringLiteral("requisition");
    ListSpec s;
    s.id = transfer ? QStringLiteral("inventory.transfers") : QStringLiteral("inventory.requisitions");
    s.from = QStringLiteral("inventory_document d JOIN core_warehouse f ON f.id = d.from_warehouse_id "
                            "LEFT JOIN core_warehouse t ON t.id = d.to_warehouse_id");
    s.idExpr = QStringLiteral("d.id");
    s.where = QStringLiteral("d.kind = '%1'").arg(kindId);
    s.likeExprs = transfer ? QStringLiteral("d.number, f.name, t.name, d.notes")
                           : QStringLiteral("d.number, f.name, d.department, d.purpose");
    s.columns = {
        {QStringLiteral("number"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Number")), QStringLiteral("d.number")},
        {QStringLiteral("date"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Date")), QStringLiteral("d.doc_date"), true,
         K::Date},
        {QStringLiteral("from"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "From warehouse")), QStringLiteral("f.name"),
         false},
    };
    if (transfer)
        s.columns << ListColumn{QStringLiteral("to"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "To warehouse")),
                                QStringLiteral("COALESCE(t.name, '')"), false};
    else
        s.columns << ListColumn{QStringLiteral("department"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Department")),
                                QStringLiteral("d.department"), false}
                  << ListColumn{QStringLiteral("purpose"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Purpose")),
                                QStringLiteral("d.purpose"), false};
    s.columns << ListColumn{QStringLiteral("status"),
                            TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Status")),
                            QStringLiteral("d.status"),
                            false,
                            K::Text,
                            [](const QVariant &v) { return StockDocumentRepository::statusTitle(v.toString()); }};
    s.filters = {
        {QStringLiteral("status"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Status")), QStringLiteral("d.status"),
         &StockDocumentRepository::statusChoices},
        {QStringLiteral("warehouse"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "From warehouse")),
         QStringLiteral("d.from_warehouse_id"), nullptr,
         QStringLiteral("SELECT id, name FROM core_warehouse ORDER BY name")},
        {QStringLiteral("month"), TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Month")),
         QStringLiteral("substr(d.doc_date, 1, 7)"), nullptr,
         QStringLiteral("SELECT DISTINCT substr(doc_date, 1, 7), substr(doc_date, 1, 7) FROM inventory_document "
                        "WHERE kind = '%1' ORDER BY 1 DESC")
             .arg(kindId)},
    };
    s.defaultSortColumn = 1;
    s.defaultDescending = true;
    s.searchHint = TRI(QT_TRANSLATE_NOOP("Crm::Inventory", "Search number, warehouse or purpose (Ctrl+F)"));
    return s;
}

QPair<qint64, QString> productByCode(const Database &db, const QString &code)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name FROM core_product WHERE code = ?"), {code.trimmed()});
    return q.next() ? QPair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()}
                    : QPair<qint64, QString>{0, QString()};
}

QString productCode(const Database &db, qint64 productId)
{
    return db.scalar(QStringLiteral("SELECT code FROM core_product WHERE id = ?"), {productId}).toString();
}

} // namespace Crm::Inventory
