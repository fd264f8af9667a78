#include "testdb.h"
#include "testfiles.h"

#include "db/error.h"
#include "model/recordrepository.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <tuple>

using namespace Crm;
using namespace Crm::Test;

namespace {
QList<int> appliedVersions(const Database &db, const QString &module)
{
    QList<int> out;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT version FROM schema_migrations WHERE module = ? ORDER BY version"), {module});
    while (q.next())
        out << q.value(0).toInt();
    return out;
}


// The core migrations up to `version`, as an earlier release shipped them.
MigrationSet coreUpTo(int version)
{
    MigrationSet set;
    for (const Migration &m : migrations().ordered())
        if (m.version <= version)
            set.add(m);
    return set;
}
} // namespace

TEST_CASE("Core migrations are found in the resources", "[core][migrations]")
{
    const MigrationSet set = migrations();
    CHECK(set.modules() == QStringList{QStringLiteral("core")});
    CHECK(set.latestVersion(QStringLiteral("core")) == 5);
    const QList<Migration> ordered = set.ordered();
    REQUIRE(ordered.size() == 5);
    CHECK(ordered.at(0).version == 1);
    CHECK(ordered.at(0).name == QStringLiteral("core_init"));
    CHECK(ordered.at(1).version == 2);
    CHECK(ordered.at(1).name == QStringLiteral("core_search"));
    CHECK(ordered.at(2).version == 3);
    CHECK(ordered.at(2).name == QStringLiteral("core_supplier_index"));
    CHECK(ordered.at(3).name == QStringLiteral("core_short_search"));
    CHECK(ordered.at(4).name == QStringLiteral("core_owner_index"));
    CHECK_FALSE(ordered.at(0).sql.isEmpty());

    // The .sqlite.sql file is left out for PostgreSQL.
    MigrationSet pg;
    pg.addFromResources(QStringLiteral("core"), QStringLiteral("QPSQL"));
    QList<int> pgVersions;
    for (const Migration &m : pg.ordered())
        pgVersions << m.version;
    CHECK(pgVersions == QList<int>{1, 3, 5});
}

TEST_CASE("Migrating from zero builds the schema", "[core][migrations]")
{
    Database db(QStringLiteral(":memory:"));
    db.migrate(migrations());
    CHECK(appliedVersions(db, QStringLiteral("core")) == QList<int>{1, 2, 3, 4, 5});
    const QStringList tables = db.connection().tables();
    for (const char *t : {"core_party", "core_contact", "core_product", "core_user", "core_role", "core_numbering",
                          "core_setting", "core_party_fts", "core_party_fts_short", "core_product_fts"}) {
        INFO(t);
        CHECK(tables.contains(QString::fromLatin1(t)));
    }
    CHECK(db.integrityCheck(false) == QStringLiteral("ok"));
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);

    SECTION("foreign keys hold after data is created")
    {
        initializeCompany(db);
        const qint64 unit = db.scalar(QStringLiteral("SELECT id FROM core_unit WHERE code = 'PCS'")).toLongLong();
        REQUIRE(unit > 0);
        Party customer = makeCustomer(db, QStringLiteral("上海华为技术有限公司"), [](Party &p) {
            p.contacts << makeContact(QStringLiteral("张伟"), QStringLiteral("13800138000"));
            p.paymentTermsId = 1;
            p.ownerId = 1;
        });
        makeSupplier(db, QStringLiteral("Acme Trading Co., Ltd."));
        makeProduct(db, QStringLiteral("Widget"), 1999, [unit](Product &p) { p.unitId = unit; });
        CHECK(db.foreignKeyCheck().isEmpty());

        // An enforced key refuses a dangling reference.
        CHECK_THROWS_AS(db.exec(QStringLiteral("UPDATE core_party SET owner_id = 999 WHERE id = ?"), {customer.id}),
                        Error);
        // A violation that slipped in with the keys off is reported.
        db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        db.exec(QStringLiteral("UPDATE core_party SET owner_id = 999 WHERE id = ?"), {customer.id});
        db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        const QStringList problems = db.foreignKeyCheck();
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("core_party")));
    }
}

