#include "testdb.h"

#include "db/error.h"

#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Test;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Party fullParty(const Database &db)
{
    Party p;
    p.code = QStringLiteral("VIP-001");
    p.name = u("上海华为技术有限公司");
    p.shortName = u("华为");
    p.isCustomer = true;
    p.isSupplier = true;
    p.partyType = QStringLiteral("company");
    p.industry = QStringLiteral("Telecom");
    p.region = QStringLiteral("East");
    p.country = QStringLiteral("CN");
    p.city = u("上海");
    p.address = u("浦东新区 1 号");
    p.postalCode = QStringLiteral("200120");
    p.shippingAddress = u("仓库 2");
    p.phone = QStringLiteral("021-5566 7788");
    p.mobile = QStringLiteral("13800138000");
    p.fax = QStringLiteral("021-5566 7789");
    p.email = QStringLiteral("info@huawei.example");
    p.website = QStringLiteral("https://huawei.example");
    p.taxId = QStringLiteral("91310000MA1FL4XQ3X");
    p.level = QStringLiteral("A");
    p.source = QStringLiteral("fair");
    p.ownerId = db.scalar(QStringLiteral("SELECT id FROM core_user WHERE login = 'admin'")).toLongLong();
    p.status = QStringLiteral("customer");
    p.creditLimitMinor = 5000000;
    p.paymentTermsId = db.scalar(QStringLiteral("SELECT id FROM core_payment_terms WHERE code = 'NET30'")).toLongLong();
    p.currency = QStringLiteral("CNY");
    p.notes = QStringLiteral("line 1\nline 2");
    p.tags = QStringLiteral("key,telecom");
    Contact a = makeContact(u("张伟"), QStringLiteral("13900000001"), QStringLiteral("zw@huawei.example"));
    a.title = u("经理");
    a.department = u("采购部");
    a.phone = QStringLiteral("021-1");
    a.notes = QStringLiteral("prefers mornings");
    Contact b = makeContact(u("李娜"), QStringLiteral("13900000002"));
    b.isPrimary = true;
    p.contacts << a << b;
    return p;
}

void checkSameContact(const Contact &x, const Contact &y)
{
    CHECK(x.id == y.id);
    CHECK(x.uuid == y.uuid);
    CHECK(x.name == y.name);
    CHECK(x.title == y.title);
    CHECK(x.department == y.department);
    CHECK(x.phone == y.phone);
    CHECK(x.mobile == y.mobile);
    CHECK(x.email == y.email);
    CHECK(x.isPrimary == y.isPrimary);
    CHECK(x.notes == y.notes);
}
} // namespace

