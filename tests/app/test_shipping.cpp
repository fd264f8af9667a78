#include "shell.h"

#include "model/documenteditor.h"
#include "model/pagedlistmodel.h"
#include "model/salessettings.h"
#include "services/stockservice.h"
#include "ui/recordform.h"
#include "model/shipmentrepository.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
// The list has the focus in the active window again (after a dialog closed).
void focusList(ListPage *page)
{
    page->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(page->window()));
    page->view()->setFocus();
}

// Ships what the page's current order has left, in the form the plugin opens:
// the first line's quantity set to `firstQuantity` (empty: as proposed), every
// line from warehouse row `warehouseRow`, with a courier and `tracking`.
void shipCurrent(ListPage *page, const QString &firstQuantity, int warehouseRow, const QString &tracking,
                 QString *state)
{
    bool driven = false;
    onNextModal([&](QWidget *form) {
        REQUIRE(form->objectName() == QStringLiteral("shipmentForm"));
        auto *lines = form->findChild<QTableWidget *>(QStringLiteral("lines"));
        auto *courier = form->findChild<QComboBox *>(QStringLiteral("courier"));
        auto *trackingEdit = form->findChild<QLineEdit *>(QStringLiteral("tracking"));
        REQUIRE((lines && courier && trackingEdit));
        for (int row = 0; row < lines->rowCount(); ++row)
            form->findChild<QComboBox *>(QStringLiteral("warehouse_%1").arg(row))->setCurrentIndex(warehouseRow);
        if (!firstQuantity.isEmpty()) {
            // Typed into the quantity cell of the first line, as a user would.
            lines->setFocus();
            lines->setCurrentCell(0, 4);
            type(firstQuantity);
            press(Qt::Key_Return);
        }
        courier->setCurrentIndex(1);
        trackingEdit->setFocus();
        type(tracking);
        screenshot(form, QStringLiteral("shipment-form"));
        press(Qt::Key_Return, Qt::ControlModifier);
        *state = form->findChild<QLabel *>(QStringLiteral("state"))->text();
        INFO(form->findChild<QLabel *>(QStringLiteral("message"))->text().toStdString());
        CHECK(form->findChild<QLabel *>(QStringLiteral("message"))->text().isEmpty());
        screenshot(form, QStringLiteral("shipment-posted"));
        press(Qt::Key_Escape);
        driven = true;
    });
    focusList(page);
    QTest::keyClick(page->view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(driven);
}
} // namespace

