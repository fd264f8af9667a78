#include "searchsql.h"

#include "search/normalizer.h"

#include <QString>
#include <sqlite3.h>

namespace Crm::SearchSql {

namespace {
void shortIndexText(sqlite3_context *context, int, sqlite3_value **args)
{
    const void *text = sqlite3_value_text16(args[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QString key(static_cast<const QChar *>(text), sqlite3_value_bytes16(args[0]) / 2);
    const QString out = Normalizer::shortIndexText(key);
    sqlite3_result_text16(context, out.utf16(), int(out.size() * 2), SQLITE_TRANSIENT);
}
} // namespace

bool addFunctions(sqlite3 *handle)
{
    if (!handle)
        return true; // another driver: nothing to add
    return sqlite3_create_function_v2(handle, "crm_short_index_text", 1,
                                      SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, shortIndexText,
                                      nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace Crm::SearchSql
