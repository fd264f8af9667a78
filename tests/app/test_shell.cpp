#include "guitest.h"
#include "shell.h"

#include "appcontext.h"
#include "auth/userrepository.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "model/pagedlistmodel.h"
#include "model/partyrepository.h"
#include "search/normalizer.h"
#include "shellpages.h"
#include "ui/contactsgrid.h"
#include "ui/duplicatepanel.h"
#include "ui/listpage.h"
#include "ui/partyform.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Crm;
using namespace Crm::Test;

TEST_CASE("the shell loads every module and shows their pages", "[app][shell]")
{
    Shell shell(20);
    QStringList loaded;
    for (const LoadedModule &m : shell.ctx.modules().loaded())
        loaded << m.meta.id;
    CHECK(shell.ctx.modules().skipped().isEmpty());
    // Dependencies first: inventory before sales and purchasing.
    REQUIRE(loaded.size() == 4);
    CHECK(loaded.indexOf(QStringLiteral("inventory")) < loaded.indexOf(QStringLiteral("sales")));
    CHECK(loaded.indexOf(QStringLiteral("inventory")) < loaded.indexOf(QStringLiteral("purchasing")));
    for (const char *id :
         {"sales.page.customers", "purchasing.page.suppliers", "inventory.page.products", "inventory.page.warehouses",
          "finance.page.currencies", "finance.page.tax_rates", "finance.page.payment_terms", "core.page.users"}) {
        INFO(id);
        CHECK(shell.window->showPage(QString::fromLatin1(id)));
        CHECK(shell.window->currentPage()->isVisible());
    }
    auto *suppliers = qobject_cast<ListPage *>(shell.window->page(QStringLiteral("purchasing.page.suppliers")));
    REQUIRE(suppliers);
    CHECK(suppliers->model()->rowCount() == 20);
}

TEST_CASE("typing in the customer search filters the rows", "[app][shell][search]")
{
    Shell shell;
    ListPage *page = shell.customers();
    const int before = page->model()->rowCount();
    REQUIRE(before == 200); // a first page of 300 customers

    // A fragment of a real name, typed key by key.
    QSqlQuery q = shell.db().exec(QStringLiteral("SELECT name FROM core_party WHERE is_customer = 1 "
                                                 "AND name LIKE 'Acme%' ORDER BY id LIMIT 1"));
    REQUIRE(q.next());
    const QString name = q.value(0).toString();
    const QString fragment = name.section(QLatin1Char(' '), 1, 1).left(5); // e.g. "Harbo"
    page->searchEdit()->setFocus();
    typeInto(page->searchEdit(), fragment);
    REQUIRE(waitFor([&] { return page->model()->query().search == fragment; }));
    const int rows = page->model()->rowCount();
    CHECK(rows > 0);
    CHECK(rows < before);
    const int nameColumn = page->model()->spec().columnIndex(QStringLiteral("name"));
    for (int r = 0; r < rows; ++r) {
        const QString code = page->model()->index(r, 0).data().toString();
        const QString rowName = page->model()->index(r, nameColumn).data().toString();
        // The fragment is in the name, short name, city or a contact of the row.
        QSqlQuery k =
            shell.db().exec(QStringLiteral("SELECT key FROM core_party_fts WHERE rowid = ?"), {page->model()->idAt(r)});
        REQUIRE(k.next());
        INFO(code.toStdString() << " " << rowName.toStdString());
        CHECK(k.value(0).toString().contains(Normalizer::text(fragment)));
    }
    CHECK(page->countLabel()->text().contains(QString::number(rows)));

    // Two Chinese characters find names that contain them anywhere.
    QSqlQuery c = shell.db().exec(QStringLiteral("SELECT short_name FROM core_party WHERE is_customer = 1 "
                                                 "AND party_type = 'company' AND country = '中国' LIMIT 1"));
    REQUIRE(c.next());
    const QString two = c.value(0).toString().mid(1, 2);
    page->searchEdit()->clear();
    typeInto(page->searchEdit(), two);
    REQUIRE(waitFor([&] { return page->model()->query().search == two; }));
    REQUIRE(page->model()->rowCount() > 0);
    screenshot(shell.window.get(), QStringLiteral("customers-search-two-characters"));
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        QSqlQuery k =
            shell.db().exec(QStringLiteral("SELECT key FROM core_party_fts WHERE rowid = ?"), {page->model()->idAt(r)});
        REQUIRE(k.next());
        CHECK(k.value(0).toString().contains(two));
    }

    // One match: the count speaks of one record, in the singular.
    const QString code = shell.db().scalar(QStringLiteral("SELECT code FROM core_party WHERE is_customer = 1 "
                                                          "ORDER BY id LIMIT 1")).toString();
    page->searchEdit()->clear();
    typeInto(page->searchEdit(), code);
    REQUIRE(waitFor([&] { return page->model()->query().search == code; }));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->countLabel()->text() == QStringLiteral("1 record"));

    // Down moves to the list; clearing the search shows every row again.
    QTest::keyClick(page->searchEdit(), Qt::Key_Down);
    CHECK(page->view()->hasFocus());
    page->searchEdit()->clear();
    REQUIRE(waitFor([&] { return page->model()->query().search.isEmpty(); }));
    CHECK(page->model()->rowCount() == before);
}