TEST_CASE_METHOD(DbFixture, "PartyRepository saves and loads every field", "[core][party][repository]")
{
    initializeCompany(db);
    PartyRepository repo(db, QStringLiteral("alice"));
    Party p = fullParty(db);
    REQUIRE(p.ownerId > 0);
    REQUIRE(p.paymentTermsId > 0);
    repo.save(p);
    REQUIRE(p.id > 0);
    CHECK(p.uuid.size() == 36);
    CHECK(p.code == QStringLiteral("VIP-001"));
    CHECK_FALSE(p.createdAt.isEmpty());
    CHECK(p.updatedBy == QStringLiteral("alice"));

    const auto loaded = repo.load(p.id);
    REQUIRE(loaded);
    const Party &l = *loaded;
    CHECK(l.id == p.id);
    CHECK(l.uuid == p.uuid);
    CHECK(l.code == p.code);
    CHECK(l.name == p.name);
    CHECK(l.shortName == p.shortName);
    CHECK(l.isCustomer);
    CHECK(l.isSupplier);
    CHECK(l.partyType == p.partyType);
    CHECK(l.industry == p.industry);
    CHECK(l.region == p.region);
    CHECK(l.country == p.country);
    CHECK(l.city == p.city);
    CHECK(l.address == p.address);
    CHECK(l.postalCode == p.postalCode);
    CHECK(l.shippingAddress == p.shippingAddress);
    CHECK(l.phone == p.phone);
    CHECK(l.mobile == p.mobile);
    CHECK(l.fax == p.fax);
    CHECK(l.email == p.email);
    CHECK(l.website == p.website);
    CHECK(l.taxId == p.taxId);
    CHECK(l.level == p.level);
    CHECK(l.source == p.source);
    CHECK(l.ownerId == p.ownerId);
    CHECK(l.status == p.status);
    CHECK(l.creditLimitMinor == p.creditLimitMinor);
    CHECK(l.paymentTermsId == p.paymentTermsId);
    CHECK(l.currency == p.currency);
    CHECK(l.notes == p.notes);
    CHECK(l.tags == p.tags);
    CHECK(l.createdAt == p.createdAt);
    CHECK(l.updatedAt == p.updatedAt);
    CHECK(l.updatedBy == QStringLiteral("alice"));

    // The primary contact comes first.
    REQUIRE(l.contacts.size() == 2);
    checkSameContact(l.contacts.at(0), p.contacts.at(1));
    checkSameContact(l.contacts.at(1), p.contacts.at(0));
    CHECK(l.contacts.at(0).isPrimary);
    CHECK_FALSE(l.contacts.at(1).isPrimary);

    CHECK(repo.findByCode(QStringLiteral("VIP-001"))->id == p.id);
    CHECK_FALSE(repo.findByCode(QStringLiteral("nope")).has_value());
    CHECK_FALSE(repo.load(p.id + 1000).has_value());

    // Keys for duplicates are stored normalised.
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT name_key, phone_key, email_key, tax_key FROM core_party WHERE id = ?"), {p.id});
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u("上海华为技术"));
    CHECK(q.value(1).toString() == QStringLiteral("02155667788"));
    CHECK(q.value(2).toString() == QStringLiteral("info@huawei.example"));
    CHECK(q.value(3).toString() == QStringLiteral("91310000MA1FL4XQ3X"));
    CHECK(db.foreignKeyCheck().isEmpty());
}

