#include "testdb.h"

#include "model/pagedlistmodel.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <algorithm>

using namespace Crm;
using namespace Crm::Test;

namespace {
constexpr int kParties = 1000;

ListSpec partySpec()
{
    ListSpec spec;
    spec.id = QStringLiteral("test.parties");
    spec.from = QStringLiteral("core_party p");
    spec.idExpr = QStringLiteral("p.id");
    spec.searchTable = QStringLiteral("core_party");
    spec.columns = {{QStringLiteral("code"), [] { return QStringLiteral("Code"); }, QStringLiteral("p.code")},
                    {QStringLiteral("name"), [] { return QStringLiteral("Name"); }, QStringLiteral("p.name")},
                    {QStringLiteral("credit"), [] { return QStringLiteral("Credit"); },
                     QStringLiteral("p.credit_limit_minor"), true, ListColumn::Kind::Money}};
    spec.filters = {{QStringLiteral("status"), [] { return QStringLiteral("Status"); }, QStringLiteral("p.status")}};
    return spec;
}

QList<qint64> sqlIds(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QList<qint64> ids;
    QSqlQuery q = db.exec(sql, binds);
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> modelIds(const PagedListModel &m)
{
    QList<qint64> ids;
    for (int row = 0; row < m.rowCount(); ++row)
        ids << m.idAt(row);
    return ids;
}

void fetchAll(PagedListModel &m)
{
    int guard = 0;
    while (m.canFetchMore({}) && ++guard < 100)
        m.fetchMore({});
    REQUIRE(guard < 100);
}

struct ListFixture : DbFixture
{
    ListFixture()
    {
        // Names repeat in pairs so that paging must break ties by id; every 100th
        // party has a word to search for; statuses cycle.
        PartyRepository repo(db, kActor);
        WriteTransaction tx(db);
        for (int i = 0; i < kParties; ++i) {
            Party p;
            p.name = QStringLiteral("Company %1%2")
                         .arg((i * 7919) % (kParties / 2), 4, 10, QLatin1Char('0'))
                         .arg(i % 100 == 0 ? QStringLiteral(" Zephyr") : QString());
            p.isCustomer = true;
            p.status = Party::statuses().at(i % 4);
            p.creditLimitMinor = i * 100;
            repo.save(p);
        }
        tx.commit();
    }
    PagedListModel model{db, partySpec()};
};
} // namespace

TEST_CASE_METHOD(ListFixture, "PagedListModel fetches in pages by key", "[core][listmodel]")
{
    CHECK(model.rowCount() == 0);
    model.reload();
    CHECK(model.columnCount() == 3);
    CHECK(model.totalCount() == kParties);
    REQUIRE(model.rowCount() == PagedListModel::kPageSize);
    CHECK(model.canFetchMore({}));
    CHECK(model.lastError().isEmpty());

    const QList<qint64> firstPage = modelIds(model);
    model.fetchMore({});
    REQUIRE(model.rowCount() == 2 * PagedListModel::kPageSize);
    CHECK(modelIds(model).mid(0, PagedListModel::kPageSize) == firstPage); // appended, not replaced

    fetchAll(model);
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE(model.rowCount() == kParties);
    const QList<qint64> ids = modelIds(model);
    CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == kParties);
    CHECK(ids == sqlIds(db, QStringLiteral("SELECT id FROM core_party ORDER BY code, id")));

    // Display, raw values and ids agree with the table.
    const int row = 321;
    const qint64 id = model.idAt(row);
    CHECK(model.rowOfId(id) == row);
    CHECK(model.data(model.index(row, 0), PagedListModel::IdRole).toLongLong() == id);
    CHECK(model.data(model.index(row, 1), Qt::DisplayRole).toString() ==
          db.scalar(QStringLiteral("SELECT name FROM core_party WHERE id = ?"), {id}).toString());
    const qint64 credit =
        db.scalar(QStringLiteral("SELECT credit_limit_minor FROM core_party WHERE id = ?"), {id}).toLongLong();
    CHECK(model.data(model.index(row, 2), PagedListModel::RawRole).toLongLong() == credit);
    CHECK(model.data(model.index(row, 2), Qt::TextAlignmentRole).isValid());
    CHECK(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("Name"));
    CHECK(model.rowOfId(-5) == -1);
    CHECK(model.idAt(kParties) == 0);
}

