#include "model/partybulkinsert.h"

#include "db/batchqueue.h"
#include "db/database.h"
#include "db/error.h"
#include "model/partyrepository.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QThread>
#include <memory>
#include <thread>

namespace Crm {

PartyBulkInsert::PartyBulkInsert(const Database &db, QString actor)
    : m_db(db)
    , m_party(db, QStringLiteral("INSERT INTO core_party(id, uuid, code, name, short_name, is_customer, is_supplier, "
                                 "party_type, industry, region, country, city, address, postal_code, "
                                 "shipping_address, phone, mobile, fax, email, website, tax_id, level, source, "
                                 "owner_id, status, credit_limit_minor, payment_terms_id, currency, notes, tags, "
                                 "name_key, phone_key, email_key, tax_key, created_at, updated_at, updated_by) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
    , m_contact(db, QStringLiteral("INSERT INTO core_contact(uuid, party_id, name, title, department, phone, mobile, "
                                   "email, is_primary, notes, phone_key, email_key, created_at, updated_at, "
                                   "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
    , m_search(db, QStringLiteral("core_party"))
    , m_firstId(db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM core_party")).toLongLong())
    , m_now(Database::nowUtc())
    , m_actor(std::move(actor))
    , m_cache(db, QStringLiteral("cache_size"), -262144) // 256 MB
{}

void PartyBulkInsert::pack(Party &p, qint64 id, const QString &now, const QString &actor, Batch &batch)
{
    if (!p.contacts.isEmpty() &&
        std::none_of(p.contacts.cbegin(), p.contacts.cend(), [](const Contact &c) { return c.isPrimary; }))
        p.contacts.first().isPrimary = true;
    p.id = id;
    p.uuid = Database::newUuid();
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
    p.email = p.email.trimmed();
    p.createdAt = now;
    p.updatedAt = now;
    p.updatedBy = actor;

    BulkRows &b = batch.rows;
    b.addInt(p.id);
    for (const QString *t : {&p.uuid, &p.code, &p.name, &p.shortName})
        b.addText(*t);
    b.addInt(p.isCustomer);
    b.addInt(p.isSupplier);
    for (const QString *t :
         {&p.partyType, &p.industry, &p.region, &p.country, &p.city, &p.address, &p.postalCode, &p.shippingAddress,
          &p.phone, &p.mobile, &p.fax, &p.email, &p.website, &p.taxId, &p.level, &p.source})
        b.addText(*t);
    if (p.ownerId > 0)
        b.addInt(p.ownerId);
    else
        b.addNull();
    b.addText(p.status);
    b.addInt(p.creditLimitMinor);
    if (p.paymentTermsId > 0)
        b.addInt(p.paymentTermsId);
    else
        b.addNull();
    for (const QString &t : {p.currency, p.notes, p.tags, Normalizer::name(p.name),
                             Normalizer::phone(p.phone.isEmpty() ? p.mobile : p.phone), Normalizer::email(p.email),
                             Normalizer::taxId(p.taxId), now, now, actor})
        b.addText(t);
    for (Contact &c : p.contacts) {
        c.uuid = Database::newUuid();
        b.addText(c.uuid);
        b.addInt(p.id);
        for (const QString &t : {c.name.trimmed(), c.title, c.department, c.phone, c.mobile, c.email.trimmed()})
            b.addText(t);
        b.addInt(c.isPrimary);
        for (const QString &t : {c.notes, Normalizer::phone(c.mobile.isEmpty() ? c.phone : c.mobile),
                                 Normalizer::email(c.email), now, now, actor})
            b.addText(t);
    }
    const QString key = SearchIndex::keyText(PartyRepository::searchParts(p));
    BulkRows &s = batch.search;
    s.addInt(p.id);
    s.addText(key);
    s.addInt(p.id);
    s.addText(Normalizer::shortIndexText(key));
    batch.contacts.push_back(quint8(std::min<qsizetype>(p.contacts.size(), 255)));
}

void PartyBulkInsert::write(Batch &&batch)
{
    size_t next = 0;
    for (const quint8 contacts : batch.contacts) {
        m_party.run(batch.rows, &next);
        for (int i = 0; i < contacts; ++i)
            m_contact.run(batch.rows, &next);
    }
    m_search.add(std::move(batch.search));
}

void PartyBulkInsert::finish()
{
    m_search.finish();
}

void PartyBulkInsert::insertAll(qsizetype count, const std::function<Party(qsizetype)> &partyAt,
                                const std::function<void()> &stopIfCancelled)
{
    constexpr qsizetype kBatch = 500;
    const qsizetype batches = (count + kBatch - 1) / kBatch;
    if (batches == 0)
        return;
    // Batch k is packed by builder k % builders, each through its own queue.
    const int builders =
        int(std::clamp<qsizetype>(QThread::idealThreadCount() - 1, 1, std::min<qsizetype>(3, batches)));
    std::vector<std::unique_ptr<BatchQueue<Batch>>> queues;
    for (int t = 0; t < builders; ++t)
        queues.push_back(std::make_unique<BatchQueue<Batch>>(4));
    std::vector<std::thread> threads;
    for (int t = 0; t < builders; ++t) {
        threads.emplace_back([&, t, firstId = m_firstId, now = m_now, actor = m_actor] {
            BatchQueue<Batch> &queue = *queues.at(size_t(t));
            for (qsizetype k = t; k < batches; k += builders) {
                Batch batch;
                for (qsizetype i = k * kBatch; i < std::min(count, (k + 1) * kBatch); ++i) {
                    Party p = partyAt(i);
                    pack(p, firstId + i, now, actor, batch);
                }
                if (!queue.push(std::move(batch)))
                    return;
            }
            queue.close();
        });
    }
    auto stop = [&] {
        for (auto &q : queues)
            q->cancel();
        for (std::thread &t : threads)
            t.join();
    };
    try {
        for (qsizetype k = 0; k < batches; ++k) {
            if (stopIfCancelled)
                stopIfCancelled();
            std::optional<Batch> batch = queues.at(size_t(k % builders))->pop();
            if (!batch)
                throw Error(QCoreApplication::translate("Crm::PartyBulkInsert",
                                                        "The import stopped before every row was written."));
            write(std::move(*batch));
        }
        finish();
    } catch (...) {
        stop();
        throw;
    }
    stop();
    m_firstId += count;
}

} // namespace Crm
