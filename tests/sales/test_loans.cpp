#include "testdb.h"

#include "auth/userrepository.h"
#include "model/loanlists.h"
#include "model/loanrepository.h"
#include "model/pagedlistmodel.h"
#include "model/salesdocumentrepository.h"
#include "model/stockledger.h"

#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
Quantity units(qint64 n)
{
    return Quantity::fromUnits(n);
}

struct LoanFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("inventory"), QStringLiteral("sales")}};
    const Database &db = testDatabase.db();
    Inventory::StockLedger stock;
    LoanRepository loans{db, kActor, stock};
    Party customer;
    Product bolt;  // 3.80 CNY, cost 1.90
    Product valve; // 125.00 CNY, cost 62.50
    qint64 north = 0;
    qint64 south = 0;
    Session admin;

    LoanFixture()
    {
        initializeCompany(db);
        customer = makeCustomer(db, QStringLiteral("上海华为技术有限公司"), [](Party &p) {
            p.contacts << makeContact(QStringLiteral("王伟"));
            p.contacts.first().isPrimary = true;
        });
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380);
        valve = makeProduct(db, QStringLiteral("Válvula de bola DN25"), 12500);
        north = makeWarehouse(db, QStringLiteral("N"));
        south = makeWarehouse(db, QStringLiteral("S"));
        stock.post(
            db, {QStringLiteral("inventory.opening"), QStringLiteral("OB-1"), Database::newUuid(), QDate(2026, 1, 1)},
            {{bolt.id, north, units(100)}, {valve.id, south, units(10)}});
        UserRepository users(db, kActor);
        admin = users.sessionFor(*users.findByLogin(QStringLiteral("admin")));
    }

    // A posted loan of 20 bolts from the north and 6 valves from the south.
    Loan postedLoan(const QDate &due = QDate::currentDate().addDays(14))
    {
        Loan l;
        l.customerId = customer.id;
        l.date = QDate::currentDate().addDays(-20);
        l.dueDate = due;
        l.lines = {{0, bolt.id, north, units(20), {}, {}, QString()},
                   {0, valve.id, south, units(6), {}, {}, QString()}};
        loans.save(l);
        loans.post(l.id);
        return *loans.load(l.id);
    }

    int count(const QString &table) const
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }
};
} // namespace

TEST_CASE_METHOD(LoanFixture, "A draft loan is checked and numbered; posting it takes the goods out", "[sales][loans]")
{
    Loan l;
    CHECK(errorField([&] { loans.save(l); }) == QStringLiteral("customer"));
    l.customerId = customer.id;
    l.date = QDate(2026, 3, 10);
    l.dueDate = QDate(2026, 3, 9);
    CHECK(errorField([&] { loans.save(l); }) == QStringLiteral("due_date"));
    l.dueDate = QDate(2026, 3, 24);
    CHECK(errorField([&] { loans.save(l); }) == QStringLiteral("lines"));
    l.lines = {{0, bolt.id, 0, units(5), {}, {}, QString()}};
    CHECK(errorField([&] { loans.save(l); }) == QStringLiteral("lines")); // no warehouse
    l.lines.first().warehouseId = north;
    l.lines.first().quantity = Quantity();
    CHECK(errorField([&] { loans.save(l); }) == QStringLiteral("lines")); // no quantity
    CHECK(l.id == 0);
    l.lines.first().quantity = units(5);
    loans.save(l);
    CHECK(l.number == QStringLiteral("LN-A-000001"));
    CHECK(stock.onHand(db, bolt.id, north) == units(100)); // a draft moves nothing

    Loan samples = l;
    samples.id = 0;
    samples.number.clear();
    samples.kind = Loan::Kind::Sample;
    loans.save(samples);
    CHECK(samples.number == QStringLiteral("SM-A-000001"));

    loans.post(l.id);
    const Loan out = *loans.load(l.id);
    CHECK(out.status == QStringLiteral("out"));
    CHECK(out.outstanding() == units(5));
    CHECK(stock.onHand(db, bolt.id, north) == units(95));
    CHECK(db.scalar(QStringLiteral("SELECT source_type FROM inventory_move WHERE source_uuid = ?"), {out.uuid})
              .toString() == QStringLiteral("sales.loan"));
    // Posted, it is neither changed, posted again nor deleted.
    CHECK_THROWS_AS(loans.save(l), Error);
    CHECK_THROWS_AS(loans.post(l.id), Error);
    CHECK_THROWS_AS(loans.remove(l.id), Error);
    loans.remove(samples.id);
    CHECK_FALSE(loans.load(samples.id).has_value());
}

