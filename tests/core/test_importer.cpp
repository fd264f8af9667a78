// The importer over the party and product targets: the exact report of a file
// with good and bad rows, nothing written by a dry run, the good rows written by
// a commit (none in strict mode), the duplicate policies, and saved mappings.

#include "catchqt.h"
#include "importfiles.h"
#include "importtargets.h"
#include "testdb.h"

#include "import/backgroundfree.h"
#include "import/csvreader.h"
#include "import/importer.h"
#include "import/importmapping.h"
#include "import/partyimport.h"
#include "import/productimport.h"
#include "search/searchindex.h"

#include <QBuffer>
#include <QSqlQuery>
#include <future>
#include <memory>
#include <thread>

using namespace Crm;
using namespace Crm::Test;

namespace {

const ImportTargetSpec &products()
{
    static const ImportTargetSpec spec{QStringLiteral("inventory.products"),
                                       QStringLiteral("products"),
                                       [] { return QStringLiteral("Products"); },
                                       QString(),
                                       QString(),
                                       [] { return ProductImport::create(); }};
    return spec;
}

struct ImportDb : DbFixture
{
    ImportDb() { initializeCompany(db); }
    qint64 count(const QString &table) const
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }
};

// "line outcome column: message", one per report line.
QStringList lines(const ImportReport &r)
{
    QStringList out;
    for (const ImportReport::Line &l : r.lines)
        out << QStringLiteral("%1 %2 %3: %4")
                   .arg(l.line)
                   .arg(ImportReport::outcomeTitle(l.outcome), l.column, l.message);
    return out;
}

ImportTable table(const QString &csv)
{
    return CsvReader::read(utf8Bom(csv));
}

ImportReport run(const Database &db, const ImportTargetSpec &target, const ImportTable &t, DuplicatePolicy policy,
                 bool commit, bool strict = false)
{
    const Importer importer(db, target, kActor);
    const QStringList mapping = ImportMapping::guess(target.create()->fields(), t.header);
    ImportOptions o;
    o.duplicates = policy;
    o.strict = strict;
    return commit ? importer.commit(t, mapping, o) : importer.dryRun(t, mapping, o);
}

const QString kMixed = QStringLiteral("Code,Name,E-mail,Status,Contact,Contact e-mail,Payment terms\r\n"
                                      ",Acme Ltd.,info@acme.example,Active,Li Na,li.na@acme.example,NET30\r\n"
                                      ",Bad Mail Co,not-an-email,,,,\r\n"
                                      ",,someone@example.com,,,,\r\n"
                                      ",Gamma Trading,,Sleeping,,,\r\n"
                                      ",ACME LTD,,,,,\r\n"
                                      ",Existing Corp Co.,,,,,\r\n"
                                      "C-9,\"Multi\r\nline Inc\",,,,,\r\n"
                                      ",Delta,,,,,Net 99\r\n"
                                      ",Contactless,,,,bob@x.example,\r\n"
                                      "EX-1,Renamed,,,,,\r\n");

} // namespace

