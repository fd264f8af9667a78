#pragma once

#include "db/database.h"

#include <QString>
#include <QVariantList>
#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

struct sqlite3;

namespace Crm {

class SqliteRows;

// A query run up to its first row on a connection and thread of its own, its
// rows then read on the calling thread: for a sorted list, the sort happens
// beside what the caller does meanwhile (ListExporter sorts the two halves of
// a whole list this way). It sees the database as the caller's read
// transaction does: the constructor has the caller start that transaction
// (`beginRead`) between two looks of the helper at the database's version;
// when something was committed in between, the helper does not run the query
// and rows() is null (the caller then reads it in its own transaction).
// SQLite only, on a database file.
class BackgroundRows
{
public:
    BackgroundRows(const Database &db, const QString &sql, const QVariantList &binds, int cacheKb,
                   const std::function<void()> &beginRead);
    // Stops the query if it still runs (a cancelled export), and waits.
    ~BackgroundRows();
    BackgroundRows(const BackgroundRows &) = delete;
    BackgroundRows &operator=(const BackgroundRows &) = delete;

    // Waits for the first row. The query, its first row current unless
    // atEnd(); null when it saw another state of the database. Rethrows its
    // error. Read it on this thread until the BackgroundRows is destroyed.
    SqliteRows *rows();
    bool atEnd() const { return !m_hasRow; }

private:
    enum class Stage { Starting, Connected, CallerReading, Ready, Stopped }; // Stopped: by m_stop alone
    void stop();
    void run(const QString &sql, const QVariantList &binds, int cacheKb);
    // In a read transaction of its own (`reading`), if the database is as the
    // helper saw it first (`before`: its data_version), runs the query to its
    // first row.
    void start(std::optional<ReadTransaction> &reading, qint64 before, const QString &sql, const QVariantList &binds,
               int cacheKb);
    bool stopped();
    void advance(Stage stage);
    void waitFor(Stage stage);

    const Database &m_db;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    Stage m_stage = Stage::Starting;
    bool m_stop = false;         // the caller is done: finish
    sqlite3 *m_handle = nullptr; // the helper's connection, to interrupt it
    std::unique_ptr<SqliteRows> m_rows;
    bool m_hasRow = false;
    bool m_sameState = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace Crm
