#include "export/backgroundrows.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/error.h"

#include <optional>
#include <sqlite3.h>

namespace Crm {

BackgroundRows::BackgroundRows(const Database &db, const QString &sql, const QVariantList &binds, int cacheKb,
                               const std::function<void()> &beginRead)
    : m_db(db)
{
    m_thread = std::thread([this, sql, binds, cacheKb] { run(sql, binds, cacheKb); });
    try {
        waitFor(Stage::Connected);
        beginRead();
    } catch (...) {
        stop();
        throw;
    }
    advance(Stage::CallerReading);
}

BackgroundRows::~BackgroundRows()
{
    stop();
}

void BackgroundRows::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        if (m_handle && m_stage < Stage::Ready)
            sqlite3_interrupt(m_handle); // a sort no one waits for
    }
    m_changed.notify_all();
    m_thread.join();
}

void BackgroundRows::advance(Stage stage)
{
    {
        std::lock_guard lock(m_mutex);
        m_stage = std::max(m_stage, stage);
    }
    m_changed.notify_all();
}

void BackgroundRows::waitFor(Stage stage)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stage >= stage || m_stop; });
}

bool BackgroundRows::stopped()
{
    std::lock_guard lock(m_mutex);
    return m_stop;
}

SqliteRows *BackgroundRows::rows()
{
    waitFor(Stage::Ready);
    if (m_error)
        std::rethrow_exception(m_error);
    return m_sameState ? m_rows.get() : nullptr;
}

void BackgroundRows::start(std::optional<ReadTransaction> &reading, qint64 before, const QString &sql,
                           const QVariantList &binds, int cacheKb)
{
    reading.emplace(m_db);
    m_sameState = m_db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong() == before;
    if (!m_sameState)
        return;
    // The connection ends with the thread: no need to put these back.
    m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-cacheKb));
    m_db.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    m_rows = std::make_unique<SqliteRows>(m_db, sql, binds);
    if (!stopped())
        m_hasRow = m_rows->next(); // the sort
}

void BackgroundRows::run(const QString &sql, const QVariantList &binds, int cacheKb)
{
    std::optional<ReadTransaction> reading;
    try {
        // A new connection: its version changes when anything is committed
        // after this look.
        const qint64 before = m_db.scalar(QStringLiteral("PRAGMA data_version")).toLongLong();
        {
            std::lock_guard lock(m_mutex);
            m_handle = m_db.sqliteHandle();
        }
        advance(Stage::Connected);
        waitFor(Stage::CallerReading);
        if (!stopped()) // else the caller gave up before it began to read
            start(reading, before, sql, binds, cacheKb);
    } catch (...) {
        m_error = std::current_exception();
    }
    advance(Stage::Ready);
    waitFor(Stage::Stopped); // the caller has read the rows
    m_rows.reset();
    reading.reset();
    m_db.closeThreadConnection();
}

} // namespace Crm