TEST_CASE_METHOD(LoanFixture, "Goods that are not in stock are not lent, and nothing is kept of the attempt",
                 "[sales][loans][refuse]")
{
    Loan l;
    l.customerId = customer.id;
    l.date = QDate::currentDate();
    l.dueDate = l.date.addDays(7);
    l.lines = {{0, bolt.id, north, units(3), {}, {}, QString()}, {0, valve.id, south, units(11), {}, {}, QString()}};
    loans.save(l);
    try {
        loans.post(l.id);
        FAIL("lent goods that are not there");
    } catch (const Error &e) {
        CHECK(e.message().contains(valve.code));
        CHECK(e.message().contains(QStringLiteral("10 on hand, 11 asked for")));
    }
    CHECK(loans.load(l.id)->status == QStringLiteral("draft"));
    CHECK(stock.onHand(db, bolt.id, north) == units(100)); // the first line did not leave either
    CHECK(count(QStringLiteral("inventory_move")) == 2);   // the opening balance only
}

TEST_CASE_METHOD(LoanFixture, "Loan, partial return, then the rest sold to the customer at a chosen price",
                 "[sales][loans][return][sale]")
{
    const Loan loan = postedLoan();
    CHECK(stock.onHand(db, bolt.id, north) == units(80));
    CHECK(stock.onHand(db, valve.id, south) == units(4));

    // 8 bolts and 2 valves come back.
    const QString number = loans.returnGoods(
        loan.id, {{loan.lines.at(0).id, units(8), 0, 0}, {loan.lines.at(1).id, units(2), 0, 0}}, QDate::currentDate());
    CHECK(number == QStringLiteral("LR-A-000001"));
    CHECK(stock.onHand(db, bolt.id, north) == units(88));
    CHECK(stock.onHand(db, valve.id, south) == units(6));
    Loan after = *loans.load(loan.id);
    CHECK(after.status == QStringLiteral("out"));
    CHECK(after.lines.at(0).returned == units(8));
    CHECK(after.lines.at(0).outstanding() == units(12));
    CHECK(after.lines.at(1).outstanding() == units(4));
    CHECK(db.scalar(QStringLiteral("SELECT outstanding_milli FROM sales_loan WHERE id = ?"), {loan.id}).toLongLong() ==
          16000);

    // The customer keeps the rest: the proposal is every outstanding line at the list price.
    const LoanSaleProposal proposal = loans.proposeSale(loan.id, admin);
    CHECK(proposal.currency == QStringLiteral("CNY"));
    REQUIRE(proposal.lines.size() == 2);
    CHECK(proposal.lines.at(0).quantity == units(12));
    CHECK(proposal.lines.at(0).unitPriceMinor == 380);
    CHECK(proposal.lines.at(1).unitPriceMinor == 12500);
    QList<LoanLineQuantity> sale = proposal.lines;
    sale[0].unitPriceMinor = 350; // a price agreed with the customer
    sale[1].unitPriceMinor = 12000;
    const int movesBefore = count(QStringLiteral("inventory_move"));
    const qint64 orderId = loans.convertToSale(loan.id, sale, admin);

    const SalesDocument order = *SalesDocumentRepository(db, kActor).load(orderId);
    CHECK(order.kind == SalesDocument::Kind::Order);
    CHECK(order.customerId == customer.id);
    CHECK(order.status == QStringLiteral("shipped")); // confirmed and delivered with the loan
    CHECK_FALSE(order.confirmedAt.isEmpty());
    REQUIRE(order.lines.size() == 2);
    CHECK(order.lines.at(0).productId == bolt.id);
    CHECK(order.lines.at(0).quantity == units(12));
    CHECK(order.lines.at(0).unitPriceMinor == 350);
    CHECK(order.lines.at(1).quantity == units(4));
    CHECK(order.lines.at(1).unitPriceMinor == 12000);
    CHECK(order.notes.contains(loan.number));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sales_document_line WHERE document_id = ? "
                                   "AND shipped_milli = quantity_milli"),
                    {orderId})
              .toInt() == 2);
    // No second stock move: the goods left with the loan.
    CHECK(count(QStringLiteral("inventory_move")) == movesBefore);
    CHECK(stock.onHand(db, bolt.id, north) == units(88));

    after = *loans.load(loan.id);
    CHECK(after.outstanding() == units(0));
    CHECK(after.lines.at(0).converted == units(12));
    CHECK(after.status == QStringLiteral("closed"));
    CHECK_FALSE(after.isOverdue(QDate::currentDate().addYears(1)));
    const auto history = loans.history(loan.id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).number == QStringLiteral("LR-A-000001"));
    CHECK(history.at(0).quantity == units(10));
    CHECK(history.at(1).sale);
    CHECK(history.at(1).number == order.number);
    // Nothing is out any more: no more returns, sales or a reversal.
    CHECK_THROWS_AS(loans.returnGoods(loan.id, {{loan.lines.at(0).id, units(1), 0, 0}}, QDate::currentDate()), Error);
    CHECK_THROWS_AS(loans.reverse(loan.id, QStringLiteral("no")), Error);
    CHECK(Inventory::StockLedger::check(db).isEmpty());
}

