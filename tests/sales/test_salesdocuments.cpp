#include "testdb.h"

#include "auth/userrepository.h"
#include "model/documentlists.h"
#include "model/pagedlistmodel.h"
#include "model/salesdocumentrepository.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Crm;
using namespace Crm::Sales;
using namespace Crm::Test;

namespace {
struct SalesFixture
{
    TestDatabase testDatabase{{QStringLiteral("core"), QStringLiteral("sales")}};
    const Database &db = testDatabase.db();
    Party customer;
    Product bolt;
    Product valve;
    SalesDocumentRepository repo{db, kActor};

    SalesFixture()
    {
        initializeCompany(db);
        customer = makeCustomer(db, QStringLiteral("上海华为技术有限公司"));
        bolt = makeProduct(db, QStringLiteral("不锈钢螺栓 M8×30"), 380);
        valve = makeProduct(db, QStringLiteral("Válvula de bola DN25"), 12500);
    }

    SalesDocument quotation()
    {
        SalesDocument d;
        d.customerId = customer.id;
        d.date = QDate(2026, 11, 2);
        d.validUntil = QDate(2099, 12, 2); // far ahead: expiry follows today's date
        d.currency = QStringLiteral("CNY");
        d.lines = {
            {0, bolt.id, bolt.name, Quantity::fromUnits(10), 0, 380, Rate(), Rate::fromPercent(13)},
            {0, valve.id, valve.name, Quantity::fromUnits(2), 0, 12500, Rate::fromPercent(5), Rate::fromPercent(13)}};
        return d;
    }
};
} // namespace

TEST_CASE_METHOD(SalesFixture, "A quotation is numbered, priced and stored with its lines", "[sales][documents]")
{
    SalesDocument d = quotation();
    repo.save(d);
    CHECK(d.number == QStringLiteral("QT-A-000001"));
    const auto loaded = repo.load(d.id);
    REQUIRE(loaded);
    CHECK(loaded->lines.size() == 2);
    CHECK(loaded->lines.at(1).discount == Rate::fromPercent(5));
    CHECK(loaded->validUntil == QDate(2099, 12, 2));
    // Cached amounts are those of the pricing function: 38.00 + 237.50 net.
    QSqlQuery q = db.exec(QStringLiteral("SELECT net_minor, tax_minor, total_minor, total_base_minor "
                                         "FROM sales_document WHERE id = ?"),
                          {d.id});
    REQUIRE(q.next());
    const Pricing::Result priced = loaded->price(QStringLiteral("CNY"));
    CHECK(q.value(0).toLongLong() == 3800 + 23750);
    CHECK(q.value(0).toLongLong() == priced.net.minor());
    CHECK(q.value(1).toLongLong() == priced.tax.minor());
    CHECK(q.value(2).toLongLong() == priced.total.minor());
    CHECK(q.value(3).toLongLong() == priced.total.minor());
    SalesDocument second = quotation();
    repo.save(second);
    CHECK(second.number == QStringLiteral("QT-A-000002"));
}

