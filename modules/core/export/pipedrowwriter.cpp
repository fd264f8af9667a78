#include "export/pipedrowwriter.h"

namespace Crm {

PipedRowWriter::PipedRowWriter(RowWriter &target)
    : m_target(target)
{
    m_thread = std::thread([this] { run(); });
}

PipedRowWriter::~PipedRowWriter()
{
    stop();
}

void PipedRowWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PipedRowWriter::rethrow()
{
    std::exception_ptr error;
    {
        std::lock_guard lock(m_mutex);
        error = m_error;
    }
    if (error) {
        stop();
        std::rethrow_exception(error);
    }
}

void PipedRowWriter::writeHeader(const QStringList &titles)
{
    m_current.header = titles;
    m_current.hasHeader = true;
}

void PipedRowWriter::writeRow(const QList<ExportCell> &cells)
{
    m_current.rows.appendRow(cells);
    pushIfFull();
}

void PipedRowWriter::writeRows(const ExportRows &rows)
{
    m_current.rows.appendRows(rows);
    pushIfFull();
}

void PipedRowWriter::pushIfFull()
{
    if (m_current.rows.rowCount() >= kBatchRows)
        push();
}

void PipedRowWriter::push()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return int(m_queue.size()) < kMaxBatches || m_error || m_closed; });
    if (m_error) {
        lock.unlock();
        rethrow();
    }
    m_queue.push_back(std::move(m_current));
    lock.unlock();
    m_changed.notify_all();
    m_current = Batch();
}

void PipedRowWriter::drain()
{
    if (m_current.hasHeader || !m_current.rows.isEmpty())
        push();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_error; });
    lock.unlock();
    rethrow();
}

void PipedRowWriter::finish()
{
    drain();
    stop();
    m_target.finish();
}

void PipedRowWriter::run()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
            if (m_queue.empty())
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        m_changed.notify_all();
        try {
            if (batch.hasHeader)
                m_target.writeHeader(batch.header);
            m_target.writeRows(batch.rows);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_queue.clear();
        }
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            if (m_error)
                m_closed = true;
        }
        m_changed.notify_all();
        if (m_error)
            return;
    }
}

} // namespace Crm
