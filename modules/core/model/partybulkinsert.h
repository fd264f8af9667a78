#pragma once

#include "db/bulkstatement.h"
#include "model/party.h"

namespace Crm {

class Database;

// Inserts many new parties — with their contacts, duplicate keys and search-index
// rows, the same values PartyRepository::save writes — through statements prepared
// once: imports of tens of thousands of customers. The parties are validated and
// have their codes. Runs inside the caller's WriteTransaction; assigns ids, uuids
// and timestamps.
class PartyBulkInsert
{
public:
    PartyBulkInsert(const Database &db, QString actor);
    void insert(Party &party);

private:
    BulkStatement m_party;
    BulkStatement m_contact;
    BulkStatement m_fts;
    BulkStatement m_ftsShort;
    BulkRows m_rows;
    qint64 m_nextId = 1;
    QString m_now;
    QString m_actor;
};

} // namespace Crm
