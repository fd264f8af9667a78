#include "search/searchbulkwriter.h"

#include "search/searchindex.h"

namespace Crm {

SearchBulkWriter::SearchBulkWriter(const Database &db, const QString &table)
    : m_fts(db, SearchIndex::insertSql(table, false))
    , m_ftsShort(db, SearchIndex::insertSql(table, true))
    , m_ftsBuffer(db, table + QStringLiteral("_fts"), kRunBytes)
    , m_ftsShortBuffer(db, table + QStringLiteral("_fts_short"), kRunBytes)
{}

void SearchBulkWriter::add(BulkRows &&rows)
{
    m_heldBytes += rows.textBytes();
    m_held.push_back(std::move(rows));
    if (m_heldBytes >= kRunBytes)
        finish();
}

void SearchBulkWriter::finish()
{
    // One index after the other: each keeps its pending terms in memory until
    // they fill its buffer.
    for (const BulkRows &rows : m_held)
        for (size_t next = 0; next < rows.slotCount(); next += 2)
            m_fts.run(rows, &next);
    for (const BulkRows &rows : m_held)
        for (size_t next = 2; next < rows.slotCount(); next += 2)
            m_ftsShort.run(rows, &next);
    m_held.clear();
    m_heldBytes = 0;
}

} // namespace Crm
