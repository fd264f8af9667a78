#include "export/zipwriter.h"

#include "db/filesync.h"

#include "db/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <zlib.h>

namespace Crm {

namespace {
constexpr qsizetype kOutChunk = 256 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Crm::ZipWriter", text);
}

void le16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void le32(QByteArray &b, quint64 v)
{
    le16(b, quint32(v & 0xffff));
    le16(b, quint32((v >> 16) & 0xffff));
}

// The DOS time and date stamped on every entry: now.
quint32 dosTime()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QTime t = now.time();
    const QDate d = now.date();
    const quint32 time = quint32(t.hour() << 11 | t.minute() << 5 | t.second() / 2);
    const quint32 date = quint32(std::max(d.year() - 1980, 0) << 9 | d.month() << 5 | d.day());
    return date << 16 | time;
}
} // namespace

struct ZipWriter::Stream
{
    z_stream z{};
};

ZipWriter::ZipWriter(QFileDevice &file, int level)
    : m_file(file)
    , m_level(level)
{
    m_out.resize(kOutChunk);
}

ZipWriter::~ZipWriter()
{
    if (m_stream)
        deflateEnd(&m_stream->z);
}

void ZipWriter::fail(const QString &why) const
{
    throw Error(tr("Cannot write %1: %2").arg(m_file.fileName(), FileSync::writeFailure(m_file.fileName(), why)));
}

quint64 ZipWriter::position() const
{
    return quint64(m_file.pos());
}

void ZipWriter::put(const char *data, qsizetype size)
{
    if (size > 0 && m_file.write(data, size) != size)
        fail(m_file.errorString());
}

// What the local and the central header of an entry both say, in this order.
void ZipWriter::appendFields(QByteArray &b, const Entry &e)
{
    le16(b, 20);     // version needed: 2.0 (deflate)
    le16(b, 0x0800); // names are UTF-8
    le16(b, e.method);
    le32(b, e.stamp);
    le32(b, e.crc);
    le32(b, e.compressed);
    le32(b, e.size);
    le16(b, quint32(e.name.size()));
}

// The local header; checksum and sizes are filled in once known.
void ZipWriter::writeLocalHeader(const Entry &entry)
{
    QByteArray h;
    le32(h, 0x04034b50);
    appendFields(h, entry);
    le16(h, 0); // extra
    h.append(entry.name);
    put(h.constData(), h.size());
}

void ZipWriter::patchLocalHeader(const Entry &entry)
{
    const quint64 end = position();
    QByteArray sizes;
    le32(sizes, entry.crc);
    le32(sizes, entry.compressed);
    le32(sizes, entry.size);
    if (!m_file.seek(qint64(entry.offset + 14)))
        fail(m_file.errorString());
    put(sizes.constData(), sizes.size());
    if (!m_file.seek(qint64(end)))
        fail(m_file.errorString());
}

void ZipWriter::beginEntry(const QByteArray &name)
{
    if (m_stream)
        endEntry();
    m_current = Entry{name, 0, 0, 0, position(), dosTime()};
    m_size = 0;
    auto stream = std::make_unique<Stream>();
    if (deflateInit2(&stream->z, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        fail(tr("out of memory"));
    m_stream = std::move(stream);
    writeLocalHeader(m_current);
}

int ZipWriter::reserve(const QByteArray &name, qsizetype size)
{
    if (m_stream)
        endEntry();
    const QByteArray spaces(size, ' ');
    Entry e{name, quint32(crc32_z(0, reinterpret_cast<const Bytef *>(spaces.constData()), size_t(size))),
            quint64(size), quint64(size), position(), dosTime(), 0};
    writeLocalHeader(e);
    put(spaces.constData(), size);
    m_entries.append(e);
    return int(m_entries.size()) - 1;
}

void ZipWriter::fill(int entry, const QByteArray &data)
{
    Entry &e = m_entries[entry];
    if (quint64(data.size()) > e.size)
        fail(tr("%1 does not fit in its place.").arg(QString::fromUtf8(e.name)));
    const QByteArray content = data + QByteArray(qsizetype(e.size) - data.size(), ' ');
    e.crc = quint32(crc32_z(0, reinterpret_cast<const Bytef *>(content.constData()), size_t(content.size())));
    const quint64 end = position();
    if (!m_file.seek(qint64(e.offset + 30 + quint64(e.name.size()))))
        fail(m_file.errorString());
    put(content.constData(), content.size());
    patchLocalHeader(e);
    if (!m_file.seek(qint64(end)))
        fail(m_file.errorString());
}

void ZipWriter::deflateSome(int flush)
{
    z_stream &z = m_stream->z;
    do {
        z.next_out = reinterpret_cast<Bytef *>(m_out.data());
        z.avail_out = uInt(m_out.size());
        const int rc = deflate(&z, flush);
        if (rc == Z_STREAM_ERROR)
            fail(tr("compression failed"));
        const qsizetype produced = m_out.size() - qsizetype(z.avail_out);
        put(m_out.constData(), produced);
        m_current.compressed += quint64(produced);
        if (flush == Z_FINISH && rc == Z_STREAM_END)
            return;
    } while (z.avail_out == 0 || flush == Z_FINISH);
}

void ZipWriter::write(const char *data, qsizetype size)
{
    if (!m_stream || size <= 0)
        return;
    m_size += quint64(size);
    if (m_size > kMaxSize)
        fail(tr("%1 would be larger than 4 GB.").arg(QString::fromUtf8(m_current.name)));
    m_current.crc = quint32(crc32_z(m_current.crc, reinterpret_cast<const Bytef *>(data), size_t(size)));
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    deflateSome(Z_NO_FLUSH);
}

void ZipWriter::endEntry()
{
    if (!m_stream)
        return;
    m_stream->z.next_in = nullptr;
    m_stream->z.avail_in = 0;
    deflateSome(Z_FINISH);
    deflateEnd(&m_stream->z);
    m_stream.reset();
    m_current.size = m_size;

    if (position() > kMaxSize)
        fail(tr("the file would be larger than 4 GB."));
    patchLocalHeader(m_current);
    m_entries.append(m_current);
}

void ZipWriter::addEntry(const QByteArray &name, const QByteArray &data)
{
    beginEntry(name);
    write(data);
    endEntry();
}

void ZipWriter::finish()
{
    if (m_stream)
        endEntry();
    const quint64 start = position();
    QByteArray d;
    for (const Entry &e : std::as_const(m_entries)) {
        le32(d, 0x02014b50);
        le16(d, 20); // made by: 2.0
        appendFields(d, e);
        le16(d, 0); // extra
        le16(d, 0); // comment
        le16(d, 0); // disk
        le16(d, 0); // internal attributes
        le32(d, 0); // external attributes
        le32(d, e.offset);
        d.append(e.name);
    }
    const quint64 size = quint64(d.size());
    if (start + size > kMaxSize || m_entries.size() > 0xffff)
        fail(tr("the file would be larger than 4 GB."));
    le32(d, 0x06054b50);
    le16(d, 0);
    le16(d, 0);
    le16(d, quint32(m_entries.size()));
    le16(d, quint32(m_entries.size()));
    le32(d, size);
    le32(d, start);
    le16(d, 0);
    put(d.constData(), d.size());
}

} // namespace Crm
