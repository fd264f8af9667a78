#include "testdb.h"

#include "auth/passwordhash.h"
#include "auth/userrepository.h"
#include "db/error.h"
#include "model/settings.h"

using namespace Crm;
using namespace Crm::Test;

namespace {
SetupAnswers answers()
{
    SetupAnswers a;
    a.companyName = QStringLiteral("Test Company");
    a.adminPassword = kAdminPassword;
    return a;
}
} // namespace

TEST_CASE_METHOD(DbFixture, "Setup writes the company, roles, administrator and reference data", "[core][setup][auth]")
{
    SetupAnswers a = answers();
    a.baseCurrency = QStringLiteral("JPY");
    a.numberPrefix = QStringLiteral("T1");
    a.adminName = QStringLiteral("Ada Admin");
    Setup::initialize(db, a);

    Settings s(db);
    CHECK(s.isInitialized());
    CHECK(s.companyName() == QStringLiteral("Test Company"));
    CHECK(s.baseCurrency() == QStringLiteral("JPY"));
    CHECK(s.numberPrefix() == QStringLiteral("T1"));
    CHECK(s.singleUserLogin().isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT decimals FROM core_currency WHERE code = 'JPY'")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_unit WHERE code IN ('PCS', 'BOX', 'KG')")).toInt() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT days FROM core_payment_terms WHERE code = 'NET30'")).toInt() == 30);

    UserRepository users(db, kActor);
    const auto admin = users.findByLogin(QStringLiteral("admin"));
    REQUIRE(admin);
    CHECK(admin->name == QStringLiteral("Ada Admin"));
    CHECK(admin->active);
    const QString hash =
        db.scalar(QStringLiteral("SELECT password_hash FROM core_user WHERE login = 'admin'")).toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(kAdminPassword));

    const QList<Role> roles = users.roles();
    QStringList codes;
    for (const Role &r : roles)
        codes << r.code;
    CHECK(codes == QStringList{QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("sales"),
                               QStringLiteral("buyer"), QStringLiteral("warehouse"), QStringLiteral("finance")});
    CHECK(users.roleByCode(QStringLiteral("admin"))->permissions == QStringList{QStringLiteral("*")});
    const Role sales = *users.roleByCode(QStringLiteral("sales"));
    CHECK(sales.permissions.contains(QStringLiteral("sales.customers.edit")));
    CHECK_FALSE(sales.permissions.contains(QStringLiteral("sales.customers.delete")));
    for (const Role &r : roles) {
        INFO(r.code.toStdString());
        CHECK_FALSE(r.name.isEmpty());
        CHECK_FALSE(r.permissions.isEmpty());
    }
    CHECK(admin->roleId == users.roleByCode(QStringLiteral("admin"))->id);
    CHECK(db.foreignKeyCheck().isEmpty());

    SECTION("a second set-up is refused and changes nothing")
    {
        SetupAnswers again = answers();
        again.companyName = QStringLiteral("Other");
        CHECK_THROWS_AS(Setup::initialize(db, again), Error);
        CHECK(s.companyName() == QStringLiteral("Test Company"));
    }
}

TEST_CASE("Setup validates its answers", "[core][setup]")
{
    SetupAnswers a = answers();
    CHECK_NOTHROW(Setup::validate(a));
    a.companyName = QStringLiteral(" ");
    CHECK(errorField([&] { Setup::validate(a); }) == QStringLiteral("company"));
    a = answers();
    a.baseCurrency = QStringLiteral("cny");
    CHECK(errorField([&] { Setup::validate(a); }) == QStringLiteral("currency"));
    a = answers();
    a.numberPrefix = QStringLiteral("TOOLONG");
    CHECK(errorField([&] { Setup::validate(a); }) == QStringLiteral("prefix"));
    a.numberPrefix = QStringLiteral("a");
    CHECK(errorField([&] { Setup::validate(a); }) == QStringLiteral("prefix"));
    a = answers();
    a.adminPassword = QStringLiteral("12345");
    CHECK(errorField([&] { Setup::validate(a); }) == QStringLiteral("password"));

    DbFixture f;
    CHECK_THROWS_AS(Setup::initialize(f.db, a), Error);
    CHECK_FALSE(Settings(f.db).isInitialized());
    CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM core_user")).toInt() == 0);
}

