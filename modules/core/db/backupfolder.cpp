#include "backupfolder.h"

#include "db/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace Crm {

namespace {
const QString kStamp = QStringLiteral("yyyy-MM-dd-HHmmss");
}

BackupFolder::BackupFolder(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    m_dir = info.absoluteDir().filePath(QStringLiteral("backups"));
    m_base = info.completeBaseName();
}

QString BackupFolder::fileFor(const QDateTime &time) const
{
    return QDir(m_dir).filePath(QStringLiteral("%1-%2.db").arg(m_base, time.toString(kStamp)));
}

QList<BackupEntry> BackupFolder::list() const
{
    const QRegularExpression name(
        QStringLiteral("^%1-(\\d{4}-\\d\\d-\\d\\d-\\d{6})\\.db$").arg(QRegularExpression::escape(m_base)));
    QList<BackupEntry> out;
    const QFileInfoList files = QDir(m_dir).entryInfoList({m_base + QStringLiteral("-*.db")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const auto match = name.match(f.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime time = QDateTime::fromString(match.captured(1), kStamp);
        if (time.isValid())
            out.append({f.absoluteFilePath(), time, f.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry &a, const BackupEntry &b) { return a.time > b.time; });
    return out;
}

bool BackupFolder::hasBackupOn(const QDate &day) const
{
    const QList<BackupEntry> all = list();
    return std::any_of(all.cbegin(), all.cend(), [&](const BackupEntry &e) { return e.time.date() == day; });
}

QStringList BackupFolder::prune(int keep) const
{
    QStringList removed;
    const QList<BackupEntry> all = list();
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        if (QFile::remove(all.at(i).path))
            removed << all.at(i).path;
    return removed;
}

QStringList BackupFolder::removeLeftovers() const
{
    QStringList removed;
    const QFileInfoList files = QDir(m_dir).entryInfoList(
        {m_base + QStringLiteral("-*.db.partial"), m_base + QStringLiteral("-*.db.partial-journal")}, QDir::Files);
    for (const QFileInfo &f : files)
        if (QFile::remove(f.absoluteFilePath()))
            removed << f.absoluteFilePath();
    return removed;
}

BackupResult BackupFolder::backUp(const Database &db, int keep, const QDateTime &now) const
{
    removeLeftovers();
    const BackupResult result = Backup::create(db, fileFor(now));
    prune(keep);
    return result;
}

std::optional<BackupEntry> BackupFolder::newestGood(const MigrationSet &set) const
{
    for (const BackupEntry &e : list()) {
        try {
            Backup::verify(e.path, set, Backup::Check::Quick);
            return e;
        } catch (const Error &) {
            continue;
        }
    }
    return std::nullopt;
}

} // namespace Crm
