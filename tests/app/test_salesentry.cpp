#include "shell.h"

#include "model/documenteditor.h"
#include "model/pagedlistmodel.h"
#include "model/saleslinesmodel.h"
#include "ui/approvaldialog.h"
#include "ui/documentheader.h"
#include "ui/lastpricesdialog.h"
#include "ui/linesgrid.h"
#include "ui/partyform.h"
#include "ui/recordpicker.h"
#include "ui/salesdocumentform.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
struct Item
{
    qint64 id;
    QString code;
    qint64 price;
    int tax;
};

// Products that sell above cost, with their list price and tax rate.
QList<Item> products(const Database &db, int n)
{
    QList<Item> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.id, p.code, p.sale_price_minor, COALESCE(t.rate_bp, 0) "
                                         "FROM core_product p LEFT JOIN core_tax_rate t ON t.id = p.tax_rate_id "
                                         "WHERE p.active = 1 AND p.currency IN ('', 'CNY') "
                                         "AND p.sale_price_minor > p.cost_minor ORDER BY p.id LIMIT ?"),
                          {n});
    while (q.next())
        out << Item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt()};
    return out;
}

// A customer in the base currency without orders, its credit limit lifted.
QPair<qint64, QString> plainCustomer(const Database &db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, code FROM core_party p WHERE is_customer = 1 "
                                         "AND currency IN ('', 'CNY') AND NOT EXISTS "
                                         "(SELECT 1 FROM sales_document d WHERE d.customer_id = p.id) "
                                         "ORDER BY id LIMIT 1"));
    REQUIRE(q.next());
    db.exec(QStringLiteral("UPDATE core_party SET credit_limit_minor = 0 WHERE id = ?"), {q.value(0)});
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

// Types one line into the lines grid `grid`: product code, Enter, quantity, Enter
// (the next line's product follows). Works on the grid of the loaded plugin too.
int typeLine(QTableView *grid, const QString &code, const QString &quantity)
{
    REQUIRE(waitFor([&] { return qobject_cast<RecordPicker *>(QApplication::focusWidget()) != nullptr; }));
    type(code);
    press(Qt::Key_Return);
    REQUIRE(waitFor([&] {
        return grid->currentIndex().column() == SalesLinesModel::Quantity &&
               qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
               !qobject_cast<RecordPicker *>(QApplication::focusWidget());
    }));
    type(quantity);
    press(Qt::Key_Return);
    return int(code.size() + quantity.size() + 2);
}
// Shows `form` modally, as the pages do, while `drive` types into it; closes it after.
void runModal(QDialog &form, const std::function<void()> &drive)
{
    onNextModal([&](QWidget *) {
        drive();
        form.done(QDialog::Rejected);
    });
    form.exec();
}
} // namespace

