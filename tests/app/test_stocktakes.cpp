#include "shell.h"

#include "services/stockservice.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

using namespace Crm;
using namespace Crm::Test;

namespace {
// Answers the next message box that opens over the form with `button`, keeping its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text();
            box->button(button)->click();
        }
    });
    timer->start();
}
} // namespace

TEST_CASE("a stocktake typed on the Stocktakes page posts the counted quantities", "[app][inventory][stocktake]")
{
    Shell shell(10);
    const Database &db = shell.db();
    StockService *stock = shell.ctx.registry().service<StockService>();
    REQUIRE(stock);
    const qint64 warehouse = db.scalar(QStringLiteral("SELECT min(id) FROM core_warehouse")).toLongLong();
    QList<qint64> products;
    QStringList codes;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, code FROM core_product ORDER BY code LIMIT 2"));
    while (q.next()) {
        products << q.value(0).toLongLong();
        codes << q.value(1).toString();
    }
    REQUIRE(products.size() == 2);
    stock->post(
        db, {QStringLiteral("test"), QStringLiteral("T"), Database::newUuid(), QDate::currentDate()},
        {{products.at(0), warehouse, Quantity::fromUnits(20)}, {products.at(1), warehouse, Quantity::fromUnits(3)}});
    // The second product's count will be 9 above its on-hand, the first's below.
    const qint64 secondCount = stock->onHand(db, products.at(1), warehouse).milli() / 1000 + 9;

    ListPage *page = shell.page(QStringLiteral("inventory.page.stocktakes"));
    page->view()->setFocus();
    QString state;
    QString question;
    onNextModal([&](QWidget *form) {
        REQUIRE(form->objectName() == QStringLiteral("stocktakeForm"));
        auto *warehouseBox = form->findChild<QComboBox *>(QStringLiteral("warehouse"));
        auto *codesEdit = form->findChild<QLineEdit *>(QStringLiteral("codes"));
        auto *lines = form->findChild<QTableView *>(QStringLiteral("lines"));
        REQUIRE((warehouseBox && codesEdit && lines));
        REQUIRE(waitFor([&] { return QApplication::focusWidget() == warehouseBox; }));
        warehouseBox->setCurrentIndex(warehouseBox->findData(warehouse));
        codesEdit->setFocus();
        type(codes.join(QLatin1Char(' ')));
        press(Qt::Key_Return); // adds them to the count sheet
        QAbstractItemModel *model = lines->model();
        REQUIRE(waitFor([&] { return model->rowCount() == 2; }));
        CHECK(form->findChild<QLabel *>(QStringLiteral("state"))->text().startsWith(QStringLiteral("ST-A-")));
        CHECK_FALSE(warehouseBox->isEnabled()); // the book quantities are this warehouse's
        // The grid waits in the first line's Counted cell: a number, Enter, the next.
        REQUIRE(waitFor([&] { return QApplication::focusWidget() == lines; }));
        CHECK(lines->currentIndex().row() == 0);
        type(QStringLiteral("5"));
        press(Qt::Key_Return);
        REQUIRE(waitFor([&] { return lines->currentIndex().row() == 1 && QApplication::focusWidget() == lines; }));
        // The first key opens the cell's editor, the others go into it.
        const QString digits = QString::number(secondCount);
        type(digits.left(1));
        REQUIRE(waitFor([&] {
            return qobject_cast<QLineEdit *>(QApplication::focusWidget()) &&
                   lines->isAncestorOf(QApplication::focusWidget());
        }));
        type(digits.mid(1));
        press(Qt::Key_Return);
        const int counted = 5, variance = 6;
        REQUIRE(waitFor([&] { return !model->index(1, counted).data().toString().isEmpty(); }));
        CHECK(model->index(0, counted).data().toString() == QStringLiteral("5"));
        CHECK(model->index(1, variance).data().toString() == QStringLiteral("+9"));
        CHECK(model->index(0, variance).data().toString().startsWith(QLatin1Char('-')));
        screenshot(form, QStringLiteral("stocktake-form"));

        answerNextMessageBox(QMessageBox::Yes, &question);
        press(Qt::Key_Return, Qt::ControlModifier);
        state = form->findChild<QLabel *>(QStringLiteral("state"))->text();
        INFO(form->findChild<QLabel *>(QStringLiteral("message"))->text().toStdString());
        screenshot(form, QStringLiteral("stocktake-form-posted"));
        // Offscreen, the form is not made active again after the question: Escape goes to it directly.
        QTest::keyClick(form, Qt::Key_Escape);
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    CHECK(question.contains(QStringLiteral("Lines counted: 2.")));
    CHECK(state.startsWith(QStringLiteral("ST-A-")));
    CHECK(state.contains(QStringLiteral("Posted")));
    CHECK(stock->onHand(db, products.at(0), warehouse) == Quantity::fromUnits(5));
    CHECK(stock->onHand(db, products.at(1), warehouse) == Quantity::fromUnits(secondCount));
    page->reload();
    REQUIRE(waitFor([&] { return page->view()->model()->rowCount() >= 3; })); // with the demo's two
    screenshot(shell.window.get(), QStringLiteral("stocktakes-page"));
}
