#pragma once

#include "db/bulkstatement.h"
#include "db/scopedpragma.h"
#include "model/party.h"
#include "search/searchbulkwriter.h"

#include <QStringList>
#include <QVariant>
#include <functional>
#include <vector>

namespace Crm {

class Database;

// Inserts many new parties — with their contacts, duplicate keys and search-index
// rows, the same values PartyRepository::save writes — through statements prepared
// once: imports of tens of thousands of customers. The parties are validated and
// have their codes. Runs inside the caller's WriteTransaction.
//
// Packing (normalising, search keys) is separate from writing so that other
// threads can pack while this one writes. While it lives, the connection's page
// cache is larger, so that the indexes being filled stay in memory instead of
// spilling to the WAL and being read back. The search-index rows are held back
// and written in runs (SearchBulkWriter).
class PartyBulkInsert
{
public:
    // The rows of a batch of packed parties.
    struct Batch
    {
        BulkRows rows;                // parties and their contacts
        BulkRows search;              // per party: rowid, key, rowid, short key
        std::vector<quint8> contacts; // per party
        bool isEmpty() const { return contacts.empty(); }
    };

    PartyBulkInsert(const Database &db, QString actor);
    PartyBulkInsert(const PartyBulkInsert &) = delete;
    PartyBulkInsert &operator=(const PartyBulkInsert &) = delete;
    // The id the first inserted party gets; the others follow.
    qint64 firstId() const { return m_firstId; }
    QString now() const { return m_now; }
    QString actor() const { return m_actor; }

    // Thread-safe: adds `party` with `id` to `batch`; sets its ids, uuids and timestamps.
    static void pack(Party &party, qint64 id, const QString &now, const QString &actor, Batch &batch);
    // On the transaction's thread: writes the batch's parties and contacts; its
    // search-index rows are written by a later write() or by finish().
    void write(Batch &&batch);
    // On the transaction's thread: writes the search-index rows still held back.
    // Call it once after the last write(); insertAll() does.
    void finish();
    // Inserts `count` parties: `partyAt(i)` — called on other threads, several
    // at once, so it must only read — gives each; they are packed in batches on
    // those threads and written here in order. `stopIfCancelled`, when given,
    // is called before each batch is written; what it throws stops the insert
    // (the caller's transaction then rolls back).
    void insertAll(qsizetype count, const std::function<Party(qsizetype)> &partyAt,
                   const std::function<void()> &stopIfCancelled = {});

private:
    const Database &m_db;
    BulkStatement m_party;
    BulkStatement m_contact;
    SearchBulkWriter m_search;
    qint64 m_firstId = 1;
    QString m_now;
    QString m_actor;
    ScopedPragma m_cache; // a larger page cache while it lives
};

} // namespace Crm