TEST_CASE("Migrating twice is a no-op", "[core][migrations]")
{
    Database db(QStringLiteral(":memory:"));
    db.migrate(migrations());
    makeCustomer(db, QStringLiteral("Acme Inc."));
    const QVariant appliedAt = db.scalar(QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1"));
    REQUIRE_NOTHROW(db.migrate(migrations()));
    CHECK(appliedVersions(db, QStringLiteral("core")) == QList<int>{1, 2, 3, 4, 5});
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt() == 5);
    CHECK(db.scalar(QStringLiteral("SELECT applied_at FROM schema_migrations WHERE version = 1")) == appliedAt);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == 1);
}

TEST_CASE("Migrating from the earlier release", "[core][migrations]")
{
    Database db(QStringLiteral(":memory:"));
    db.migrate(coreUpTo(1));
    CHECK(appliedVersions(db, QStringLiteral("core")) == QList<int>{1});
    CHECK_FALSE(db.connection().tables().contains(QStringLiteral("core_party_fts")));
    db.exec(QStringLiteral("INSERT INTO core_party(uuid, code, name, is_customer, created_at, updated_at) "
                           "VALUES ('u1', 'CU-A-000001', 'Old Customer', 1, 'x', 'x')"));
    db.migrate(migrations());
    CHECK(appliedVersions(db, QStringLiteral("core")) == QList<int>{1, 2, 3, 4, 5});
    CHECK(db.connection().tables().contains(QStringLiteral("core_party_fts")));
    CHECK(db.scalar(QStringLiteral("SELECT name FROM core_party")).toString() == QStringLiteral("Old Customer"));
    CHECK(db.foreignKeyCheck().isEmpty());
}

TEST_CASE("Migrating from release 2: the supplier name index holds the suppliers only", "[core][migrations]")
{
    Database db(QStringLiteral(":memory:"));
    db.migrate(coreUpTo(2));
    makeCustomer(db, QStringLiteral("Customer Co."));
    const Party supplier = makeSupplier(db, QStringLiteral("Supplier Co."));
    makeSupplier(db, QStringLiteral("Another Supplier"));
    db.migrate(migrations());
    CHECK(appliedVersions(db, QStringLiteral("core")) == QList<int>{1, 2, 3, 4, 5});
    CHECK(db.integrityCheck(false) == QStringLiteral("ok"));
    CHECK(db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'core_party_supplier_name'"))
              .toString()
              .endsWith(QStringLiteral("WHERE is_supplier = 1")));
    // The supplier list still walks the index, in name order, paged by (name, id).
    const QString list = QStringLiteral("SELECT p.name FROM core_party p LEFT JOIN core_user u ON u.id = p.owner_id "
                                        "WHERE p.is_supplier = 1%1 ORDER BY p.name, p.id LIMIT 50");
    for (const QString &page : {QString(), QStringLiteral(" AND (p.name, p.id) > ('Another Supplier', 0)")}) {
        QSqlQuery plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + list.arg(page));
        QString details;
        while (plan.next())
            details += plan.value(3).toString() + QLatin1Char('\n');
        INFO(details.toStdString());
        CHECK(details.contains(QStringLiteral("USING INDEX core_party_supplier_name")));
        CHECK_FALSE(details.contains(QStringLiteral("TEMP B-TREE")));
    }
    QStringList names;
    QSqlQuery q = db.exec(list.arg(QString()));
    while (q.next())
        names << q.value(0).toString();
    CHECK(names == QStringList{QStringLiteral("Another Supplier"), supplier.name});
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party INDEXED BY core_party_supplier_name "
                                   "WHERE is_supplier = 1"))
              .toInt() == 2);
}

