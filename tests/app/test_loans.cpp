#include "shell.h"

#include "model/pagedlistmodel.h"
#include "services/stockservice.h"
#include "ui/partyform.h"
#include "ui/recordpicker.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace Crm;
using namespace Crm::Test;

namespace {
// Runs `drive` on the modal dialog named `name` once it opens over the one open now.
void onModalNamed(const QString &name, std::function<void(QWidget *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, drive] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == name) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        }
    });
    timer->start();
}
} // namespace

TEST_CASE("a loan typed on the Loans and samples page goes out, part comes back, the rest is sold",
          "[app][sales][loans]")
{
    Shell shell(10);
    const Database &db = shell.db();
    StockService *stock = shell.ctx.registry().service<StockService>();
    REQUIRE(stock);
    // Sold at its list price later: above cost, to a customer without a credit limit (no approval).
    const qint64 product =
        db.scalar(QStringLiteral("SELECT min(id) FROM core_product WHERE sale_price_minor > cost_minor")).toLongLong();
    const QString code = db.scalar(QStringLiteral("SELECT code FROM core_product WHERE id = ?"), {product}).toString();
    const qint64 warehouse = db.scalar(QStringLiteral("SELECT max(id) FROM core_warehouse")).toLongLong();
    stock->post(db, {QStringLiteral("test"), QStringLiteral("T"), Database::newUuid(), QDate::currentDate()},
                {{product, warehouse, Quantity::fromUnits(20)}});
    const qint64 before = stock->onHand(db, product, warehouse).milli();
    QSqlQuery c = db.exec(QStringLiteral("SELECT id, code FROM core_party WHERE is_customer = 1 ORDER BY id LIMIT 1"));
    REQUIRE(c.next());
    const qint64 customer = c.value(0).toLongLong();
    const QString customerCode = c.value(1).toString();
    db.exec(QStringLiteral("UPDATE core_party SET credit_limit_minor = 0 WHERE id = ?"), {customer});

    ListPage *page = shell.page(QStringLiteral("sales.page.loans"));
    // The demo lends too: loans past due are shown in red.
    CHECK(page->model()->rowCount() > 0);
    screenshot(page->window(), QStringLiteral("loans-page"));
    page->view()->setFocus();
    QString state;
    QString afterReturn;
    QString afterSale;
    onNextModal([&](QWidget *form) {
        REQUIRE(form->objectName() == QStringLiteral("loanForm"));
        auto *picker = form->findChild<RecordPicker *>(QStringLiteral("customer"));
        auto *lines = form->findChild<QTableWidget *>(QStringLiteral("lines"));
        auto *stateLabel = form->findChild<QLabel *>(QStringLiteral("state"));
        auto *message = form->findChild<QLabel *>(QStringLiteral("message"));
        REQUIRE((picker && lines && stateLabel && message));
        REQUIRE(waitFor([&] { return picker->hasFocus(); }));
        type(customerCode);
        press(Qt::Key_Return);
        CHECK(picker->currentId() == customer);
        press(Qt::Key_A, Qt::AltModifier); // Add line (the button's click is animated)
        REQUIRE(waitFor([&] { return lines->rowCount() == 1; }));
        REQUIRE(waitFor([&] {
            return qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
                   lines->isAncestorOf(QApplication::focusWidget());
        }));
        type(code);
        press(Qt::Key_Return);
        REQUIRE(waitFor([&] { return lines->item(0, 1) && !lines->item(0, 1)->text().isEmpty(); }));
        auto *box = form->findChild<QComboBox *>(QStringLiteral("warehouse_0"));
        REQUIRE(box);
        box->setCurrentIndex(box->findData(warehouse));
        CHECK(lines->item(0, 3)->text().toDouble() >= 20); // on hand in that warehouse
        lines->setFocus();
        lines->setCurrentCell(0, 4);
        type(QStringLiteral("5"));
        press(Qt::Key_Return);
        REQUIRE(waitFor([&] { return lines->item(0, 4) && lines->item(0, 4)->text() == QStringLiteral("5"); }));
        screenshot(form, QStringLiteral("loan-form"));
        press(Qt::Key_Return, Qt::ControlModifier); // post: the goods leave
        INFO(message->text().toStdString());
        state = stateLabel->text();

        // Return…: two of the five come back.
        bool returned = false;
        onModalNamed(QStringLiteral("loanReturnDialog"), [&](QWidget *dialog) {
            auto *returnLines = dialog->findChild<QTableWidget *>(QStringLiteral("lines"));
            REQUIRE(returnLines);
            REQUIRE(returnLines->rowCount() == 1);
            CHECK(returnLines->item(0, 3)->text() == QStringLiteral("5")); // all that is out, at first
            screenshot(dialog, QStringLiteral("loan-return"));
            REQUIRE(waitFor(
                [&] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog; }));
            returnLines->setFocus();
            returnLines->setCurrentCell(0, 3);
            type(QStringLiteral("2"));
            press(Qt::Key_Return);
            REQUIRE(waitFor([&] { return returnLines->item(0, 3)->text() == QStringLiteral("2"); }));
            press(Qt::Key_Return, Qt::ControlModifier);
            INFO(dialog->findChild<QLabel *>(QStringLiteral("message"))->text().toStdString());
            returned = !dialog->isVisible();
            CHECK(returned);
            if (dialog->isVisible())
                static_cast<QDialog *>(dialog)->reject();
        });
        press(Qt::Key_R, Qt::AltModifier); // Return… (animated click)
        REQUIRE(waitFor([&] { return returned; }));
        afterReturn = stateLabel->text();
        screenshot(form, QStringLiteral("loan-returned"));
        INFO(message->text().toStdString());
        CHECK(message->text().isEmpty());

        // Convert to order…: the customer keeps the other three at the proposed price.
        bool sold = false;
        onModalNamed(QStringLiteral("loanSaleDialog"), [&](QWidget *dialog) {
            auto *saleLines = dialog->findChild<QTableWidget *>(QStringLiteral("lines"));
            REQUIRE(saleLines);
            REQUIRE(saleLines->rowCount() == 1);
            CHECK(saleLines->item(0, 3)->text() == QStringLiteral("3"));
            CHECK_FALSE(saleLines->item(0, 4)->text().isEmpty()); // the proposed price
            screenshot(dialog, QStringLiteral("loan-sale"));
            QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
            INFO(dialog->findChild<QLabel *>(QStringLiteral("message"))->text().toStdString());
            sold = !dialog->isVisible();
            CHECK(sold);
            if (dialog->isVisible())
                static_cast<QDialog *>(dialog)->reject();
        });
        form->findChild<QPushButton *>(QStringLiteral("convert"))->click();
        REQUIRE(sold);
        afterSale = stateLabel->text();
        screenshot(form, QStringLiteral("loan-sold"));
        QTest::keyClick(form, Qt::Key_Escape); // the form may not be active again offscreen
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    CHECK(state.startsWith(QStringLiteral("LN-A-")));
    CHECK(state.contains(QStringLiteral("Out")));
    CHECK(afterReturn.contains(QStringLiteral("Out")));
    CHECK(stock->onHand(db, product, warehouse).milli() == before - 3000); // 5 out, 2 back, 3 sold
    // The reminder: the Loans past due page lists only loans out past their due date.
    ListPage *overdue = shell.page(QStringLiteral("sales.page.overdue_loans"));
    REQUIRE(overdue->model()->rowCount() > 0);
    for (int row = 0; row < overdue->model()->rowCount(); ++row) {
        const qint64 id = overdue->model()->idAt(row);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sales_loan WHERE id = ? AND status = 'out' "
                                       "AND due_date < ?"),
                        {id, QDate::currentDate().toString(Qt::ISODate)})
                  .toInt() == 1);
        CHECK(overdue->model()->index(row, 0).data(Qt::ForegroundRole).isValid());
    }
    screenshot(overdue->window(), QStringLiteral("loans-past-due"));
    QSqlQuery l = db.exec(QStringLiteral("SELECT l.quantity_milli, l.returned_milli, h.outstanding_milli FROM "
                                         "sales_loan h JOIN sales_loan_line l ON l.loan_id = h.id "
                                         "WHERE h.customer_id = ? ORDER BY h.id DESC LIMIT 1"),
                          {customer});
    REQUIRE(l.next());
    CHECK(l.value(0).toLongLong() == 5000);
    CHECK(l.value(1).toLongLong() == 2000);
    CHECK(l.value(2).toLongLong() == 0);
    // The rest was sold: a delivered order, the loan closed, no further stock move.
    CHECK(afterSale.contains(QStringLiteral("Closed")));
    CHECK(db.scalar(QStringLiteral("SELECT d.status FROM sales_document d JOIN sales_document_line dl ON "
                                   "dl.document_id = d.id JOIN sales_loan_sale_line s ON s.order_line_id = dl.id "
                                   "JOIN sales_loan_line ll ON ll.id = s.loan_line_id JOIN sales_loan h ON "
                                   "h.id = ll.loan_id WHERE h.customer_id = ? ORDER BY h.id DESC LIMIT 1"),
                    {customer})
              .toString() == QStringLiteral("shipped"));

    // The customer form has the customer's loans and samples on a tab.
    UserRepository users(db, QStringLiteral("admin"));
    const Session admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    PartyForm party(db, admin, customer, true, shell.window.get(), &shell.ctx.registry());
    party.show();
    ListPage *tab = nullptr;
    for (int i = 0; i < party.tabs()->count(); ++i)
        if (auto *list = qobject_cast<ListPage *>(party.tabs()->widget(i));
            list && list->model()->spec().id == QStringLiteral("sales.customer_loans")) {
            party.tabs()->setCurrentIndex(i);
            tab = list;
        }
    REQUIRE(tab);
    REQUIRE(waitFor([&] { return tab->model()->rowCount() > 0; }));
    screenshot(&party, QStringLiteral("customer-loans-tab"));
}
