#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Crm {

// A bounded hand-over of batches from a thread that prepares rows to the thread
// that writes them (bulk loads): push() waits while `capacity` batches are
// pending, pop() waits for one; close() ends the stream, cancel() stops a
// producer that is waiting (the consumer gave up).
template <typename Batch> class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity = 8)
        : m_capacity(capacity)
    {}
    // False when the queue was cancelled: the producer should stop.
    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < m_capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    void close()
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    // The next batch, or nullopt once the queue is closed and empty.
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return std::nullopt;
        Batch b = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return b;
    }
    void cancel()
    {
        std::unique_lock lock(m_mutex);
        m_cancelled = true;
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_batches;
    size_t m_capacity;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace Crm