TEST_CASE_METHOD(DbFixture, "Saving again updates fields and contacts", "[core][party][repository]")
{
    PartyRepository repo(db, kActor);
    Party p = makeCustomer(db, QStringLiteral("Acme Inc."), [](Party &x) {
        x.contacts << makeContact(QStringLiteral("John")) << makeContact(QStringLiteral("Mary"));
    });
    const qint64 id = p.id;
    const QString uuid = p.uuid;
    const QString code = p.code;
    const qint64 johnId = p.contacts.at(0).id;
    REQUIRE(johnId > 0);

    p.name = QStringLiteral("  Acme Incorporated  ");
    p.ownerId = 0;
    p.status = QStringLiteral("dormant");
    p.contacts.removeAt(1);                      // Mary goes
    p.contacts[0].title = QStringLiteral("CEO"); // John stays, edited
    p.contacts << makeContact(QStringLiteral("Zoe"));
    repo.save(p);
    CHECK(p.id == id);
    CHECK(p.uuid == uuid);
    CHECK(p.code == code);

    const Party l = *repo.load(id);
    CHECK(l.name == QStringLiteral("Acme Incorporated"));
    CHECK(l.status == QStringLiteral("dormant"));
    CHECK(l.ownerId == 0);
    REQUIRE(l.contacts.size() == 2);
    CHECK(l.contacts.at(0).id == johnId);
    CHECK(l.contacts.at(0).title == QStringLiteral("CEO"));
    CHECK(l.contacts.at(0).isPrimary);
    CHECK(l.contacts.at(1).name == QStringLiteral("Zoe"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_contact WHERE party_id = ?"), {id}).toInt() == 2);

    p.contacts.clear();
    repo.save(p);
    CHECK(repo.load(id)->contacts.isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_contact")).toInt() == 0);
}

TEST_CASE_METHOD(DbFixture, "Exactly one primary contact", "[core][party][repository]")
{
    PartyRepository repo(db, kActor);
    SECTION("with no primary the first becomes primary")
    {
        Party p = makeCustomer(db, QStringLiteral("No Primary"), [](Party &x) {
            x.contacts << makeContact(QStringLiteral("First")) << makeContact(QStringLiteral("Second"));
        });
        CHECK(p.contacts.at(0).isPrimary);
        const Party l = *repo.load(p.id);
        REQUIRE(l.contacts.size() == 2);
        CHECK(l.contacts.at(0).name == QStringLiteral("First"));
        CHECK(l.contacts.at(0).isPrimary);
        CHECK_FALSE(l.contacts.at(1).isPrimary);
    }
    SECTION("two primaries are refused and nothing is saved")
    {
        Party p;
        p.name = QStringLiteral("Two Primaries");
        p.isCustomer = true;
        p.contacts << makeContact(QStringLiteral("A")) << makeContact(QStringLiteral("B"));
        p.contacts[0].isPrimary = true;
        p.contacts[1].isPrimary = true;
        CHECK(errorField([&] { repo.save(p); }) == QStringLiteral("contacts"));
        CHECK(p.id == 0);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 0);
    }
}

TEST_CASE_METHOD(DbFixture, "Validation errors name the field", "[core][party][repository]")
{
    PartyRepository repo(db, kActor);
    Party p;
    p.name = QStringLiteral("Valid Name");
    p.isCustomer = true;
    CHECK_NOTHROW(PartyRepository::validate(p));

    Party bad = p;
    bad.name = QStringLiteral("   ");
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("name"));
    bad = p;
    bad.email = QStringLiteral("not-an-email");
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("email"));
    bad.email = QStringLiteral("two@@example.com");
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("email"));
    bad = p;
    bad.isCustomer = false;
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("is_customer"));
    bad = p;
    bad.status = QStringLiteral("vip");
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("status"));
    bad = p;
    bad.creditLimitMinor = -1;
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("credit_limit"));
    bad = p;
    bad.contacts << makeContact(QStringLiteral(" "));
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("contacts"));
    bad = p;
    bad.contacts << makeContact(QStringLiteral("Bob"), {}, QStringLiteral("bob at example"));
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("contacts"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 0);

    try {
        bad = p;
        bad.email = QStringLiteral("not-an-email");
        repo.save(bad);
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("not-an-email")));
    }

    Party first = makeCustomer(db, QStringLiteral("Holder"), [](Party &x) { x.code = QStringLiteral("C-1"); });
    Party clash = p;
    clash.code = QStringLiteral(" C-1 ");
    CHECK(errorField([&] { repo.save(clash); }) == QStringLiteral("code"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 1);
    CHECK_NOTHROW(repo.save(first)); // its own code is no clash
}

TEST_CASE_METHOD(DbFixture, "Codes are numbered per role with the installation prefix", "[core][party][numbering]")
{
    initializeCompany(db, QStringLiteral("HZ"));
    const Party c1 = makeCustomer(db, QStringLiteral("First Customer"));
    const Party c2 = makeCustomer(db, QStringLiteral("Second Customer"));
    const Party s1 = makeSupplier(db, QStringLiteral("First Supplier"));
    const Product p1 = makeProduct(db);
    CHECK(c1.code == QStringLiteral("CU-HZ-000001"));
    CHECK(c2.code == QStringLiteral("CU-HZ-000002"));
    CHECK(s1.code == QStringLiteral("SU-HZ-000001"));
    CHECK(p1.code == QStringLiteral("P-HZ-000001"));
    // A party that is both is numbered as a customer.
    const Party both = makeCustomer(db, QStringLiteral("Both"), [](Party &p) { p.isSupplier = true; });
    CHECK(both.code == QStringLiteral("CU-HZ-000003"));
}

