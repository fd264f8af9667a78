#pragma once

#include <QtGlobal>

namespace Crm {

class Database;

// SQLite writes each frame of the write-ahead log as two small writes: its
// 24-byte header, then the page. A large commit (an import of 100,000
// customers writes some 130 MB of log) thus makes twice as many system calls,
// and because no write covers a whole block of the new end of the file, the
// file system first zeroes the rest of every block each one starts.
//
// While a WalWriteBuffer lives, the log of this thread's connection gathers
// consecutive writes in memory and hands them on in blocks of 120 KB. Whatever
// reads, syncs, sizes or truncates the log writes the gathered data first, and
// so does the end of the scope. A commit is safe before other connections see
// it only because SQLite syncs the log before it publishes the commit when
// `synchronous` is FULL or EXTRA; with a lower setting the scope gathers
// nothing.
class WalWriteBuffer
{
public:
    explicit WalWriteBuffer(const Database &db);
    ~WalWriteBuffer();
    WalWriteBuffer(const WalWriteBuffer &) = delete;
    WalWriteBuffer &operator=(const WalWriteBuffer &) = delete;

    // Whether this scope gathers writes (an SQLite database in WAL mode,
    // synchronous FULL or EXTRA, the log open).
    bool isActive() const { return m_file != nullptr; }

    // Makes SQLite open every write-ahead log through a layer that can gather
    // its writes (it passes them on unchanged unless a WalWriteBuffer asks).
    // Call before the first connection opens; later calls do nothing.
    static void install();
    // How many writes the logs opened through the layer have handed to the
    // file system since the program started.
    static quint64 logWrites();

private:
    const Database *m_db = nullptr;
    void *m_file = nullptr;
};

} // namespace Crm
