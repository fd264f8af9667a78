#include "shell.h"

#include "model/pagedlistmodel.h"
#include "ui/fielderror.h"
#include "ui/productform.h"
#include "ui/recordform.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QSqlQuery>
#include <QTableView>

using namespace Crm;
using namespace Crm::Test;

TEST_CASE("the product form refuses a duplicate name and specification", "[app][forms]")
{
    Shell shell(10);
    QSqlQuery q = shell.db().exec(QStringLiteral("SELECT name, specification FROM core_product ORDER BY id LIMIT 1"));
    REQUIRE(q.next());
    const QString name = q.value(0).toString();
    const QString spec = q.value(1).toString();
    const qint64 before = shell.db().scalar(QStringLiteral("SELECT count(*) FROM core_product")).toLongLong();
    ListPage *page = shell.page(QStringLiteral("inventory.page.products"));
    page->view()->setFocus();
    bool driven = false;
    onNextModal([&](QWidget *dialog) {
        auto *form = qobject_cast<ProductForm *>(dialog);
        REQUIRE(form);
        REQUIRE(waitFor([&] { return form->field(QStringLiteral("name"))->hasFocus(); }));
        // The same product typed in another case and spacing.
        type(name.toUpper() + QStringLiteral("  "));
        press(Qt::Key_Tab);
        type(spec);
        REQUIRE(waitFor([&] { return form->duplicateLabel()->isVisible(); }));
        CHECK(form->duplicateLabel()->text().contains(spec));
        screenshot(form, QStringLiteral("product-form-duplicate"));
        press(Qt::Key_S, Qt::ControlModifier);
        // Refused, with the reason next to the name.
        auto *error = form->findChild<FieldError *>(QStringLiteral("error_name"));
        REQUIRE(error);
        CHECK(error->isVisible());
        CHECK(form->isVisible());
        // Another specification is another product.
        form->field(QStringLiteral("specification"))->setFocus();
        type(QStringLiteral(" rev B"));
        form->field(QStringLiteral("sale_price"))->selectAll();
        form->field(QStringLiteral("sale_price"))->setFocus();
        type(QStringLiteral("12.345"));
        press(Qt::Key_S, Qt::ControlModifier);
        driven = true;
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(driven);
    CHECK(shell.db().scalar(QStringLiteral("SELECT count(*) FROM core_product")).toLongLong() == before + 1);
    QSqlQuery saved = shell.db().exec(QStringLiteral("SELECT code, sale_price_minor FROM core_product "
                                                     "WHERE specification = ?"),
                                      {spec + QStringLiteral(" rev B")});
    REQUIRE(saved.next());
    CHECK(saved.value(0).toString().startsWith(QStringLiteral("P-A-")));
    CHECK(saved.value(1).toLongLong() == 1235); // 12.345 rounded half-up to the cent
}

TEST_CASE("a warehouse needs a code; the message stands next to the field", "[app][forms]")
{
    Shell shell(10);
    ListPage *page = shell.page(QStringLiteral("inventory.page.warehouses"));
    const int before = page->model()->rowCount();
    page->view()->setFocus();
    bool driven = false;
    onNextModal([&](QWidget *dialog) {
        auto *form = qobject_cast<RecordForm *>(dialog);
        REQUIRE(form);
        auto *name = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name")));
        name->setFocus();
        type(QStringLiteral("广州仓 Guangzhou"));
        press(Qt::Key_Return);
        const QList<FieldError *> errors = form->findChildren<FieldError *>();
        CHECK(std::any_of(errors.begin(), errors.end(), [](FieldError *e) { return e->isVisible(); }));
        CHECK(form->isVisible());
        CHECK(form->editor(QStringLiteral("code"))->hasFocus());
        screenshot(form, QStringLiteral("warehouse-form-error"));
        type(QStringLiteral("gz01"));
        press(Qt::Key_Return);
        driven = true;
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(driven);
    CHECK(page->model()->rowCount() == before + 1);
    CHECK(shell.db().scalar(QStringLiteral("SELECT name FROM core_warehouse WHERE code = 'GZ01'")).toString() ==
          QStringLiteral("广州仓 Guangzhou"));
}

TEST_CASE("deleting a unit that products use is refused with the reason", "[app][forms]")
{
    Shell shell(10);
    const QString used = shell.db()
                             .scalar(QStringLiteral("SELECT u.code FROM core_unit u WHERE EXISTS "
                                                    "(SELECT 1 FROM core_product p WHERE p.unit_id = u.id) LIMIT 1"))
                             .toString();
    REQUIRE_FALSE(used.isEmpty());
    ListPage *page = shell.page(QStringLiteral("inventory.page.units"));
    int row = -1;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        if (page->model()->index(r, 0).data().toString() == used)
            row = r;
    REQUIRE(row >= 0);
    page->view()->setCurrentIndex(page->model()->index(row, 0));
    page->view()->setFocus();
    QString warning;
    onNextModal([&](QWidget *question) {
        // "Delete …?": yes.
        auto *box = qobject_cast<QMessageBox *>(question);
        REQUIRE(box);
        onNextModal([&](QWidget *refusal) {
            auto *w = qobject_cast<QMessageBox *>(refusal);
            REQUIRE(w);
            warning = w->text();
            w->accept();
        });
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(page->view(), Qt::Key_Delete);
    REQUIRE(waitFor([&] { return !warning.isEmpty(); }));
    CHECK(warning.contains(used));
    CHECK(warning.contains(QStringLiteral("Products (")));
    CHECK(shell.db().scalar(QStringLiteral("SELECT count(*) FROM core_unit WHERE code = ?"), {used}).toInt() == 1);
}

TEST_CASE("the quotations list previews the selected quotation for printing", "[app][print]")
{
    Shell shell(30);
    ListPage *page = shell.page(QStringLiteral("sales.page.quotations"));
    REQUIRE(page->model()->rowCount() > 0);
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    page->view()->setFocus();
    int pages = 0;
    onNextModal([&](QWidget *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        REQUIRE(preview);
        REQUIRE(waitFor([&] { return preview->pageCount() > 0; }));
        pages = preview->pageCount();
        screenshot(dialog, QStringLiteral("print-preview"));
        qobject_cast<QDialog *>(dialog)->reject();
    });
    QTest::keyClick(page->view(), Qt::Key_P, Qt::ControlModifier);
    // One page per copy mark of a quotation (customer and file copies) at least.
    CHECK(pages >= 2);
}
