#include "testdb.h"

#include "db/error.h"
#include "model/recordrepository.h"

using namespace Crm;
using namespace Crm::Test;

namespace {
QVariantMap warehouse(const QString &code, const QString &name)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
}

QVariantMap taxRate(const QString &code, const QVariant &bp)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), code}, {QStringLiteral("rate_bp"), bp}};
}
} // namespace

TEST_CASE_METHOD(DbFixture, "RecordRepository stores a warehouse", "[core][records][repository]")
{
    RecordRepository repo(db, Schemas::warehouse(), QStringLiteral("carol"));
    QVariantMap w = warehouse(QStringLiteral(" wh-1 "), QStringLiteral("  Main warehouse "));
    w.insert(QStringLiteral("address"), QStringLiteral("Dock 3"));
    repo.save(w);
    const qint64 id = w.value(QStringLiteral("id")).toLongLong();
    REQUIRE(id > 0);
    CHECK(w.value(QStringLiteral("uuid")).toString().size() == 36);

    const auto l = repo.load(id);
    REQUIRE(l);
    CHECK(l->value(QStringLiteral("code")).toString() == QStringLiteral("WH-1")); // codes are upper-cased
    CHECK(l->value(QStringLiteral("name")).toString() == QStringLiteral("Main warehouse"));
    CHECK(l->value(QStringLiteral("address")).toString() == QStringLiteral("Dock 3"));
    CHECK(l->value(QStringLiteral("active")).toInt() == 1); // the schema's default
    CHECK(l->value(QStringLiteral("updated_by")).toString() == QStringLiteral("carol"));

    QVariantMap edit = *l;
    edit.insert(QStringLiteral("active"), false);
    edit.insert(QStringLiteral("name"), QStringLiteral("Old warehouse"));
    repo.save(edit);
    CHECK(repo.load(id)->value(QStringLiteral("active")).toInt() == 0);
    CHECK(repo.load(id)->value(QStringLiteral("name")).toString() == QStringLiteral("Old warehouse"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_warehouse")).toInt() == 1);

    repo.remove(id);
    CHECK_FALSE(repo.load(id).has_value());
    CHECK_THROWS_AS(repo.remove(id), Error);
}

TEST_CASE_METHOD(DbFixture, "Required and unique fields", "[core][records][repository]")
{
    RecordRepository repo(db, Schemas::warehouse(), kActor);
    QVariantMap first = warehouse(QStringLiteral("WH1"), QStringLiteral("Main"));
    repo.save(first);

    QVariantMap noCode = warehouse(QStringLiteral("  "), QStringLiteral("Other"));
    CHECK(errorField([&] { repo.save(noCode); }) == QStringLiteral("code"));
    QVariantMap noName{{QStringLiteral("code"), QStringLiteral("WH2")}};
    CHECK(errorField([&] { repo.save(noName); }) == QStringLiteral("name"));

    QVariantMap sameCode = warehouse(QStringLiteral(" wh1"), QStringLiteral("Other"));
    try {
        repo.save(sameCode);
        FAIL("a duplicate code was saved");
    } catch (const Error &e) {
        CHECK(e.field() == QStringLiteral("code"));
        CHECK(e.message().contains(QStringLiteral("wh1")));
    }
    QVariantMap sameName = warehouse(QStringLiteral("WH2"), QStringLiteral(" Main "));
    CHECK(errorField([&] { repo.save(sameName); }) == QStringLiteral("name"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_warehouse")).toInt() == 1);

    // A record keeps its own code and name when saved again.
    CHECK_NOTHROW(repo.save(first));
    // Currency names need not be unique, codes must.
    RecordRepository currencies(db, Schemas::currency(), kActor);
    QVariantMap eur{{QStringLiteral("code"), QStringLiteral("EUR")},
                    {QStringLiteral("name"), QStringLiteral("Euro")},
                    {QStringLiteral("decimals"), 2},
                    {QStringLiteral("rate_micros"), 7800000}};
    QVariantMap eur2 = eur;
    eur2.insert(QStringLiteral("code"), QStringLiteral("XEU"));
    currencies.save(eur);
    CHECK_NOTHROW(currencies.save(eur2));
}

TEST_CASE_METHOD(DbFixture, "Range checks", "[core][records][repository]")
{
    RecordRepository repo(db, Schemas::taxRate(), kActor);
    QVariantMap zero = taxRate(QStringLiteral("ZERO"), 0);
    CHECK_NOTHROW(repo.save(zero));
    QVariantMap full = taxRate(QStringLiteral("FULL"), 10000);
    CHECK_NOTHROW(repo.save(full));
    QVariantMap vat = taxRate(QStringLiteral("VAT13"), 1300);
    repo.save(vat);
    CHECK(repo.load(vat.value(QStringLiteral("id")).toLongLong())->value(QStringLiteral("rate_bp")).toInt() == 1300);

    QVariantMap over = taxRate(QStringLiteral("OVER"), 10001);
    CHECK(errorField([&] { repo.save(over); }) == QStringLiteral("rate_bp"));
    QVariantMap negative = taxRate(QStringLiteral("NEG"), -1);
    CHECK(errorField([&] { repo.save(negative); }) == QStringLiteral("rate_bp"));
    QVariantMap text = taxRate(QStringLiteral("TXT"), QStringLiteral("thirteen"));
    CHECK(errorField([&] { repo.save(text); }) == QStringLiteral("rate_bp"));
    QVariantMap missing = taxRate(QStringLiteral("MISS"), QVariant());
    CHECK(errorField([&] { repo.save(missing); }) == QStringLiteral("rate_bp"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_tax_rate")).toInt() == 3);

    RecordRepository terms(db, Schemas::paymentTerms(), kActor);
    QVariantMap tooLong{{QStringLiteral("code"), QStringLiteral("NET9999")},
                        {QStringLiteral("name"), QStringLiteral("x")},
                        {QStringLiteral("days"), 9999}};
    CHECK(errorField([&] { terms.save(tooLong); }) == QStringLiteral("days"));
    RecordRepository currencies(db, Schemas::currency(), kActor);
    QVariantMap zeroRate{{QStringLiteral("code"), QStringLiteral("USD")},
                         {QStringLiteral("name"), QStringLiteral("$")},
                         {QStringLiteral("decimals"), 2},
                         {QStringLiteral("rate_micros"), 0}};
    CHECK(errorField([&] { currencies.save(zeroRate); }) == QStringLiteral("rate_micros"));
    QVariantMap manyDecimals = zeroRate;
    manyDecimals.insert(QStringLiteral("rate_micros"), 7100000);
    manyDecimals.insert(QStringLiteral("decimals"), 5);
    CHECK(errorField([&] { currencies.save(manyDecimals); }) == QStringLiteral("decimals"));
}

TEST_CASE_METHOD(DbFixture, "A category cannot be its own ancestor", "[core][records][repository]")
{
    RecordRepository repo(db, Schemas::productCategory(), kActor);
    QVariantMap root{{QStringLiteral("code"), QStringLiteral("ROOT")},
                     {QStringLiteral("name"), QStringLiteral("Root")}};
    repo.save(root);
    const qint64 rootId = root.value(QStringLiteral("id")).toLongLong();
    QVariantMap child{{QStringLiteral("code"), QStringLiteral("CHILD")},
                      {QStringLiteral("name"), QStringLiteral("Child")},
                      {QStringLiteral("parent_id"), rootId}};
    repo.save(child);
    const qint64 childId = child.value(QStringLiteral("id")).toLongLong();
    CHECK(repo.load(childId)->value(QStringLiteral("parent_id")).toLongLong() == rootId);
    CHECK(repo.load(rootId)->value(QStringLiteral("parent_id")).isNull());

    QVariantMap selfParent = *repo.load(rootId);
    selfParent.insert(QStringLiteral("parent_id"), rootId);
    CHECK(errorField([&] { repo.save(selfParent); }) == QStringLiteral("parent_id"));

    QVariantMap loop = *repo.load(rootId);
    loop.insert(QStringLiteral("parent_id"), childId);
    CHECK(errorField([&] { repo.save(loop); }) == QStringLiteral("parent_id"));
    CHECK(repo.load(rootId)->value(QStringLiteral("parent_id")).isNull());

    // The parent in use cannot be removed; the child can.
    CHECK_THROWS_AS(repo.remove(rootId), Error);
    repo.remove(childId);
    repo.remove(rootId);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_product_category")).toInt() == 0);
}

TEST_CASE_METHOD(DbFixture, "lookupRows lists id and label by name", "[core][records]")
{
    RecordRepository units(db, Schemas::unit(), kActor);
    QVariantMap kg{{QStringLiteral("code"), QStringLiteral("KG")},
                   {QStringLiteral("name"), QStringLiteral("kilogram")}};
    QVariantMap box{{QStringLiteral("code"), QStringLiteral("BOX")}, {QStringLiteral("name"), QStringLiteral("box")}};
    units.save(kg);
    units.save(box);
    const auto rows = RecordRepository::lookupRows(db, QStringLiteral("core_unit"));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).second == QStringLiteral("BOX box"));
    CHECK(rows.at(1).first == kg.value(QStringLiteral("id")).toLongLong());
}

TEST_CASE("Every schema names existing columns", "[core][records]")
{
    DbFixture f;
    for (const RecordSchema *s : Schemas::all()) {
        INFO(s->table.toStdString());
        QVariantMap values;
        for (const FieldSpec &field : s->fields)
            CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                              {s->table, field.column})
                      .toInt() == 1);
        CHECK(s->field(QStringLiteral("code")) != nullptr);
        CHECK(s->field(QStringLiteral("no_such_column")) == nullptr);
        CHECK_FALSE(s->singularTitle().isEmpty());
    }
}