TEST_CASE_METHOD(ImportDb, "Import: a file with good and bad rows gives the exact report; a dry run writes nothing",
                 "[core][import]")
{
    makeCustomer(db, QStringLiteral("Existing Corp"), [](Party &p) { p.code = QStringLiteral("EX-1"); });
    const qint64 settingsBefore = count(QStringLiteral("core_setting"));
    const ImportReport r = run(db, customersTarget(), table(kMixed), DuplicatePolicy::Skip, false);
    CHECK(
        lines(r) ==
        QStringList{
            QStringLiteral("2 Create : Acme Ltd."),
            QStringLiteral("3 Error E-mail: \"not-an-email\" is not a valid e-mail address."),
            QStringLiteral("4 Error Name: A value is required."),
            QStringLiteral("5 Error Status: Unknown status \"Sleeping\": use one of Prospect, Active, Dormant, Lost."),
            QStringLiteral("6 Error Name: Same Name as line 2."),
            QStringLiteral("7 Skipped Name: Duplicate of EX-1 Existing Corp (same Name): skipped."),
            QStringLiteral("8 Create : C-9 Multi\nline Inc"),
            QStringLiteral("10 Error Payment terms: Unknown payment terms \"Net 99\"."),
            QStringLiteral("11 Error Contact: The contact's details are given but not the name."),
            QStringLiteral("12 Skipped Code: Duplicate of EX-1 Existing Corp (same Code): skipped."),
        });
    CHECK(r.created == 2);
    CHECK(r.skipped == 2);
    CHECK(r.failed == 6);
    CHECK(r.dryRun);
    CHECK(r.summary().startsWith(QStringLiteral("Dry run, nothing was changed")));
    CHECK(count(QStringLiteral("core_party")) == 1);
    CHECK(count(QStringLiteral("core_contact")) == 0);
    CHECK(count(QStringLiteral("core_party_fts")) == 1);
    CHECK(count(QStringLiteral("core_setting")) == settingsBefore);

    // The report exported through the one CSV writer reads back line by line.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    r.writeCsv(buffer);
    const ImportTable back = CsvReader::read(buffer.data());
    CHECK(back.header == QStringList{QStringLiteral("Line"), QStringLiteral("Column"), QStringLiteral("Outcome"),
                                     QStringLiteral("Message")});
    REQUIRE(back.size() == r.lines.size());
    CHECK(back.rows.at(1) == QStringList{QStringLiteral("3"), QStringLiteral("E-mail"), QStringLiteral("Error"),
                                         QStringLiteral("\"not-an-email\" is not a valid e-mail address.")});
}

TEST_CASE_METHOD(ImportDb, "Import: commit writes the good rows only; strict mode writes nothing on any error",
                 "[core][import]")
{
    makeCustomer(db, QStringLiteral("Existing Corp"), [](Party &p) { p.code = QStringLiteral("EX-1"); });
    SECTION("strict")
    {
        const ImportReport r = run(db, customersTarget(), table(kMixed), DuplicatePolicy::Skip, true, true);
        CHECK(r.refused);
        CHECK_FALSE(r.written());
        CHECK(r.summary().startsWith(QStringLiteral("Nothing was imported: 6 row(s) have errors")));
        CHECK(count(QStringLiteral("core_party")) == 1);
        CHECK(db.scalar(QStringLiteral("SELECT next_value FROM core_numbering WHERE doc_type = 'core.customer'"))
                  .toInt() == 1);
    }
    SECTION("good rows")
    {
        const ImportReport r = run(db, customersTarget(), table(kMixed), DuplicatePolicy::Skip, true);
        CHECK(r.written());
        CHECK(r.created == 2);
        CHECK(r.summary().startsWith(QStringLiteral("Imported: 2 created")));
        CHECK(count(QStringLiteral("core_party")) == 3);
        const auto acme =
            PartyRepository(db, kActor)
                .load(db.scalar(QStringLiteral("SELECT id FROM core_party WHERE name = 'Acme Ltd.'")).toLongLong());
        REQUIRE(acme);
        CHECK(acme->code == QStringLiteral("CU-A-000001"));
        CHECK(acme->isCustomer);
        CHECK(acme->status == QStringLiteral("customer"));
        CHECK(acme->email == QStringLiteral("info@acme.example"));
        CHECK(acme->currency == QStringLiteral("CNY"));
        CHECK(acme->paymentTermsId ==
              db.scalar(QStringLiteral("SELECT id FROM core_payment_terms WHERE code = 'NET30'")).toLongLong());
        REQUIRE(acme->contacts.size() == 1);
        CHECK(acme->contacts.first().name == QStringLiteral("Li Na"));
        CHECK(acme->contacts.first().isPrimary);
        CHECK(acme->createdAt == acme->updatedAt);
        CHECK(db.scalar(QStringLiteral("SELECT name_key FROM core_party WHERE id = ?"), {acme->id}).toString() ==
              QStringLiteral("acme"));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE code = 'C-9' AND name = ?"),
                        {QStringLiteral("Multi\nline Inc")})
                  .toInt() == 1);
        // Found by search like any party saved from the form.
        const SearchIndex index(QStringLiteral("core_party"));
        for (const QString &fragment : {QStringLiteral("acm"), QStringLiteral("li na"), QStringLiteral("Mu")}) {
            const SearchIndex::Filter f = index.filter(fragment, QStringLiteral("p.id"));
            CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party p WHERE ") + f.sql, f.binds).toInt() == 1);
        }
        CHECK(db.foreignKeyCheck().isEmpty());
        // The next party from the form continues the numbering.
        CHECK(makeCustomer(db, QStringLiteral("After")).code == QStringLiteral("CU-A-000002"));
    }
}

