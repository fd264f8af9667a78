#include "filesync.h"

#include <QFile>
#include <QFileInfo>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Crm::FileSync {

namespace {
bool syncPath(const QString &path, bool folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), (folder ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    // The suite targets Debian; elsewhere the rename stays atomic but unflushed.
    Q_UNUSED(path);
    Q_UNUSED(folder);
    return true;
#endif
}
} // namespace

bool syncFile(const QString &path)
{
    return syncPath(path, false);
}

bool syncFolder(const QString &folder)
{
    return syncPath(folder, true);
}

QString replace(const QString &from, const QString &to)
{
    std::error_code ec;
    // rename(2) on POSIX, MoveFileExW(MOVEFILE_REPLACE_EXISTING) on Windows.
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()),
                            ec);
    if (ec)
        return QString::fromLocal8Bit(ec.message().c_str());
    syncFolder(QFileInfo(to).absolutePath());
    return {};
}

} // namespace Crm::FileSync