TEST_CASE_METHOD(LoanFixture, "Returning or selling more than is outstanding is refused and changes nothing",
                 "[sales][loans][refuse]")
{
    const Loan loan = postedLoan();
    loans.returnGoods(loan.id, {{loan.lines.at(1).id, units(2), 0, 0}}, QDate::currentDate());
    try {
        // 4 valves are outstanding: 5 is too many (the bolts on the same return are refused with it).
        loans.returnGoods(loan.id, {{loan.lines.at(0).id, units(3), 0, 0}, {loan.lines.at(1).id, units(5), 0, 0}},
                          QDate::currentDate());
        FAIL("took back more than was out");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("Line 2")));
        CHECK(e.message().contains(valve.code));
        CHECK(e.message().contains(QStringLiteral("4 outstanding, 5 asked for")));
        CHECK(e.field() == QStringLiteral("quantity"));
    }
    // The same line twice may not add up to more either.
    CHECK_THROWS_AS(loans.returnGoods(loan.id,
                                      {{loan.lines.at(1).id, units(3), 0, 0}, {loan.lines.at(1).id, units(2), 0, 0}},
                                      QDate::currentDate()),
                    Error);
    CHECK_THROWS_AS(loans.returnGoods(loan.id, {{loan.lines.at(0).id, Quantity(), 0, 0}}, QDate::currentDate()),
                    Error); // nothing to return
    CHECK_THROWS_AS(loans.returnGoods(loan.id, {{loan.lines.at(0).id, units(1), 0, 0}}, loan.date.addDays(-1)),
                    Error); // before the goods left
    CHECK_THROWS_AS(loans.convertToSale(loan.id, {{loan.lines.at(0).id, units(21), 380, 0}}, admin), Error);
    const Loan after = *loans.load(loan.id);
    CHECK(after.lines.at(0).outstanding() == units(20));
    CHECK(after.lines.at(1).outstanding() == units(4));
    CHECK(stock.onHand(db, bolt.id, north) == units(80));
    CHECK(stock.onHand(db, valve.id, south) == units(6));
    CHECK(count(QStringLiteral("sales_loan_return")) == 1);
    CHECK(count(QStringLiteral("sales_document")) == 0);

    // A price below cost waits for a manager's approval: refused whole without one.
    CHECK(errorField([&] {
              loans.convertToSale(loan.id, {{loan.lines.at(1).id, units(1), 5000, 0}}, admin);
          }) == QStringLiteral("approval"));
    CHECK(count(QStringLiteral("sales_document")) == 0);
    CHECK(loans.load(loan.id)->lines.at(1).converted == units(0));
    const qint64 orderId = loans.convertToSale(loan.id, {{loan.lines.at(1).id, units(1), 5000, 0}}, admin, &admin);
    CHECK(SalesDocumentRepository(db, kActor).load(orderId)->approvedBy == QStringLiteral("admin"));
    CHECK(loans.load(loan.id)->lines.at(1).outstanding() == units(3));
}

