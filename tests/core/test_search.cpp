#include "testdb.h"

#include "demo/demogenerator.h"
#include "model/partyrepository.h"
#include "search/ftstermbuffer.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Test;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Ids of the parties matching `query` through the index, as a list page asks.
QSet<qint64> search(const Database &db, const QString &query)
{
    const SearchIndex::Filter f = SearchIndex(QStringLiteral("core_party")).filter(query, QStringLiteral("p.id"));
    const QString sql = QStringLiteral("SELECT p.id FROM core_party p%1")
                            .arg(f.isEmpty() ? QString() : QStringLiteral(" WHERE ") + f.sql);
    QSqlQuery q = db.exec(sql, f.binds);
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

struct SearchFixture : DbFixture
{
    Party huawei = makeCustomer(db, u("上海华为技术有限公司"), [](Party &p) {
        p.city = u("上海");
        p.contacts << makeContact(u("张伟"), u("+86 138-0013-8000"), QStringLiteral("zhang.wei@huawei.example"));
    });
    Party xiaomi = makeCustomer(db, u("北京小米科技有限责任公司"), [](Party &p) {
        p.phone = QStringLiteral("010-6060 6666");
        p.contacts << makeContact(u("李娜"), QStringLiteral("13911112222"));
    });
    Party garcia = makeCustomer(db, u("Distribuciones García S.L."), [](Party &p) {
        p.city = QStringLiteral("Sevilla");
        p.contacts << makeContact(u("Roberto Martínez"), QStringLiteral("+34 612 345 678"));
    });
    Party acme = makeSupplier(db, u("Acme Trading Co., Ltd."), [](Party &p) {
        p.contacts << makeContact(QStringLiteral("John Smith"), QStringLiteral("+1 415 555 2671"))
                   << makeContact(QStringLiteral("Mary Jones"));
    });

    QSet<qint64> only(const Party &p) const { return {p.id}; }
};
} // namespace

TEST_CASE_METHOD(SearchFixture, "Search finds Chinese names by fragments of any length", "[core][search]")
{
    CHECK(search(db, u("华为")) == only(huawei));
    CHECK(search(db, u("华")) == only(huawei));
    CHECK(search(db, u("小米科技")) == only(xiaomi));
    CHECK(search(db, u("小米")) == only(xiaomi));
    CHECK(search(db, u("米")) == only(xiaomi));
    CHECK(search(db, u("科技")) == only(xiaomi));
    CHECK(search(db, u("为技")) == only(huawei)); // a bigram in the middle of the name
    CHECK(search(db, u("上海华为技术")) == only(huawei));
    CHECK(search(db, u("有限")) == (QSet<qint64>{huawei.id, xiaomi.id}));
    CHECK(search(db, u("北京 小米")) == only(xiaomi));
    CHECK(search(db, u("北京 华为")).isEmpty()); // every fragment must match
    CHECK(search(db, u("深圳")).isEmpty());
    CHECK(search(db, u("华米")).isEmpty());
}

TEST_CASE("Search finds characters outside the basic plane", "[core][search]")
{
    DbFixture f;
    const Party p = makeCustomer(f.db, u("𠮷野家餐饮有限公司"));
    CHECK(search(f.db, u("𠮷")) == QSet<qint64>{p.id});
    CHECK(search(f.db, u("𠮷野家")) == QSet<qint64>{p.id});
    CHECK(search(f.db, u("野家")) == QSet<qint64>{p.id});
    CHECK(search(f.db, u("餐")) == QSet<qint64>{p.id});
}

TEST_CASE_METHOD(SearchFixture, "Search finds Latin names by fragments and word prefixes", "[core][search]")
{
    CHECK(search(db, QStringLiteral("garc")) == only(garcia));
    CHECK(search(db, QStringLiteral("GARC")) == only(garcia));
    CHECK(search(db, u("garcía")) == only(garcia));
    CHECK(search(db, QStringLiteral("distrib")) == only(garcia));
    CHECK(search(db, QStringLiteral("ac")) == only(acme));
    CHECK(search(db, QStringLiteral("a")).contains(acme.id));
    CHECK(search(db, QStringLiteral("acme tr")) == only(acme));
    CHECK(search(db, QStringLiteral("rading")) == only(acme)); // trigram: inside a word
    CHECK(search(db, QStringLiteral("cm")).isEmpty());         // short fragments: word prefixes only
    CHECK(search(db, u("ＡＣＭＥ")) == only(acme));
    CHECK(search(db, u("GÁ")) == only(garcia)); // accents fold as in the index
    CHECK(search(db, u("dí")) == only(garcia));
    CHECK(search(db, QStringLiteral("sevilla")) == only(garcia)); // the city is indexed
    CHECK(search(db, QStringLiteral("zzz")).isEmpty());
}