TEST_CASE_METHOD(ImportDb, "Import: duplicate policies skip, update and create anyway", "[core][import]")
{
    const Party existing = makeCustomer(db, QStringLiteral("Existing Corp"), [](Party &p) {
        p.code = QStringLiteral("EX-1");
        p.phone = QStringLiteral("010-1");
        p.city = QStringLiteral("Beijing");
        p.contacts << makeContact(QStringLiteral("Wang"), {}, QStringLiteral("w@ex.example"));
    });
    const Party supplier = makeSupplier(db, QStringLiteral("Supply House"), [](Party &p) {
        p.code = QStringLiteral("SU-1");
        p.taxId = QStringLiteral("91310000X");
    });
    const ImportTable t = table(QStringLiteral("Code,Name,City,Tax id,Contact,Contact mobile\n"
                                               "EX-1,Existing Corp,Shanghai,,Wang,13800000000\n"
                                               ",New One,Guangzhou,,,\n"
                                               ",Supply House Ltd.,,,Zhao,\n"
                                               ",Other Name,,91310000X,,\n"));
    const PartyRepository repo(db, kActor);
    SECTION("skip")
    {
        const ImportReport r = run(db, customersTarget(), t, DuplicatePolicy::Skip, true);
        CHECK(lines(r) ==
              QStringList{
                  QStringLiteral("2 Skipped Code: Duplicate of EX-1 Existing Corp (same Code): skipped."),
                  QStringLiteral("3 Create : New One"),
                  QStringLiteral("4 Skipped Name: Duplicate of SU-1 Supply House (same Name): skipped."),
                  QStringLiteral("5 Skipped Tax id: Duplicate of SU-1 Supply House (same Tax id): skipped."),
              });
        CHECK(count(QStringLiteral("core_party")) == 3);
        CHECK(repo.load(existing.id)->city == QStringLiteral("Beijing"));
    }
    SECTION("update")
    {
        const ImportReport r = run(db, customersTarget(), t, DuplicatePolicy::Update, true);
        CHECK(lines(r) == QStringList{
                              QStringLiteral("2 Update : Updates EX-1 Existing Corp (same Code)."),
                              QStringLiteral("3 Create : New One"),
                              QStringLiteral("4 Update : Updates SU-1 Supply House (same Name)."),
                              QStringLiteral("5 Error Tax id: Updates the same record as line 4 (SU-1 Supply House)."),
                          });
        CHECK(r.updated == 2);
        const Party e = *repo.load(existing.id);
        CHECK(e.city == QStringLiteral("Shanghai"));
        CHECK(e.phone == QStringLiteral("010-1")); // blank in the file: kept
        REQUIRE(e.contacts.size() == 1);
        CHECK(e.contacts.first().mobile == QStringLiteral("13800000000"));
        CHECK(e.contacts.first().email == QStringLiteral("w@ex.example"));
        const Party s = *repo.load(supplier.id);
        CHECK(s.isSupplier);
        CHECK(s.isCustomer); // now both
        CHECK(s.name == QStringLiteral("Supply House Ltd."));
        CHECK(s.code == QStringLiteral("SU-1"));
        REQUIRE(s.contacts.size() == 1);
        CHECK(s.contacts.first().isPrimary);
        CHECK(count(QStringLiteral("core_party")) == 3);
    }
    SECTION("create anyway")
    {
        const ImportReport r = run(db, customersTarget(), t, DuplicatePolicy::Create, true);
        CHECK(lines(r) ==
              QStringList{
                  QStringLiteral("2 Error Code: Already used by EX-1 Existing Corp: the Code must be unique."),
                  QStringLiteral("3 Create : New One"),
                  QStringLiteral("4 Create : Supply House Ltd."),
                  QStringLiteral("5 Create : Other Name"),
              });
        CHECK(count(QStringLiteral("core_party")) == 5);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE tax_key = '91310000X'")).toInt() == 2);
    }
}

