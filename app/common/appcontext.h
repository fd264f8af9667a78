#pragma once

#include "module/modulemanager.h"
#include "module/registry.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

namespace Crm {

class Database;
class MigrationSet;
struct DemoOptions;

// What both executables share: the modules, the registry and the open database.
class AppContext
{
    Q_DECLARE_TR_FUNCTIONS(Crm::AppContext)
public:
    explicit AppContext(QStringList moduleDirs = ModuleManager::defaultSearchDirs());
    ~AppContext();

    // <AppDataLocation>/crmsuite.db, or $CRM_DATABASE when set.
    static QString defaultDatabasePath();

    // Loads the module plugins (metadata first) and initialises them into the registry.
    void loadModules();
    // How long work at opening (upgrading a database made by an earlier version:
    // on 1,000,000 customers it takes tens of seconds) is run: given what it
    // does, as the user reads it, and the work, which it may run on another
    // thread; it throws what the work throws. By default the label goes to
    // standard error and the work runs here; the GUI shows a busy dialog.
    using LongWork = std::function<void(const QString &label, const std::function<void()> &work)>;
    void setLongWork(LongWork run) { m_longWork = std::move(run); }
    // Opens (or creates) the database and runs core's and every module's migrations.
    // Throws Crm::Error with a clear message; nothing is written to a bad file.
    Database &openDatabase(const QString &path, bool create);
    // Opens the database read-only (a damaged file): nothing is migrated or written.
    Database &openReadOnly(const QString &path);
    // Core's and every loaded module's migrations.
    MigrationSet migrations();
    // Puts the backup `file` in place of the open database and opens it again
    // (Backup::verify, then Backup::replace). The caller drops everything that
    // uses the database first. Returns where the previous file is kept. Throws
    // Crm::Error: a backup that fails its check or comes from a newer schema
    // changes nothing and leaves the database open.
    QString restoreDatabase(const QString &file);

    // Fills the open (new) database with the demo company: core's master data,
    // then each loaded module's demo step, in load order. `progress` gets 0…100.
    void createDemo(const DemoOptions &options, const std::function<void(int)> &progress = {});

    ModuleManager &modules() { return m_modules; }
    Registry &registry() { return m_registry; }
    Database *database() const { return m_db.get(); }

private:
    ModuleManager m_modules;
    Registry m_registry;
    std::unique_ptr<Database> m_db;
    bool m_loaded = false;
    LongWork m_longWork;
};

} // namespace Crm
