#include "testdb.h"

#include "db/error.h"
#include "model/numbering.h"
#include "model/settings.h"

using namespace Crm;
using namespace Crm::Test;

TEST_CASE_METHOD(DbFixture, "Numbering hands out sequential numbers", "[core][numbering]")
{
    Numbering n(db);
    n.define(QStringLiteral("test.quote"), QStringLiteral("QT"));
    CHECK(n.peek(QStringLiteral("test.quote")) == QStringLiteral("QT-A-000001"));
    CHECK(n.peek(QStringLiteral("test.quote")) == QStringLiteral("QT-A-000001")); // peek takes nothing
    CHECK(n.next(QStringLiteral("test.quote")) == QStringLiteral("QT-A-000001"));
    CHECK(n.next(QStringLiteral("test.quote")) == QStringLiteral("QT-A-000002"));
    CHECK(n.next(QStringLiteral("test.quote")) == QStringLiteral("QT-A-000003"));

    // Defining again does not reset the counter.
    n.define(QStringLiteral("test.quote"), QStringLiteral("XX"), 3);
    CHECK(n.next(QStringLiteral("test.quote")) == QStringLiteral("QT-A-000004"));

    n.define(QStringLiteral("test.ticket"), QStringLiteral("TK"), 4);
    CHECK(n.next(QStringLiteral("test.ticket")) == QStringLiteral("TK-A-0001"));

    Settings(db).setValue(QStringLiteral("numbering.prefix"), QStringLiteral("B2"));
    CHECK(n.next(QStringLiteral("test.quote")) == QStringLiteral("QT-B2-000005"));

    CHECK_THROWS_AS(n.next(QStringLiteral("test.unknown")), Error);
    CHECK_THROWS_AS(n.peek(QStringLiteral("test.unknown")), Error);
}

TEST_CASE_METHOD(DbFixture, "A number taken in a rolled-back transaction is reused", "[core][numbering]")
{
    Numbering n(db);
    CHECK(n.next(QStringLiteral("core.customer")) == QStringLiteral("CU-A-000001"));
    {
        WriteTransaction tx(db);
        CHECK(n.next(QStringLiteral("core.customer")) == QStringLiteral("CU-A-000002"));
        CHECK(n.next(QStringLiteral("core.customer")) == QStringLiteral("CU-A-000003"));
    }
    CHECK(n.next(QStringLiteral("core.customer")) == QStringLiteral("CU-A-000002"));

    SECTION("through a save that fails after the number was taken")
    {
        PartyRepository repo(db, kActor);
        Party blocker =
            makeCustomer(db, QStringLiteral("Blocker"), [](Party &p) { p.code = QStringLiteral("CU-A-000003"); });
        Party p;
        p.name = QStringLiteral("Unlucky");
        p.isCustomer = true;
        // The next number clashes with the hand-entered code: the save fails and
        // the counter does not move.
        CHECK_THROWS_AS(repo.save(p), Error);
        CHECK(Numbering(db).peek(QStringLiteral("core.customer")) == QStringLiteral("CU-A-000003"));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 1);
    }
    SECTION("through a document saved inside an outer transaction that rolls back")
    {
        {
            WriteTransaction outer(db);
            const Party saved = makeCustomer(db, QStringLiteral("Rolled back"));
            CHECK(saved.code == QStringLiteral("CU-A-000003"));
        }
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 0);
        CHECK(makeCustomer(db, QStringLiteral("Kept")).code == QStringLiteral("CU-A-000003"));
    }
}

TEST_CASE_METHOD(DbFixture, "Settings store company-wide values", "[core][settings]")
{
    Settings s(db);
    CHECK(s.value(QStringLiteral("x.missing"), QStringLiteral("fallback")) == QStringLiteral("fallback"));
    CHECK(s.baseCurrency() == QStringLiteral("CNY"));
    CHECK(s.numberPrefix() == QStringLiteral("A"));
    CHECK_FALSE(s.isInitialized());
    s.setValue(QStringLiteral("company.name"), QStringLiteral("Acme"));
    s.setValue(QStringLiteral("company.name"), QStringLiteral("Acme 2"));
    CHECK(s.companyName() == QStringLiteral("Acme 2"));
    s.setValue(QStringLiteral("empty"), QString());
    CHECK(s.value(QStringLiteral("empty"), QStringLiteral("fallback")).isEmpty());
}

TEST_CASE_METHOD(DbFixture, "The demo's codes have the numbering's format, as a customer saved later does",
                 "[core][numbering][demo]")
{
    initializeCompany(db);
    const NumberFormat customers = Numbering(db).format(QStringLiteral("core.customer"));
    CHECK(customers(1581) == QStringLiteral("CU-A-001581"));
    CHECK(customers(1000000) == QStringLiteral("CU-A-1000000")); // wider only when it must be
    db.exec(QStringLiteral("UPDATE core_numbering SET next_value = 2001 WHERE doc_type = 'core.customer'"));
    CHECK(makeCustomer(db, QStringLiteral("Saved later")).code == customers(2001));
}
