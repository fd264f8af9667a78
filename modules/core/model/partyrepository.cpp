#include "partyrepository.h"

#include "db/database.h"
#include "db/error.h"
#include "db/sqltext.h"
#include "db/references.h"
#include "model/numbering.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace Crm {

using SqlText::idOrNull;

namespace {
const SearchIndex &partyIndex()
{
    static const SearchIndex index(QStringLiteral("core_party"));
    return index;
}

const QString kColumns = QStringLiteral(
    "id, uuid, code, name, short_name, is_customer, is_supplier, party_type, industry, region, country, city, "
    "address, postal_code, shipping_address, phone, mobile, fax, email, website, tax_id, level, source, owner_id, "
    "status, credit_limit_minor, payment_terms_id, currency, notes, tags, created_at, updated_at, updated_by");
} // namespace

bool PartyRepository::isValidEmail(const QString &email)
{
    // Something, one @, then a domain with a dot inside it; no spaces.
    if (email.isEmpty())
        return true;
    const QStringView e = QStringView(email).trimmed();
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || e.indexOf(u'@', at + 1) >= 0 || std::any_of(e.cbegin(), e.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    const QStringView domain = e.sliced(at + 1);
    return domain.size() >= 3 && domain.sliced(1, domain.size() - 2).contains(u'.');
}

void PartyRepository::validate(const Party &p)
{
    if (p.name.trimmed().isEmpty())
        throw Error(tr("The name is required."), QStringLiteral("name"));
    if (!p.isCustomer && !p.isSupplier)
        throw Error(tr("A party must be a customer, a supplier or both."), QStringLiteral("is_customer"));
    if (!isValidEmail(p.email))
        throw Error(tr("The e-mail address \"%1\" is not valid.").arg(p.email), QStringLiteral("email"));
    if (!Party::statuses().contains(p.status))
        throw Error(tr("Unknown status \"%1\".").arg(p.status), QStringLiteral("status"));
    if (p.creditLimitMinor < 0)
        throw Error(tr("The credit limit cannot be negative."), QStringLiteral("credit_limit"));
    int primaries = 0;
    for (int i = 0; i < p.contacts.size(); ++i) {
        const Contact &c = p.contacts.at(i);
        if (c.name.trimmed().isEmpty())
            throw Error(tr("Contact %1 has no name.").arg(i + 1), QStringLiteral("contacts"));
        if (!isValidEmail(c.email))
            throw Error(tr("The e-mail address \"%1\" of contact %2 is not valid.").arg(c.email, c.name),
                        QStringLiteral("contacts"));
        primaries += c.isPrimary ? 1 : 0;
    }
    if (primaries > 1)
        throw Error(tr("Only one contact can be the primary contact."), QStringLiteral("contacts"));
}

QStringList PartyRepository::searchParts(const Party &p)
{
    QStringList parts{p.code, p.name, p.shortName, p.phone, p.mobile, p.city};
    for (const Contact &c : p.contacts)
        parts << c.name << c.mobile << c.phone;
    return parts;
}

void PartyRepository::reindex(const Party &p) const
{
    partyIndex().update(m_db, p.id, searchParts(p));
}

void PartyRepository::save(Party &p) const
{
    validate(p);
    // Exactly one primary contact when there are contacts.
    if (!p.contacts.isEmpty()) {
        bool any = false;
        for (const Contact &c : p.contacts)
            any = any || c.isPrimary;
        if (!any)
            p.contacts.first().isPrimary = true;
    }
    WriteTransaction tx(m_db);
    const QString now = Database::nowUtc();
    if (p.code.trimmed().isEmpty()) {
        Numbering numbering(m_db);
        p.code = numbering.next(p.isCustomer ? QStringLiteral("core.customer") : QStringLiteral("core.supplier"));
    }
    p.code = p.code.trimmed();
    const QVariant clash =
        m_db.scalar(QStringLiteral("SELECT name FROM core_party WHERE code = ? AND id <> ?"), {p.code, p.id});
    if (clash.isValid())
        throw Error(tr("The code %1 is already used by %2.").arg(p.code, clash.toString()), QStringLiteral("code"));

    const QVariantList values{p.code,
                              p.name.trimmed(),
                              p.shortName,
                              int(p.isCustomer),
                              int(p.isSupplier),
                              p.partyType,
                              p.industry,
                              p.region,
                              p.country,
                              p.city,
                              p.address,
                              p.postalCode,
                              p.shippingAddress,
                              p.phone,
                              p.mobile,
                              p.fax,
                              p.email.trimmed(),
                              p.website,
                              p.taxId,
                              p.level,
                              p.source,
                              idOrNull(p.ownerId),
                              p.status,
                              p.creditLimitMinor,
                              idOrNull(p.paymentTermsId),
                              p.currency,
                              p.notes,
                              p.tags,
                              Normalizer::name(p.name),
                              Normalizer::phone(p.phone.isEmpty() ? p.mobile : p.phone),
                              Normalizer::email(p.email),
                              Normalizer::taxId(p.taxId),
                              now,
                              m_actor};
    const QString sets = QStringLiteral(
        "code=?, name=?, short_name=?, is_customer=?, is_supplier=?, party_type=?, industry=?, region=?, country=?, "
        "city=?, address=?, postal_code=?, shipping_address=?, phone=?, mobile=?, fax=?, email=?, website=?, tax_id=?, "
        "level=?, source=?, owner_id=?, status=?, credit_limit_minor=?, payment_terms_id=?, currency=?, notes=?, "
        "tags=?, name_key=?, phone_key=?, email_key=?, tax_key=?, updated_at=?, updated_by=?");
    if (p.id > 0) {
        QVariantList v = values;
        v << p.id;
        QSqlQuery q = m_db.exec(QStringLiteral("UPDATE core_party SET %1 WHERE id = ?").arg(sets), v);
        if (q.numRowsAffected() != 1)
            throw Error(tr("The record was deleted by someone else; it cannot be saved."));
    } else {
        p.uuid = Database::newUuid();
        QVariantList v = values;
        v << p.uuid << now;
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO core_party(code, name, short_name, is_customer, is_supplier, party_type, "
                           "industry, region, country, city, address, postal_code, shipping_address, phone, mobile, "
                           "fax, email, website, tax_id, level, source, owner_id, status, credit_limit_minor, "
                           "payment_terms_id, currency, notes, tags, name_key, phone_key, email_key, tax_key, "
                           "updated_at, updated_by, uuid, created_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            v);
        p.id = q.lastInsertId().toLongLong();
        p.createdAt = now;
    }
    p.updatedAt = now;
    p.updatedBy = m_actor;
    saveContacts(p, now);
    reindex(p);
    tx.commit();
}

void PartyRepository::saveContacts(Party &p, const QString &now) const
{
    QSet<qint64> keep;
    for (const Contact &c : p.contacts)
        if (c.id > 0)
            keep.insert(c.id);
    QSqlQuery existing = m_db.exec(QStringLiteral("SELECT id FROM core_contact WHERE party_id = ?"), {p.id});
    QList<qint64> gone;
    while (existing.next())
        if (!keep.contains(existing.value(0).toLongLong()))
            gone << existing.value(0).toLongLong();
    for (qint64 id : gone)
        m_db.exec(QStringLiteral("DELETE FROM core_contact WHERE id = ?"), {id});
    for (Contact &c : p.contacts) {
        const QVariantList values{c.name.trimmed(),
                                  c.title,
                                  c.department,
                                  c.phone,
                                  c.mobile,
                                  c.email.trimmed(),
                                  int(c.isPrimary),
                                  c.notes,
                                  Normalizer::phone(c.mobile.isEmpty() ? c.phone : c.mobile),
                                  Normalizer::email(c.email),
                                  now,
                                  m_actor};
        if (c.id > 0) {
            QVariantList v = values;
            v << c.id << p.id;
            m_db.exec(QStringLiteral("UPDATE core_contact SET name=?, title=?, department=?, phone=?, mobile=?, "
                                     "email=?, is_primary=?, notes=?, phone_key=?, email_key=?, updated_at=?, "
                                     "updated_by=? WHERE id=? AND party_id=?"),
                      v);
        } else {
            c.uuid = Database::newUuid();
            QVariantList v = values;
            v << c.uuid << now << p.id;
            QSqlQuery q = m_db.exec(
                QStringLiteral("INSERT INTO core_contact(name, title, department, phone, mobile, email, is_primary, "
                               "notes, phone_key, email_key, updated_at, updated_by, uuid, created_at, party_id) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                v);
            c.id = q.lastInsertId().toLongLong();
        }
    }
}

std::optional<Party> PartyRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM core_party WHERE id = ?").arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    Party p;
    int i = 0;
    auto s = [&] { return q.value(i++).toString(); };
    auto n = [&] { return q.value(i++).toLongLong(); };
    p.id = n();
    p.uuid = s();
    p.code = s();
    p.name = s();
    p.shortName = s();
    p.isCustomer = n() != 0;
    p.isSupplier = n() != 0;
    p.partyType = s();
    p.industry = s();
    p.region = s();
    p.country = s();
    p.city = s();
    p.address = s();
    p.postalCode = s();
    p.shippingAddress = s();
    p.phone = s();
    p.mobile = s();
    p.fax = s();
    p.email = s();
    p.website = s();
    p.taxId = s();
    p.level = s();
    p.source = s();
    p.ownerId = n();
    p.status = s();
    p.creditLimitMinor = n();
    p.paymentTermsId = n();
    p.currency = s();
    p.notes = s();
    p.tags = s();
    p.createdAt = s();
    p.updatedAt = s();
    p.updatedBy = s();
    QSqlQuery c = m_db.exec(QStringLiteral("SELECT id, uuid, name, title, department, phone, mobile, email, "
                                           "is_primary, notes FROM core_contact WHERE party_id = ? "
                                           "ORDER BY is_primary DESC, id"),
                            {id});
    while (c.next()) {
        Contact k;
        k.id = c.value(0).toLongLong();
        k.uuid = c.value(1).toString();
        k.name = c.value(2).toString();
        k.title = c.value(3).toString();
        k.department = c.value(4).toString();
        k.phone = c.value(5).toString();
        k.mobile = c.value(6).toString();
        k.email = c.value(7).toString();
        k.isPrimary = c.value(8).toInt() != 0;
        k.notes = c.value(9).toString();
        p.contacts << k;
    }
    return p;
}

std::optional<Party> PartyRepository::findByCode(const QString &code) const
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM core_party WHERE code = ?"), {code});
    if (!id.isValid())
        return std::nullopt;
    return load(id.toLongLong());
}

void PartyRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    const QVariant code = m_db.scalar(QStringLiteral("SELECT code FROM core_party WHERE id = ?"), {id});
    if (!code.isValid())
        throw Error(tr("The record no longer exists."));
    const QString refs = blockingReferences(m_db, QStringLiteral("core_party"), id);
    if (!refs.isEmpty())
        throw Error(tr("%1 cannot be deleted: other records refer to it (%2).").arg(code.toString(), refs));
    m_db.exec(QStringLiteral("DELETE FROM core_party WHERE id = ?"), {id});
    partyIndex().remove(m_db, id);
    tx.commit();
}

} // namespace Crm
