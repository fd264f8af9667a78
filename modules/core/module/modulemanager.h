#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPluginLoader;

namespace Crm {

class IModule;
class MigrationSet;
class Registry;

struct ModuleMeta
{
    QString id;
    QString name;
    QString version;
    int interfaceVersion = 0;
    QStringList depends;
    QStringList recommends;
    QString file;
};

struct LoadedModule
{
    ModuleMeta meta;
    IModule *module = nullptr;
};

struct SkippedModule
{
    QString id; // may be empty when the metadata could not be read
    QString file;
    QString reason; // translated, names what is wrong
};

// Finds module plugins, reads every plugin's metadata before loading anything,
// checks interface version, ids and the dependency graph, then loads in
// dependency order. A broken plugin is skipped with the reason, and so are the
// modules that depend on it; the rest loads.
class ModuleManager
{
    Q_DECLARE_TR_FUNCTIONS(Crm::ModuleManager)
public:
    explicit ModuleManager(QStringList searchDirs);
    ~ModuleManager();
    ModuleManager(const ModuleManager &) = delete;
    ModuleManager &operator=(const ModuleManager &) = delete;

    // <dir of the executable>/../lib/crmsuite/modules (build and install trees)
    // and $CRM_MODULE_PATH (colon-separated) when set.
    static QStringList defaultSearchDirs();

    void load();
    const QList<LoadedModule> &loaded() const { return m_loaded; }
    const QList<SkippedModule> &skipped() const { return m_skipped; }
    bool isLoaded(const QString &id) const;

    // Calls every loaded module in dependency order.
    void registerMigrations(MigrationSet &set) const;
    void initialize(Registry &registry) const;

private:
    bool readMeta(const QString &file, ModuleMeta &meta, QString &reason) const;
    QStringList m_dirs;
    QList<LoadedModule> m_loaded;
    QList<SkippedModule> m_skipped;
    QList<QPluginLoader *> m_loaders;
};

} // namespace Crm
