#include "shell.h"

#include "services/stockservice.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace Crm;
using namespace Crm::Test;

TEST_CASE("a transfer typed on the Transfers page moves stock between warehouses", "[app][inventory][transfer]")
{
    Shell shell(10);
    const Database &db = shell.db();
    StockService *stock = shell.ctx.registry().service<StockService>();
    REQUIRE(stock);
    const qint64 product = db.scalar(QStringLiteral("SELECT min(id) FROM core_product")).toLongLong();
    const QString code = db.scalar(QStringLiteral("SELECT code FROM core_product WHERE id = ?"), {product}).toString();
    const qint64 from = db.scalar(QStringLiteral("SELECT min(id) FROM core_warehouse")).toLongLong();
    const qint64 to = db.scalar(QStringLiteral("SELECT max(id) FROM core_warehouse")).toLongLong();
    stock->post(db, {QStringLiteral("test"), QStringLiteral("T"), Database::newUuid(), QDate::currentDate()},
                {{product, from, Quantity::fromUnits(20)}});
    const qint64 fromBefore = stock->onHand(db, product, from).milli();
    const qint64 toBefore = stock->onHand(db, product, to).milli();

    ListPage *page = shell.page(QStringLiteral("inventory.page.transfers"));
    page->view()->setFocus();
    QString state;
    onNextModal([&](QWidget *form) {
        REQUIRE(form->objectName() == QStringLiteral("stockDocumentForm"));
        auto *fromBox = form->findChild<QComboBox *>(QStringLiteral("from"));
        auto *toBox = form->findChild<QComboBox *>(QStringLiteral("to"));
        auto *lines = form->findChild<QTableWidget *>(QStringLiteral("lines"));
        REQUIRE((fromBox && toBox && lines));
        fromBox->setCurrentIndex(fromBox->findData(from));
        toBox->setCurrentIndex(toBox->findData(to));
        REQUIRE(waitFor([&] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == form; }));
        press(Qt::Key_A, Qt::AltModifier); // Add line (the button's click is animated)
        REQUIRE(waitFor([&] { return lines->rowCount() == 1; }));
        REQUIRE(waitFor([&] {
            return qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
                   lines->isAncestorOf(QApplication::focusWidget());
        }));
        type(code);
        press(Qt::Key_Return);
        // The cell is committed once the event loop runs.
        REQUIRE(waitFor([&] { return lines->item(0, 1) && !lines->item(0, 1)->text().isEmpty(); }));
        CHECK(lines->item(0, 2)->text().toDouble() >= 20); // on hand in the source warehouse
        lines->setCurrentCell(0, 3);
        type(QStringLiteral("7"));
        press(Qt::Key_Return);
        REQUIRE(waitFor([&] { return lines->item(0, 3) && lines->item(0, 3)->text() == QStringLiteral("7"); }));
        screenshot(form, QStringLiteral("transfer-form"));
        press(Qt::Key_Return, Qt::ControlModifier);
        state = form->findChild<QLabel *>(QStringLiteral("state"))->text();
        INFO(form->findChild<QLabel *>(QStringLiteral("message"))->text().toStdString());
        press(Qt::Key_Escape);
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    CHECK(state.startsWith(QStringLiteral("TR-A-")));
    CHECK(state.contains(QStringLiteral("Posted")));
    CHECK(stock->onHand(db, product, from).milli() == fromBefore - 7000);
    CHECK(stock->onHand(db, product, to).milli() == toBefore + 7000);
}