TEST_CASE_METHOD(ListFixture, "PagedListModel sorts in SQL, ties broken by id", "[core][listmodel]")
{
    SECTION("by name descending")
    {
        model.sort(1, Qt::DescendingOrder);
        CHECK(model.rowCount() == PagedListModel::kPageSize);
        fetchAll(model);
        REQUIRE(model.rowCount() == kParties);
        CHECK(modelIds(model) == sqlIds(db, QStringLiteral("SELECT id FROM core_party ORDER BY name DESC, id DESC")));
        CHECK(model.data(model.index(0, 1), Qt::DisplayRole).toString() == QStringLiteral("Company 0499"));
    }
    SECTION("by name ascending")
    {
        model.sort(1, Qt::AscendingOrder);
        fetchAll(model);
        CHECK(modelIds(model) == sqlIds(db, QStringLiteral("SELECT id FROM core_party ORDER BY name, id")));
    }
    SECTION("by an integer column descending")
    {
        model.sort(2, Qt::DescendingOrder);
        fetchAll(model);
        CHECK(modelIds(model) ==
              sqlIds(db, QStringLiteral("SELECT id FROM core_party ORDER BY credit_limit_minor DESC, id DESC")));
    }
    SECTION("an unknown column changes nothing")
    {
        model.reload();
        const QList<qint64> before = modelIds(model);
        model.sort(7, Qt::DescendingOrder);
        CHECK(modelIds(model) == before);
    }
}

TEST_CASE_METHOD(ListFixture, "PagedListModel searches and filters in SQL", "[core][listmodel]")
{
    model.reload();
    SECTION("search")
    {
        model.setSearch(QStringLiteral("zephyr"));
        CHECK(model.totalCount() == kParties / 100);
        CHECK(model.rowCount() == kParties / 100);
        CHECK_FALSE(model.canFetchMore({}));
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(model.data(model.index(row, 1), Qt::DisplayRole).toString().endsWith(QStringLiteral("Zephyr")));

        model.setSearch(QStringLiteral("CU-A-000042"));
        CHECK(model.totalCount() == 1);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.data(model.index(0, 0), Qt::DisplayRole).toString() == QStringLiteral("CU-A-000042"));
        model.setSearch(QStringLiteral("no such party"));
        CHECK(model.rowCount() == 0);
        CHECK(model.totalCount() == 0);
        model.setSearch(QString());
        CHECK(model.totalCount() == kParties);
    }
    SECTION("filter")
    {
        QSignalSpy reloaded(&model, &PagedListModel::reloaded);
        model.setFilter(QStringLiteral("status"), QStringLiteral("lost"));
        CHECK(reloaded.count() == 1);
        const qint64 lost =
            db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE status = 'lost'")).toLongLong();
        REQUIRE(lost == kParties / 4);
        CHECK(model.totalCount() == lost);
        fetchAll(model);
        CHECK(model.rowCount() == lost);
        CHECK(modelIds(model) ==
              sqlIds(db, QStringLiteral("SELECT id FROM core_party WHERE status = 'lost' ORDER BY code, id")));

        model.setSearch(QStringLiteral("zephyr"));
        CHECK(model.totalCount() ==
              db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE status = 'lost' AND name LIKE '%Zephyr'"))
                  .toLongLong());

        model.setFilter(QStringLiteral("status"), QVariant());
        model.setSearch(QString());
        CHECK(model.totalCount() == kParties);
        CHECK(model.query().filters.isEmpty());
    }
    SECTION("the whole query at once, sorted descending")
    {
        ListQuery q;
        q.filters.insert(QStringLiteral("status"), QStringLiteral("customer"));
        q.sortColumn = 1;
        q.descending = true;
        model.setQuery(q);
        fetchAll(model);
        CHECK(modelIds(model) == sqlIds(db, QStringLiteral("SELECT id FROM core_party WHERE status = 'customer' "
                                                           "ORDER BY name DESC, id DESC")));
    }
}