TEST_CASE_METHOD(SalesFixture, "Bad documents are refused with the field named", "[sales][documents]")
{
    SalesDocument d = quotation();
    d.customerId = makeSupplier(db, QStringLiteral("Proveedor S.L.")).id;
    CHECK(errorField([&] { repo.save(d); }) == QStringLiteral("customer"));
    d = quotation();
    d.validUntil = d.date.addDays(-1);
    CHECK(errorField([&] { repo.save(d); }) == QStringLiteral("valid_until"));
    d = quotation();
    d.lines[1].quantity = Quantity();
    CHECK(errorField([&] { repo.save(d); }) == QStringLiteral("lines"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sales_document")).toInt() == 0);
}

TEST_CASE_METHOD(SalesFixture, "Quotation statuses follow the rules", "[sales][documents]")
{
    SalesDocument d = quotation();
    repo.save(d);
    repo.setStatus(d.id, QStringLiteral("sent"));
    CHECK_THROWS_AS(repo.setStatus(d.id, QStringLiteral("lost")), Error); // a reason is required
    repo.setStatus(d.id, QStringLiteral("lost"), QStringLiteral("Price too high"));
    const auto lost = repo.load(d.id);
    CHECK(lost->status == QStringLiteral("lost"));
    CHECK(lost->statusReason == QStringLiteral("Price too high"));
    CHECK_FALSE(lost->isEditable());
    CHECK_THROWS_AS(repo.setStatus(d.id, QStringLiteral("accepted")), Error);
    SalesDocument edited = *lost;
    edited.notes = QStringLiteral("late change");
    CHECK_THROWS_AS(repo.save(edited), Error);
}

TEST_CASE_METHOD(SalesFixture, "Copy and revise keep the lines; revisions keep the number", "[sales][documents]")
{
    SalesDocument d = quotation();
    repo.save(d);
    repo.setStatus(d.id, QStringLiteral("sent"));
    const qint64 r1 = repo.revise(d.id);
    const qint64 r2 = repo.revise(r1);
    CHECK(repo.load(r1)->number == d.number + QStringLiteral("-R1"));
    CHECK(repo.load(r2)->number == d.number + QStringLiteral("-R2"));
    CHECK(repo.load(r2)->revision == 2);
    CHECK(repo.load(r2)->revisionOfId == d.id);
    CHECK(repo.load(d.id)->status == QStringLiteral("sent")); // the original is kept as it was
    const qint64 copy = repo.copyQuotation(d.id);
    const auto c = repo.load(copy);
    CHECK(c->number == QStringLiteral("QT-A-000002"));
    CHECK(c->lines.size() == 2);
    CHECK(c->status == QStringLiteral("draft"));
    CHECK(c->lines.first().id != d.lines.first().id);
}

TEST_CASE_METHOD(SalesFixture, "A quotation converts to an order, linked both ways", "[sales][documents]")
{
    SalesDocument q = quotation();
    repo.save(q);
    const qint64 orderId = repo.convertToOrder(q.id, {q.lines.at(1).id}); // the valve only
    const auto order = repo.load(orderId);
    REQUIRE(order);
    CHECK(order->kind == SalesDocument::Kind::Order);
    CHECK(order->number == QStringLiteral("SO-A-000001"));
    CHECK(order->sourceId == q.id);
    REQUIRE(order->lines.size() == 1);
    CHECK(order->lines.first().productId == valve.id);
    CHECK(order->lines.first().sourceLineId == q.lines.at(1).id);
    CHECK(repo.load(q.id)->status == QStringLiteral("accepted"));
    CHECK(db.scalar(QStringLiteral("SELECT id FROM sales_document WHERE source_id = ?"), {q.id}).toLongLong() ==
          orderId);
    CHECK_THROWS_AS(repo.convertToOrder(q.id, {-1}), Error);
}

TEST_CASE_METHOD(SalesFixture, "A confirmed order cannot be edited, only cancelled with a reason", "[sales][documents]")
{
    SalesDocument o = quotation();
    o.kind = SalesDocument::Kind::Order;
    o.validUntil = QDate();
    o.deliveryDate = QDate(2026, 11, 20);
    repo.save(o);
    repo.setStatus(o.id, QStringLiteral("confirmed"));
    auto confirmed = repo.load(o.id);
    CHECK(confirmed->confirmedBy == kActor);
    CHECK_FALSE(confirmed->confirmedAt.isEmpty());
    confirmed->lines.first().quantity = Quantity::fromUnits(99);
    CHECK_THROWS_AS(repo.save(*confirmed), Error);
    CHECK(repo.load(o.id)->lines.first().quantity == Quantity::fromUnits(10));
    CHECK_THROWS_AS(repo.setStatus(o.id, QStringLiteral("cancelled")), Error);
    repo.setStatus(o.id, QStringLiteral("cancelled"), QStringLiteral("Customer cancelled by phone"));
    CHECK(repo.load(o.id)->status == QStringLiteral("cancelled"));
}

TEST_CASE_METHOD(SalesFixture, "The last prices come from the customer's confirmed orders, newest first",
                 "[sales][documents]")
{
    auto order = [&](const QDate &date, qint64 price, bool confirm) {
        SalesDocument o = quotation();
        o.kind = SalesDocument::Kind::Order;
        o.validUntil = QDate();
        o.date = date;
        o.lines[0].unitPriceMinor = price;
        repo.save(o);
        if (confirm)
            repo.setStatus(o.id, QStringLiteral("confirmed"));
        return o.number;
    };
    const QString older = order(QDate(2026, 9, 1), 400, true);
    order(QDate(2026, 10, 1), 390, false); // a draft does not count
    const QString newer = order(QDate(2026, 10, 15), 370, true);
    makeCustomer(db, QStringLiteral("Other customer"));
    const QList<LastPrice> prices = repo.lastPrices(customer.id, bolt.id);
    REQUIRE(prices.size() == 2);
    CHECK(prices.at(0).unitPriceMinor == 370);
    CHECK(prices.at(0).number == newer);
    CHECK(prices.at(0).date == QDate(2026, 10, 15));
    CHECK(prices.at(1).unitPriceMinor == 400);
    CHECK(prices.at(1).number == older);
    CHECK(repo.lastPrices(customer.id, valve.id, 1).size() == 1);
}

namespace {
User makeUser(const Database &db, const QString &login, const QString &roleCode)
{
    UserRepository users(db, kActor);
    User u;
    u.login = login;
    u.name = login;
    u.roleId = users.roleByCode(roleCode)->id;
    users.save(u, QStringLiteral("password1"));
    return u;
}
} // namespace

TEST_CASE_METHOD(SalesFixture, "Guardrails: discounts above the role's cap, prices below cost, credit limit",
                 "[sales][guardrails]")
{
    SalesDocument d = quotation();
    const Pricing::Result priced = d.price(QStringLiteral("CNY"));
    GuardrailLimits limits;
    limits.maxDiscount = Rate::fromPercent(10);
    const QHash<qint64, qint64> costs{{bolt.id, 300}, {valve.id, 6000}};
    CHECK(Guardrails::check(d, priced, limits, costs).isEmpty());

    d.lines[1].discount = Rate::fromPercent(12);
    d.discount = Rate::fromPercent(11);
    d.lines[0].unitPriceMinor = 320; // 3.20 × 0.89 = 2.85 < 3.00 cost
    const QList<Breach> b = Guardrails::check(d, d.price(QStringLiteral("CNY")), limits, costs);
    REQUIRE(b.size() == 3);
    CHECK(b.at(0).kind == Breach::Kind::BelowCost);
    CHECK(b.at(0).line == 0);
    CHECK(b.at(1).kind == Breach::Kind::LineDiscount);
    CHECK(b.at(1).line == 1);
    CHECK(b.at(1).message.contains(QStringLiteral("12%")));
    CHECK(b.at(2).kind == Breach::Kind::DocumentDiscount);

    limits.noPriceBelowCost = false;
    limits.maxDiscount = Rate::fromPercent(100);
    limits.creditLimitMinor = 20000;
    limits.openReceivablesMinor = 5000;
    const QList<Breach> credit = Guardrails::check(d, d.price(QStringLiteral("CNY")), limits, costs);
    REQUIRE(credit.size() == 1);
    CHECK(credit.first().kind == Breach::Kind::CreditLimit);
}

TEST_CASE_METHOD(SalesFixture, "A document that breaks a guardrail is confirmed only after a manager approves it",
                 "[sales][guardrails]")
{
    makeUser(db, QStringLiteral("wang.fang"), QStringLiteral("sales"));
    const User manager = makeUser(db, QStringLiteral("li.na"), QStringLiteral("manager"));
    SalesDocumentRepository assistant(db, QStringLiteral("wang.fang"));
    CHECK(Guardrails::limitsFor(db, QStringLiteral("wang.fang"), customer.id).maxDiscount == Rate::fromPercent(10));
    CHECK(Guardrails::limitsFor(db, QStringLiteral("li.na"), customer.id).maxDiscount == Rate::fromPercent(100));

    SalesDocument o = quotation();
    o.kind = SalesDocument::Kind::Order;
    o.validUntil = QDate();
    o.lines[1].discount = Rate::fromPercent(15);
    assistant.save(o);
    REQUIRE(assistant.breaches(o).size() == 1);
    CHECK(errorField([&] { assistant.setStatus(o.id, QStringLiteral("confirmed")); }) == QStringLiteral("approval"));
    CHECK(assistant.load(o.id)->status == QStringLiteral("draft"));

    UserRepository users(db, kActor);
    CHECK_THROWS_AS(assistant.approve(o.id, users.sessionFor(*users.findByLogin(QStringLiteral("wang.fang")))), Error);
    assistant.approve(o.id, users.sessionFor(manager));
    auto approved = assistant.load(o.id);
    CHECK(approved->approvedBy == QStringLiteral("li.na"));
    CHECK_FALSE(approved->approvedAt.isEmpty());

    // A change after the approval voids it.
    approved->notes = QStringLiteral("changed after approval");
    assistant.save(*approved);
    CHECK(assistant.load(o.id)->approvedBy.isEmpty());
    CHECK_THROWS_AS(assistant.setStatus(o.id, QStringLiteral("confirmed")), Error);
    assistant.approve(o.id, users.sessionFor(manager));
    assistant.setStatus(o.id, QStringLiteral("confirmed"));
    CHECK(assistant.load(o.id)->status == QStringLiteral("confirmed"));
}

TEST_CASE_METHOD(SalesFixture, "The orders list filters the orders overdue for delivery", "[sales][lists]")
{
    auto order = [&](const QDate &delivery, bool confirm) {
        SalesDocument o = quotation();
        o.kind = SalesDocument::Kind::Order;
        o.validUntil = QDate();
        o.date = QDate::currentDate().addDays(-40);
        o.deliveryDate = delivery;
        repo.save(o);
        if (confirm)
            repo.setStatus(o.id, QStringLiteral("confirmed"));
        return o.id;
    };
    const qint64 late = order(QDate::currentDate().addDays(-3), true);
    order(QDate::currentDate().addDays(5), true);   // not yet due
    order(QDate::currentDate().addDays(-3), false); // a draft is not overdue
    PagedListModel model(db, documentList(false));
    model.setFilter(QStringLiteral("overdue"), 1);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == late);
    model.setFilter(QStringLiteral("overdue"), 0);
    CHECK(model.rowCount() == 2);
}

TEST_CASE_METHOD(SalesFixture, "Quotations past their validity read as expired, and nothing is written",
                 "[sales][documents][expiry]")
{
    const QDate today = QDate::currentDate();
    auto make = [&](const QDate &validUntil, const QString &status) {
        SalesDocument d = quotation();
        d.date = today.addDays(-40);
        d.validUntil = today.addDays(5);
        repo.save(d);
        if (!status.isEmpty())
            repo.setStatus(d.id, status);
        // The validity passes without anyone touching the quotation.
        db.exec(QStringLiteral("UPDATE sales_document SET valid_until = ? WHERE id = ?"),
                {validUntil.toString(Qt::ISODate), d.id});
        return d.id;
    };
    const qint64 sent = make(today.addDays(-1), QStringLiteral("sent"));
    const qint64 draft = make(today.addDays(-30), QString());
    const qint64 accepted = make(today.addDays(-1), QStringLiteral("accepted"));
    const qint64 lastDay = make(today, QStringLiteral("sent"));
    const qint64 current = make(today.addDays(1), QString());
    const QString changed = db.scalar(QStringLiteral("SELECT max(updated_at) FROM sales_document")).toString();

    CHECK(repo.load(sent)->status == QStringLiteral("expired"));
    CHECK(repo.load(draft)->status == QStringLiteral("expired"));
    CHECK_FALSE(repo.load(draft)->isEditable());
    CHECK(repo.load(accepted)->status == QStringLiteral("accepted"));
    CHECK(repo.load(lastDay)->status == QStringLiteral("sent")); // valid through its last day
    CHECK(repo.load(current)->status == QStringLiteral("draft"));
    CHECK_THROWS_AS(repo.setStatus(sent, QStringLiteral("accepted")), Error);

    PagedListModel model(db, documentList(true));
    model.setFilter(QStringLiteral("status"), QStringLiteral("expired"));
    REQUIRE(model.rowCount() == 2);
    QList<qint64> expired{model.idAt(0), model.idAt(1)};
    std::sort(expired.begin(), expired.end());
    CHECK(expired == QList<qint64>{sent, draft});
    model.setFilter(QStringLiteral("status"), QStringLiteral("sent"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == lastDay);

    // Reading changed nothing: the stored statuses are as they were saved.
    CHECK(db.scalar(QStringLiteral("SELECT status FROM sales_document WHERE id = ?"), {sent}).toString() ==
          QStringLiteral("sent"));
    CHECK(db.scalar(QStringLiteral("SELECT max(updated_at) FROM sales_document")).toString() == changed);
}

TEST_CASE_METHOD(SalesFixture, "A confirmed order is amended: cancelled with the reason, replaced by a draft revision",
                 "[sales][documents][amend]")
{
    SalesDocument o = quotation();
    o.kind = SalesDocument::Kind::Order;
    o.validUntil = QDate();
    repo.save(o);
    CHECK_THROWS_AS(repo.amend(o.id), Error); // a draft is changed, not amended
    repo.setStatus(o.id, QStringLiteral("confirmed"));
    const qint64 revision = repo.amend(o.id);
    const auto old = repo.load(o.id);
    const auto now = repo.load(revision);
    REQUIRE((old && now));
    CHECK(old->status == QStringLiteral("cancelled"));
    CHECK(old->statusReason.contains(now->number));
    CHECK(now->number == o.number + QStringLiteral("-R1"));
    CHECK(now->status == QStringLiteral("draft"));
    CHECK(now->revisionOfId == o.id);
    CHECK(now->lines.size() == o.lines.size());
    CHECK(now->lines.first().id != o.lines.first().id);
    // The revision is confirmed and amended in turn: R2 follows R1.
    repo.setStatus(revision, QStringLiteral("confirmed"));
    CHECK(repo.numberOf(repo.amend(revision)) == o.number + QStringLiteral("-R2"));
    // A quotation is revised, not amended.
    SalesDocument q = quotation();
    repo.save(q);
    CHECK_THROWS_AS(repo.amend(q.id), Error);
}

TEST_CASE_METHOD(SalesFixture, "Document lists filter by month", "[sales][lists]")
{
    SalesDocument a = quotation();
    repo.save(a);
    SalesDocument b = quotation();
    b.date = QDate(2026, 10, 15);
    b.validUntil = QDate(2026, 11, 15);
    repo.save(b);
    PagedListModel model(db, documentList(true));
    const ListSpec &spec = model.spec();
    const auto month = std::find_if(spec.filters.cbegin(), spec.filters.cend(),
                                    [](const ListFilter &f) { return f.key == QLatin1String("month"); });
    REQUIRE(month != spec.filters.cend());
    const auto options = spec.filterOptions(db, *month);
    REQUIRE(options.size() == 2);
    CHECK(options.first().second.toString() == QStringLiteral("2026-11")); // newest first
    model.setFilter(QStringLiteral("month"), QStringLiteral("2026-10"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == b.id);
}
