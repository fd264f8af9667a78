#include "shell.h"

#include "model/pagedlistmodel.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>

using namespace Crm;
using namespace Crm::Test;

TEST_CASE("stock on hand: search a product, Enter shows its ledger in that warehouse", "[app][inventory]")
{
    Shell shell;
    ListPage *page = shell.page(QStringLiteral("inventory.page.onhand"));
    REQUIRE(page->model()->rowCount() > 0);
    screenshot(shell.window.get(), QStringLiteral("inventory_onhand"));

    // A product of the demo that was issued as well as received.
    QSqlQuery q = shell.db().exec(QStringLiteral("SELECT p.code, p.id FROM core_product p WHERE EXISTS (SELECT 1 "
                                                 "FROM inventory_move m WHERE m.product_id = p.id AND "
                                                 "m.quantity_milli < 0) ORDER BY p.id LIMIT 1"));
    REQUIRE(q.next());
    const QString code = q.value(0).toString();
    const qint64 productId = q.value(1).toLongLong();
    page->searchEdit()->setFocus();
    typeInto(page->searchEdit(), code);
    REQUIRE(waitFor([&] { return page->model()->query().search == code; }));
    const int codeColumn = page->model()->spec().columnIndex(QStringLiteral("code"));
    REQUIRE(page->model()->rowCount() > 0);
    CHECK(page->model()->index(0, codeColumn).data().toString() == code);
    screenshot(shell.window.get(), QStringLiteral("inventory_onhand_search"));

    // Down to the rows (the first is current), Enter opens the drill-down.
    press(Qt::Key_Down);
    REQUIRE(page->view()->hasFocus());
    const qint64 rowId = page->model()->idAt(page->view()->currentIndex().row());
    const qint64 warehouseId = rowId % 1000000;
    const qint64 expected = shell.db()
                                .scalar(QStringLiteral("SELECT count(*) FROM inventory_move WHERE product_id = ? "
                                                       "AND warehouse_id = ?"),
                                        {productId, warehouseId})
                                .toLongLong();
    int rows = -1;
    QString headingText;
    QString title;
    bool opened = false;
    onNextModal([&](QWidget *modal) {
        opened = true;
        title = modal->windowTitle();
        if (auto *ledger = modal->findChild<ListPage *>())
            rows = ledger->model()->rowCount();
        if (auto *heading = modal->findChild<QLabel *>(QStringLiteral("heading")))
            headingText = heading->text();
        screenshot(modal, QStringLiteral("inventory_ledger_drilldown"));
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return opened && !QApplication::activeModalWidget(); }));
    CHECK(title.contains(code));
    CHECK(rows == expected);
    CHECK(rows > 0);
    CHECK(headingText.startsWith(code));
}

TEST_CASE("the stock ledger, safety-stock alerts and slow movers show the demo's stock", "[app][inventory]")
{
    Shell shell;
    ListPage *ledger = shell.page(QStringLiteral("inventory.page.ledger"));
    CHECK(ledger->model()->rowCount() > 0);
    screenshot(shell.window.get(), QStringLiteral("inventory_ledger"));

    ListPage *alerts = shell.page(QStringLiteral("inventory.page.safety_alerts"));
    CHECK(alerts->model()->rowCount() > 0);
    screenshot(shell.window.get(), QStringLiteral("inventory_safety_alerts"));

    REQUIRE(shell.window->showPage(QStringLiteral("inventory.page.slow_movers")));
    QWidget *slow = shell.window->currentPage();
    auto *list = slow->findChild<ListPage *>();
    REQUIRE(list);
    const int at90 = list->model()->rowCount();
    CHECK(at90 > 0);
    screenshot(shell.window.get(), QStringLiteral("inventory_slow_movers"));
    // 30 days: products issued one to two months ago join the list.
    auto *days = slow->findChild<QComboBox *>(QStringLiteral("days"));
    REQUIRE(days);
    days->setFocus();
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    REQUIRE(waitFor([&] { return days->currentData().toInt() == 30; }));
    list = slow->findChild<ListPage *>();
    REQUIRE(list);
    CHECK(list->model()->rowCount() >= at90);
}
