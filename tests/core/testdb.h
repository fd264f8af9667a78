#pragma once

// Shared fixture of the test executables (tests/core, tests/<module>): a migrated
// database and builders of saved master data. Link `crm_test_support` to use it.

#include "catchqt.h"

#include "db/database.h"
#include "db/error.h"
#include "db/migrationset.h"
#include "model/party.h"
#include "model/partyrepository.h"
#include "model/product.h"
#include "model/productrepository.h"
#include "model/setup.h"

#include <QAtomicInt>
#include <functional>

namespace Crm::Test {

// The field named by the Crm::Error that `f` throws, or "(no error)".
template <typename F> QString errorField(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.field();
    }
    return QStringLiteral("(no error)");
}

// The login recorded as updated_by by the builders.
inline const QString kActor = QStringLiteral("test");
inline const QString kAdminPassword = QStringLiteral("admin-secret");

// The migrations embedded under :/migrations/<id>/ of each module, in the order
// given (dependencies first).
inline MigrationSet migrations(const QStringList &modules = {QStringLiteral("core")})
{
    MigrationSet set;
    for (const QString &m : modules)
        set.addFromResources(m);
    return set;
}

// A database with the migrations of `modules` applied: in memory (every instance
// is a separate, empty database) unless a file path is given.
class TestDatabase
{
public:
    explicit TestDatabase(const QStringList &modules = {QStringLiteral("core")},
                          const QString &path = QStringLiteral(":memory:"))
        : m_db(path, Database::Mode::Create)
    {
        m_db.migrate(migrations(modules));
    }
    const Database &db() const { return m_db; }
    operator const Database &() const { return m_db; }

private:
    Database m_db;
};

// Base of TEST_CASE_METHOD: `db` is a fresh in-memory database with core's schema.
struct DbFixture
{
    TestDatabase testDatabase;
    const Database &db = testDatabase.db();
};

// A number unique within the test run, for names that must not collide.
inline int serial()
{
    static QAtomicInt n;
    return ++n;
}

// Writes the answers of the first start: company, roles, the administrator
// ("admin" / kAdminPassword), base currency, units and payment terms.
inline void initializeCompany(const Database &db, const QString &numberPrefix = QStringLiteral("A"),
                              const QString &baseCurrency = QStringLiteral("CNY"))
{
    SetupAnswers a;
    a.companyName = QStringLiteral("Test Company");
    a.baseCurrency = baseCurrency;
    a.numberPrefix = numberPrefix;
    a.adminPassword = kAdminPassword;
    Setup::initialize(db, a);
}

inline Contact makeContact(const QString &name, const QString &mobile = {}, const QString &email = {})
{
    Contact c;
    c.name = name;
    c.mobile = mobile;
    c.email = email;
    return c;
}

// A saved party; `edit` may change any field (and add contacts) before saving.
inline Party makeParty(const Database &db, const QString &name, bool customer,
                       const std::function<void(Party &)> &edit = {})
{
    Party p;
    p.name = name;
    p.isCustomer = customer;
    p.isSupplier = !customer;
    p.status = customer ? QStringLiteral("customer") : QStringLiteral("prospect");
    if (edit)
        edit(p);
    PartyRepository(db, kActor).save(p);
    return p;
}

inline Party makeCustomer(const Database &db, const QString &name, const std::function<void(Party &)> &edit = {})
{
    return makeParty(db, name, true, edit);
}

inline Party makeSupplier(const Database &db, const QString &name, const std::function<void(Party &)> &edit = {})
{
    return makeParty(db, name, false, edit);
}

// A saved warehouse; returns its id.
inline qint64 makeWarehouse(const Database &db, const QString &code, const QString &name = {})
{
    db.exec(QStringLiteral("INSERT INTO core_warehouse(uuid, code, name, created_at, updated_at) "
                           "VALUES (?, ?, ?, '', '')"),
            {Database::newUuid(), code, name.isEmpty() ? code + QStringLiteral(" warehouse") : name});
    return db.scalar(QStringLiteral("SELECT id FROM core_warehouse WHERE code = ?"), {code}).toLongLong();
}

// A saved, active product; an empty name gives a unique one.
inline Product makeProduct(const Database &db, const QString &name = {}, qint64 salePriceMinor = 10000,
                           const std::function<void(Product &)> &edit = {})
{
    Product p;
    p.name = name.isEmpty() ? QStringLiteral("Test product %1").arg(serial()) : name;
    p.salePriceMinor = salePriceMinor;
    p.costMinor = salePriceMinor / 2;
    if (edit)
        edit(p);
    ProductRepository(db, kActor).save(p);
    return p;
}

} // namespace Crm::Test