TEST_CASE_METHOD(DbFixture, "Logging in", "[core][auth]")
{
    initializeCompany(db);
    UserRepository users(db, QStringLiteral("admin"));

    const auto session = users.authenticate(QStringLiteral("admin"), kAdminPassword);
    REQUIRE(session);
    CHECK(session->isValid());
    CHECK(session->login() == QStringLiteral("admin"));
    CHECK(session->can(QStringLiteral("anything.at.all")));
    CHECK(session->can(Permissions::ManageUsers));
    CHECK(users.authenticate(QStringLiteral(" admin "), kAdminPassword).has_value());

    CHECK_FALSE(users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password")).has_value());
    CHECK_FALSE(users.authenticate(QStringLiteral("admin"), kAdminPassword.toUpper()).has_value());
    CHECK_FALSE(users.authenticate(QStringLiteral("admin"), QString()).has_value());
    CHECK_FALSE(users.authenticate(QStringLiteral("nobody"), kAdminPassword).has_value());

    SECTION("a sales assistant can do what the role allows")
    {
        User u;
        u.login = QStringLiteral("sara");
        u.name = QStringLiteral("Sara Sales");
        u.roleId = users.roleByCode(QStringLiteral("sales"))->id;
        users.save(u, QStringLiteral("sara-pass"));
        REQUIRE(u.id > 0);
        const auto s = users.authenticate(QStringLiteral("sara"), QStringLiteral("sara-pass"));
        REQUIRE(s);
        CHECK(s->user().id == u.id);
        CHECK(s->can(QStringLiteral("sales.customers.view")));
        CHECK(s->can(QStringLiteral("sales.customers.edit")));
        CHECK_FALSE(s->can(QStringLiteral("sales.customers.delete")));
        CHECK_FALSE(s->can(Permissions::ManageUsers));
        CHECK(s->can(QString())); // an action that needs no permission

        SECTION("an inactive user cannot log in")
        {
            u.active = false;
            users.save(u);
            CHECK_FALSE(users.authenticate(QStringLiteral("sara"), QStringLiteral("sara-pass")).has_value());
            CHECK_FALSE(users.load(u.id)->active);
            u.active = true;
            users.save(u);
            CHECK(users.authenticate(QStringLiteral("sara"), QStringLiteral("sara-pass")).has_value());
        }
        SECTION("a new password replaces the old one")
        {
            users.setPassword(u.id, QStringLiteral("new-pass-1"));
            CHECK_FALSE(users.authenticate(QStringLiteral("sara"), QStringLiteral("sara-pass")).has_value());
            CHECK(users.authenticate(QStringLiteral("sara"), QStringLiteral("new-pass-1")).has_value());
            users.save(u, QStringLiteral("new-pass-2"));
            CHECK(users.authenticate(QStringLiteral("sara"), QStringLiteral("new-pass-2")).has_value());
            CHECK(errorField([&] { users.setPassword(u.id, QStringLiteral("short")); }) == QStringLiteral("password"));
        }
    }
    SECTION("user validation names the field")
    {
        const qint64 role = users.roleByCode(QStringLiteral("buyer"))->id;
        User u;
        u.login = QStringLiteral("bad login!");
        u.name = QStringLiteral("X");
        u.roleId = role;
        CHECK(errorField([&] { users.save(u, QStringLiteral("secret1")); }) == QStringLiteral("login"));
        u.login = QStringLiteral("admin");
        CHECK(errorField([&] { users.save(u, QStringLiteral("secret1")); }) == QStringLiteral("login")); // taken
        u.login = QStringLiteral("bert");
        CHECK(errorField([&] { users.save(u); }) == QStringLiteral("password"));
        CHECK(errorField([&] { users.save(u, QStringLiteral("12345")); }) == QStringLiteral("password"));
        u.roleId = 0;
        CHECK(errorField([&] { users.save(u, QStringLiteral("secret1")); }) == QStringLiteral("role"));
        u.roleId = role;
        u.name = QStringLiteral(" ");
        CHECK(errorField([&] { users.save(u, QStringLiteral("secret1")); }) == QStringLiteral("name"));
        CHECK(users.users().size() == 1);
    }
}

TEST_CASE("PasswordHash verifies only the right password", "[core][auth]")
{
    const QString h = PasswordHash::hash(QStringLiteral("correct horse 電池"));
    CHECK(h.startsWith(QStringLiteral("$argon2id$")));
    CHECK(PasswordHash::verify(h, QStringLiteral("correct horse 電池")));
    CHECK_FALSE(PasswordHash::verify(h, QStringLiteral("correct horse")));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
    CHECK(PasswordHash::hash(QStringLiteral("same")) != PasswordHash::hash(QStringLiteral("same"))); // salted
}
