#include "search/ftstermbuffer.h"

#include "db/database.h"

namespace Crm {

namespace {
constexpr qint64 kSqliteDefault = 1024 * 1024; // FTS5_DEFAULT_HASHSIZE
} // namespace

FtsTermBuffer::FtsTermBuffer(const Database &db, QString table, qint64 bytes)
    : m_db(db)
    , m_table(std::move(table))
    , m_previous(current(db, m_table))
{
    set(db, m_table, bytes);
}

FtsTermBuffer::~FtsTermBuffer()
{
    try {
        set(m_db, m_table, m_previous);
    } catch (...) {
        // Only a buffer size: the transaction's outcome decides what is kept.
    }
}

qint64 FtsTermBuffer::current(const Database &db, const QString &table)
{
    const QVariant v = db.scalar(QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(table));
    return v.isNull() ? kSqliteDefault : v.toLongLong();
}

void FtsTermBuffer::set(const Database &db, const QString &table, qint64 bytes)
{
    db.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', ?)").arg(table), {bytes});
}

} // namespace Crm
