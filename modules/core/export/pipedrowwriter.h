#pragma once

#include "export/rowwriter.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace Crm {

// Hands rows to another RowWriter on a thread of its own, through a bounded
// queue, so that reading a list (SQL) and writing the file (CSV text and its
// encoding, .xlsx XML) run side by side; memory stays flat (a few batches at
// most), and a batch is one ExportRows: a few allocations, made and freed
// on either side, not one for every cell. The target's errors come back as the same exception from the next
// writeRow() or from finish(). finish() waits for every row, then finishes the
// target on the calling thread; destroying it unfinished drops the queued rows.
class PipedRowWriter final : public RowWriter
{
public:
    static constexpr int kBatchRows = 512;
    static constexpr int kMaxBatches = 8;

    explicit PipedRowWriter(RowWriter &target);
    ~PipedRowWriter() override;
    PipedRowWriter(const PipedRowWriter &) = delete;
    PipedRowWriter &operator=(const PipedRowWriter &) = delete;

    void writeHeader(const QStringList &titles) override;
    void writeRow(const QList<ExportCell> &cells) override;
    void writeRows(const ExportRows &rows) override;
    void finish() override;

private:
    struct Batch
    {
        QStringList header; // the first batch only
        bool hasHeader = false;
        ExportRows rows;
    };
    void pushIfFull();
    void push();
    void drain(); // sends the current batch, waits until all are written
    void run();
    void stop();
    void rethrow();

    RowWriter &m_target;
    Batch m_current;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_busy = false;   // the thread is writing a batch
    bool m_closed = false; // no more batches
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace Crm
