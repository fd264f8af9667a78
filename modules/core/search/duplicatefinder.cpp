#include "duplicatefinder.h"

#include "db/database.h"
#include "model/party.h"
#include "search/normalizer.h"

#include <QSqlQuery>
#include <algorithm>

namespace Crm {

QList<DuplicateCandidate> DuplicateFinder::find(const Party &p, int limit) const
{
    QList<DuplicateCandidate> out;
    auto add = [&](const QString &sql, const QString &key, const QString &reason, bool exactName) {
        if (key.isEmpty() || out.size() >= limit)
            return;
        QSqlQuery q = m_db.exec(sql, {key, p.id, limit});
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            auto it = std::find_if(out.begin(), out.end(), [id](const DuplicateCandidate &c) { return c.id == id; });
            if (it != out.end()) {
                it->reason += QLatin1String(", ") + reason;
                it->exactName = it->exactName || exactName;
                continue;
            }
            out.append({id, q.value(1).toString(), q.value(2).toString(), reason, exactName});
        }
    };
    const QString byParty =
        QStringLiteral("SELECT id, code, name FROM core_party WHERE %1 = ? AND id <> ? ORDER BY id LIMIT ?");
    const QString byContact = QStringLiteral(
        "SELECT DISTINCT p.id, p.code, p.name FROM core_contact c JOIN core_party p ON p.id = c.party_id "
        "WHERE c.%1 = ? AND p.id <> ? ORDER BY p.id LIMIT ?");
    const QString nameKey = Normalizer::name(p.name);
    add(byParty.arg(QStringLiteral("name_key")), nameKey, tr("same name"), true);
    add(byParty.arg(QStringLiteral("tax_key")), Normalizer::taxId(p.taxId), tr("same tax id"), false);
    QStringList phones{Normalizer::phone(p.phone), Normalizer::phone(p.mobile)};
    QStringList emails{Normalizer::email(p.email)};
    for (const Contact &c : p.contacts) {
        phones << Normalizer::phone(c.mobile) << Normalizer::phone(c.phone);
        emails << Normalizer::email(c.email);
    }
    phones.removeDuplicates();
    emails.removeDuplicates();
    for (const QString &phone : phones) {
        if (phone.size() < 6)
            continue;
        add(byParty.arg(QStringLiteral("phone_key")), phone, tr("same phone"), false);
        add(byContact.arg(QStringLiteral("phone_key")), phone, tr("same phone"), false);
    }
    for (const QString &email : emails) {
        add(byParty.arg(QStringLiteral("email_key")), email, tr("same e-mail"), false);
        add(byContact.arg(QStringLiteral("email_key")), email, tr("same e-mail"), false);
    }
    return out;
}

} // namespace Crm
