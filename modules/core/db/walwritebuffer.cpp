#include "db/walwritebuffer.h"

#include "db/database.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace Crm {

namespace {

// SQLite's own unix VFS writes less than 128 KB in one call (SQLite itself
// never asks for more than a page of at most 64 KB): a larger write fails.
constexpr int kCapacity = 120 * 1024;

// A write-ahead log opened through the layer: the file SQLite's own VFS
// opened follows this struct in the same allocation.
struct WalFile
{
    sqlite3_file base; // its pMethods is g_walMethods
    sqlite3_file *real;
    char *buffer;         // while a WalWriteBuffer gathers
    sqlite3_int64 start;  // where the gathered bytes go in the file
    sqlite3_int64 length; // how many there are
};

std::atomic<quint64> g_logWrites{0};
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

WalFile *walOf(sqlite3_file *file)
{
    return reinterpret_cast<WalFile *>(file);
}

const sqlite3_io_methods &realOf(const WalFile *f)
{
    return *f->real->pMethods;
}

int writeThrough(WalFile *f, const void *data, int n, sqlite3_int64 offset)
{
    g_logWrites.fetch_add(1, std::memory_order_relaxed);
    return realOf(f).xWrite(f->real, data, n, offset);
}

int flush(WalFile *f)
{
    if (f->length == 0)
        return SQLITE_OK;
    const int rc = writeThrough(f, f->buffer, int(f->length), f->start);
    f->length = 0;
    return rc;
}

int walWrite(sqlite3_file *file, const void *data, int n, sqlite3_int64 offset)
{
    WalFile *f = walOf(file);
    if (!f->buffer)
        return writeThrough(f, data, n, offset);
    const sqlite3_int64 end = f->start + f->length;
    // Onto the gathered bytes, or right after them, while they fit.
    if (f->length > 0 && offset >= f->start && offset <= end && offset + n <= f->start + kCapacity) {
        std::memcpy(f->buffer + (offset - f->start), data, size_t(n));
        f->length = std::max(end, offset + n) - f->start;
        return SQLITE_OK;
    }
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (n >= kCapacity)
        return writeThrough(f, data, n, offset);
    std::memcpy(f->buffer, data, size_t(n));
    f->start = offset;
    f->length = n;
    return SQLITE_OK;
}

// Everything that reads or depends on the file's content writes what is gathered first.
int walRead(sqlite3_file *file, void *data, int n, sqlite3_int64 offset)
{
    WalFile *f = walOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return realOf(f).xRead(f->real, data, n, offset);
}

int walTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    WalFile *f = walOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return realOf(f).xTruncate(f->real, size);
}

int walSync(sqlite3_file *file, int flags)
{
    WalFile *f = walOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return realOf(f).xSync(f->real, flags);
}

int walFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    WalFile *f = walOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return realOf(f).xFileSize(f->real, size);
}

int walFileControl(sqlite3_file *file, int op, void *arg)
{
    WalFile *f = walOf(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return realOf(f).xFileControl(f->real, op, arg);
}

int walClose(sqlite3_file *file)
{
    WalFile *f = walOf(file);
    const int flushed = flush(f);
    delete[] f->buffer;
    f->buffer = nullptr;
    const int rc = realOf(f).xClose(f->real);
    return flushed != SQLITE_OK ? flushed : rc;
}

int walLock(sqlite3_file *file, int level)
{
    WalFile *f = walOf(file);
    return realOf(f).xLock(f->real, level);
}

int walUnlock(sqlite3_file *file, int level)
{
    WalFile *f = walOf(file);
    return realOf(f).xUnlock(f->real, level);
}

int walCheckReservedLock(sqlite3_file *file, int *out)
{
    WalFile *f = walOf(file);
    return realOf(f).xCheckReservedLock(f->real, out);
}

int walSectorSize(sqlite3_file *file)
{
    WalFile *f = walOf(file);
    return realOf(f).xSectorSize(f->real);
}

int walDeviceCharacteristics(sqlite3_file *file)
{
    WalFile *f = walOf(file);
    return realOf(f).xDeviceCharacteristics(f->real);
}

// Version 1: a log is never mapped into memory nor given shared memory.
const sqlite3_io_methods g_walMethods{.iVersion = 1,
                                      .xClose = walClose,
                                      .xRead = walRead,
                                      .xWrite = walWrite,
                                      .xTruncate = walTruncate,
                                      .xSync = walSync,
                                      .xFileSize = walFileSize,
                                      .xLock = walLock,
                                      .xUnlock = walUnlock,
                                      .xCheckReservedLock = walCheckReservedLock,
                                      .xFileControl = walFileControl,
                                      .xSectorSize = walSectorSize,
                                      .xDeviceCharacteristics = walDeviceCharacteristics};

// Every file but a write-ahead log is opened by SQLite's own VFS straight into
// the space SQLite gives, so that nothing else is touched on its way.
int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_WAL))
        return g_real->xOpen(g_real, name, file, flags, outFlags);
    WalFile *f = walOf(file);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->buffer = nullptr;
    f->start = 0;
    f->length = 0;
    const int rc = g_real->xOpen(g_real, name, f->real, flags, outFlags);
    f->base.pMethods = f->real->pMethods ? &g_walMethods : nullptr;
    return rc;
}

} // namespace