TEST_CASE("Migrating from release 3: short search indexes rebuilt, owner index for owners only", "[core][migrations]")
{
    Database db(QStringLiteral(":memory:"));
    db.migrate(coreUpTo(3));
    initializeCompany(db);
    const Party owned = makeCustomer(db, QStringLiteral("Acme Trading"), [](Party &p) { p.ownerId = 1; });
    const Party other = makeCustomer(db, QString::fromUtf8("上海华为技术有限公司"));
    const Product product = makeProduct(db, QStringLiteral("Hex Bolt"), 100);
    // Release 3 held whole words in the short indexes and let FTS5 add their
    // prefixes.
    for (const auto &[table, id, words] :
         {std::tuple{QStringLiteral("core_party"), owned.id, QStringLiteral("cu acme trading")},
          std::tuple{QStringLiteral("core_product"), product.id, QStringLiteral("hex bolt")}}) {
        const QString key =
            db.scalar(QStringLiteral("SELECT key FROM %1_fts WHERE rowid = ?").arg(table), {id}).toString();
        db.exec(QStringLiteral("INSERT INTO %1_fts_short(%1_fts_short, rowid, key) VALUES ('delete', ?, ?)").arg(table),
                {id, Normalizer::shortIndexText(key)});
        db.exec(QStringLiteral("INSERT INTO %1_fts_short(rowid, key) VALUES (?, ?)").arg(table), {id, words});
    }
    auto found = [&](const QString &table, const QString &query) {
        const SearchIndex::Filter f = SearchIndex(table).filter(query, QStringLiteral("t.id"));
        QSqlQuery q = db.exec(QStringLiteral("SELECT t.id FROM %1 t WHERE %2").arg(table, f.sql), f.binds);
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    };
    CHECK(found(QStringLiteral("core_party"), QStringLiteral("ac")).isEmpty());
    CHECK(found(QStringLiteral("core_product"), QStringLiteral("bo")).isEmpty());

    db.migrate(migrations());
    CHECK(appliedVersions(db, QStringLiteral("core")) == QList<int>{1, 2, 3, 4, 5});
    CHECK(db.integrityCheck(false) == QStringLiteral("ok"));
    for (const char *table : {"core_party_fts_short", "core_product_fts_short"}) {
        INFO(table);
        const QString sql =
            db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = ?"), {QString::fromLatin1(table)})
                .toString();
        CHECK_FALSE(sql.contains(QStringLiteral("prefix")));
        CHECK(sql.contains(QStringLiteral("columnsize=0")));
        db.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QString::fromLatin1(table)));
    }
    CHECK(found(QStringLiteral("core_party"), QStringLiteral("ac")) == QList<qint64>{owned.id});
    CHECK(found(QStringLiteral("core_party"), QStringLiteral("tr")) == QList<qint64>{owned.id});
    CHECK(found(QStringLiteral("core_party"), QString::fromUtf8("华为")) == QList<qint64>{other.id});
    CHECK(found(QStringLiteral("core_party"), QString::fromUtf8("术")) == QList<qint64>{other.id});
    CHECK(found(QStringLiteral("core_product"), QStringLiteral("bo")) == QList<qint64>{product.id});
    CHECK(found(QStringLiteral("core_product"), QStringLiteral("he")) == QList<qint64>{product.id});
    CHECK(found(QStringLiteral("core_product"), QStringLiteral("ol")).isEmpty());

    // The owner index holds the owned party only, and the owner filter uses it.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party INDEXED BY core_party_owner "
                                   "WHERE owner_id IS NOT NULL"))
              .toInt() == 1);
    QSqlQuery plan = db.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM core_party WHERE owner_id = ?"), {1});
    QString details;
    while (plan.next())
        details += plan.value(3).toString();
    CHECK(details.contains(QStringLiteral("core_party_owner")));
    CHECK(db.scalar(QStringLiteral("SELECT id FROM core_party WHERE owner_id = ?"), {1}).toLongLong() == owned.id);
}

