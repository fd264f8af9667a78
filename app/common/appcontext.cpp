#include "appcontext.h"

#include "db/backup.h"
#include "db/restore.h"
#include "db/database.h"
#include "db/error.h"
#include "db/filesync.h"
#include "db/migrationset.h"
#include "demo/demogenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>

namespace Crm {

AppContext::AppContext(QStringList moduleDirs)
    : m_modules(std::move(moduleDirs))
{}

AppContext::~AppContext() = default;

QString AppContext::defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("CRM_DATABASE");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("crmsuite.db"));
}

void AppContext::loadModules()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_modules.load();
    m_modules.initialize(m_registry);
}

void AppContext::requireContent(const Database &db, Access access)
{
    const Database::Content content = db.content();
    if (content == Database::Content::Suite)
        return;
    if (content == Database::Content::Empty && access == Access::Create)
        return;
    if (content == Database::Content::Empty)
        throw Error(tr("%1 is not a CRM Suite database: it is empty. Nothing was changed; "
                                   "crmsuite-cli init or demo creates a database.")
                        .arg(db.path()));
    throw Error(tr("%1 is not a CRM Suite database: it belongs to another program. Nothing was "
                               "changed.")
                    .arg(db.path()));
}

void AppContext::recoverInterruptedRestore(const QString &path)
{
    if (path == QLatin1String(":memory:"))
        return;
    const QString done = Restore::recover(path);
    if (done.isEmpty())
        return;
    if (m_notice)
        m_notice(done);
    else
        QTextStream(stderr) << done << Qt::endl;
}

Database &AppContext::openDatabase(const QString &path, Access access)
{
    loadModules();
    m_db.reset();
    recoverInterruptedRestore(path);
    const MigrationSet set = migrations();
    if (access == Access::Read) {
        auto db = std::make_unique<Database>(path, Database::Mode::ReadOnly);
        requireContent(*db, access);
        db->migrate(set); // refuses a newer schema, writes nothing
        if (db->needsUpgrade(set))
            throw Error(tr("The database %1 was written by an earlier version of CRM Suite and has to be "
                           "upgraded before it can be read: open it once in CRM Suite, or run crmsuite-cli "
                           "upgrade. Nothing was changed.")
                            .arg(path));
        m_db = std::move(db);
        return *m_db;
    }
    auto db = std::make_unique<Database>(path, access == Access::Create ? Database::Mode::Create
                                                                         : Database::Mode::ReadWrite);
    requireContent(*db, access);
    if (access == Access::Write) {
        // A writing command never writes into a damaged file (the window checks
        // in the background after it opens, and then reopens read-only).
        const QString damage = db->integrityCheck(true);
        if (damage != QLatin1String("ok"))
            throw Error(tr("The database %1 is damaged: %2\nNothing was written. Restore it from a backup "
                           "(crmsuite-cli restore, or File → Restore from a backup… in CRM Suite).")
                            .arg(path, damage.section(QLatin1Char('\n'), 0, 4)));
    }
    if (db->needsUpgrade(set)) {
        const QThread *opening = QThread::currentThread();
        const QString label = tr("Upgrading the database to this version of CRM Suite (once; a large database "
                                 "takes a while)…");
        const std::function<void()> work = [&] {
            // A worker's connection goes with it, whether the upgrade succeeds or throws.
            const auto closer = qScopeGuard([&] {
                if (QThread::currentThread() != opening)
                    db->closeThreadConnection();
            });
            db->migrate(set);
        };
        if (m_longWork) {
            m_longWork(label, work);
        } else {
            QTextStream(stderr) << label << Qt::endl;
            work();
        }
    } else {
        db->migrate(set);
    }
    m_db = std::move(db);
    return *m_db;
}

Database &AppContext::openReadOnly(const QString &path)
{
    loadModules();
    m_db.reset();
    recoverInterruptedRestore(path);
    auto db = std::make_unique<Database>(path, Database::Mode::ReadOnly);
    db->migrate(migrations()); // refuses a newer schema, writes nothing
    m_db = std::move(db);
    return *m_db;
}

MigrationSet AppContext::migrations()
{
    loadModules();
    MigrationSet set;
    set.addFromResources(QStringLiteral("core"));
    m_modules.registerMigrations(set);
    return set;
}

QString AppContext::restoreDatabase(const QString &file)
{
    if (!m_db)
        throw Error(tr("No database is open."));
    const QString path = m_db->path();
    const bool readOnly = m_db->isReadOnly();
    Backup::verify(file, migrations());
    // Every connection of this process closes; the last one folds the -wal back in.
    m_db.reset();
    QString kept;
    try {
        kept = Restore::replace(file, path);
    } catch (const Error &) {
        if (readOnly)
            openReadOnly(path);
        else
            openDatabase(path, Access::Write);
        throw;
    }
    openDatabase(path, Access::Write);
    return kept;
}

void AppContext::createDemo(const DemoOptions &options, const std::function<void(int)> &progress)
{
    const QList<DemoStep> steps = m_registry.demoSteps();
    const int coreShare = steps.isEmpty() ? 100 : 90;
    DemoGenerator::generate(*m_db, options, [&](int p) {
        if (progress)
            progress(p * coreShare / 100);
    });
    for (int i = 0; i < steps.size(); ++i) {
        steps.at(i).run(*m_db, options.seed, m_registry);
        if (progress)
            progress(coreShare + (100 - coreShare) * (i + 1) / int(steps.size()));
    }
}

Database &AppContext::createDemoDatabase(const QString &path, const DemoOptions &options,
                                         const std::function<void(int)> &progress,
                                         const std::function<void(const Database &)> &prepare)
{
    const QString partial = path + QStringLiteral(".demo-partial");
    Backup::removeCopy(partial); // what a killed run left
    try {
        openDatabase(partial, Access::Create);
        createDemo(options, progress);
        if (prepare)
            prepare(*m_db);
        m_db.reset(); // the last connection folds the -wal into the file
        if (QFileInfo::exists(partial + QStringLiteral("-wal")))
            throw Error(tr("The demo database %1 could not be closed cleanly.").arg(partial));
        // Filled without syncs (DemoGenerator): on the disk before it takes the name.
        if (!FileSync::syncFile(partial))
            throw Error(tr("The demo database %1 cannot be flushed to disk.").arg(partial));
        // The old log must not meet the new file: SQLite would replay it into it.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (const QString reason = FileSync::replace(partial, path); !reason.isEmpty())
            throw Error(tr("Cannot put the demo database in place of %1: %2").arg(path, reason));
    } catch (...) {
        m_db.reset();
        Backup::removeCopy(partial);
        throw;
    }
    return openDatabase(path, Access::Create);
}

} // namespace Crm
