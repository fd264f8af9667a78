#include "testdb.h"

#include "search/duplicatefinder.h"

using namespace Crm;
using namespace Crm::Test;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct DuplicateFixture : DbFixture
{
    Party huawei = makeCustomer(db, u("上海华为技术有限公司"), [](Party &p) {
        p.taxId = QStringLiteral("91310000MA1FL4XQ3X");
        p.email = QStringLiteral("info@huawei.example");
        p.phone = QStringLiteral("021-5566 7788");
    });
    Party acme = makeCustomer(db, QStringLiteral("Acme Inc."), [](Party &p) {
        p.contacts << makeContact(QStringLiteral("John Smith"), QStringLiteral("+86 138-0013-8000"),
                                  QStringLiteral("John@Acme.example"));
    });
    Party other = makeCustomer(db, QStringLiteral("Unrelated Ltd"));

    QList<DuplicateCandidate> find(const Party &p) const { return DuplicateFinder(db).find(p); }
};
} // namespace

TEST_CASE_METHOD(DuplicateFixture, "Same normalised name is an exact-name duplicate", "[core][duplicates]")
{
    Party p;
    p.name = u("上海华为技术 有限公司");
    const auto found = find(p);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == huawei.id);
    CHECK(found.first().code == huawei.code);
    CHECK(found.first().name == huawei.name);
    CHECK(found.first().exactName);
    CHECK_FALSE(found.first().reason.isEmpty());

    Party latin;
    latin.name = QStringLiteral("ACME, INC");
    const auto acmeFound = find(latin);
    REQUIRE(acmeFound.size() == 1);
    CHECK(acmeFound.first().id == acme.id);
    CHECK(acmeFound.first().exactName);

    Party different;
    different.name = u("上海华为科技有限公司");
    CHECK(find(different).isEmpty());
}

TEST_CASE_METHOD(DuplicateFixture, "Phone, e-mail and tax id duplicates are not exact-name", "[core][duplicates]")
{
    SECTION("a contact's mobile, written differently")
    {
        Party p;
        p.name = QStringLiteral("Someone New");
        p.mobile = QStringLiteral("13800138000");
        const auto found = find(p);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == acme.id);
        CHECK_FALSE(found.first().exactName);
    }
    SECTION("a new contact's phone matches an existing contact")
    {
        Party p;
        p.name = QStringLiteral("Someone New");
        p.contacts << makeContact(QStringLiteral("J. Smith"), QStringLiteral("0086 138 0013 8000"));
        const auto found = find(p);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == acme.id);
        CHECK_FALSE(found.first().exactName);
    }
    SECTION("the party's own phone")
    {
        Party p;
        p.name = QStringLiteral("Someone New");
        p.phone = QStringLiteral("(021) 55667788");
        const auto found = find(p);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == huawei.id);
        CHECK_FALSE(found.first().exactName);
    }
    SECTION("e-mail of the party and of a contact, in any case")
    {
        Party p;
        p.name = QStringLiteral("Someone New");
        p.email = QStringLiteral("  INFO@huawei.example ");
        auto found = find(p);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == huawei.id);
        CHECK_FALSE(found.first().exactName);

        Party q;
        q.name = QStringLiteral("Someone Else");
        q.email = QStringLiteral("john@acme.EXAMPLE");
        found = find(q);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == acme.id);
        CHECK_FALSE(found.first().exactName);
    }
    SECTION("tax id, written with separators")
    {
        Party p;
        p.name = QStringLiteral("Someone New");
        p.taxId = QStringLiteral("91310000-ma1fl4xq3x");
        const auto found = find(p);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == huawei.id);
        CHECK_FALSE(found.first().exactName);
    }
    SECTION("several reasons make one candidate")
    {
        Party p;
        p.name = u("上海华为技术有限公司");
        p.taxId = huawei.taxId;
        p.email = huawei.email;
        const auto found = find(p);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == huawei.id);
        CHECK(found.first().exactName);
        CHECK(found.first().reason.count(QLatin1Char(',')) == 2);
    }
    SECTION("nothing in common")
    {
        Party p;
        p.name = QStringLiteral("Brand New Co");
        p.phone = QStringLiteral("12"); // too short to compare
        p.email = QStringLiteral("a@b.example");
        CHECK(find(p).isEmpty());
    }
}

TEST_CASE_METHOD(DuplicateFixture, "A party is not its own duplicate", "[core][duplicates]")
{
    CHECK(find(huawei).isEmpty());
    CHECK(find(*PartyRepository(db, kActor).load(acme.id)).isEmpty());
}

TEST_CASE_METHOD(DuplicateFixture, "The candidate list is limited", "[core][duplicates]")
{
    for (int i = 0; i < 5; ++i)
        makeCustomer(db, QStringLiteral("Acme Inc"), [i](Party &p) { p.code = QStringLiteral("DUP-%1").arg(i); });
    Party p;
    p.name = QStringLiteral("ACME INC.");
    CHECK(DuplicateFinder(db).find(p, 3).size() == 3);
    CHECK(DuplicateFinder(db).find(p).size() == 6);
}
