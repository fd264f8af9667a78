#include "demoparties.h"

#include "db/batchqueue.h"
#include "db/bulkstatement.h"
#include "db/database.h"
#include "demo/demonames.h"
#include "demo/demoutil.h"
#include "model/partybulkinsert.h"
#include "search/normalizer.h"
#include "search/searchbulkwriter.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <optional>
#include <thread>

namespace Crm::DemoParties {

namespace {

// Rows as the writer consumes them, as PartyBulkInsert takes them.
using Batch = PartyBulkInsert::Batch;
using Queue = BatchQueue<Batch>;

QString phoneFor(Demo::Rng &rng, int lang, bool mobile)
{
    switch (lang) {
    case 0:
        return mobile ? QStringLiteral("1") + QStringLiteral("3578").at(rng.below(4)) + rng.digits(9)
                      : QStringLiteral("0%1-%2").arg(10 + rng.below(80)).arg(rng.digits(8));
    case 1:
        return QStringLiteral("+1 (%1) %2-%3").arg(200 + rng.below(700)).arg(rng.digits(3), rng.digits(4));
    default:
        return QStringLiteral("+34 %1%2 %3 %4")
            .arg(mobile ? QStringLiteral("6") : QStringLiteral("9"), rng.digits(2), rng.digits(3), rng.digits(3));
    }
}

void build(const Params &p, qint64 firstId, Queue &queue)
{
    Demo::Rng rng(p.seed * 7919u + 13u);
    const QStringList levels{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B"),
                             QStringLiteral("C"), QStringLiteral("C"), QStringLiteral("C")};
    const QStringList statuses{QStringLiteral("customer"), QStringLiteral("customer"), QStringLiteral("customer"),
                               QStringLiteral("prospect"), QStringLiteral("dormant"),  QStringLiteral("lost")};
    const QStringList sources =
        QString::fromUtf8("展会 Trade fair|转介绍 Referral|网站 Website|电话 Cold call|Distribuidor")
            .split(QLatin1Char('|'));
    const QString actor = QStringLiteral("admin");
    const QString company = QStringLiteral("company");

    const int total = p.customers + p.suppliers;
    constexpr int kBatch = 500;
    Batch batch;
    batch.rows.reserve(kBatch * 2000, kBatch * 70);
    QString created;
    for (int i = 0; i < total; ++i) {
        if (i % 1000 == 0) {
            // Rows are spread over time; one timestamp per thousand is enough.
            created = QDateTime::fromMSecsSinceEpoch(p.baseMs + qint64(i) * 30000, Qt::UTC).toString(Qt::ISODateWithMs);
        }
        const bool isSupplier = i >= p.customers;
        const int r = rng.below(100);
        const int lang = r < 60 ? 0 : (r < 80 ? 1 : 2);
        const DemoNames::Language &L = lang == 0   ? DemoNames::chinese()
                                       : lang == 1 ? DemoNames::english()
                                                   : DemoNames::spanish();
        const int cityIndex = rng.below(int(L.cities.size()));
        const QString &city = L.cities.at(cityIndex);
        const QString &word = rng.pick(L.companyWords);
        const QString &industry = rng.pick(L.industries);
        // Two brand words make names varied enough for a million rows.
        const QString &word2 = rng.pick(L.companyWords);
        QString name;
        QString shortName;
        if (lang == 0) {
            shortName = word + word2.left(1);
            name = city + shortName + industry + rng.pick(L.suffixes);
        } else if (lang == 1) {
            shortName = word + QLatin1Char(' ') + word2;
            name = shortName + QLatin1Char(' ') + industry + QLatin1Char(' ') + rng.pick(L.suffixes);
        } else {
            shortName = word + QLatin1Char(' ') + rng.pick(L.surnames);
            name = shortName + QLatin1Char(' ') + industry + QLatin1Char(' ') + rng.pick(L.suffixes);
        }
        const qint64 id = firstId + i;
        const QString code =
            isSupplier ? p.supplierCodes(i - p.customers + 1) : p.customerCodes(i + 1);
        const QString phone = phoneFor(rng, lang, false);
        const QString mobile = phoneFor(rng, lang, true);
        const QString domain = QStringLiteral("c") + QString::number(id) + QStringLiteral(".example.com");
        const QString email = QStringLiteral("info@") + domain;
        const QString taxId = lang == 0 ? QStringLiteral("9131") + rng.digits(14)
                                        : (lang == 2 ? QStringLiteral("B") + rng.digits(8) : QString());
        const QString address = lang == 0 ? rng.pick(L.companyWords) + QStringLiteral("路") +
                                                QString::number(1 + rng.below(999)) + QStringLiteral("号")
                                          : QString::number(1 + rng.below(999)) + QLatin1Char(' ') +
                                                rng.pick(L.surnames) + QStringLiteral(" Street");
        const qint64 owner = p.owners.at(rng.below(int(p.owners.size())));
        BulkRows &b = batch.rows;
        b.addInt(id);
        for (const QString &t : {rng.uuid(p.baseMs + i), code, name, shortName})
            b.addText(t);
        b.addInt(!isSupplier);
        b.addInt(isSupplier);
        for (const QString &t : {company, industry, L.regions.at(cityIndex), L.country, city, address, rng.digits(6),
                                 phone, mobile, email, taxId, rng.pick(levels), rng.pick(sources)})
            b.addText(t);
        if (isSupplier)
            b.addNull();
        else
            b.addInt(owner);
        b.addText(isSupplier ? statuses.first() : rng.pick(statuses));
        b.addInt(qint64(rng.below(50)) * 1000000);
        b.addInt(p.paymentTerms.at(rng.below(int(p.paymentTerms.size()))));
        for (const QString &t :
             {lang == 2 ? QStringLiteral("EUR") : (lang == 1 ? QStringLiteral("USD") : QStringLiteral("CNY")),
              Normalizer::name(name), Normalizer::phone(phone), email, Normalizer::taxId(taxId), created, created,
              actor})
            b.addText(t);
        QStringList parts{code, name, shortName, phone, mobile, city};
        const int contacts = 1 + rng.below(3);
        for (int k = 0; k < contacts; ++k) {
            const QString cname = lang == 0 ? rng.pick(L.surnames) + rng.pick(L.givenNames)
                                            : rng.pick(L.givenNames) + QLatin1Char(' ') + rng.pick(L.surnames);
            const QString cmobile = phoneFor(rng, lang, true);
            const QString cemail = QStringLiteral("contact") + QString::number(k + 1) + QLatin1Char('@') + domain;
            b.addText(rng.uuid(p.baseMs + i));
            b.addInt(id);
            for (const QString &t : {cname, rng.pick(L.titles), phone, cmobile, cemail})
                b.addText(t);
            b.addInt(k == 0);
            for (const QString &t : {Normalizer::phone(cmobile), cemail, created, created, actor})
                b.addText(t);
            parts << cname << cmobile << phone; // as PartyRepository::searchParts: name, mobile, phone
        }
        const QString key = SearchIndex::keyText(parts);
        BulkRows &s = batch.search;
        s.addInt(id);
        s.addText(key);
        s.addInt(id);
        s.addText(Normalizer::shortIndexText(key));
        batch.contacts.push_back(quint8(contacts));
        if (batch.contacts.size() == kBatch) {
            if (!queue.push(std::move(batch)))
                return; // the writer gave up
            batch = Batch();
            batch.rows.reserve(kBatch * 2000, kBatch * 70);
        }
    }
    if (!batch.isEmpty() && !queue.push(std::move(batch)))
        return;
    queue.close();
}

} // namespace

void generate(const Database &db, const Params &p, const std::function<void(int)> &progress)
{
    // Secondary indexes are built once afterwards: sorting is far faster than
    // maintaining them row by row.
    QStringList indexSql;
    {
        QSqlQuery iq = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                              "tbl_name IN ('core_party', 'core_contact') AND sql IS NOT NULL"));
        QStringList names;
        while (iq.next()) {
            names << iq.value(0).toString();
            indexSql << iq.value(1).toString();
        }
        for (const QString &name : names)
            db.exec(QStringLiteral("DROP INDEX %1").arg(name));
    }
    BulkStatement party(
        db,
        QStringLiteral(
            "INSERT INTO core_party(id, uuid, code, name, short_name, is_customer, is_supplier, party_type, industry, "
            "region, country, city, address, postal_code, phone, mobile, email, tax_id, level, source, owner_id, "
            "status, "
            "credit_limit_minor, payment_terms_id, currency, name_key, phone_key, email_key, tax_key, created_at, "
            "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    BulkStatement contact(db, QStringLiteral("INSERT INTO core_contact(uuid, party_id, name, title, phone, mobile, "
                                             "email, is_primary, phone_key, email_key, "
                                             "created_at, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    SearchBulkWriter search(db, QStringLiteral("core_party"));

    const qint64 firstId = db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM core_party")).toLongLong();
    const int total = p.customers + p.suppliers;
    Queue queue;
    std::thread builder([&] { build(p, firstId, queue); });
    int written = 0;
    try {
        while (std::optional<Batch> batch = queue.pop()) {
            size_t next = 0;
            for (const quint8 contacts : batch->contacts) {
                party.run(batch->rows, &next);
                for (int k = 0; k < contacts; ++k)
                    contact.run(batch->rows, &next);
            }
            search.add(std::move(batch->search));
            written += int(batch->contacts.size());
            if (progress)
                progress(int(90.0 * written / std::max(1, total)));
        }
        search.finish();
    } catch (...) {
        // The builder stops at its next push; a push it waits in returns.
        queue.cancel();
        builder.join();
        throw;
    }
    builder.join();
    for (const QString &sql : indexSql)
        db.exec(sql);

    db.exec(QStringLiteral("UPDATE core_numbering SET next_value = ? WHERE doc_type = 'core.customer'"),
            {p.customers + 1});
    db.exec(QStringLiteral("UPDATE core_numbering SET next_value = ? WHERE doc_type = 'core.supplier'"),
            {p.suppliers + 1});
    if (progress)
        progress(100);
}

} // namespace Crm::DemoParties