TEST_CASE_METHOD(ImportDb, "Import: saved duplicates are found alike whether the file or the table is larger",
                 "[core][import]")
{
    // Five saved parties: two with the same name (the first one is the match).
    const Party first = makeCustomer(db, QStringLiteral("Twin Trading"));
    makeCustomer(db, QStringLiteral("Twin Trading Co., Ltd."));
    const Party taxed = makeSupplier(db, QStringLiteral("Taxed House"), [](Party &p) {
        p.code = QStringLiteral("SU-7");
        p.taxId = QStringLiteral("91310000Y");
    });
    makeCustomer(db, QStringLiteral("Filler A"));
    makeCustomer(db, QStringLiteral("Filler B"));
    const QString rows = QStringLiteral(",TWIN TRADING\n"
                                        ",Somebody Else,91310000y\n"
                                        "SU-7,Renamed House,\n"
                                        ",Brand New,\n");
    const QStringList expected{
        QStringLiteral("2 Skipped Name: Duplicate of %1 Twin Trading (same Name): skipped.").arg(first.code),
        QStringLiteral("3 Skipped Tax id: Duplicate of SU-7 Taxed House (same Tax id): skipped."),
        QStringLiteral("4 Skipped Code: Duplicate of SU-7 Taxed House (same Code): skipped."),
        QStringLiteral("5 Create : Brand New"),
    };
    // Four rows against five saved parties: each key probed in its index.
    const ImportReport probed =
        run(db, customersTarget(), table(QStringLiteral("Code,Name,Tax id\n") + rows), DuplicatePolicy::Skip, false);
    CHECK(lines(probed) == expected);
    // Ten rows: the saved keys read into memory once.
    QString longer = QStringLiteral("Code,Name,Tax id\n") + rows;
    for (int i = 0; i < 6; ++i)
        longer += QStringLiteral(",Other %1,\n").arg(i);
    const ImportReport loaded = run(db, customersTarget(), table(longer), DuplicatePolicy::Skip, false);
    CHECK(lines(loaded).mid(0, 4) == expected);
    CHECK(loaded.created == 7);
    CHECK(taxed.id > first.id);
}

TEST_CASE_METHOD(ImportDb, "Import: new codes pass over codes saved or given in the file", "[core][import]")
{
    // The numbers an import of three unnumbered rows takes are 1–3; 2 is saved,
    // 3 is in the file, and 5 (past them) is saved too.
    makeCustomer(db, QStringLiteral("Saved Two"), [](Party &p) { p.code = QStringLiteral("CU-A-000002"); });
    makeCustomer(db, QStringLiteral("Saved Five"), [](Party &p) { p.code = QStringLiteral("CU-A-000005"); });
    const ImportReport r = run(db, customersTarget(),
                               table(QStringLiteral("Code,Name\n"
                                                    ",One\n"
                                                    ",Two\n"
                                                    "CU-A-000003,Given\n"
                                                    ",Three\n")),
                               DuplicatePolicy::Skip, true);
    REQUIRE(r.created == 4);
    auto codeOf = [&](const QString &name) {
        return db.scalar(QStringLiteral("SELECT code FROM core_party WHERE name = ?"), {name}).toString();
    };
    CHECK(codeOf(QStringLiteral("One")) == QStringLiteral("CU-A-000001"));
    CHECK(codeOf(QStringLiteral("Two")) == QStringLiteral("CU-A-000004"));
    CHECK(codeOf(QStringLiteral("Given")) == QStringLiteral("CU-A-000003"));
    CHECK(codeOf(QStringLiteral("Three")) == QStringLiteral("CU-A-000006"));
}