TEST_CASE_METHOD(DbFixture, "Without set-up the default prefix is A", "[core][party][numbering]")
{
    CHECK(makeCustomer(db, QStringLiteral("Acme")).code == QStringLiteral("CU-A-000001"));
}

TEST_CASE_METHOD(DbFixture, "A referenced party cannot be removed", "[core][party][repository]")
{
    PartyRepository repo(db, kActor);
    Party p = makeCustomer(db, QStringLiteral("Referenced Co"),
                           [](Party &x) { x.contacts << makeContact(QStringLiteral("Someone")); });
    // Stands for another module's document pointing at the party.
    db.exec(QStringLiteral("CREATE TABLE test_document (id INTEGER PRIMARY KEY, "
                           "party_id INTEGER NOT NULL REFERENCES core_party(id))"));
    db.exec(QStringLiteral("INSERT INTO test_document(party_id) VALUES (?)"), {p.id});
    db.exec(QStringLiteral("INSERT INTO test_document(party_id) VALUES (?)"), {p.id});

    try {
        repo.remove(p.id);
        FAIL("a referenced party was removed");
    } catch (const Error &e) {
        CHECK(e.message().contains(p.code));
        CHECK(e.message().contains(QStringLiteral("test_document")));
        CHECK(e.message().contains(QStringLiteral("2")));
    }
    CHECK(repo.load(p.id).has_value());
    CHECK(repo.load(p.id)->contacts.size() == 1);

    db.exec(QStringLiteral("DELETE FROM test_document"));
    CHECK_NOTHROW(repo.remove(p.id));
    CHECK_FALSE(repo.load(p.id).has_value());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_contact")).toInt() == 0); // cascaded
    CHECK_THROWS_AS(repo.remove(p.id), Error);                                          // already gone
    CHECK(db.foreignKeyCheck().isEmpty());
}

TEST_CASE_METHOD(DbFixture, "Removing a party that is not referenced", "[core][party][repository]")
{
    PartyRepository repo(db, kActor);
    const Party keep = makeCustomer(db, QStringLiteral("Keep"));
    const Party drop = makeCustomer(db, QStringLiteral("Drop"));
    // A cascading reference does not block.
    db.exec(QStringLiteral("CREATE TABLE test_note (id INTEGER PRIMARY KEY, "
                           "party_id INTEGER NOT NULL REFERENCES core_party(id) ON DELETE CASCADE)"));
    db.exec(QStringLiteral("INSERT INTO test_note(party_id) VALUES (?)"), {drop.id});
    repo.remove(drop.id);
    CHECK_FALSE(repo.load(drop.id).has_value());
    CHECK(repo.load(keep.id).has_value());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM test_note")).toInt() == 0);
}

TEST_CASE_METHOD(DbFixture, "Saving a party deleted meanwhile fails clearly", "[core][party][repository]")
{
    PartyRepository repo(db, kActor);
    Party p = makeCustomer(db, QStringLiteral("Ghost"));
    db.exec(QStringLiteral("DELETE FROM core_party WHERE id = ?"), {p.id});
    p.name = QStringLiteral("Ghost 2");
    CHECK_THROWS_AS(repo.save(p), Error);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 0);
}

TEST_CASE("An e-mail address is something, one @, and a domain with a dot inside it", "[core][party]")
{
    for (const char *good : {"", "a@b.c", "info@huawei.example", " buyer@c1.import.example ", "张伟@例子.中国",
                             "a.b+c@sub.example.co", "x@.b.c"})
        CHECK(PartyRepository::isValidEmail(QString::fromUtf8(good)));
    for (const char *bad : {" ", "not-an-email", "@example.com", "a@", "a@b", "a@.com", "a@com.", "a@b.",
                            "two@@example.com", "a@b@c.d", "a b@c.d", "a@c .d", "a\t@c.d", "a@c.d\u3000e"})
        CHECK_FALSE(PartyRepository::isValidEmail(QString::fromUtf8(bad)));
}