TEST_CASE("ListQuery builds the WHERE clause", "[core][listmodel]")
{
    ListSpec spec = partySpec();
    spec.where = QStringLiteral("p.is_customer = 1");
    ListQuery q;
    CHECK(q.sql(spec).where == QStringLiteral("(p.is_customer = 1)"));
    q.filters.insert(QStringLiteral("status"), QStringLiteral("lost"));
    q.filters.insert(QStringLiteral("unknown"), 1); // not a filter of the spec
    ListQuery::Sql s = q.sql(spec);
    QString where = s.where;
    QVariantList binds = s.binds;
    CHECK(where == QStringLiteral("(p.is_customer = 1) AND p.status = ?"));
    CHECK(binds == QVariantList{QStringLiteral("lost")});

    // Without an index, the search is a LIKE whose wildcards in the text are escaped.
    spec.searchTable.clear();
    spec.likeExprs = QStringLiteral("p.code, p.name");
    q.filters.clear();
    q.search = QStringLiteral("50%_off");
    s = q.sql(spec);
    where = s.where;
    binds = s.binds;
    CHECK(where.contains(QStringLiteral("p.code LIKE ?")));
    CHECK(where.contains(QStringLiteral("p.name LIKE ?")));
    REQUIRE(binds.size() == 2);
    CHECK(binds.at(0).toString() == QStringLiteral("%50\\%\\_off%"));
}

TEST_CASE("A LIKE search treats % and _ literally", "[core][listmodel]")
{
    DbFixture f;
    makeCustomer(f.db, QStringLiteral("50% off shop"));
    makeCustomer(f.db, QStringLiteral("500 off shop"));
    ListSpec spec = partySpec();
    spec.searchTable.clear();
    spec.likeExprs = QStringLiteral("p.name");
    PagedListModel model(f.db, spec);
    model.setSearch(QStringLiteral("50%"));
    CHECK(model.totalCount() == 1);
    CHECK(model.rowCount() == 1);
}

TEST_CASE_METHOD(ListFixture, "A search with many matches streams in index order", "[core][listmodel][search]")
{
    // More matches than can be sorted at once.
    {
        PartyRepository repo(db, kActor);
        WriteTransaction tx(db);
        for (int i = 0; i < PagedListModel::kSortLimit + 100 - kParties; ++i) {
            Party p;
            p.name = QStringLiteral("Company extra %1").arg(i);
            p.isCustomer = true;
            repo.save(p);
        }
        tx.commit();
    }
    const qint64 matching = PagedListModel::kSortLimit + 100;
    model.sort(1, Qt::DescendingOrder); // by name, which a large search cannot honour
    model.setSearch(QStringLiteral("company"));
    CHECK(model.isIndexOrdered());
    CHECK(model.loadedCount() == -1);
    REQUIRE(model.rowCount() == PagedListModel::kPageSize);
    fetchAll(model);
    const QList<qint64> ids = modelIds(model);
    CHECK(ids.size() == matching);
    CHECK(std::is_sorted(ids.cbegin(), ids.cend()));
    CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == matching);
    CHECK(model.totalCount() == matching);
    CHECK(model.countUpTo(50) == 50);

    // A narrower search is sorted by the chosen column again, with an exact count.
    model.setSearch(QStringLiteral("zephyr"));
    CHECK_FALSE(model.isIndexOrdered());
    CHECK(model.loadedCount() == kParties / 100);
    CHECK(modelIds(model) == sqlIds(db, QStringLiteral("SELECT id FROM core_party WHERE name LIKE '%Zephyr' "
                                                       "ORDER BY name DESC, id DESC")));
}
