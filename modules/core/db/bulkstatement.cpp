#include "bulkstatement.h"

#include "db/database.h"
#include "db/error.h"
#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <sqlite3.h>

namespace Crm {

namespace {
sqlite3 *handleOf(const Database &db)
{
    sqlite3 *h = db.sqliteHandle();
    if (!h)
        throw Error(QCoreApplication::translate("Crm::Database", "Bulk loading needs an SQLite database."));
    return h;
}

// SQLite's last failure on `h`, in plain words; the statement goes to the log.
Error databaseError(sqlite3 *h, const QString &sql)
{
    qCWarning(lcSql) << sqlite3_errmsg(h) << "in:" << sql.simplified();
    return Error(QCoreApplication::translate("Crm::Database", "Database error: %1.")
                     .arg(plainReason(sqlite3_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)))));
}

sqlite3_stmt *prepare(const Database &db, const QString &sql)
{
    sqlite3 *h = handleOf(db);
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        throw databaseError(h, sql);
    }
    return stmt;
}
} // namespace

void BulkRows::appendUtf8(QStringView s)
{
    const qsizetype at = m_text.size();
    m_text.resize(at + s.size() * 3); // the most UTF-8 a UTF-16 unit takes
    char *out = m_text.data() + at;
    const char16_t *in = s.utf16();
    const char16_t *end = in + s.size();
    while (in < end && *in < 0x80)
        *out++ = char(*in++);
    if (in < end) {
        QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        out = utf8.appendToBuffer(out, QStringView(in, end));
    }
    m_text.resize(out - m_text.constData());
}

BulkStatement::BulkStatement(const Database &db, const QString &sql)
    : m_stmt(prepare(db, sql))
    , m_sql(sql)
{
    m_params = sqlite3_bind_parameter_count(m_stmt);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

void BulkStatement::run(const BulkRows &rows, size_t *next)
{
    for (int i = 1; i <= m_params; ++i) {
        const BulkRows::Slot &s = rows.slot((*next)++);
        switch (s.kind) {
        case BulkRows::Slot::Int:
            sqlite3_bind_int64(m_stmt, i, s.value);
            break;
        case BulkRows::Slot::Text:
            sqlite3_bind_text(m_stmt, i, rows.text(s), s.size, SQLITE_STATIC);
            break;
        case BulkRows::Slot::Null:
            sqlite3_bind_null(m_stmt, i);
            break;
        }
    }
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        throw databaseError(sqlite3_db_handle(m_stmt), m_sql);
}

BulkLookup::BulkLookup(const Database &db, const QString &sql)
    : m_stmt(prepare(db, sql))
    , m_sql(sql)
{}

BulkLookup::~BulkLookup()
{
    sqlite3_finalize(m_stmt);
}

qint64 BulkLookup::find(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    sqlite3_bind_text(m_stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_stmt);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(m_stmt, 0) : 0;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw databaseError(sqlite3_db_handle(m_stmt), m_sql);
    return value;
}

SqliteRows::SqliteRows(const Database &db, const QString &sql, const QVariantList &binds)
    : m_stmt(prepare(db, sql))
    , m_sql(sql)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant v = bindable(binds.at(i));
        const int at = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, at);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, at, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_stmt, at, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_stmt, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            const Error e = databaseError(sqlite3_db_handle(m_stmt), m_sql);
            sqlite3_finalize(m_stmt);
            throw e;
        }
    }
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteRows::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw databaseError(sqlite3_db_handle(m_stmt), m_sql);
}

int SqliteRows::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QVariant SqliteRows::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_TEXT: {
        // The text first, then its length (SQLite's order).
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(blob, sqlite3_column_bytes(m_stmt, column));
    }
    default:
        return {};
    }
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteRows::isText(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_TEXT;
}

bool SqliteRows::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteRows::utf8(int column) const
{
    // The text first, then its length (SQLite's order).
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return {text, sqlite3_column_bytes(m_stmt, column)};
}

} // namespace Crm
