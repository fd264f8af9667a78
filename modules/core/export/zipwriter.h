#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>
#include <memory>

class QFileDevice;

namespace Crm {

// Writes a zip archive front to back into an open, seekable file, one entry at
// a time, each deflated as it is written (nothing of an entry is kept in
// memory): beginEntry(), write() as often as needed, endEntry(); finish()
// writes the central directory. The sizes and checksum of an entry go into
// its local header when it ends (the file is seekable), so every entry is
// plain zip 2.0 that any reader takes. An entry, or the archive, that would
// pass 4 GiB is an Error (a reader would need Zip64 for it). Write errors are
// Crm::Error naming the file.
class ZipWriter
{
public:
    // Deflate level: 1 is the fastest and still shrinks XML about tenfold.
    explicit ZipWriter(QFileDevice &file, int level = 1);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    void beginEntry(const QByteArray &name);
    void write(const char *data, qsizetype size);
    void write(const QByteArray &data) { write(data.constData(), data.size()); }
    void endEntry();
    // An entry written whole: beginEntry(name), write(data), endEntry().
    void addEntry(const QByteArray &name, const QByteArray &data);
    // An entry of `size` bytes stored as they are (spaces for now), whose
    // content comes later through fill(): for a part that must come first but
    // depends on what follows. Returns its index for fill().
    int reserve(const QByteArray &name, qsizetype size);
    // The content of a reserved entry, at most its size; the rest stays spaces.
    void fill(int entry, const QByteArray &data);
    // Bytes written into the current entry so far, before compression.
    quint64 entrySize() const { return m_size; }
    void finish();

    static constexpr quint64 kMaxSize = 0xFFFFFFFFull;

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint64 compressed = 0;
        quint64 size = 0;
        quint64 offset = 0;
        quint32 stamp = 0; // DOS time and date
        quint16 method = 8; // 8 deflated, 0 stored
    };
    static void appendFields(QByteArray &b, const Entry &e);
    void writeLocalHeader(const Entry &entry);
    void patchLocalHeader(const Entry &entry);
    void deflateSome(int flush);
    void put(const char *data, qsizetype size);
    quint64 position() const;
    void fail(const QString &why) const;

    QFileDevice &m_file;
    int m_level;
    struct Stream;
    std::unique_ptr<Stream> m_stream; // the open entry's deflate state
    QList<Entry> m_entries;
    Entry m_current;
    quint64 m_size = 0;
    QByteArray m_out; // deflated bytes on their way to the file
};

} // namespace Crm
