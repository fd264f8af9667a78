#include "testdb.h"

#include "auth/userrepository.h"
#include "model/documenteditor.h"
#include "model/saleslinesmodel.h"

#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
struct EditorFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("sales")}};
    const Database &db = testDatabase.db();
    Party customer;
    Product bolt;  // 3.80 CNY, 13% tax
    Product valve; // 125.00 CNY, 13% tax, cost 62.50
    Session seller;

    EditorFixture()
    {
        initializeCompany(db);
        db.exec(QStringLiteral("INSERT INTO core_tax_rate(uuid, code, name, rate_bp, created_at, updated_at) "
                               "VALUES ('t13', 'VAT13', 'VAT 13%', 1300, '', '')"));
        db.exec(QStringLiteral("INSERT INTO core_currency(uuid, code, name, decimals, rate_micros, created_at, "
                               "updated_at) VALUES ('usd', 'USD', 'US dollar', 2, 7200000, '', '')"));
        const qint64 tax = db.scalar(QStringLiteral("SELECT id FROM core_tax_rate WHERE code = 'VAT13'")).toLongLong();
        customer = makeCustomer(db, QStringLiteral("Ferretería López S.L."), [](Party &p) {
            p.contacts << makeContact(QStringLiteral("Ana López"));
            p.contacts.first().isPrimary = true;
        });
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380, [tax](Product &p) { p.taxRateId = tax; });
        valve =
            makeProduct(db, QStringLiteral("Válvula de bola DN25"), 12500, [tax](Product &p) { p.taxRateId = tax; });
        UserRepository users(db, kActor);
        seller = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    }
};
} // namespace

TEST_CASE_METHOD(EditorFixture, "Entering a document: customer defaults, product defaults and live totals",
                 "[sales][editor]")
{
    DocumentEditor editor(db, seller, SalesDocument::Kind::Order, 0);
    CHECK(editor.document().deliveryDate == QDate::currentDate().addDays(7));
    editor.setCustomer(customer.id);
    CHECK(editor.document().contactId == customer.contacts.first().id);
    editor.setLineProduct(0, bolt.id);
    REQUIRE(editor.lineCount() == 1);
    CHECK(editor.line(0).description == bolt.name);
    CHECK(editor.line(0).tax == Rate::fromPercent(13));
    CHECK(editor.line(0).unitPriceMinor == 380);
    CHECK(editor.line(0).quantity == Quantity::fromUnits(1));
    editor.setLineQuantity(0, Quantity::fromUnits(10));
    editor.setLineProduct(1, valve.id);
    editor.setLineQuantity(1, Quantity::fromUnits(2));
    // 38.00 + 250.00 = 288.00; tax 4.94 + 32.50 = 37.44.
    CHECK(editor.priced().net.minor() == 28800);
    CHECK(editor.priced().tax.minor() == 3744);
    CHECK(editor.priced().total.minor() == 32544);
    editor.save();
    CHECK(editor.document().number == QStringLiteral("SO-A-000001"));
    CHECK(db.scalar(QStringLiteral("SELECT total_minor FROM sales_document WHERE id = ?"), {editor.document().id})
              .toLongLong() == 32544);
}