TEST_CASE("a customer with two contacts is created from the keyboard alone", "[app][shell][form]")
{
    Shell shell(50);
    ListPage *page = shell.customers();
    page->view()->setFocus();
    bool driven = false;
    onNextModal([&](QWidget *dialog) {
        auto *form = qobject_cast<PartyForm *>(dialog);
        REQUIRE(form);
        REQUIRE(waitFor([&] { return form->field(QStringLiteral("name"))->hasFocus(); }));
        type(QStringLiteral("深圳云帆科技有限公司"));
        press(Qt::Key_Tab);
        type(QStringLiteral("云帆科技")); // short name
        screenshot(form, QStringLiteral("customer-form"));
        press(Qt::Key_2, Qt::AltModifier); // "2 Address and phones"
        REQUIRE(waitFor([&] { return form->field(QStringLiteral("phone"))->isVisible(); }));
        form->field(QStringLiteral("phone"))->setFocus();
        type(QStringLiteral("0755-2666 8888"));
        press(Qt::Key_4, Qt::AltModifier); // "4 Contacts"
        press(Qt::Key_A, Qt::AltModifier); // Add contact: typing goes to its name
        REQUIRE(waitFor([&] { return form->contactsGrid()->table()->rowCount() == 1; }));
        type(QStringLiteral("陈静"));
        press(Qt::Key_Tab);
        type(QStringLiteral("采购经理"));
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        type(QStringLiteral("13800138000")); // mobile
        press(Qt::Key_A, Qt::AltModifier);
        REQUIRE(waitFor([&] { return form->contactsGrid()->table()->rowCount() == 2; }));
        type(QStringLiteral("Li Wei"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Engineer"));
        press(Qt::Key_Tab);
        screenshot(form, QStringLiteral("customer-form-contacts"));
        press(Qt::Key_S, Qt::ControlModifier); // save
        driven = true;
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(driven);

    QSqlQuery q =
        shell.db().exec(QStringLiteral("SELECT id, short_name, phone, is_customer, updated_by FROM core_party "
                                       "WHERE name = '深圳云帆科技有限公司'"));
    REQUIRE(q.next());
    CHECK(q.value(1).toString() == QStringLiteral("云帆科技"));
    CHECK(q.value(2).toString() == QStringLiteral("0755-2666 8888"));
    CHECK(q.value(3).toInt() == 1);
    CHECK(q.value(4).toString() == QStringLiteral("admin"));
    QSqlQuery c = shell.db().exec(QStringLiteral("SELECT name, title, mobile, is_primary FROM core_contact "
                                                 "WHERE party_id = ? ORDER BY id"),
                                  {q.value(0)});
    REQUIRE(c.next());
    CHECK(c.value(0).toString() == QStringLiteral("陈静"));
    CHECK(c.value(1).toString() == QStringLiteral("采购经理"));
    CHECK(c.value(2).toString() == QStringLiteral("13800138000"));
    CHECK(c.value(3).toInt() == 1);
    REQUIRE(c.next());
    CHECK(c.value(0).toString() == QStringLiteral("Li Wei"));
    CHECK(c.value(1).toString() == QStringLiteral("Engineer"));
    CHECK(c.value(3).toInt() == 0);
    CHECK_FALSE(c.next());
    // The list shows the new customer, selected.
    const int row = page->model()->rowOfId(q.value(0).toLongLong());
    REQUIRE(row >= 0);
    CHECK(page->view()->currentIndex().row() == row);
}

TEST_CASE("typing a near-duplicate name shows the duplicate panel", "[app][shell][duplicates]")
{
    Shell shell(50);
    Party existing;
    existing.name = QStringLiteral("Bluewater Trading Co., Ltd.");
    existing.isCustomer = true;
    PartyRepository(shell.db(), QStringLiteral("admin")).save(existing);
    const qint64 existingId = existing.id;
    // Same company, typed differently: upper case, no punctuation, full-width letters.
    const QString typed = QStringLiteral("BLUEWATER TRADING ＣＯ ＬＴＤ");
    ListPage *page = shell.customers();
    bool seen = false;
    onNextModal([&](QWidget *dialog) {
        auto *form = qobject_cast<PartyForm *>(dialog);
        REQUIRE(form);
        CHECK_FALSE(form->duplicatePanel()->isVisible());
        REQUIRE(waitFor([&] { return form->field(QStringLiteral("name"))->hasFocus(); }));
        type(typed);
        seen = waitFor([&] { return form->duplicatePanel()->isVisible(); });
        screenshot(form, QStringLiteral("customer-form-duplicates"));
        const auto candidates = form->duplicatePanel()->candidates();
        CHECK(std::any_of(candidates.begin(), candidates.end(),
                          [&](const DuplicateCandidate &c) { return c.id == existingId && c.exactName; }));
        press(Qt::Key_Escape);
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    CHECK(seen);
    // Cancelled: nothing was saved.
    CHECK(shell.db().scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE upper(name) = ?"), {typed}).toInt() ==
          0);
}

TEST_CASE("saving an exact duplicate asks first", "[app][shell][duplicates]")
{
    Shell shell(20);
    Party existing;
    existing.name = QStringLiteral("上海华为技术有限公司");
    existing.isCustomer = true;
    PartyRepository(shell.db(), QStringLiteral("admin")).save(existing);
    const QString typed = QStringLiteral("上海华为技术 股份有限公司"); // same company, other legal form
    ListPage *page = shell.customers();
    QStringList questions;
    onNextModal([&](QWidget *dialog) {
        auto *form = qobject_cast<PartyForm *>(dialog);
        REQUIRE(form);
        REQUIRE(waitFor([&] { return form->field(QStringLiteral("name"))->hasFocus(); }));
        type(typed);
        // First answer: cancel. The form stays open and nothing is saved.
        onNextModal([&](QWidget *box) {
            questions << qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        form->save();
        CHECK(form->isVisible());
        // Second answer: save anyway.
        onNextModal([&](QWidget *box) {
            questions << qobject_cast<QMessageBox *>(box)->text();
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Save)->click();
        });
        form->save();
    });
    QTest::keyClick(page->view(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(questions.size() == 2);
    CHECK(questions.first().contains(existing.code));
    CHECK(shell.db().scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE name = ?"), {typed}).toInt() == 1);
}

TEST_CASE("a list opens with its first row current, so Enter opens it", "[app][shell]")
{
    Shell shell(20);
    ListPage *page = shell.page(QStringLiteral("inventory.page.warehouses"));
    REQUIRE(page->view()->currentIndex().isValid());
    CHECK(page->view()->currentIndex().row() == 0);
    bool opened = false;
    onNextModal([&](QWidget *dialog) {
        opened = true;
        qobject_cast<QDialog *>(dialog)->reject();
    });
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Return);
    CHECK(opened);
}