TEST_CASE("a 5-line order is entered, saved and confirmed from the keyboard alone", "[app][sales][keyboard]")
{
    Shell shell(60);
    const Database &db = shell.db();
    const auto customer = plainCustomer(db);
    const QList<Item> items = products(db, 5);
    REQUIRE(items.size() == 5);
    const QStringList quantities{QStringLiteral("3"), QStringLiteral("12"), QStringLiteral("1"), QStringLiteral("2.5"),
                                 QStringLiteral("40")};
    ListPage *page = shell.page(QStringLiteral("sales.page.orders"));
    page->view()->setFocus();
    int keys = 1; // Ctrl+N
    qint64 orderId = 0;
    // The form comes from the loaded sales plugin: found by its widgets' names.
    onNextModal([&](QWidget *form) {
        REQUIRE(form->objectName() == QStringLiteral("salesDocumentForm"));
        auto *picker = form->findChild<RecordPicker *>(QStringLiteral("customer"));
        auto *grid = form->findChild<QTableView *>(QStringLiteral("lines"));
        auto *message = form->findChild<QLabel *>(QStringLiteral("message"));
        auto *state = form->findChild<QLabel *>(QStringLiteral("state"));
        REQUIRE((picker && grid && message && state));
        REQUIRE(waitFor([&] { return picker->hasFocus(); }));
        type(customer.second);
        press(Qt::Key_Return); // picks the customer and moves on to the contact
        keys += int(customer.second.size()) + 1;
        CHECK(picker->currentId() == customer.first);
        press(Qt::Key_Tab); // contact → delivery date
        press(Qt::Key_Tab); // delivery date → lines
        keys += 2;
        for (int i = 0; i < 5; ++i)
            keys += typeLine(grid, items.at(i).code, quantities.at(i));
        CHECK(grid->model()->rowCount() == 6); // five lines and the empty one
        screenshot(form, QStringLiteral("sales-order-entry"));
        press(Qt::Key_S, Qt::ControlModifier);
        keys += 1;
        CHECK(message->text().isEmpty());
        orderId = db.scalar(QStringLiteral("SELECT max(id) FROM sales_document WHERE kind = 'order' AND "
                                           "customer_id = ?"),
                            {customer.first})
                      .toLongLong();
        REQUIRE(orderId > 0);
        press(Qt::Key_Return, Qt::ControlModifier);
        keys += 1;
        CHECK(message->text().isEmpty());
        CHECK(state->text().contains(SalesDocument::statusTitle(QStringLiteral("confirmed"))));
        CHECK(grid->model()->rowCount() == 5); // no empty line: a confirmed order is not edited
        screenshot(form, QStringLiteral("sales-order-confirmed"));
        // Ctrl+P previews the order with its number.
        bool previewed = false;
        onNextModal([&](QWidget *preview) {
            CHECK(preview->windowTitle().contains(QStringLiteral("SO-A-")));
            CHECK(preview->findChild<QPrintPreviewWidget *>());
            previewed = true;
            static_cast<QDialog *>(preview)->reject();
        });
        press(Qt::Key_P, Qt::ControlModifier);
        CHECK(previewed);
        form->activateWindow(); // as the window system does when the preview closes
        REQUIRE(QTest::qWaitForWindowActive(form));
        press(Qt::Key_Escape);
        keys += 1;
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(orderId > 0);
    INFO("keystrokes: " << keys);
    CHECK(keys < 120);

    // What was saved: the customer, the five lines and totals of the pricing function.
    const auto order = SalesDocumentRepository(db, QString()).load(orderId);
    REQUIRE(order);
    CHECK(order->status == QStringLiteral("confirmed"));
    CHECK(order->customerId == customer.first);
    REQUIRE(order->lines.size() == 5);
    qint64 net = 0;
    qint64 tax = 0;
    for (int i = 0; i < 5; ++i) {
        const SalesLine &l = order->lines.at(i);
        CHECK(l.productId == items.at(i).id);
        CHECK(l.quantity == *Quantity::parse(quantities.at(i)));
        CHECK(l.unitPriceMinor == items.at(i).price);
        // Per-line rounding, prices without tax: amounts by hand.
        const qint64 amount = (items.at(i).price * l.quantity.milli() + 500) / 1000;
        net += amount;
        tax += (amount * items.at(i).tax + 5000) / 10000;
    }
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT net_minor, tax_minor, total_minor FROM sales_document WHERE id = ?"), {orderId});
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == net);
    CHECK(q.value(1).toLongLong() == tax);
    CHECK(q.value(2).toLongLong() == net + tax);
    // The new order is in the list, current.
    CHECK(page->model()->idAt(page->view()->currentIndex().row()) == orderId);
}

TEST_CASE("a discount above the assistant's cap is marked and needs a manager's login to confirm",
          "[app][sales][guardrails]")
{
    Shell shell(30);
    const Database &db = shell.db();
    UserRepository users(db, QStringLiteral("admin"));
    const Session assistant = users.sessionFor(*users.findByLogin(QStringLiteral("wang.fang")));
    const auto customer = plainCustomer(db);
    const Item item = products(db, 1).first();
    SalesDocumentForm form(db, assistant, nullptr, nullptr, SalesDocument::Kind::Order, 0, shell.window.get());
    bool approved = false;
    runModal(form, [&] {
        REQUIRE(waitFor([&] { return form.header()->customerPicker()->hasFocus(); }));
        type(customer.second);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        typeLine(form.grid(), item.code, QStringLiteral("10"));
        // Discount column of the first line: 25% is more than the 10% of a sales assistant.
        form.grid()->editCell(0, SalesLinesModel::Discount);
        type(QStringLiteral("25"));
        press(Qt::Key_Return);
        REQUIRE(form.editor()->lineBreaches(0).size() == 1);
        CHECK(form.grid()->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
        screenshot(&form, QStringLiteral("sales-order-breach"));
        onNextModal([&](QWidget *dialog) {
            auto *approval = qobject_cast<ApprovalDialog *>(dialog);
            REQUIRE(approval);
            // The assistant cannot approve; the manager can.
            type(QStringLiteral("wang.fang"));
            press(Qt::Key_Tab);
            type(QStringLiteral("demo123"));
            press(Qt::Key_Return);
            CHECK(approval->isVisible());
            approval->findChild<QLineEdit *>(QStringLiteral("login"))->clear();
            approval->findChild<QLineEdit *>(QStringLiteral("login"))->setFocus();
            type(QStringLiteral("li.na"));
            press(Qt::Key_Tab);
            approval->findChild<QLineEdit *>(QStringLiteral("password"))->clear();
            type(QStringLiteral("demo123"));
            press(Qt::Key_Return);
            approved = true;
        });
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    INFO(form.messageLabel()->text().toStdString());
    REQUIRE(approved);
    CHECK(form.editor()->document().status == QStringLiteral("confirmed"));
    CHECK(form.editor()->document().approvedBy == QStringLiteral("li.na"));
    CHECK(
        db.scalar(QStringLiteral("SELECT approved_by FROM sales_document WHERE id = ?"), {form.editor()->document().id})
            .toString() == QStringLiteral("li.na"));
}

TEST_CASE("Ctrl+L shows what the customer paid before and takes the chosen price", "[app][sales][lastprice]")
{
    Shell shell(30);
    const Database &db = shell.db();
    UserRepository users(db, QStringLiteral("admin"));
    const Session admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    const auto customer = plainCustomer(db);
    const Item item = products(db, 1).first();
    {
        DocumentEditor earlier(db, admin, SalesDocument::Kind::Order, 0);
        earlier.setCustomer(customer.first);
        earlier.setLineProduct(0, item.id);
        earlier.setLineUnitPrice(0, item.price + 77);
        earlier.advance();
    }
    SalesDocumentForm form(db, admin, nullptr, nullptr, SalesDocument::Kind::Quotation, 0, shell.window.get());
    bool shown = false;
    runModal(form, [&] {
        REQUIRE(waitFor([&] { return form.header()->customerPicker()->hasFocus(); }));
        type(customer.second);
        press(Qt::Key_Return);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        typeLine(form.grid(), item.code, QStringLiteral("4"));
        // The last price is proposed; the list price is typed over it, then the history brings it back.
        CHECK(form.editor()->line(0).unitPriceMinor == item.price + 77);
        form.editor()->setLineUnitPrice(0, item.price);
        form.grid()->setCurrentIndex(form.grid()->model()->index(0, SalesLinesModel::Quantity));
        onNextModal([&](QWidget *dialog) {
            auto *history = qobject_cast<LastPricesDialog *>(dialog);
            REQUIRE(history);
            CHECK(history->table()->rowCount() == 1);
            CHECK(history->table()->item(0, 1)->text().startsWith(QStringLiteral("SO-A-")));
            screenshot(history, QStringLiteral("sales-last-prices"));
            press(Qt::Key_Return);
            shown = true;
        });
        press(Qt::Key_L, Qt::ControlModifier);
        CHECK(form.editor()->line(0).unitPriceMinor == item.price + 77);
    });
    REQUIRE(shown);
}

TEST_CASE("the customer form lists the customer's quotations and orders; overdue deliveries have a page",
          "[app][sales][pages]")
{
    Shell shell(30);
    const Database &db = shell.db();
    QSqlQuery q = db.exec(QStringLiteral("SELECT customer_id, count(*) FROM sales_document GROUP BY customer_id "
                                         "ORDER BY 2 DESC LIMIT 1"));
    REQUIRE(q.next());
    const qint64 customer = q.value(0).toLongLong();
    const int documents = q.value(1).toInt();
    UserRepository users(db, QStringLiteral("admin"));
    const Session admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    PartyForm form(db, admin, customer, true, shell.window.get(), &shell.ctx.registry());
    form.show();
    // Four of the form; documents, shipments, loans and samples from sales.
    REQUIRE(form.tabs()->count() == 7);
    CHECK(qobject_cast<ListPage *>(form.tabs()->widget(6))->model()->spec().id ==
          QStringLiteral("sales.customer_loans"));
    form.tabs()->setCurrentIndex(4);
    auto *list = qobject_cast<ListPage *>(form.tabs()->currentWidget());
    REQUIRE(list);
    REQUIRE(waitFor([&] { return list->model()->rowCount() == documents; }));
    screenshot(&form, QStringLiteral("customer-documents-tab"));

    ListPage *overdue = shell.page(QStringLiteral("sales.page.overdue_orders"));
    const qint64 expected = db.scalar(QStringLiteral("SELECT count(*) FROM sales_document WHERE kind = 'order' AND "
                                                     "status = 'confirmed' AND delivery_date <> '' AND "
                                                     "delivery_date < CURRENT_DATE"))
                                .toLongLong();
    REQUIRE(expected > 0);
    CHECK(overdue->model()->totalCount() == expected);
    screenshot(overdue, QStringLiteral("overdue-deliveries"));
}

TEST_CASE("a quotation becomes an order from chosen lines, linked both ways; the order is amended; another "
          "quotation is marked lost with a reason",
          "[app][sales][quotation]")
{
    Shell shell(20);
    const Database &db = shell.db();
    UserRepository users(db, QStringLiteral("admin"));
    const Session admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    const auto customer = plainCustomer(db);
    const QList<Item> items = products(db, 2);
    auto makeQuotation = [&] {
        DocumentEditor q(db, admin, SalesDocument::Kind::Quotation, 0);
        q.setCustomer(customer.first);
        for (int i = 0; i < 2; ++i) {
            q.setLineProduct(i, items.at(i).id);
            q.setLineQuantity(i, Quantity::fromUnits(6 + i));
        }
        q.save();
        return q.document();
    };
    const SalesDocument quotation = makeQuotation();

    SalesDocumentForm form(db, admin, nullptr, nullptr, SalesDocument::Kind::Quotation, quotation.id, shell.window.get());
    QString orderState;
    runModal(form, [&] {
        onNextModal([&](QWidget *choose) {
            REQUIRE(choose->objectName() == QStringLiteral("chooseLinesDialog"));
            screenshot(choose, QStringLiteral("sales-choose-lines"));
            // Only the first line goes into the order: Down, Space unchecks the second.
            press(Qt::Key_Down);
            press(Qt::Key_Space);
            onNextModal([&](QWidget *order) {
                REQUIRE(order->objectName() == QStringLiteral("salesDocumentForm"));
                orderState = order->findChild<QLabel *>(QStringLiteral("state"))->text();
                screenshot(order, QStringLiteral("sales-order-from-quotation"));
                static_cast<QDialog *>(order)->done(QDialog::Rejected);
            });
            press(Qt::Key_Return);
        });
        form.findChild<QPushButton *>(QStringLiteral("convert"))->click();
    });
    CHECK(orderState.contains(QStringLiteral("from quotation %1").arg(quotation.number)));
    const qint64 orderId =
        db.scalar(QStringLiteral("SELECT id FROM sales_document WHERE source_id = ?"), {quotation.id}).toLongLong();
    REQUIRE(orderId > 0);
    const SalesDocumentRepository repo(db, QStringLiteral("admin"));
    CHECK(repo.load(quotation.id)->status == QStringLiteral("accepted"));
    const auto order = repo.load(orderId);
    REQUIRE(order->lines.size() == 1);
    CHECK(order->lines.first().productId == items.at(0).id);

    // Confirmed, the order is amended from its form: a new revision opens.
    repo.setStatus(orderId, QStringLiteral("confirmed"));
    SalesDocumentForm confirmed(db, admin, nullptr, nullptr, SalesDocument::Kind::Order, orderId, shell.window.get());
    QString revisionState;
    runModal(confirmed, [&] {
        onNextModal([&](QWidget *ask) {
            onNextModal([&](QWidget *revision) {
                revisionState = revision->findChild<QLabel *>(QStringLiteral("state"))->text();
                static_cast<QDialog *>(revision)->done(QDialog::Rejected);
            });
            static_cast<QMessageBox *>(ask)->button(QMessageBox::Yes)->click();
        });
        confirmed.findChild<QPushButton *>(QStringLiteral("amend"))->click();
    });
    CHECK(revisionState.startsWith(order->number + QStringLiteral("-R1")));
    CHECK(repo.load(orderId)->status == QStringLiteral("cancelled"));

    const SalesDocument other = makeQuotation();
    SalesDocumentForm lostForm(db, admin, nullptr, nullptr, SalesDocument::Kind::Quotation, other.id, shell.window.get());
    runModal(lostForm, [&] {
        onNextModal([&](QWidget *ask) {
            auto *input = qobject_cast<QInputDialog *>(ask);
            REQUIRE(input);
            input->setTextValue(QStringLiteral("Precio: el competidor ofreció un 8% menos"));
            input->accept();
        });
        lostForm.findChild<QPushButton *>(QStringLiteral("lost"))->click();
        CHECK(lostForm.findChild<QLabel *>(QStringLiteral("state"))->text().contains(QStringLiteral("competidor")));
    });
    const auto lost = repo.load(other.id);
    CHECK(lost->status == QStringLiteral("lost"));
    CHECK(lost->statusReason.startsWith(QStringLiteral("Precio")));
}
