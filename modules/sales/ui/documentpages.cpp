#include "documentpages.h"

#include "auth/user.h"
#include "db/database.h"
#include "model/documentlists.h"
#include "model/salesdocumentrepository.h"
#include "module/registry.h"
#include "ui/listpage.h"
#include "ui/printactions.h"

#include <QCoreApplication>

namespace Crm::Sales {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Sales", text);
}

QWidget *documentPage(const PageContext &ctx, bool quotations, QWidget *parent)
{
    const Database &db = ctx.db;
    const PrintDocumentSpec *print = ctx.registry.printDocument(quotations ? QStringLiteral("sales.quotation")
                                                                           : QStringLiteral("sales.sales_order"));
    ListPageActions actions;
    const QString permission =
        quotations ? QStringLiteral("sales.quotations.view") : QStringLiteral("sales.orders.view");
    auto numberOf = [&db](qint64 id) { return SalesDocumentRepository(db, QString()).numberOf(id); };
    if (print) {
        actions.more << ListAction{
            translated(QT_TRANSLATE_NOOP("Crm::Sales", "&Print…")), QKeySequence::Print, permission,
            [&db, print, numberOf](QWidget *p, qint64 id) { PrintActions::preview(p, db, *print, numberOf(id)); }};
        actions.more << ListAction{
            translated(QT_TRANSLATE_NOOP("Crm::Sales", "Save as P&DF…")),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), permission,
            [&db, print, numberOf](QWidget *p, qint64 id) { PrintActions::saveAsPdf(p, db, *print, numberOf(id)); }};
    }
    return new ListPage(db, ctx.session, documentList(quotations), actions, parent);
}
} // namespace

void setupDocumentPages(Registry &registry)
{
    registry.addPermission({QStringLiteral("sales.quotations.view"),
                            [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "See quotations")); }});
    registry.addPermission({QStringLiteral("sales.orders.view"),
                            [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "See sales orders")); }});
    registry.addPage({QStringLiteral("sales.page.quotations"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Quotations")); },
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Sales")); },
                      QStringLiteral("sales.quotations.view"), 110,
                      [](const PageContext &ctx, QWidget *parent) { return documentPage(ctx, true, parent); }});
    registry.addPage({QStringLiteral("sales.page.orders"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Sales orders")); },
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Sales")); },
                      QStringLiteral("sales.orders.view"), 120,
                      [](const PageContext &ctx, QWidget *parent) { return documentPage(ctx, false, parent); }});
}

} // namespace Crm::Sales