TEST_CASE("a confirmed order ships in two parts from two warehouses with tracking numbers", "[app][sales][shipping]")
{
    Shell shell(20);
    const Database &db = shell.db();
    StockService *stock = shell.ctx.registry().service<StockService>();
    REQUIRE(stock);
    UserRepository users(db, QStringLiteral("admin"));
    const Session admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    QList<qint64> warehouses;
    QSqlQuery w = db.exec(QStringLiteral("SELECT id FROM core_warehouse ORDER BY name LIMIT 2"));
    while (w.next())
        warehouses << w.value(0).toLongLong();
    REQUIRE(warehouses.size() == 2);
    const qint64 customer =
        db.scalar(QStringLiteral("SELECT min(id) FROM core_party WHERE is_customer = 1")).toLongLong();
    db.exec(QStringLiteral("UPDATE core_party SET credit_limit_minor = 0 WHERE id = ?"), {customer});
    QList<qint64> products;
    QSqlQuery p = db.exec(QStringLiteral("SELECT id FROM core_product WHERE sale_price_minor > cost_minor "
                                         "ORDER BY id LIMIT 2"));
    while (p.next())
        products << p.value(0).toLongLong();
    SalesSettings settings = SalesSettings::load(db);
    settings.warehouseId = warehouses.at(0);
    settings.save(db);
    DocumentEditor order(db, admin, SalesDocument::Kind::Order, 0, stock);
    order.setCustomer(customer);
    for (int i = 0; i < 2; ++i) {
        order.setLineProduct(i, products.at(i));
        order.setLineQuantity(i, Quantity::fromUnits(10));
        // Enough in both warehouses, whatever the demo put there.
        stock->post(db,
                    {QStringLiteral("test.opening"), QStringLiteral("T"), Database::newUuid(), QDate::currentDate()},
                    {{products.at(i), warehouses.at(0), Quantity::fromUnits(50)},
                     {products.at(i), warehouses.at(1), Quantity::fromUnits(50)}});
    }
    order.advance();
    const QString number = order.document().number;
    const qint64 before0 = stock->onHand(db, products.at(0), warehouses.at(0)).milli();
    const qint64 before1 = stock->onHand(db, products.at(0), warehouses.at(1)).milli();

    const QString code =
        db.scalar(QStringLiteral("SELECT code FROM core_product WHERE id = ?"), {products.at(0)}).toString();
    // The Stock on hand page's row of the first product in a warehouse: on hand,
    // reserved, available.
    auto onHandRow = [&](qint64 warehouse) {
        ListPage *onhand = shell.page(QStringLiteral("inventory.page.onhand"));
        onhand->searchNow(code);
        const PagedListModel *m = onhand->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->idAt(r) % 1000000 == warehouse)
                return QStringList{m->index(r, m->spec().columnIndex(QStringLiteral("onhand"))).data().toString(),
                                   m->index(r, m->spec().columnIndex(QStringLiteral("reserved"))).data().toString(),
                                   m->index(r, m->spec().columnIndex(QStringLiteral("available"))).data().toString()};
        return QStringList();
    };
    const QLocale locale;
    auto q = [&](qint64 milli) { return Quantity::fromMilli(milli).toString(locale); };
    // Confirmed, the order holds its 10 in the order warehouse.
    const qint64 reservedBefore = before0 - stock->available(db, products.at(0), warehouses.at(0)).milli();
    CHECK(reservedBefore >= 10000);
    CHECK(onHandRow(warehouses.at(0)) == QStringList{q(before0), q(reservedBefore), q(before0 - reservedBefore)});

    ListPage *page = shell.page(QStringLiteral("sales.page.orders"));
    page->searchNow(number);
    REQUIRE(page->model()->rowCount() == 1);
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));

    QString state;
    shipCurrent(page, QStringLiteral("4"), 0, QStringLiteral("SF100200300"), &state);
    CHECK(state.contains(QStringLiteral("Shipped")));
    CHECK(db.scalar(QStringLiteral("SELECT status FROM sales_document WHERE number = ?"), {number}).toString() ==
          QStringLiteral("partly_shipped"));
    // 4 left the first warehouse; the order still holds the 6 it has to ship.
    CHECK(onHandRow(warehouses.at(0)) ==
          QStringList{q(before0 - 4000), q(reservedBefore - 4000), q(before0 - reservedBefore)});
    screenshot(shell.window.get(), QStringLiteral("inventory_onhand_after_first_part"));
    page = shell.page(QStringLiteral("sales.page.orders"));
    page->searchNow(number);
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    shipCurrent(page, QString(), 1, QStringLiteral("SF100200399"), &state);
    CHECK(db.scalar(QStringLiteral("SELECT status FROM sales_document WHERE number = ?"), {number}).toString() ==
          QStringLiteral("shipped"));
    // 4 of the first product left the first warehouse, 6 the second; the second
    // product went whole from the first warehouse.
    CHECK(stock->onHand(db, products.at(0), warehouses.at(0)).milli() == before0 - 4000);
    CHECK(stock->onHand(db, products.at(0), warehouses.at(1)).milli() == before1 - 6000);
    // Shipped in full, the order holds nothing any more; the second warehouse shows the 6 gone.
    CHECK(onHandRow(warehouses.at(0)) ==
          QStringList{q(before0 - 4000), q(reservedBefore - 10000), q(before0 - 4000 - reservedBefore + 10000)});
    CHECK(onHandRow(warehouses.at(1)).value(0) == q(before1 - 6000));
    page = shell.page(QStringLiteral("sales.page.orders"));
    page->searchNow(number);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QSqlQuery t = db.exec(QStringLiteral("SELECT tracking_number, courier_id FROM sales_shipment WHERE status = "
                                         "'posted' AND customer_id = ? ORDER BY id DESC LIMIT 2"),
                          {customer});
    QStringList tracking;
    while (t.next()) {
        tracking << t.value(0).toString();
        CHECK(t.value(1).toLongLong() > 0);
    }
    CHECK(tracking == QStringList{QStringLiteral("SF100200399"), QStringLiteral("SF100200300")});
    // Nothing is left to ship: the page says why instead of opening a form.
    bool told = false;
    onNextModal([&](QWidget *box) {
        told = box->objectName() != QStringLiteral("shipmentForm");
        static_cast<QDialog *>(box)->reject();
    });
    focusList(page);
    QTest::keyClick(page->view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(told);
}

TEST_CASE("couriers are master data: typed on the Couriers page, their link follows a shipment", "[app][sales][shipping]")
{
    Shell shell(10);
    ListPage *page = shell.page(QStringLiteral("sales.page.couriers"));
    const int before = page->model()->rowCount();
    page->view()->setFocus();
    bool driven = false;
    onNextModal([&](QWidget *dialog) {
        auto *form = qobject_cast<RecordForm *>(dialog);
        REQUIRE(form);
        form->editor(QStringLiteral("code"))->setFocus();
        type(QStringLiteral("kye"));
        press(Qt::Key_Tab);
        type(QStringLiteral("跨越速运 KY Express"));
        press(Qt::Key_Tab);
        type(QStringLiteral("https://www.ky-express.com/track?no={tracking}"));
        screenshot(form, QStringLiteral("courier-form"));
        press(Qt::Key_Return);
        // Saved: the form closed (a refusal would show next to its field).
        CHECK_FALSE(form->isVisible());
        driven = true;
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(driven);
    CHECK(page->model()->rowCount() == before + 1);
    screenshot(shell.window.get(), QStringLiteral("couriers"));
    const Database &db = shell.db();
    const qint64 courier = db.scalar(QStringLiteral("SELECT id FROM sales_courier WHERE code = 'KYE'")).toLongLong();
    REQUIRE(courier > 0);
    // A shipment with that courier links to its tracking page.
    const qint64 shipment =
        db.scalar(QStringLiteral("SELECT id FROM sales_shipment WHERE kind = 'shipment' ORDER BY id LIMIT 1"))
            .toLongLong();
    REQUIRE(shipment > 0);
    db.exec(QStringLiteral("UPDATE sales_shipment SET courier_id = ?, tracking_number = 'EA123456789CN' WHERE id = ?"),
            {courier, shipment});
    const StockService *stock = shell.ctx.registry().service<StockService>();
    CHECK(ShipmentRepository(db, QStringLiteral("admin"), *stock).trackingLink(shipment) ==
          QStringLiteral("https://www.ky-express.com/track?no=EA123456789CN"));
}
