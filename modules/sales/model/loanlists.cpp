#include "loanlists.h"

#include "db/sqltext.h"
#include "model/loan.h"

#include <QCoreApplication>

namespace Crm::Sales {

namespace {
#define TRS(text) [] { return QCoreApplication::translate("Crm::Sales", text); }
using K = ListColumn::Kind;

// Out with the customer (something outstanding) and due before today.
QString pastDue()
{
    return QStringLiteral("(CASE WHEN h.status = 'out' AND h.due_date < %1 THEN 1 ELSE 0 END)").arg(SqlText::today());
}
} // namespace

ListSpec loanList()
{
    ListSpec s;
    s.id = QStringLiteral("sales.loans");
    s.from = QStringLiteral("sales_loan h JOIN core_party c ON c.id = h.customer_id");
    s.idExpr = QStringLiteral("h.id");
    s.likeExprs = QStringLiteral("h.number, c.name, c.code");
    s.columns = {
        {QStringLiteral("number"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Number")), QStringLiteral("h.number")},
        {QStringLiteral("kind"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Kind")), QStringLiteral("h.kind"), false, K::Text,
         [](const QVariant &v) { return Loan::kindTitle(v.toString()); }},
        {QStringLiteral("customer"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Customer")), QStringLiteral("c.name"), false},
        {QStringLiteral("date"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Date")), QStringLiteral("h.doc_date"), true,
         K::Date},
        {QStringLiteral("due"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Due back")), QStringLiteral("h.due_date"), true,
         K::Date},
        {QStringLiteral("outstanding"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Outstanding")),
         QStringLiteral("h.outstanding_milli"), true, K::Quantity},
        {QStringLiteral("status"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Status")), QStringLiteral("h.status"), false,
         K::Text, [](const QVariant &v) { return Loan::statusTitle(v.toString()); }},
    };
    s.filters = {
        {QStringLiteral("kind"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Kind")), QStringLiteral("h.kind"),
         [] {
             return QList<QPair<QString, QVariant>>{
                 {Loan::kindTitle(QStringLiteral("loan")), QStringLiteral("loan")},
                 {Loan::kindTitle(QStringLiteral("sample")), QStringLiteral("sample")}};
         }},
        {QStringLiteral("status"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Status")), QStringLiteral("h.status"),
         [] {
             QList<QPair<QString, QVariant>> out;
             for (const QString &st : Loan::statuses())
                 out.append({Loan::statusTitle(st), st});
             return out;
         }},
        {QStringLiteral("past_due"), TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Due back")), pastDue(),
         [] {
             return QList<QPair<QString, QVariant>>{{QCoreApplication::translate("Crm::Sales", "Past due"), 1},
                                                    {QCoreApplication::translate("Crm::Sales", "Not past due"), 0}};
         }},
    };
    s.highlightExpr = pastDue();
    s.defaultSortColumn = s.columnIndex(QStringLiteral("date"));
    s.defaultDescending = true;
    s.searchHint = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Search number or customer (Ctrl+F)"));
    return s;
}

ListSpec overdueLoans()
{
    ListSpec s = loanList();
    s.id = QStringLiteral("sales.loans.overdue");
    s.where = QStringLiteral("%1 = 1").arg(pastDue());
    s.filters.removeIf([](const ListFilter &f) { return f.key != QLatin1String("kind"); });
    s.defaultSortColumn = s.columnIndex(QStringLiteral("due"));
    s.defaultDescending = false;
    return s;
}

ListSpec customerLoans(qint64 customerId)
{
    ListSpec s = loanList();
    s.id = QStringLiteral("sales.customer_loans");
    s.where = QStringLiteral("h.customer_id = %1").arg(customerId);
    s.columns.removeAt(s.columnIndex(QStringLiteral("customer")));
    s.likeExprs = QStringLiteral("h.number");
    s.searchHint = TRS(QT_TRANSLATE_NOOP("Crm::Sales", "Search number (Ctrl+F)"));
    s.defaultSortColumn = s.columnIndex(QStringLiteral("date"));
    return s;
}

} // namespace Crm::Sales
