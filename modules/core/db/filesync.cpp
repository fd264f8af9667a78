#include "filesync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
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

namespace {
std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}
} // namespace

bool link(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::create_hard_link(fsPath(from), fsPath(to), ec);
    if (ec)
        return false;
    syncFolder(QFileInfo(to).absolutePath());
    return true;
}

QString copy(const QString &from, const QString &to)
{
    const QString partial = to + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile in(from);
    QFile out(partial);
    QString reason;
    if (!in.open(QIODevice::ReadOnly))
        reason = in.errorString();
    else if (!createPrivate(partial) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        reason = out.errorString();
    else {
        QByteArray block;
        while (reason.isEmpty() && !(block = in.read(1 << 20)).isEmpty())
            if (out.write(block) != block.size())
                reason = out.errorString();
        if (reason.isEmpty() && in.error() != QFileDevice::NoError)
            reason = in.errorString();
        out.close();
    }
    if (reason.isEmpty() && !syncFile(partial))
        reason = QCoreApplication::translate("Crm::FileSync", "%1 cannot be flushed to disk").arg(partial);
    if (reason.isEmpty() && QFileInfo::exists(to))
        reason = QCoreApplication::translate("Crm::FileSync", "%1 exists already").arg(to);
    if (reason.isEmpty())
        reason = replace(partial, to);
    if (!reason.isEmpty())
        QFile::remove(partial);
    return reason;
}

bool sameContent(const QString &a, const QString &b)
{
    std::error_code ec;
    if (std::filesystem::equivalent(fsPath(a), fsPath(b), ec))
        return true;
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd())
        if (fa.read(1 << 20) != fb.read(1 << 20))
            return false;
    return true;
}

QString writeFailure(const QString &path, const QString &errorString)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    // A little room may be left that no block of the file fits into.
    if (storage.isValid() && storage.bytesAvailable() < 256 * 1024)
        return QCoreApplication::translate("Crm::FileSync", "the disk is full (%1 has no space left)").arg(folder);
    if (storage.isValid() && storage.isReadOnly())
        return QCoreApplication::translate("Crm::FileSync", "the disk of %1 is read-only").arg(folder);
    if (!QFileInfo(folder).isWritable())
        return QCoreApplication::translate("Crm::FileSync", "the folder %1 cannot be written (permission denied)")
            .arg(folder);
    if (errorString.isEmpty() || errorString == QLatin1String("Unknown error"))
        return QCoreApplication::translate("Crm::FileSync", "the disk could not be written");
    return errorString;
}

QString commit(QSaveFile &file)
{
    const QString path = file.fileName();
    if (!file.flush()) {
        const QString reason = writeFailure(path, file.errorString());
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return reason;
    }
    if (!file.commit())
        return writeFailure(path, file.errorString());
    return {};
}

bool createPrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
#else
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append);
#endif
}

bool makeFolders(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makeFolders(parent))
        return false;
    if (!QDir().mkdir(absolute))
        return QFileInfo(absolute).isDir(); // made by someone else meanwhile
    QFile::setPermissions(absolute, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace Crm::FileSync
