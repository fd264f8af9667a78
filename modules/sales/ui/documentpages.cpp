#include "documentpages.h"

#include "auth/user.h"
#include "db/database.h"
#include "model/documentlists.h"
#include "model/salesdocumentrepository.h"
#include "module/registry.h"
#include "services/stockservice.h"
#include "ui/listpage.h"
#include "ui/printactions.h"
#include "ui/salesdocumentform.h"
#include "ui/salessettingssection.h"
#include "ui/shippingpages.h"

#include <QCoreApplication>

namespace Crm::Sales {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Sales", text);
}

const QString QuotationsView = QStringLiteral("sales.quotations.view");
const QString QuotationsEdit = QStringLiteral("sales.quotations.edit");
const QString OrdersView = QStringLiteral("sales.orders.view");
const QString OrdersEdit = QStringLiteral("sales.orders.edit");

// A list of quotations or orders: open and create them in the document form,
// print the current one. `kind` is the kind a new document gets.
QWidget *documentPage(const PageContext &ctx, const ListSpec &spec, SalesDocument::Kind kind, QWidget *parent,
                      qint64 customerId = 0)
{
    const Database &db = ctx.db;
    const Session &session = ctx.session;
    const bool quotations = kind == SalesDocument::Kind::Quotation;
    const PrintDocumentSpec *quotePrint = ctx.registry.printDocument(QStringLiteral("sales.quotation"));
    const PrintDocumentSpec *orderPrint = ctx.registry.printDocument(QStringLiteral("sales.sales_order"));
    const PrintDocumentSpec *print = quotations ? quotePrint : orderPrint;
    ListPageActions actions;
    const QString permission = quotations ? QuotationsView : OrdersView;
    actions.editPermission = quotations ? QuotationsEdit : OrdersEdit;
    const StockService *stock = ctx.registry.service<StockService>();
    actions.open = [&db, &session, kind, print, stock, customerId](QWidget *p, qint64 id) {
        return SalesDocumentForm::edit(db, session, print, stock, kind, id, p, customerId);
    };
    auto numberOf = [&db](qint64 id) { return SalesDocumentRepository(db, QString()).numberOf(id); };
    // Documents of both kinds print with the template of their own kind.
    auto printOf = [&db, quotePrint, orderPrint](qint64 id) {
        const auto d = SalesDocumentRepository(db, QString()).load(id);
        return d && d->kind == SalesDocument::Kind::Quotation ? quotePrint : orderPrint;
    };
    if (print) {
        actions.more << ListAction{translated(QT_TRANSLATE_NOOP("Crm::Sales", "&Print…")), QKeySequence::Print,
                                   permission, [&db, printOf, numberOf](QWidget *p, qint64 id) {
                                       if (const PrintDocumentSpec *doc = printOf(id))
                                           PrintActions::preview(p, db, *doc, numberOf(id));
                                   }};
        actions.more << ListAction{translated(QT_TRANSLATE_NOOP("Crm::Sales", "Save as P&DF…")),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), permission,
                                   [&db, printOf, numberOf](QWidget *p, qint64 id) {
                                       if (const PrintDocumentSpec *doc = printOf(id))
                                           PrintActions::saveAsPdf(p, db, *doc, numberOf(id));
                                   }};
    }
    if (!quotations && ctx.registry.service<StockService>()) {
        const PageContext context = ctx;
        actions.more << ListAction{translated(QT_TRANSLATE_NOOP("Crm::Sales", "S&hip…")),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                                   QStringLiteral("sales.shipping.edit"),
                                   [context](QWidget *p, qint64 id) { shipOrder(context, id, false, p); }};
        actions.more << ListAction{translated(QT_TRANSLATE_NOOP("Crm::Sales", "Shipping &notice…")),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                   QStringLiteral("sales.shipping.edit"),
                                   [context](QWidget *p, qint64 id) { shipOrder(context, id, true, p); }};
    }
    return new ListPage(db, session, spec, actions, parent);
}

void addPage(Registry &registry, const QString &id, const char *title, const QString &permission, int order,
             std::function<QWidget *(const PageContext &, QWidget *)> create, ListSpec (*list)())
{
    registry.addPage({id, [title] { return translated(title); },
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Sales")); }, permission, order,
                      std::move(create), [list](const Database &) { return list(); }});
}
} // namespace

void setupDocumentPages(Registry &registry)
{
    const QList<std::pair<QString, const char *>> permissions{
        {QuotationsView, QT_TRANSLATE_NOOP("Crm::Sales", "See quotations")},
        {QuotationsEdit, QT_TRANSLATE_NOOP("Crm::Sales", "Create and edit quotations")},
        {OrdersView, QT_TRANSLATE_NOOP("Crm::Sales", "See sales orders")},
        {OrdersEdit, QT_TRANSLATE_NOOP("Crm::Sales", "Create, edit and confirm sales orders")}};
    for (const auto &[id, title] : permissions)
        registry.addPermission({id, [title = title] { return translated(title); }});
    addPage(registry, QStringLiteral("sales.page.quotations"), QT_TRANSLATE_NOOP("Crm::Sales", "Quotations"),
            QuotationsView, 110, [](const PageContext &ctx, QWidget *parent) {
                return documentPage(ctx, documentList(true), SalesDocument::Kind::Quotation, parent);
            },
            [] { return documentList(true); });
    addPage(registry, QStringLiteral("sales.page.orders"), QT_TRANSLATE_NOOP("Crm::Sales", "Sales orders"), OrdersView,
            120, [](const PageContext &ctx, QWidget *parent) {
                return documentPage(ctx, documentList(false), SalesDocument::Kind::Order, parent);
            },
            [] { return documentList(false); });
    addPage(registry, QStringLiteral("sales.page.overdue_orders"),
            QT_TRANSLATE_NOOP("Crm::Sales", "Overdue deliveries"), OrdersView, 130,
            [](const PageContext &ctx, QWidget *parent) {
                return documentPage(ctx, overdueOrders(), SalesDocument::Kind::Order, parent);
            },
            overdueOrders);
    registry.addSettings({QStringLiteral("sales.settings"),
                          [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "&Sales")); },
                          Permissions::ManageSettings,
                          [](const PageContext &ctx, QWidget *parent) {
                              return new SalesSettingsSection(ctx.db, ctx.session.login(), parent);
                          }});
    registry.addFormTab(
        {QStringLiteral("core.party"),
         [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Quotations and orders")); }, QuotationsView,
         [](const PageContext &ctx, qint64 id, bool customer, QWidget *parent) {
             return customer ? documentPage(ctx, customerDocuments(id), SalesDocument::Kind::Quotation, parent, id)
                             : nullptr;
         }});
}

} // namespace Crm::Sales
