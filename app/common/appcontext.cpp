#include "appcontext.h"

#include "db/database.h"
#include "db/migrationset.h"
#include "demo/demogenerator.h"

#include <QDir>
#include <QStandardPaths>

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
    MigrationSet set;
    set.addFromResources(QStringLiteral("core"));
    m_modules.registerMigrations(set);
    db->migrate(set);
    if (!db->isReadOnly())
        for (const OpenTask &task : m_registry.openTasks())
            task.run(*db);
    m_db = std::move(db);
    return *m_db;
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