TEST_CASE("A failing migration leaves nothing behind", "[core][migrations]")
{
    Database db(QStringLiteral(":memory:"));
    MigrationSet set = migrations();
    set.add({QStringLiteral("broken"), 1, QStringLiteral("half"),
             QStringLiteral("CREATE TABLE broken_a (id INTEGER PRIMARY KEY); THIS IS NOT SQL;")});
    try {
        db.migrate(set);
        FAIL("a bad migration was applied");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("broken/1")));
    }
    // Core's own files committed before the failure; the broken file did not.
    CHECK(appliedVersions(db, QStringLiteral("core")) == QList<int>{1, 2, 3, 4, 5});
    CHECK(appliedVersions(db, QStringLiteral("broken")).isEmpty());
    CHECK_FALSE(db.connection().tables().contains(QStringLiteral("broken_a")));
}

TEST_CASE("A migration with a trigger runs the trigger body as one statement", "[core][migrations][sqlscript]")
{
    Database db(QStringLiteral(":memory:"));
    MigrationSet set = migrations();
    set.add({QStringLiteral("trig"), 1, QStringLiteral("trig_init"),
             QStringLiteral(
                 "CREATE TABLE trig_move (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, qty INTEGER NOT NULL);\n"
                 "CREATE TABLE trig_stock (qty INTEGER NOT NULL, moves INTEGER NOT NULL);\n"
                 "INSERT INTO trig_stock VALUES (0, 0);\n"
                 "CREATE TRIGGER trig_move_after AFTER INSERT ON trig_move BEGIN\n"
                 "  UPDATE trig_stock SET qty = qty + CASE WHEN NEW.kind = 'in' THEN NEW.qty ELSE -NEW.qty END;\n"
                 "  UPDATE trig_stock SET moves = moves + 1; -- counted; always\n"
                 "END;\n")});
    db.migrate(set);
    db.exec(QStringLiteral("INSERT INTO trig_move(kind, qty) VALUES ('in', 5)"));
    db.exec(QStringLiteral("INSERT INTO trig_move(kind, qty) VALUES ('out', 2)"));
    CHECK(db.scalar(QStringLiteral("SELECT qty FROM trig_stock")).toInt() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT moves FROM trig_stock")).toInt() == 2);
}

TEST_CASE("A database from a newer program is refused unchanged", "[core][migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.crm"));
    {
        Database db(path, Database::Mode::Create);
        db.migrate(migrations());
        makeCustomer(db, QStringLiteral("Acme Inc."));
        db.exec(QStringLiteral("INSERT INTO schema_migrations(module, version, name, applied_at) "
                               "VALUES ('core', 99, 'from_the_future', 'x')"));
    }
    const QByteArray before = fileBytes(path);
    REQUIRE(before.size() > 0);
    {
        Database db(path);
        try {
            db.migrate(migrations());
            FAIL("a newer schema was accepted");
        } catch (const Error &e) {
            CHECK(e.message().contains(QStringLiteral("newer")));
            CHECK(e.message().contains(QStringLiteral("99")));
        }
    }
    CHECK(fileBytes(path) == before);
    const QString wal = path + QStringLiteral("-wal");
    CHECK_FALSE((QFile::exists(wal) && QFile(wal).size() > 0));

    // Other modules' versions do not matter to a program that does not know them.
    {
        Database db(path);
        db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 99"));
        db.exec(QStringLiteral("INSERT INTO schema_migrations(module, version, name, applied_at) "
                               "VALUES ('unknown_module', 99, 'x', 'x')"));
        CHECK_NOTHROW(db.migrate(migrations()));
    }
}

TEST_CASE("A file database is opened in WAL mode with the documented pragmas", "[core][migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    TestDatabase t({QStringLiteral("core")}, dir.filePath(QStringLiteral("wal.crm")));
    const Database &db = t;
    CHECK(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}