TEST_CASE_METHOD(ImportDb, "Import: rows that repeat each other in the file", "[core][import]")
{
    const ImportTable t = table(QStringLiteral("Code,Name\nA1,Twin\n,Twin\nA1,Other\n"));
    const ImportReport skip = run(db, customersTarget(), t, DuplicatePolicy::Skip, false);
    CHECK(lines(skip) == QStringList{QStringLiteral("2 Create : A1 Twin"),
                                     QStringLiteral("3 Error Name: Same Name as line 2."),
                                     QStringLiteral("4 Error Code: Same Code as line 2.")});
    // Create anyway allows a second "Twin" but never a second code A1.
    const ImportReport create = run(db, customersTarget(), t, DuplicatePolicy::Create, true);
    CHECK(lines(create) == QStringList{QStringLiteral("2 Create : A1 Twin"), QStringLiteral("3 Create : Twin"),
                                       QStringLiteral("4 Error Code: Same Code as line 2.")});
    CHECK(count(QStringLiteral("core_party")) == 2);
}

TEST_CASE_METHOD(ImportDb, "Import: products with units, categories, tax rates and duplicates", "[core][import]")
{
    db.exec(QStringLiteral("INSERT INTO core_product_category(uuid, code, name, created_at, updated_at) "
                           "VALUES ('c1', 'CAB', 'Cables', '', '')"));
    db.exec(QStringLiteral("INSERT INTO core_tax_rate(uuid, code, name, rate_bp, created_at, updated_at) "
                           "VALUES ('t1', 'VAT13', 'VAT 13%', 1300, '', '')"));
    const Product widget = makeProduct(db, QStringLiteral("Widget"), 500, [](Product &p) {
        p.code = QStringLiteral("P-1");
        p.specification = QStringLiteral("Small");
    });
    const ImportTable t = table(QStringLiteral("Code;Name;Specification;Unit;Category;Tax rate;Price;Cost\n"
                                               ";Cable;1 m;piece;CAB;13%;\"1,234.50\";800\n"
                                               ";Plug;;KG;Unknown;;2;1\n"
                                               ";widget;small;;;;;\n"
                                               "P-1;Gadget;;;;;abc;\n"
                                               ";Cable;1 M;;;;;\n"
                                               "P-7;Lamp;;box;Cables;0.13;12,5;\n"));
    const ImportReport r = run(db, products(), t, DuplicatePolicy::Skip, true);
    CHECK(lines(r) == QStringList{
                          QStringLiteral("2 Create : Cable 1 m"),
                          QStringLiteral("3 Error Category: Unknown category \"Unknown\"."),
                          QStringLiteral("4 Skipped Name: Duplicate of P-1 Widget Small (same Name): skipped."),
                          QStringLiteral("5 Error Price: \"abc\" is not an amount."),
                          QStringLiteral("6 Error Name: Same Name as line 2."),
                          QStringLiteral("7 Create : P-7 Lamp"),
                      });
    CHECK(count(QStringLiteral("core_product")) == 3);
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.code, u.code, c.code, t.rate_bp, p.sale_price_minor, p.cost_minor "
                                         "FROM core_product p LEFT JOIN core_unit u ON u.id = p.unit_id "
                                         "LEFT JOIN core_product_category c ON c.id = p.category_id "
                                         "LEFT JOIN core_tax_rate t ON t.id = p.tax_rate_id "
                                         "WHERE p.id <> ? ORDER BY p.id"),
                          {widget.id});
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("P-A-")));
    CHECK(q.value(1).toString() == QStringLiteral("PCS"));
    CHECK(q.value(2).toString() == QStringLiteral("CAB"));
    CHECK(q.value(3).toInt() == 1300);
    CHECK(q.value(4).toLongLong() == 123450);
    CHECK(q.value(5).toLongLong() == 80000);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("P-7"));
    CHECK(q.value(1).toString() == QStringLiteral("BOX"));
    CHECK(q.value(3).toInt() == 1300);
    CHECK(q.value(4).toLongLong() == 1250);
}

