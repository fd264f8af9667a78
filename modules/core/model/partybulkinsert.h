#pragma once

#include "db/bulkstatement.h"
#include "db/scopedpragma.h"
#include "model/party.h"
#include "search/ftstermbuffer.h"

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
// spilling to the WAL and being read back.
//
// The search-index rows are held back and written after the party rows, a
// whole run of them at a time, one index after the other. Written right after
// each party, the same rows (the same FTS5 segments: traced) made an import of
// 100,000 customers about 1 s slower, in CPU time: each statement then works
// on other structures (party indexes, each FTS5 index's term buffer) than the
// one before it, instead of on the ones still in the processor's caches.
// Each FTS5 index then keeps the run's terms in memory up to the size of that
// run (FtsTermBuffer) and writes one segment, instead of a segment per 1 MB
// that it merges again before the commit.
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
    void writeSearch();

    const Database &m_db;
    BulkStatement m_party;
    BulkStatement m_contact;
    BulkStatement m_fts;
    BulkStatement m_ftsShort;
    FtsTermBuffer m_ftsBuffer;
    FtsTermBuffer m_ftsShortBuffer;
    std::vector<BulkRows> m_search; // held back until writeSearch()
    qsizetype m_searchBytes = 0;
    qint64 m_firstId = 1;
    QString m_now;
    QString m_actor;
    ScopedPragma m_cache; // a larger page cache while it lives
};

} // namespace Crm
