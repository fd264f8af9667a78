#include "shippingpages.h"

#include "auth/user.h"
#include "db/database.h"
#include "db/error.h"
#include "model/recordrepository.h"
#include "model/courierschema.h"
#include "model/salescatalog.h"
#include "model/shipmentlists.h"
#include "model/salessettings.h"
#include "model/shipmentrepository.h"
#include "model/standardlists.h"
#include "module/registry.h"
#include "services/stockservice.h"
#include "ui/listpage.h"
#include "ui/standardpages.h"
#include "ui/printactions.h"
#include "ui/shipmentform.h"

#include <QInputDialog>
#include <QMessageBox>

namespace Crm::Sales {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("Crm::Sales", text);
}

const QString ShippingView = QStringLiteral("sales.shipping.view");
const QString ShippingEdit = QStringLiteral("sales.shipping.edit");

const PrintDocumentSpec *printOf(const PageContext &ctx, bool notice)
{
    return ctx.registry.printDocument(notice ? QStringLiteral("sales.shipping_notice")
                                             : QStringLiteral("sales.shipping_order"));
}

// Asks for the number of the order to ship (a new document from the list page).
qint64 askOrder(const PageContext &ctx, bool notice, QWidget *parent)
{
    bool ok = false;
    const QString number =
        QInputDialog::getText(parent,
                              notice ? translated(QT_TRANSLATE_NOOP("Crm::Sales", "New shipping notice"))
                                     : translated(QT_TRANSLATE_NOOP("Crm::Sales", "New shipment")),
                              translated(QT_TRANSLATE_NOOP("Crm::Sales", "Number of the confirmed order to ship:")),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok || number.trimmed().isEmpty())
        return 0;
    const qint64 order = SalesCatalog::orderIdByNumber(ctx.db, number);
    if (order <= 0) {
        QMessageBox::warning(
            parent, translated(QT_TRANSLATE_NOOP("Crm::Sales", "Cannot ship")),
            translated(QT_TRANSLATE_NOOP("Crm::Sales", "There is no sales order %1.")).arg(number.trimmed()));
        return 0;
    }
    return shipOrder(ctx, order, notice, parent);
}

QWidget *shippingPage(const PageContext &ctx, const ListSpec &spec, bool notice, QWidget *parent)
{
    const StockService *stock = ctx.registry.service<StockService>();
    const PrintDocumentSpec *shippingOrder = printOf(ctx, false);
    const PrintDocumentSpec *shippingNotice = printOf(ctx, true);
    const PageContext context = ctx;
    ListPageActions actions;
    actions.editPermission = ShippingEdit;
    actions.open = [context, stock, shippingOrder, shippingNotice, notice](QWidget *p, qint64 id) -> qint64 {
        if (id == 0)
            return askOrder(context, notice, p);
        const auto s = ShipmentRepository(context.db, context.session.login(), *stock).load(id);
        if (!s)
            return 0;
        return ShipmentForm::edit(context.db, context.session, *stock,
                                  s->kind == Shipment::Kind::Notice ? shippingNotice : shippingOrder, *s, p);
    };
    actions.more << ListAction{
        translated(QT_TRANSLATE_NOOP("Crm::Sales", "&Print…")), QKeySequence::Print, ShippingView,
        [context, stock, shippingOrder, shippingNotice](QWidget *p, qint64 id) {
            const auto s = ShipmentRepository(context.db, QString(), *stock).load(id);
            if (s)
                PrintActions::preview(p, context.db,
                                      s->kind == Shipment::Kind::Notice ? *shippingNotice : *shippingOrder, s->number);
        }};
    return new ListPage(ctx.db, ctx.session, spec, actions, parent);
}
} // namespace

qint64 shipOrder(const PageContext &ctx, qint64 orderId, bool notice, QWidget *parent)
{
    const StockService *stock = ctx.registry.service<StockService>();
    if (!stock)
        return 0;
    try {
        const Shipment draft =
            ShipmentRepository(ctx.db, ctx.session.login(), *stock)
                .draftFromOrders(notice ? Shipment::Kind::Notice : Shipment::Kind::Shipment, {orderId},
                                 notice ? 0 : SalesSettings::orderWarehouse(ctx.db));
        return ShipmentForm::edit(ctx.db, ctx.session, *stock, printOf(ctx, notice), draft, parent);
    } catch (const Error &e) {
        QMessageBox::warning(parent, translated(QT_TRANSLATE_NOOP("Crm::Sales", "Cannot ship")), e.message());
        return 0;
    }
}

void setupShippingPages(Registry &registry)
{
    registry.addPermission(
        {ShippingView, [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "See shipments and notices")); }});
    registry.addPermission({ShippingEdit, [] {
                                return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Ship orders and reverse shipments"));
                            }});
    auto group = [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Sales")); };
    registry.addPage(
        {QStringLiteral("sales.page.shipping_notices"),
         [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Shipping notices")); }, group, ShippingView, 140,
         [](const PageContext &ctx, QWidget *parent) { return shippingPage(ctx, shipmentList(true), true, parent); },
         [](const Database &) { return shipmentList(true); }});
    registry.addPage({QStringLiteral("sales.page.shipments"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Shipments")); }, group, ShippingView, 150,
                      [](const PageContext &ctx, QWidget *parent) {
                          return shippingPage(ctx, shipmentList(false), false, parent);
                      },
                      [](const Database &) { return shipmentList(false); }});
    // Unshipped quantities: Enter ships the line's order.
    registry.addPage({QStringLiteral("sales.page.unshipped"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Unshipped quantities")); }, group,
                      ShippingView, 160,
                      [](const PageContext &ctx, QWidget *parent) -> QWidget * {
                          const PageContext context = ctx;
                          ListPageActions actions;
                          actions.editPermission = ShippingEdit;
                          actions.canCreate = false;
                          actions.open = [context](QWidget *p, qint64 lineId) -> qint64 {
                              const auto line = SalesCatalog::shippableLine(context.db, lineId);
                              return line ? shipOrder(context, line->orderId, false, p) : 0;
                          };
                          return new ListPage(ctx.db, ctx.session, unshippedLines(), actions, parent);
                      },
                      [](const Database &) { return unshippedLines(); }});
    registry.addPage({QStringLiteral("sales.page.couriers"),
                      [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Couriers")); }, group, ShippingView, 190,
                      [](const PageContext &ctx, QWidget *parent) {
                          return StandardPages::records(ctx, QStringLiteral("sales.couriers"), courierSchema(),
                                                        ShippingEdit, parent);
                      },
                      [](const Database &) {
                          return StandardLists::records(QStringLiteral("sales.couriers"), courierSchema());
                      }});
    registry.addFormTab({QStringLiteral("core.party"),
                         [] { return translated(QT_TRANSLATE_NOOP("Crm::Sales", "Shipments")); }, ShippingView,
                         [](const PageContext &ctx, qint64 id, bool customer, QWidget *parent) -> QWidget * {
                             return customer ? shippingPage(ctx, customerShipments(id), false, parent) : nullptr;
                         }});
}

} // namespace Crm::Sales
