#include "restore.h"

#include "db/backup.h"
#include "db/database.h"
#include "db/error.h"
#include "db/filesync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Crm {

namespace {

QString readyName(const QString &dbPath)
{
    return dbPath + QStringLiteral(".restoring");
}

QString partialName(const QString &dbPath)
{
    return readyName(dbPath) + QStringLiteral(".partial");
}

QString walOf(const QString &path)
{
    return path + QStringLiteral("-wal");
}

// A kept copy of the file now at `dbPath`, made earlier in this restore
// (before a crash), or empty.
QString alreadyKept(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    const QFileInfoList kept = info.absoluteDir().entryInfoList(
        {info.fileName() + QStringLiteral(".before-restore-*")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &k : kept)
        if (!k.fileName().endsWith(QLatin1String("-wal")) && !k.fileName().endsWith(QLatin1String(".partial")) &&
            FileSync::sameContent(k.absoluteFilePath(), dbPath))
            return k.absoluteFilePath();
    return {};
}

// Step 2: keeps the file at `dbPath` (and a -wal holding transactions) under
// a new name. Returns the name; throws when it cannot be kept.
QString keep(const QString &dbPath, const QDateTime &now)
{
    const QString kept = Restore::keptName(dbPath, now);
    const QString wal = walOf(dbPath);
    // The -wal first: once the kept file exists, everything it needs does.
    if (QFileInfo(wal).size() > 0 && !FileSync::link(wal, walOf(kept))) {
        if (const QString reason = FileSync::copy(wal, walOf(kept)); !reason.isEmpty())
            throw Error(Restore::tr("Cannot keep a copy of %1 as %2: %3").arg(wal, walOf(kept), reason));
    }
    if (!FileSync::link(dbPath, kept)) {
        if (const QString reason = FileSync::copy(dbPath, kept); !reason.isEmpty()) {
            QFile::remove(walOf(kept));
            throw Error(Restore::tr("Cannot keep a copy of %1 as %2: %3").arg(dbPath, kept, reason));
        }
    }
    return kept;
}

// Steps 2 and 3, with <dbPath>.restoring whole. Returns the kept file. After
// a crash (`recovering`), step 2 may be done already.
QString finish(const QString &dbPath, const QDateTime &now, bool recovering)
{
    QString kept;
    if (QFileInfo::exists(dbPath)) {
        if (recovering)
            kept = alreadyKept(dbPath);
        if (kept.isEmpty())
            kept = keep(dbPath, now);
    }
    // The old log must not meet the new file: SQLite would replay it into it.
    QFile::remove(walOf(dbPath));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    if (const QString reason = FileSync::replace(readyName(dbPath), dbPath); !reason.isEmpty()) {
        if (!kept.isEmpty() && QFileInfo::exists(walOf(kept)))
            FileSync::link(walOf(kept), walOf(dbPath));
        throw Error(Restore::tr("Cannot put the restored copy %1 in place of %2: %3. The database is kept as %4.")
                        .arg(readyName(dbPath), dbPath, reason, kept.isEmpty() ? dbPath : kept));
    }
    return kept;
}

} // namespace

QString Restore::keptName(const QString &dbPath, const QDateTime &now)
{
    const QString base =
        dbPath + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(walOf(name)); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

QString Restore::replace(const QString &backup, const QString &dbPath, const QDateTime &now)
{
    // A restore left unfinished is finished first: its copy is the newer wish.
    recover(dbPath, now);
    const QString partial = partialName(dbPath);
    {
        // Through the backup API rather than a file copy: a backup left with a
        // -wal of its own comes back whole, as one file.
        const Database source(backup, Database::Mode::ReadOnly);
        if (const QString reason = Backup::copyPages(source, partial); !reason.isEmpty())
            throw Error(tr("Cannot restore %1 from %2: %3").arg(dbPath, backup, reason));
    }
    if (const QString reason = FileSync::replace(partial, readyName(dbPath)); !reason.isEmpty()) {
        Backup::removeCopy(partial);
        throw Error(tr("Cannot restore %1 from %2: %3").arg(dbPath, backup, reason));
    }
    try {
        return finish(dbPath, now, false);
    } catch (const Error &) {
        // Nothing replaced the database: the copy goes, and the database stays.
        if (QFileInfo::exists(dbPath))
            Backup::removeCopy(readyName(dbPath));
        throw;
    }
}

QString Restore::recover(const QString &dbPath, const QDateTime &now)
{
    const QString partial = partialName(dbPath);
    const QString ready = readyName(dbPath);
    QString done;
    if (QFileInfo::exists(partial) || QFileInfo::exists(partial + QStringLiteral("-journal"))) {
        Backup::removeCopy(partial);
        if (!QFileInfo::exists(ready))
            done = tr("A restore of %1 was interrupted while the backup was being copied; the database was not "
                      "changed and the partial copy was removed.")
                       .arg(QDir::toNativeSeparators(dbPath));
    }
    if (!QFileInfo::exists(ready))
        return done;
    // A copy left by an earlier version may be cut short: it takes the
    // database's place only if it is a whole database.
    QString check;
    try {
        const Database copy(ready, Database::Mode::ReadOnly);
        check = copy.integrityCheck(true);
        if (check == QLatin1String("ok") && copy.content() != Database::Content::Suite)
            check = tr("it is not a CRM Suite database");
    } catch (const Error &e) {
        check = e.message();
    }
    if (check != QLatin1String("ok")) {
        Backup::removeCopy(ready);
        return tr("A restore of %1 was interrupted before its copy was whole; the database was not changed and the "
                  "copy was removed.")
            .arg(QDir::toNativeSeparators(dbPath));
    }
    const QString kept = finish(dbPath, now, true);
    QString text = tr("A restore of %1 was interrupted; it has now been completed.").arg(QDir::toNativeSeparators(dbPath));
    if (!kept.isEmpty())
        text += QLatin1Char(' ') + tr("The previous file is kept as %1.").arg(QDir::toNativeSeparators(kept));
    return text;
}

} // namespace Crm
