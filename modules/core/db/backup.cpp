#include "backup.h"

#include "db/database.h"
#include "db/error.h"
#include "db/filesync.h"
#include "model/settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace Crm {

namespace {

sqlite3 *handleOf(const Database &db)
{
    sqlite3 *h = db.sqliteHandle();
    if (!h)
        throw Error(Backup::tr("Backups need an SQLite database."));
    return h;
}

// Copies every page of `source` into a new single-file database at `path`
// (rollback journal, so that the copy needs no -wal or -shm beside it) and
// flushes it to disk. Returns the reason on failure, with `path` removed.
QString copyAllPages(sqlite3 *source, const QString &path)
{
    Backup::removeCopy(path);
    sqlite3 *dest = nullptr;
    QString reason;
    // Customer data and password hashes: the copy is its owner's only.
    if (!FileSync::createPrivate(path))
        reason = Backup::tr("the file cannot be created");
    else if (sqlite3_open_v2(QFile::encodeName(path).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        reason = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : Backup::tr("out of memory");
    } else {
        // The copy is a partial file until it is flushed and renamed: no journal
        // or syncs of its own are needed while it is written.
        sqlite3_exec(dest, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
        sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main");
        if (!b) {
            reason = QString::fromUtf8(sqlite3_errmsg(dest));
        } else {
            // All pages in one step: one read transaction on the source, so writers
            // on other connections go on (WAL) and the copy is one committed state.
            int rc = sqlite3_backup_step(b, -1);
            for (int attempt = 0; (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && attempt < 100; ++attempt) {
                sqlite3_sleep(50);
                rc = sqlite3_backup_step(b, -1);
            }
            const int finished = sqlite3_backup_finish(b);
            if (rc != SQLITE_DONE)
                reason = plainReason(rc, QString::fromUtf8(sqlite3_errstr(rc)));
            else if (finished != SQLITE_OK)
                reason = plainReason(finished, QString::fromUtf8(sqlite3_errmsg(dest)));
        }
        // The pages carry the source's WAL flag; back to a rollback journal.
        if (reason.isEmpty() &&
            sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
            reason = QString::fromUtf8(sqlite3_errmsg(dest));
    }
    if (dest && sqlite3_close_v2(dest) != SQLITE_OK && reason.isEmpty())
        reason = Backup::tr("cannot close the copy");
    if (reason.isEmpty() && !FileSync::syncFile(path))
        reason = Backup::tr("cannot flush the copy to disk");
    if (!reason.isEmpty())
        Backup::removeCopy(path);
    return reason;
}

QString quickCheck(const QString &path)
{
    try {
        const Database copy(path, Database::Mode::ReadOnly);
        return copy.integrityCheck(true);
    } catch (const Error &e) {
        return e.message();
    }
}

} // namespace

QString Backup::copyPages(const Database &source, const QString &path)
{
    return copyAllPages(handleOf(source), path);
}

void Backup::removeCopy(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

BackupResult Backup::create(const Database &db, const QString &target)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *source = handleOf(db);
    if (!sqlite3_get_autocommit(source))
        throw Error(tr("A backup cannot be made inside a write transaction."));
    const QFileInfo info(target);
    if (info.isDir())
        throw Error(tr("%1 is a folder; give the backup a file name.").arg(target));
    if (!FileSync::makeFolders(info.absolutePath()))
        throw Error(tr("Cannot create the folder %1 for the backup.").arg(info.absolutePath()));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        throw Error(tr("A backup cannot replace the database it copies (%1).").arg(target));
    const QString partial = target + QStringLiteral(".partial");
    if (const QString reason = copyAllPages(source, partial); !reason.isEmpty())
        throw Error(tr("Cannot back up %1 to %2: %3").arg(db.path(), target, reason));
    BackupResult result;
    result.path = target;
    result.bytes = QFileInfo(partial).size();
    // Checked before it takes the place of an older copy of the same name.
    const qint64 copied = timer.nsecsElapsed();
    const QString check = quickCheck(partial);
    result.checkNs = timer.nsecsElapsed() - copied;
    if (check != QLatin1String("ok")) {
        removeCopy(partial);
        throw Error(tr("The backup of %1 failed its check and was deleted: %2")
                        .arg(db.path(), check.section(QLatin1Char('\n'), 0, 4)));
    }
    if (const QString reason = FileSync::replace(partial, target); !reason.isEmpty()) {
        removeCopy(partial);
        throw Error(tr("Cannot back up %1 to %2: %3").arg(db.path(), target, reason));
    }
    result.copyNs = timer.nsecsElapsed() - result.checkNs;
    return result;
}

QHash<QString, int> Backup::verify(const QString &file, const MigrationSet &set, Check check)
{
    if (!QFileInfo(file).isFile())
        throw Error(tr("The backup %1 does not exist.").arg(file));
    // Opening reads the header and the schema and refuses what is not SQLite.
    Database copy(file, Database::Mode::ReadOnly);
    const QString result = copy.integrityCheck(check == Check::Quick);
    if (result != QLatin1String("ok"))
        throw Error(tr("The backup %1 is damaged: %2").arg(file, result.section(QLatin1Char('\n'), 0, 4)));
    if (copy.schemaVersion(QStringLiteral("core")) == 0)
        throw Error(tr("%1 is not a CRM Suite database.").arg(file));
    // A database that was never set up (a new or migrated empty file) would
    // leave nobody able to log in: it is not a backup of a company.
    if (copy.scalar(QStringLiteral("SELECT count(*) FROM core_user")).toInt() == 0 ||
        !Settings(copy).isInitialized())
        throw Error(tr("%1 holds no company: it has no users or company settings, so it is not a backup to "
                       "restore. Nothing was changed.")
                        .arg(file));
    // Read-only: the migration runner only compares the versions, and refuses a
    // newer schema with its own message.
    copy.migrate(set);
    QHash<QString, int> versions;
    QSqlQuery q = copy.exec(QStringLiteral("SELECT module, max(version) FROM schema_migrations GROUP BY module"));
    while (q.next())
        versions.insert(q.value(0).toString(), q.value(1).toInt());
    return versions;
}

QString Backup::damage(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return {};
    const QString result = quickCheck(path);
    return result == QLatin1String("ok") ? QString() : result;
}

} // namespace Crm
