#include "loanpages.h"

#include "auth/user.h"
#include "model/loanlists.h"
#include "model/loanrepository.h"
#include "module/registry.h"
#include "services/stockservice.h"
#include "ui/listpage.h"
#include "ui/loanform.h"

#include <QCoreApplication>
#include <QWidget>

namespace Crm::Sales {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Sales", text);
}

const QString LoansView = QStringLiteral("sales.loans.view");
const QString LoansEdit = QStringLiteral("sales.loans.edit");

// A list of loans and samples opened in the loan form; new ones for `customerId`
// when the list is a customer's.
QWidget *loanPage(const PageContext &ctx, const ListSpec &spec, bool canCreate, QWidget *parent, qint64 customerId = 0)
{
    const StockService *stock = ctx.registry.service<StockService>();
    if (!stock)
        return new QWidget(parent); // sales depends on inventory: not reached in the suite
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    ListPageActions actions;
    actions.editPermission = LoansEdit;
    actions.deletePermission = LoansEdit;
    actions.canCreate = canCreate;
    actions.open = [&db, &session, stock, customerId](QWidget *p, qint64 id) {
        return LoanForm::edit(db, session, *stock, id, customerId, p);
    };
    if (canCreate) // only drafts are deleted, and a list of loans past due has none
        actions.remove = [&db, &session, stock](qint64 id) { LoanRepository(db, session.login(), *stock).remove(id); };
    return new ListPage(db, session, spec, actions, parent);
}
} // namespace

void setupLoanPages(Registry &registry)
{
    registry.addPermission(
        {LoansView, [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "See loans and samples")); }});
    registry.addPermission(
        {LoansEdit, [] {
             return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Lend goods and samples, take them back, sell them"));
         }});
    auto group = [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Sales")); };
    registry.addPage({QStringLiteral("sales.page.loans"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Loans and samples")); }, group, LoansView,
                      170,
                      [](const PageContext &ctx, QWidget *parent) { return loanPage(ctx, loanList(), true, parent); },
                      [](const Database &) { return loanList(); }});
    // The reminder: what should have come back by now, the longest overdue first.
    registry.addPage(
        {QStringLiteral("sales.page.overdue_loans"),
         [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Loans past due")); }, group, LoansView, 175,
         [](const PageContext &ctx, QWidget *parent) { return loanPage(ctx, overdueLoans(), false, parent); },
         [](const Database &) { return overdueLoans(); }});
    registry.addFormTab({QStringLiteral("core.party"),
                         [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Loans and samples")); }, LoansView,
                         [](const PageContext &ctx, qint64 id, bool customer, QWidget *parent) -> QWidget * {
                             return customer && ctx.registry.service<StockService>()
                                        ? loanPage(ctx, customerLoans(id), true, parent, id)
                                        : nullptr;
                         }});
}

} // namespace Crm::Sales