TEST_CASE_METHOD(LoanFixture, "Loans past their due date with goods still out are overdue, listed and marked",
                 "[sales][loans][overdue]")
{
    const QDate today = QDate::currentDate();
    stock.post(db, {QStringLiteral("inventory.opening"), QStringLiteral("OB-2"), Database::newUuid(), today},
               {{valve.id, south, units(10)}});
    const Loan late = postedLoan(today.addDays(-3));
    const Loan onTime = postedLoan(today.addDays(3));
    const Loan back = postedLoan(today.addDays(-5));
    loans.returnGoods(back.id, {{back.lines.at(0).id, units(20), 0, 0}, {back.lines.at(1).id, units(6), 0, 0}}, today);
    CHECK(loans.load(back.id)->status == QStringLiteral("returned"));
    CHECK(loans.load(late.id)->isOverdue(today));
    CHECK_FALSE(loans.load(onTime.id)->isOverdue(today));
    CHECK_FALSE(loans.load(back.id)->isOverdue(today));
    CHECK(loans.load(onTime.id)->isOverdue(today.addDays(4)));

    PagedListModel overdue(db, overdueLoans());
    overdue.reload();
    REQUIRE(overdue.rowCount() == 1);
    CHECK(overdue.idAt(0) == late.id);

    PagedListModel all(db, loanList());
    all.setFilter(QStringLiteral("past_due"), 1);
    REQUIRE(all.rowCount() == 1);
    all.setFilter(QStringLiteral("past_due"), QVariant());
    REQUIRE(all.rowCount() == 3);
    for (int row = 0; row < all.rowCount(); ++row) {
        const bool red = all.index(row, 0).data(Qt::ForegroundRole).isValid();
        CHECK(red == (all.idAt(row) == late.id));
    }
    const int outstanding = all.spec().columnIndex(QStringLiteral("outstanding"));
    CHECK(all.index(all.rowOfId(back.id), outstanding).data().toString() == QStringLiteral("0"));
    CHECK(all.index(all.rowOfId(late.id), outstanding).data().toString() == QStringLiteral("26"));

    PagedListModel mine(db, customerLoans(customer.id));
    mine.reload();
    CHECK(mine.rowCount() == 3);
}

TEST_CASE_METHOD(LoanFixture, "A loan out with no returns or sales is reversed with a reason; stock comes back",
                 "[sales][loans][reverse]")
{
    const Loan loan = postedLoan();
    CHECK_THROWS_AS(loans.reverse(loan.id, QString()), Error); // a reason is needed
    loans.reverse(loan.id, QStringLiteral("Wrong customer"));
    CHECK(stock.onHand(db, bolt.id, north) == units(100));
    CHECK(stock.onHand(db, valve.id, south) == units(10));
    const Loan reversed = *loans.load(loan.id);
    CHECK(reversed.status == QStringLiteral("reversed"));
    CHECK(reversed.statusReason == QStringLiteral("Wrong customer"));
    CHECK_FALSE(reversed.isOverdue(QDate::currentDate().addYears(1)));
    CHECK_THROWS_AS(loans.reverse(loan.id, QStringLiteral("again")), Error);

    // One with a return is not reversed: the return would be left hanging.
    const Loan other = postedLoan();
    loans.returnGoods(other.id, {{other.lines.at(0).id, units(1), 0, 0}}, QDate::currentDate());
    CHECK_THROWS_AS(loans.reverse(other.id, QStringLiteral("Wrong customer")), Error);
    CHECK(loans.load(other.id)->status == QStringLiteral("out"));
    CHECK(Inventory::StockLedger::check(db).isEmpty());
}