TEST_CASE_METHOD(SearchFixture, "Search finds parties by their contacts and phones", "[core][search]")
{
    CHECK(search(db, u("张伟")) == only(huawei));
    CHECK(search(db, u("伟")) == only(huawei));
    CHECK(search(db, QStringLiteral("smith")) == only(acme));
    CHECK(search(db, QStringLiteral("jo")) == only(acme)); // John and Jones
    CHECK(search(db, u("martínez")) == only(garcia));
    CHECK(search(db, QStringLiteral("0013")) == only(huawei));
    CHECK(search(db, QStringLiteral("13800138000")) == only(huawei));
    CHECK(search(db, QStringLiteral("138-0013-8000")) == (QSet<qint64>{huawei.id}));
    CHECK(search(db, QStringLiteral("+86 138 0013 8000")) == only(huawei));
    CHECK(search(db, QStringLiteral("+8613800138000")) == only(huawei)); // as written with the country code
    CHECK(search(db, QStringLiteral("6060")) == only(xiaomi));
    CHECK(search(db, QStringLiteral("2671")) == only(acme));
    CHECK(search(db, QStringLiteral("612345678")) == only(garcia));
    // One or two digits narrow nothing: the filter is empty and everything shows.
    CHECK(SearchIndex(QStringLiteral("core_party")).filter(QStringLiteral("13"), QStringLiteral("p.id")).isEmpty());
    CHECK(search(db, QStringLiteral("13")).size() == 4);
    CHECK(search(db, QStringLiteral("   ")).size() == 4);
}

