#pragma once

#include "db/bulkstatement.h"
#include "search/ftstermbuffer.h"

#include <vector>

namespace Crm {

class Database;

// Writes the rows of a table's two search indexes (`<table>_fts`, trigram, and
// `<table>_fts_short`) for a bulk load. The rows are held back and written a
// whole run at a time, one index after the other, and while it lives each index
// keeps up to that much of its new terms in memory (FtsTermBuffer): each run
// then makes one segment per index. Written right after each record instead,
// the same rows made an import of 100,000 customers about 1 s slower (traced):
// each statement works on other structures than the one before it, and FTS5
// writes a segment per 1 MB of terms that it merges again and again. Runs
// inside the caller's WriteTransaction.
class SearchBulkWriter
{
public:
    // Search text held back before a run is written (bounds the memory).
    static constexpr qsizetype kRunBytes = 64 * 1024 * 1024;

    SearchBulkWriter(const Database &db, const QString &table);
    // Adds rows of four slots each: rowid, key, rowid, short-index key
    // (Normalizer::shortIndexText of the key); may write a run.
    void add(BulkRows &&rows);
    // Writes the rows still held back. Call it once after the last add().
    void finish();

private:
    BulkStatement m_fts;
    BulkStatement m_ftsShort;
    FtsTermBuffer m_ftsBuffer;
    FtsTermBuffer m_ftsShortBuffer;
    std::vector<BulkRows> m_held;
    qsizetype m_heldBytes = 0;
};

} // namespace Crm
