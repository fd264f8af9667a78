#include "model/partybulkinsert.h"

#include "db/database.h"
#include "model/partyrepository.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

namespace Crm {

PartyBulkInsert::PartyBulkInsert(const Database &db, QString actor)
    : m_party(db, QStringLiteral("INSERT INTO core_party(id, uuid, code, name, short_name, is_customer, is_supplier, "
                                 "party_type, industry, region, country, city, address, postal_code, "
                                 "shipping_address, phone, mobile, fax, email, website, tax_id, level, source, "
                                 "owner_id, status, credit_limit_minor, payment_terms_id, currency, notes, tags, "
                                 "name_key, phone_key, email_key, tax_key, created_at, updated_at, updated_by) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
    , m_contact(db, QStringLiteral("INSERT INTO core_contact(uuid, party_id, name, title, department, phone, mobile, "
                                   "email, is_primary, notes, phone_key, email_key, created_at, updated_at, "
                                   "updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
    , m_fts(db, QStringLiteral("INSERT INTO core_party_fts(rowid, key) VALUES (?, ?)"))
    , m_ftsShort(db, QStringLiteral("INSERT INTO core_party_fts_short(rowid, key) VALUES (?, ?)"))
    , m_nextId(db.scalar(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM core_party")).toLongLong())
    , m_now(Database::nowUtc())
    , m_actor(std::move(actor))
{
}

void PartyBulkInsert::insert(Party &p)
{
    if (!p.contacts.isEmpty() &&
        std::none_of(p.contacts.cbegin(), p.contacts.cend(), [](const Contact &c) { return c.isPrimary; }))
        p.contacts.first().isPrimary = true;
    p.id = m_nextId++;
    p.uuid = Database::newUuid();
    p.code = p.code.trimmed();
    p.name = p.name.trimmed();
    p.email = p.email.trimmed();
    p.createdAt = m_now;
    p.updatedAt = m_now;
    p.updatedBy = m_actor;

    BulkRows &b = m_rows;
    b.clear();
    b.addInt(p.id);
    for (const QString *t : {&p.uuid, &p.code, &p.name, &p.shortName})
        b.addText(*t);
    b.addInt(p.isCustomer);
    b.addInt(p.isSupplier);
    for (const QString *t : {&p.partyType, &p.industry, &p.region, &p.country, &p.city, &p.address, &p.postalCode,
                             &p.shippingAddress, &p.phone, &p.mobile, &p.fax, &p.email, &p.website, &p.taxId,
                             &p.level, &p.source})
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
    for (const QString &t :
         {p.currency, p.notes, p.tags, Normalizer::name(p.name), Normalizer::phone(p.phone.isEmpty() ? p.mobile : p.phone),
          Normalizer::email(p.email), Normalizer::taxId(p.taxId), m_now, m_now, m_actor})
        b.addText(t);
    for (Contact &c : p.contacts) {
        c.uuid = Database::newUuid();
        b.addText(c.uuid);
        b.addInt(p.id);
        for (const QString &t : {c.name.trimmed(), c.title, c.department, c.phone, c.mobile, c.email.trimmed()})
            b.addText(t);
        b.addInt(c.isPrimary);
        for (const QString &t : {c.notes, Normalizer::phone(c.mobile.isEmpty() ? c.phone : c.mobile),
                                 Normalizer::email(c.email), m_now, m_now, m_actor})
            b.addText(t);
    }
    const QString key = SearchIndex::keyText(PartyRepository::searchParts(p));
    b.addInt(p.id);
    b.addText(key);
    b.addInt(p.id);
    b.addText(Normalizer::shortIndexText(key));

    size_t next = 0;
    m_party.run(b, &next);
    for (qsizetype i = 0; i < p.contacts.size(); ++i)
        m_contact.run(b, &next);
    m_fts.run(b, &next);
    m_ftsShort.run(b, &next);
}

} // namespace Crm