TEST_CASE_METHOD(SearchFixture, "The index follows edits and deletions", "[core][search]")
{
    PartyRepository repo(db, kActor);

    huawei.name = u("上海荣耀终端有限公司");
    huawei.contacts.clear();
    huawei.contacts << makeContact(u("王芳"), QStringLiteral("13700000001"));
    repo.save(huawei);
    CHECK(search(db, u("华为")).isEmpty());
    CHECK(search(db, u("华")).isEmpty());
    CHECK(search(db, u("张伟")).isEmpty());
    CHECK(search(db, QStringLiteral("0013")).isEmpty());
    CHECK(search(db, u("荣耀")) == only(huawei));
    CHECK(search(db, u("王芳")) == only(huawei));
    CHECK(search(db, QStringLiteral("13700000001")) == only(huawei));

    garcia.contacts.first().name = QStringLiteral("Lucia Fernandez");
    repo.save(garcia);
    CHECK(search(db, u("martínez")).isEmpty());
    CHECK(search(db, QStringLiteral("lucia")) == only(garcia));

    repo.remove(huawei.id);
    CHECK(search(db, u("荣耀")).isEmpty());
    CHECK(search(db, u("王芳")).isEmpty());
    CHECK(search(db, QStringLiteral("13700000001")).isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party_fts WHERE rowid = ?"), {huawei.id}).toInt() == 0);
    CHECK(search(db, u("小米")) == only(xiaomi));

    // A new party reuses the rowid of the last one deleted: it must not inherit
    // that party's words, characters or digits.
    repo.remove(acme.id);
    const Party again = makeCustomer(db, QStringLiteral("Zenith Works"));
    REQUIRE(again.id == acme.id);
    CHECK(search(db, QStringLiteral("zen")) == only(again));
    CHECK(search(db, QStringLiteral("ac")).isEmpty());
    CHECK(search(db, QStringLiteral("jo")).isEmpty());
    CHECK(search(db, QStringLiteral("smith")).isEmpty());
    CHECK(search(db, QStringLiteral("2671")).isEmpty());
}

TEST_CASE("SearchIndex::keyText normalises and joins phone digits", "[core][search]")
{
    CHECK(SearchIndex::keyText({u("ＡＢＣ Trading"), QString(), QStringLiteral("138-0013-8000")}) ==
          QStringLiteral("abc trading 13800138000"));
    // With a country code, the digits as written hold the national number.
    CHECK(SearchIndex::keyText({QStringLiteral("+86 138-0013-8000")}) == QStringLiteral("8613800138000"));
    CHECK(SearchIndex::keyText({QStringLiteral("Room 12")}) == QStringLiteral("room 12"));
}

TEST_CASE("SearchIndex::keyText leaves out parts that repeat earlier ones", "[core][search]")
{
    // A short name at the start of a word of the name, a city inside a Chinese
    // name, a phone inside one written with its country code.
    CHECK(SearchIndex::keyText({u("Importaciones Fernández S.A."), u("Importaciones Fernández"), u("S.A. 2")}) ==
          u("importaciones fernández s a s a 2"));
    CHECK(SearchIndex::keyText({u("上海华为技术有限公司"), u("华为"), u("上海")}) == u("上海华为技术有限公司"));
    CHECK(SearchIndex::keyText({QStringLiteral("+34 612 345 678"), QStringLiteral("612345678")}) ==
          QStringLiteral("34612345678"));
    CHECK(SearchIndex::keyText({QStringLiteral("Acme"), QStringLiteral("Acme")}) == QStringLiteral("acme"));
    // Kept: inside a word, the part's own start would be lost to 1–2 letter searches.
    CHECK(SearchIndex::keyText({QStringLiteral("Acme"), QStringLiteral("CME")}) == QStringLiteral("acme cme"));
    CHECK(SearchIndex::keyText({QStringLiteral("Room 12b"), QStringLiteral("2b")}) == QStringLiteral("room 12b 2b"));
    CHECK(SearchIndex::keyText({u("Zaragoza"), u("Zara")}) == u("zaragoza"));
    CHECK(SearchIndex::keyText({u("上海abc"), u("abc")}) == u("上海abc"));
}

TEST_CASE("Search finds a part that repeats another by its own fragments", "[core][search]")
{
    DbFixture f;
    const Party p = makeCustomer(f.db, QStringLiteral("Acme Holdings"), [](Party &c) {
        c.shortName = QStringLiteral("CME");
        c.city = QStringLiteral("Holdings");
        c.contacts << makeContact(QStringLiteral("Lee Acme"), QStringLiteral("+86 138-0013-8000"));
    });
    for (const char *query : {"cm", "c", "cme", "ho", "hold", "lee", "le", "0013", "13800138000", "+8613800138000"}) {
        INFO(query);
        CHECK(search(f.db, QString::fromUtf8(query)) == QSet<qint64>{p.id});
    }
    CHECK(search(f.db, QStringLiteral("ol")).isEmpty());
}

TEST_CASE("Products are searchable too", "[core][search]")
{
    DbFixture f;
    const Product bolt = makeProduct(f.db, u("六角螺栓"), 100, [](Product &p) {
        p.specification = QStringLiteral("M8x40");
        p.barcode = QStringLiteral("6901234567892");
    });
    makeProduct(f.db, QStringLiteral("Washer"));
    const SearchIndex index(QStringLiteral("core_product"));
    auto find = [&](const QString &query) {
        const SearchIndex::Filter flt = index.filter(query, QStringLiteral("id"));
        QSqlQuery q = f.db.exec(QStringLiteral("SELECT id FROM core_product WHERE ") + flt.sql, flt.binds);
        QSet<qint64> ids;
        while (q.next())
            ids.insert(q.value(0).toLongLong());
        return ids;
    };
    CHECK(find(u("螺栓")) == QSet<qint64>{bolt.id});
    CHECK(find(QStringLiteral("m8x")) == QSet<qint64>{bolt.id});
    CHECK(find(QStringLiteral("4567")) == QSet<qint64>{bolt.id});
    CHECK(find(QStringLiteral("wash")).size() == 1);
    // A whole barcode is found even when it looks like an international phone number.
    const Product turkish = makeProduct(f.db, QStringLiteral("Lokum"), 100,
                                        [](Product &p) { p.barcode = QStringLiteral("8691234567890"); });
    CHECK(find(QStringLiteral("8691234567890")) == QSet<qint64>{turkish.id});
}

namespace {
// Segments of the trigram index: FTS5 keeps one row per segment and first term.
int segments(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM core_party_fts_idx")).toInt();
}

// Inserts `rows` trigram index rows of pseudo-random text in one transaction.
void fillIndex(const Database &db, int rows)
{
    WriteTransaction tx(db);
    quint32 seed = 7;
    for (int id = 1; id <= rows; ++id) {
        QString key;
        for (int k = 0; k < 120; ++k) {
            seed = seed * 1103515245u + 12345u;
            key += QChar(u'a' + int((seed >> 16) % 26));
        }
        db.exec(QStringLiteral("INSERT INTO core_party_fts(rowid, key) VALUES (?, ?)"), {id, key});
    }
    tx.commit();
}
} // namespace

TEST_CASE_METHOD(DbFixture, "A bulk load's terms stay in memory and make one index segment", "[core][search]")
{
    constexpr qint64 kDefault = 1024 * 1024;
    REQUIRE(FtsTermBuffer::current(db, QStringLiteral("core_party_fts")) == kDefault);

    SECTION("with SQLite's 1 MB buffer, several segments")
    {
        fillIndex(db, 20000);
        CHECK(segments(db) > 1);
    }
    SECTION("with a buffer as large as the load, one segment; the setting is restored")
    {
        {
            WriteTransaction tx(db);
            const FtsTermBuffer buffer(db, QStringLiteral("core_party_fts"), 64 * kDefault);
            CHECK(FtsTermBuffer::current(db, QStringLiteral("core_party_fts")) == 64 * kDefault);
            fillIndex(db, 20000);
            tx.commit();
        }
        CHECK(segments(db) == 1);
        CHECK(FtsTermBuffer::current(db, QStringLiteral("core_party_fts")) == kDefault);
    }
    SECTION("a rollback undoes the setting too")
    {
        {
            WriteTransaction tx(db);
            db.exec(QStringLiteral("INSERT INTO core_party_fts(core_party_fts, rank) VALUES ('hashsize', 2000000)"));
            const FtsTermBuffer buffer(db, QStringLiteral("core_party_fts"), 64 * kDefault);
        } // not committed
        CHECK(FtsTermBuffer::current(db, QStringLiteral("core_party_fts")) == kDefault);
    }
    db.exec(QStringLiteral("INSERT INTO core_party_fts(core_party_fts) VALUES ('integrity-check')"));
}

TEST_CASE("A generated demo's search indexes are whole and hold every party's key", "[core][search][demo]")
{
    QTemporaryDir dir;
    const TestDatabase test({QStringLiteral("core")}, dir.filePath(QStringLiteral("demo.db")));
    const Database &db = test;
    DemoOptions options;
    options.customers = 3000;
    options.products = 20;
    DemoGenerator::generate(db, options);
    // Held back and written in runs (SearchBulkWriter): one row per party in
    // each index, and FTS5 finds both indexes consistent.
    const qint64 parties = db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toLongLong();
    CHECK(parties > 3000);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party_fts")).toLongLong() == parties);
    CHECK_NOTHROW(db.exec(QStringLiteral("INSERT INTO core_party_fts(core_party_fts) VALUES ('integrity-check')")));
    CHECK_NOTHROW(
        db.exec(QStringLiteral("INSERT INTO core_party_fts_short(core_party_fts_short) VALUES ('integrity-check')")));
    const PartyRepository repository(db, QStringLiteral("admin"));
    for (qint64 id = 1; id <= parties; id += 97) {
        const std::optional<Party> p = repository.load(id);
        REQUIRE(p);
        const QString key = SearchIndex::keyText(PartyRepository::searchParts(*p));
        INFO(p->name.toStdString());
        CHECK(db.scalar(QStringLiteral("SELECT key FROM core_party_fts WHERE rowid = ?"), {id}).toString() == key);
        // The first two characters of the name's first word find it through the short index.
        const QString start = Normalizer::shortIndexText(Normalizer::text(p->name)).section(u' ', 0, 0);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party_fts_short WHERE core_party_fts_short MATCH ? "
                                       "AND rowid = ?"),
                        {QLatin1Char('"') + start + QLatin1Char('"'), id})
                  .toInt() == 1);
    }
}
