#include "testdb.h"

#include "db/error.h"
#include "model/recordrepository.h"

using namespace Crm;
using namespace Crm::Test;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

qint64 saveRecord(const Database &db, const RecordSchema &schema, QVariantMap values)
{
    RecordRepository(db, schema, kActor).save(values);
    return values.value(QStringLiteral("id")).toLongLong();
}
} // namespace

TEST_CASE_METHOD(DbFixture, "ProductRepository saves and loads every field", "[core][product][repository]")
{
    const qint64 unit = saveRecord(
        db, Schemas::unit(),
        {{QStringLiteral("code"), QStringLiteral("pcs")}, {QStringLiteral("name"), QStringLiteral("piece")}});
    const qint64 category = saveRecord(
        db, Schemas::productCategory(),
        {{QStringLiteral("code"), QStringLiteral("HW")}, {QStringLiteral("name"), QStringLiteral("Hardware")}});
    const qint64 tax = saveRecord(db, Schemas::taxRate(),
                                  {{QStringLiteral("code"), QStringLiteral("VAT13")},
                                   {QStringLiteral("name"), QStringLiteral("VAT 13%")},
                                   {QStringLiteral("rate_bp"), 1300}});
    ProductRepository repo(db, QStringLiteral("bob"));
    Product p;
    p.code = QStringLiteral(" BOLT-8 ");
    p.name = u("六角螺栓");
    p.specification = QStringLiteral("M8x40");
    p.unitId = unit;
    p.categoryId = category;
    p.barcode = QStringLiteral("6901234567892");
    p.costMinor = 35;
    p.salePriceMinor = 80;
    p.currency = QStringLiteral("CNY");
    p.taxRateId = tax;
    p.warrantyMonths = 12;
    p.safetyStockMilli = 2500;
    p.active = false;
    p.notes = QStringLiteral("zinc plated");
    repo.save(p);
    REQUIRE(p.id > 0);
    CHECK(p.code == QStringLiteral("BOLT-8"));

    const auto l = repo.load(p.id);
    REQUIRE(l);
    CHECK(l->id == p.id);
    CHECK(l->uuid == p.uuid);
    CHECK(l->code == QStringLiteral("BOLT-8"));
    CHECK(l->name == p.name);
    CHECK(l->specification == p.specification);
    CHECK(l->unitId == unit);
    CHECK(l->categoryId == category);
    CHECK(l->barcode == p.barcode);
    CHECK(l->costMinor == 35);
    CHECK(l->salePriceMinor == 80);
    CHECK(l->currency == QStringLiteral("CNY"));
    CHECK(l->taxRateId == tax);
    CHECK(l->warrantyMonths == 12);
    CHECK(l->safetyStockMilli == 2500);
    CHECK_FALSE(l->active);
    CHECK(l->notes == p.notes);
    CHECK(db.foreignKeyCheck().isEmpty());

    Product edited = *l;
    edited.unitId = 0;
    edited.active = true;
    edited.salePriceMinor = 99;
    repo.save(edited);
    const Product again = *repo.load(p.id);
    CHECK(again.unitId == 0);
    CHECK(again.active);
    CHECK(again.salePriceMinor == 99);
    CHECK(db.scalar(QStringLiteral("SELECT unit_id IS NULL FROM core_product WHERE id = ?"), {p.id}).toInt() == 1);

    // A unit in use cannot be removed.
    CHECK_NOTHROW(RecordRepository(db, Schemas::unit(), kActor).remove(unit));
    CHECK_THROWS_AS(RecordRepository(db, Schemas::taxRate(), kActor).remove(tax), Error);
}

TEST_CASE_METHOD(DbFixture, "Products validate their fields", "[core][product][repository]")
{
    ProductRepository repo(db, kActor);
    Product p;
    p.name = QStringLiteral("Valid");
    CHECK_NOTHROW(ProductRepository::validate(p));
    Product bad = p;
    bad.name = QStringLiteral(" ");
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("name"));
    bad = p;
    bad.costMinor = -1;
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("cost"));
    bad = p;
    bad.salePriceMinor = -1;
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("sale_price"));
    bad = p;
    bad.warrantyMonths = 601;
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("warranty_months"));
    bad = p;
    bad.safetyStockMilli = -1;
    CHECK(errorField([&] { repo.save(bad); }) == QStringLiteral("safety_stock"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_product")).toInt() == 0);
}

TEST_CASE_METHOD(DbFixture, "Duplicate products are refused", "[core][product][repository]")
{
    ProductRepository repo(db, kActor);
    const Product bolt = makeProduct(db, QStringLiteral("Hex Bolt"), 100, [](Product &p) {
        p.code = QStringLiteral("B-1");
        p.specification = QStringLiteral("M8 x 40");
    });

    SECTION("same code")
    {
        Product p;
        p.code = QStringLiteral("B-1");
        p.name = QStringLiteral("Other");
        CHECK(errorField([&] { repo.save(p); }) == QStringLiteral("code"));
    }
    SECTION("same name and specification after normalisation")
    {
        Product p;
        p.name = QStringLiteral("HEX  BOLT");
        p.specification = u("Ｍ８Ｘ４０");
        try {
            repo.save(p);
            FAIL("a duplicate product was saved");
        } catch (const Error &e) {
            CHECK(e.field() == QStringLiteral("name"));
            CHECK(e.message().contains(QStringLiteral("B-1")));
        }
        const auto dups = repo.findDuplicates(p);
        REQUIRE(dups.size() == 1);
        CHECK(dups.first().first == bolt.id);
        CHECK(dups.first().second.contains(QStringLiteral("B-1")));
        CHECK(dups.first().second.contains(QStringLiteral("Hex Bolt")));
    }
    SECTION("same name with another specification is fine")
    {
        Product p;
        p.name = QStringLiteral("Hex Bolt");
        p.specification = QStringLiteral("M10 x 40");
        CHECK(repo.findDuplicates(p).isEmpty());
        CHECK_NOTHROW(repo.save(p));
    }
    SECTION("findDuplicates by code, and never the product itself")
    {
        Product p;
        p.code = QStringLiteral("B-1");
        p.name = QStringLiteral("Unrelated");
        CHECK(repo.findDuplicates(p).size() == 1);
        CHECK(repo.findDuplicates(bolt).isEmpty());
        Product self = bolt;
        CHECK_NOTHROW(repo.save(self)); // saving unchanged is no duplicate of itself
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_product WHERE code = 'B-1'")).toInt() == 1);
}

TEST_CASE_METHOD(DbFixture, "Removing products", "[core][product][repository]")
{
    ProductRepository repo(db, kActor);
    const Product p = makeProduct(db);
    db.exec(QStringLiteral("CREATE TABLE test_line (id INTEGER PRIMARY KEY, "
                           "product_id INTEGER NOT NULL REFERENCES core_product(id))"));
    db.exec(QStringLiteral("INSERT INTO test_line(product_id) VALUES (?)"), {p.id});
    CHECK_THROWS_AS(repo.remove(p.id), Error);
    CHECK(repo.load(p.id).has_value());
    db.exec(QStringLiteral("DELETE FROM test_line"));
    repo.remove(p.id);
    CHECK_FALSE(repo.load(p.id).has_value());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_product_fts")).toInt() == 0);
}
