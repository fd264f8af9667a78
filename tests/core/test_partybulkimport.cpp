// A customer import big enough to be written in several batches: every party gets
// the same search-index rows as a party saved from the form, so that search finds
// it by name fragments (of one or two characters too), code and phone.

#include "catchqt.h"
#include "importfiles.h"
#include "importtargets.h"
#include "testdb.h"

#include "import/csvreader.h"
#include "import/importer.h"
#include "import/importmapping.h"
#include "import/partyimport.h"
#include "search/searchindex.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

using namespace Crm;
using namespace Crm::Test;

namespace {

constexpr int kRows = 1234; // more than two batches of the bulk insert

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Chinese and English names in turn, each with a contact.
Party customer(int i)
{
    Party p;
    p.isCustomer = true;
    p.status = QStringLiteral("customer");
    p.name = i % 2 == 0 ? u("上海华为%1技术有限公司").arg(i) : QStringLiteral("Acme %1 Trading Ltd.").arg(i);
    p.phone = QStringLiteral("021-5%1").arg(i, 7, 10, QLatin1Char('0'));
    p.city = i % 2 == 0 ? u("上海") : QStringLiteral("Sevilla");
    Contact c;
    c.name = i % 2 == 0 ? u("张伟") : QStringLiteral("Mary Jones");
    c.mobile = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
    c.isPrimary = true;
    p.contacts << c;
    return p;
}

QString csv()
{
    QString out = QStringLiteral("Name,Phone,City,Contact,Contact mobile\r\n");
    for (int i = 0; i < kRows; ++i) {
        const Party p = customer(i);
        out += QStringList{p.name, p.phone, p.city, p.contacts.first().name, p.contacts.first().mobile}.join(u',') +
               QStringLiteral("\r\n");
    }
    return out;
}

// The codes of the parties `query` finds, as a list page searches.
QSet<QString> search(const Database &db, const QString &query)
{
    const SearchIndex::Filter f = SearchIndex(QStringLiteral("core_party")).filter(query, QStringLiteral("p.id"));
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.code FROM core_party p WHERE ") + f.sql, f.binds);
    QSet<QString> codes;
    while (q.next())
        codes.insert(q.value(0).toString());
    return codes;
}

QString codeOf(int i)
{
    return QStringLiteral("CU-A-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE_METHOD(DbFixture, "Import: customers written in batches are searchable as if saved from the form",
                 "[core][import][search]")
{
    initializeCompany(db);
    const ImportTable table = CsvReader::read(utf8Bom(csv()));
    const Importer importer(db, customersTarget(), kActor);
    const ImportReport report =
        importer.commit(table, ImportMapping::guess(customersTarget().create()->fields(), table.header), {});
    REQUIRE(report.created == kRows);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party_fts")).toInt() == kRows);

    // The same customers saved from the form, in a database of their own.
    const TestDatabase formDatabase;
    const Database &formDb = formDatabase.db();
    initializeCompany(formDb);
    const PartyRepository formRepository(formDb, kActor);
    for (int i = 0; i < kRows; ++i) {
        Party p = customer(i);
        formRepository.save(p);
        REQUIRE(p.code == codeOf(i));
    }

    // The trigram index holds the key text the repository writes.
    const PartyRepository repository(db, kActor);
    QList<qint64> ids;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM core_party ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    REQUIRE(ids.size() == kRows);
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<Party> p = repository.load(id);
        REQUIRE(p);
        const QString key =
            db.scalar(QStringLiteral("SELECT key FROM core_party_fts WHERE rowid = ?"), {id}).toString();
        CHECK(key == SearchIndex::keyText(PartyRepository::searchParts(*p)));
    }

    // Parties of the first, second and last batch by code, phone, name and
    // contact fragments of every length.
    QStringList queries{u("华"),
                        u("华为"),
                        u("张伟"),
                        u("伟"),
                        u("上海"),
                        QStringLiteral("ac"),
                        QStringLiteral("m"),
                        QStringLiteral("jones"),
                        QStringLiteral("se tr"),
                        QStringLiteral("sevilla")};
    for (const int i : {0, 499, 500, 501, 1000, kRows - 1}) {
        const Party p = customer(i);
        queries << codeOf(i) << p.phone << p.phone.mid(4) << p.contacts.first().mobile
                << (i % 2 == 0 ? u("华为%1技术").arg(i) : QStringLiteral("acme %1 trading").arg(i));
    }
    auto compare = [&] {
        for (const QString &query : std::as_const(queries)) {
            INFO(query.toStdString());
            const QSet<QString> found = search(db, query);
            CHECK_FALSE(found.isEmpty());
            CHECK(found == search(formDb, query));
        }
        for (const int i : {0, 499, 500, 501, 1000, kRows - 1})
            CHECK(search(db, codeOf(i)).contains(codeOf(i)));
    };
    compare();

    // Saving each party again from the form (which deletes the index rows the
    // import wrote, with the text it derives from them) changes no search.
    for (const qint64 id : std::as_const(ids)) {
        std::optional<Party> p = repository.load(id);
        repository.save(*p);
    }
    compare();
    db.exec(QStringLiteral("INSERT INTO core_party_fts(core_party_fts) VALUES ('integrity-check')"));
    db.exec(QStringLiteral("INSERT INTO core_party_fts_short(core_party_fts_short) VALUES ('integrity-check')"));
}

TEST_CASE_METHOD(DbFixture, "Import: cancelled at any point, nothing is written", "[core][import]")
{
    initializeCompany(db);
    const ImportTable table = CsvReader::read(utf8Bom(csv()));
    const Importer importer(db, customersTarget(), kActor);
    const QStringList mapping = ImportMapping::guess(customersTarget().create()->fields(), table.header);
    auto state = [&] {
        return db
            .scalar(QStringLiteral("SELECT (SELECT count(*) FROM core_party) || '/' || "
                                   "(SELECT count(*) FROM core_contact) || '/' || "
                                   "(SELECT count(*) FROM core_party_fts) || '/' || "
                                   "(SELECT next_value FROM core_numbering WHERE doc_type = 'core.customer')"))
            .toString();
    };
    const QString before = state();

    // The run asks whether it is cancelled while it checks (from several
    // threads), before and while it writes; answer yes at the k-th question.
    int cancelledAt = 0;
    for (int k = 1; k < 100; ++k) {
        QAtomicInt asked(0);
        ImportOptions options;
        options.cancelled = [&asked, k] { return asked.fetchAndAddRelaxed(1) + 1 >= k; };
        try {
            const ImportReport report = importer.commit(table, mapping, options);
            CHECK(report.created == kRows); // asked fewer than k times: all written
            break;
        } catch (const Error &e) {
            INFO("cancelled at question " << k);
            CHECK(e.message() == QStringLiteral("The import was cancelled."));
            CHECK(state() == before);
            cancelledAt = k;
        }
    }
    CHECK(cancelledAt >= 6); // checking, looking up, and between the batches of the write
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_party")).toInt() == kRows);
    db.exec(QStringLiteral("INSERT INTO core_party_fts(core_party_fts) VALUES ('integrity-check')"));

    ImportOptions cancelNow;
    cancelNow.cancelled = [] { return true; };
    CHECK_THROWS_WITH(importer.dryRun(table, mapping, cancelNow), "The check was cancelled.");
}