TEST_CASE_METHOD(ImportDb, "Import mappings: guessed from headers in several languages, saved and picked again",
                 "[core][import]")
{
    const QList<ImportField> fields = PartyImport::create(true)->fields();
    const QStringList header{QStringLiteral("客户名称"), QStringLiteral("E-Mail"),   QStringLiteral("Teléfono"),
                             QStringLiteral("Remarks"),  QStringLiteral("Whatever"), QStringLiteral("联系人")};
    CHECK(ImportMapping::guess(fields, header) == QStringList{QStringLiteral("name"), QStringLiteral("email"),
                                                              QStringLiteral("phone"), QStringLiteral("notes"),
                                                              QString(), QStringLiteral("contact_name")});
    CHECK(ImportMapping::problems(fields, {QStringLiteral("email")}) ==
          QStringList{QStringLiteral("Choose the column that holds Name (required).")});
    CHECK(ImportMapping::problems(fields, {QStringLiteral("name"), QStringLiteral("name")}) ==
          QStringList{QStringLiteral("Name is chosen for more than one column.")});

    const ImportMappings saved(db, QStringLiteral("sales.customers"));
    saved.save(QStringLiteral("Trade fair list"), header,
               {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("mobile"), QString(),
                QStringLiteral("tags"), QStringLiteral("contact_name")});
    // The same titles in another order (and case) pick it again.
    const QStringList again{QStringLiteral("whatever"), QStringLiteral("联系人"),   QStringLiteral("客户名称"),
                            QStringLiteral("e-mail"),   QStringLiteral("Teléfono"), QStringLiteral("Remarks")};
    const auto picked = saved.forHeader(again);
    REQUIRE(picked);
    CHECK(picked->name == QStringLiteral("Trade fair list"));
    CHECK(picked->applyTo(again) == QStringList{QStringLiteral("tags"), QStringLiteral("contact_name"),
                                                QStringLiteral("name"), QStringLiteral("email"),
                                                QStringLiteral("mobile"), QString()});
    CHECK_FALSE(saved.forHeader({QStringLiteral("客户名称")}));
    CHECK(saved.find(QStringLiteral("trade fair list")));
    CHECK_FALSE(ImportMappings(db, QStringLiteral("inventory.products")).find(QStringLiteral("Trade fair list")));
}

TEST_CASE("freeInBackground destroys what it is given on another thread", "[core][import]")
{
    struct Tracked
    {
        std::shared_ptr<std::promise<std::thread::id>> destroyedOn;
        Tracked(std::shared_ptr<std::promise<std::thread::id>> p)
            : destroyedOn(std::move(p))
        {}
        Tracked(Tracked &&other) noexcept = default;
        ~Tracked()
        {
            if (destroyedOn) // not a moved-from husk
                destroyedOn->set_value(std::this_thread::get_id());
        }
    };
    auto promise = std::make_shared<std::promise<std::thread::id>>();
    std::future<std::thread::id> destroyed = promise->get_future();
    QStringList shared{QStringLiteral("kept"), QStringLiteral("here")};
    QStringList copy = shared; // shares its text with `shared`
    freeInBackground(Tracked(std::move(promise)), std::move(copy));
    REQUIRE(destroyed.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
    CHECK(destroyed.get() != std::this_thread::get_id());
    CHECK(shared == QStringList{QStringLiteral("kept"), QStringLiteral("here")});
}
