#pragma once

#include "model/party.h"

#include <QCoreApplication>
#include <optional>

namespace Crm {

class Database;

// Customers and suppliers with their contacts. The only writer of core_party and
// core_contact; keeps the duplicate keys and the search index in step.
class PartyRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::PartyRepository)
public:
    PartyRepository(const Database &db, QString actor)
        : m_db(db)
        , m_actor(std::move(actor))
    {}

    // Validates (throws Crm::Error naming the field) and saves the party with its
    // contacts in one transaction; assigns id, uuid and, when empty, a code.
    void save(Party &party) const;
    std::optional<Party> load(qint64 id) const;
    std::optional<Party> findByCode(const QString &code) const;
    // Refuses (throws) when another record refers to the party.
    void remove(qint64 id) const;

    static void validate(const Party &party);
    // An empty address, or one that looks like name@domain.tld.
    static bool isValidEmail(const QString &email);
    // Text indexed for search: code, names, phones, city and contacts.
    static QStringList searchParts(const Party &party);
    void reindex(const Party &party) const;

private:
    void saveContacts(Party &party, const QString &now) const;
    const Database &m_db;
    QString m_actor;
};

} // namespace Crm