TEST_CASE_METHOD(EditorFixture, "The unit price and the tax-inclusive price are computed from each other",
                 "[sales][editor][pricing]")
{
    DocumentEditor editor(db, seller, SalesDocument::Kind::Quotation, 0);
    editor.setCustomer(customer.id);
    editor.setLineProduct(0, valve.id);
    SalesLinesModel lines(editor);
    // Typing the price with tax: 113.00 incl. 13% is 100.00 without.
    REQUIRE(lines.setData(lines.index(0, SalesLinesModel::InclusivePrice), QStringLiteral("113")));
    CHECK(editor.exclusivePrice(0) == 10000);
    CHECK(lines.index(0, SalesLinesModel::UnitPrice).data(Qt::EditRole).toString() == QStringLiteral("100.00"));
    REQUIRE(lines.setData(lines.index(0, SalesLinesModel::UnitPrice), QStringLiteral("3.80")));
    CHECK(editor.inclusivePrice(0) == 429); // 4.294 rounded half-up
    // Switching the document to tax-inclusive prices keeps the line's amounts.
    const qint64 total = editor.priced().total.minor();
    editor.setTaxMode(Pricing::TaxMode::Inclusive);
    CHECK(editor.line(0).unitPriceMinor == 429);
    CHECK(std::abs(editor.priced().total.minor() - total) <= 1);
    // Bad input is refused with the line and the reason, and changes nothing.
    CHECK_FALSE(lines.setData(lines.index(0, SalesLinesModel::Quantity), QStringLiteral("-2")));
    CHECK(lines.lastError().contains(QStringLiteral("Line 1")));
    CHECK_FALSE(lines.setData(lines.index(0, SalesLinesModel::Discount), QStringLiteral("120%")));
    CHECK(editor.line(0).quantity == Quantity::fromUnits(1));
    CHECK(editor.line(0).discount == Rate());
    // The empty last row takes a new line.
    CHECK(lines.rowCount() == 2);
    REQUIRE(lines.setData(lines.index(1, SalesLinesModel::Product), bolt.id));
    CHECK(lines.rowCount() == 3);
    CHECK(lines.removeRows(0, 1));
    CHECK(editor.lineCount() == 1);
    CHECK(editor.line(0).productId == bolt.id);
}

TEST_CASE_METHOD(EditorFixture,
                 "A product's price is the customer's last price, else the list price in the "
                 "document's currency",
                 "[sales][editor][lastprice]")
{
    {
        DocumentEditor first(db, seller, SalesDocument::Kind::Order, 0);
        first.setCustomer(customer.id);
        first.setLineProduct(0, valve.id);
        first.setLineUnitPrice(0, 11800);
        first.advance(); // saved and confirmed
        CHECK(first.document().status == QStringLiteral("confirmed"));
    }
    DocumentEditor next(db, seller, SalesDocument::Kind::Quotation, 0);
    next.setCustomer(customer.id);
    next.setLineProduct(0, valve.id);
    CHECK(next.line(0).unitPriceMinor == 11800);
    const QList<LastPrice> history = next.lastPrices(0);
    REQUIRE(history.size() == 1);
    CHECK(history.first().number == QStringLiteral("SO-A-000001"));
    next.setLineUnitPrice(0, 12500);
    next.applyLastPrice(0, history.first());
    CHECK(next.line(0).unitPriceMinor == 11800);

    // In dollars (7.20 CNY each) the list price is converted: 125.00 / 7.2 = 17.36.
    DocumentEditor dollars(db, seller, SalesDocument::Kind::Quotation, 0);
    dollars.setCustomer(makeCustomer(db, QStringLiteral("Acme Inc.")).id);
    dollars.setCurrency(QStringLiteral("USD"));
    CHECK(dollars.document().rateMicros == 7200000);
    dollars.setLineProduct(0, valve.id);
    CHECK(dollars.line(0).unitPriceMinor == 1736);
    CHECK(dollars.priced().totalBase.currency() == QStringLiteral("CNY"));
    CHECK_THROWS_AS(dollars.applyLastPrice(0, history.first()), Error);
}

TEST_CASE_METHOD(EditorFixture, "A line below cost is marked and the order waits for an approval", "[sales][editor]")
{
    DocumentEditor editor(db, seller, SalesDocument::Kind::Order, 0);
    editor.setCustomer(customer.id);
    editor.setLineProduct(0, valve.id);
    SalesLinesModel lines(editor);
    CHECK_FALSE(lines.index(0, 0).data(Qt::BackgroundRole).isValid());
    editor.setLineUnitPrice(0, 5000); // cost is 62.50
    REQUIRE(editor.lineBreaches(0).size() == 1);
    CHECK(lines.index(0, 0).data(Qt::BackgroundRole).isValid());
    CHECK(lines.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("below cost")));
    CHECK(errorField([&] { editor.advance(); }) == QStringLiteral("approval"));
    CHECK(editor.document().status == QStringLiteral("draft"));
    editor.approve(seller);
    editor.advance();
    CHECK(editor.document().status == QStringLiteral("confirmed"));
    CHECK(editor.document().approvedBy == QStringLiteral("admin"));
    CHECK_FALSE(editor.isEditable());
}
