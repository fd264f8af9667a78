#include "appcontext.h"

#include "db/backup.h"
#include "db/database.h"
#include "db/error.h"
#include "db/migrationset.h"
#include "demo/demogenerator.h"

#include <QDir>
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

Database &AppContext::openDatabase(const QString &path, bool create)
{
    loadModules();
    m_db.reset();
    auto db = std::make_unique<Database>(path, create ? Database::Mode::Create : Database::Mode::ReadWrite);
    const MigrationSet set = migrations();
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
    if (!db->isReadOnly())
        for (const OpenTask &task : m_registry.openTasks())
            task.run(*db);
    m_db = std::move(db);
    return *m_db;
}

Database &AppContext::openReadOnly(const QString &path)
{
    loadModules();
    m_db.reset();
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
        kept = Backup::replace(file, path);
    } catch (const Error &) {
        if (readOnly)
            openReadOnly(path);
        else
            openDatabase(path, false);
        throw;
    }
    openDatabase(path, false);
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

} // namespace Crm