void WalWriteBuffer::install()
{
    static const bool installed = [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real)
            return false;
        // The same VFS in every other respect: its functions are handed its
        // own sqlite3_vfs.
        g_vfs = sqlite3_vfs{};
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(sizeof(WalFile)) + g_real->szOsFile;
        g_vfs.mxPathname = g_real->mxPathname;
        g_vfs.zName = "crm-wal-gather";
        g_vfs.xOpen = vfsOpen;
        g_vfs.xDelete = [](sqlite3_vfs *, const char *name, int syncDir) {
            return g_real->xDelete(g_real, name, syncDir);
        };
        g_vfs.xAccess = [](sqlite3_vfs *, const char *name, int flags, int *out) {
            return g_real->xAccess(g_real, name, flags, out);
        };
        g_vfs.xFullPathname = [](sqlite3_vfs *, const char *name, int n, char *out) {
            return g_real->xFullPathname(g_real, name, n, out);
        };
        g_vfs.xDlOpen = [](sqlite3_vfs *, const char *name) { return g_real->xDlOpen(g_real, name); };
        g_vfs.xDlError = [](sqlite3_vfs *, int n, char *out) { g_real->xDlError(g_real, n, out); };
        g_vfs.xDlSym = [](sqlite3_vfs *, void *h, const char *sym) { return g_real->xDlSym(g_real, h, sym); };
        g_vfs.xDlClose = [](sqlite3_vfs *, void *h) { g_real->xDlClose(g_real, h); };
        g_vfs.xRandomness = [](sqlite3_vfs *, int n, char *out) { return g_real->xRandomness(g_real, n, out); };
        g_vfs.xSleep = [](sqlite3_vfs *, int us) { return g_real->xSleep(g_real, us); };
        g_vfs.xCurrentTime = [](sqlite3_vfs *, double *out) { return g_real->xCurrentTime(g_real, out); };
        g_vfs.xGetLastError = [](sqlite3_vfs *, int n, char *out) { return g_real->xGetLastError(g_real, n, out); };
        g_vfs.xCurrentTimeInt64 = [](sqlite3_vfs *, sqlite3_int64 *out) {
            return g_real->xCurrentTimeInt64(g_real, out);
        };
        return g_real->iVersion >= 2 && sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    Q_UNUSED(installed);
}

quint64 WalWriteBuffer::logWrites()
{
    return g_logWrites.load(std::memory_order_relaxed);
}

namespace {
// The log of this thread's connection when it was opened through the layer.
WalFile *openLog(const Database &db)
{
    sqlite3 *h = db.sqliteHandle();
    if (!h)
        return nullptr;
    sqlite3_file *log = nullptr;
    if (sqlite3_file_control(h, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log) != SQLITE_OK || !log ||
        log->pMethods != &g_walMethods)
        return nullptr;
    return walOf(log);
}
} // namespace

WalWriteBuffer::WalWriteBuffer(const Database &db)
{
    // FULL or EXTRA: SQLite syncs the log, which writes what is gathered,
    // before it shows a commit to other connections.
    if (!db.sqliteHandle() || db.scalar(QStringLiteral("PRAGMA synchronous")).toInt() < 2)
        return;
    WalFile *f = openLog(db);
    if (!f || f->buffer)
        return;
    f->buffer = new char[kCapacity];
    f->length = 0;
    m_file = f;
    m_db = &db;
}

WalWriteBuffer::~WalWriteBuffer()
{
    // Only the log this scope started gathering on, if SQLite has not closed it since.
    WalFile *f = m_db ? openLog(*m_db) : nullptr;
    if (!f || f != m_file || !f->buffer)
        return;
    // Whatever is still gathered belongs to no commit (a commit's sync wrote
    // it); written all the same, as SQLite asked.
    flush(f);
    delete[] f->buffer;
    f->buffer = nullptr;
}

} // namespace Crm
