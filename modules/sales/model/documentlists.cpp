#include "documentlists.h"

#include "db/sqltext.h"
#include "model/money.h"
#include "model/salesdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace Crm::Sales {

namespace {
#define TRS(text) [] { return QCoreApplication::translate("Crm::Sales", text); }
using K = ListColumn::Kind;

QString overdueCondition()
{
    return QStringLiteral("(CASE WHEN d.status IN ('confirmed', 'partly_shipped') AND d.delivery_date <> '' "
                          "AND d.delivery_date < %1 THEN 1 ELSE 0 END)")
        .arg(SqlText::today());
}
} // namespace

ListSpec documentList(bool quotations)
{
    ListSpec s;
    s.id = quotations ? QStringLiteral("sales.quotations") : QStringLiteral("sales.orders");
    s.from = QStringLiteral("sales_document d JOIN core_party c ON c.id = d.customer_id "
                            "LEFT JOIN core_user u ON u.id = d.salesperson_id");
    s.idExpr = QStringLiteral("d.id");
    s.where = quotations ? QStringLiteral("d.kind = 'quotation'") : QStringLiteral("d.kind = 'order'");
    s.likeExprs = QStringLiteral("d.number, c.name, c.code");
    s.columns = {
        {QStringLiteral("number"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Number")), QStringLiteral("d.number")},
        {QStringLiteral("date"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Date")), QStringLiteral("d.doc_date"), true,
         K::Date},
        {QStringLiteral("customer"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Customer")), QStringLiteral("c.name"), false},
        {QStringLiteral("until"),
         quotations ? TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Valid until"))
                    : TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Delivery date")),
         quotations ? QStringLiteral("d.valid_until") : QStringLiteral("d.delivery_date"), false, K::Date},
        {QStringLiteral("status"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Status")), SalesDocument::statusSql(QStringLiteral("d")), false,
         K::Text, [](const QVariant &v) { return SalesDocument::statusTitle(v.toString()); }},
        {QStringLiteral("currency"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Currency")), QStringLiteral("d.currency"),
         false},
        {QStringLiteral("total"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Total")), QStringLiteral("d.total_minor"), false,
         K::Money},
        {QStringLiteral("salesperson"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Salesperson")),
         QStringLiteral("COALESCE(u.name, '')"), false},
    };
    const QStringList statuses = quotations ? SalesDocument::quotationStatuses() : SalesDocument::orderStatuses();
    s.filters = {
        {QStringLiteral("status"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Status")), SalesDocument::statusSql(QStringLiteral("d")),
         [statuses] {
             QList<QPair<QString, QVariant>> out;
             for (const QString &st : statuses)
                 out.append({SalesDocument::statusTitle(st), st});
             return out;
         }},
        {QStringLiteral("salesperson"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Salesperson")),
         QStringLiteral("d.salesperson_id"), nullptr, QStringLiteral("SELECT id, name FROM core_user ORDER BY name")},
        // Months that have documents of this kind, newest first.
        {QStringLiteral("month"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Month")),
         QStringLiteral("substr(d.doc_date, 1, 7)"), nullptr,
         QStringLiteral("SELECT DISTINCT substr(doc_date, 1, 7), substr(doc_date, 1, 7) FROM sales_document "
                        "WHERE kind = '%1' ORDER BY 1 DESC")
             .arg(quotations ? QStringLiteral("quotation") : QStringLiteral("order"))},
    };
    if (!quotations)
        s.filters << ListFilter{
            QStringLiteral("overdue"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Delivery")), overdueCondition(), [] {
                return QList<QPair<QString, QVariant>>{{QCoreApplication::translate("Crm::Sales", "Overdue"), 1},
                                                       {QCoreApplication::translate("Crm::Sales", "Not overdue"), 0}};
            }};
    s.defaultSortColumn = 0;
    s.searchHint = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Search number or customer (Ctrl+F)"));
    return s;
}

} // namespace Crm::Sales

namespace Crm::Sales {

ListSpec overdueOrders()
{
    ListSpec s = documentList(false);
    s.id = QStringLiteral("sales.orders.overdue");
    s.where += QStringLiteral(" AND %1 = 1").arg(overdueCondition());
    s.filters.removeIf([](const ListFilter &f) { return f.key != QLatin1String("salesperson"); });
    s.defaultSortColumn = s.columnIndex(QStringLiteral("until"));
    s.columns[s.defaultSortColumn].sortable = true;
    return s;
}

ListSpec customerDocuments(qint64 customerId)
{
    ListSpec s = documentList(false);
    s.id = QStringLiteral("sales.customer_documents");
    s.where = QStringLiteral("d.customer_id = %1").arg(customerId);
    s.columns.removeAt(s.columnIndex(QStringLiteral("customer")));
    s.likeExprs = QStringLiteral("d.number");
    s.searchHint = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Search number (Ctrl+F)"));
    s.columns.insert(1, ListColumn{QStringLiteral("kind"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Document")),
                                   QStringLiteral("d.kind"), false, K::Text, [](const QVariant &v) {
                                       return v.toString() == QLatin1String("order")
                                                  ? QCoreApplication::translate("Crm::Sales", "Sales order")
                                                  : QCoreApplication::translate("Crm::Sales", "Quotation");
                                   }});
    const int until = s.columnIndex(QStringLiteral("until"));
    s.columns[until].title = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Valid until / delivery"));
    s.columns[until].expr = QStringLiteral("CASE WHEN d.kind = 'order' THEN d.delivery_date ELSE d.valid_until END");
    s.filters.removeIf([](const ListFilter &f) { return f.key != QLatin1String("status"); });
    s.filters.first().options = [] {
        QList<QPair<QString, QVariant>> out;
        for (const QString &st : SalesDocument::quotationStatuses() + SalesDocument::orderStatuses())
            if (!out.contains(QPair<QString, QVariant>{SalesDocument::statusTitle(st), st}))
                out.append({SalesDocument::statusTitle(st), st});
        return out;
    };
    s.defaultSortColumn = s.columnIndex(QStringLiteral("date"));
    s.defaultDescending = true;
    return s;
}

} // namespace Crm::Sales
