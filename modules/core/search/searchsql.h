#pragma once

struct sqlite3;

namespace Crm::SearchSql {

// Adds the search index's SQL functions to an SQLite connection, so that SQL
// (migrations that rebuild an index) derives index text exactly as C++ does:
//   crm_short_index_text(key) → Normalizer::shortIndexText(key)
// Returns false when SQLite refuses them.
bool addFunctions(sqlite3 *handle);

} // namespace Crm::SearchSql
