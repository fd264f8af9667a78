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
    // Where what the opening did on its own goes (a restore that a crash
    // interrupted, finished or undone): standard error by default; the GUI
    // shows a message.
    using Notice = std::function<void(const QString &text)>;
    void setNotice(Notice notice) { m_notice = std::move(notice); }
    // Finishes or undoes an interrupted restore of `path` (Restore::recover)
    // and tells the user; openDatabase and openReadOnly call it first.
    void recoverInterruptedRestore(const QString &path);
    // How a command or the window uses the database it opens.
    enum class Access {
        Create, // a new file, or the suite's database (init, demo, the window)
        Write,  // the suite's database only: writing commands
        Read,   // the suite's database, read-only, never written: reading commands
    };
    // Opens the database and, unless Read, runs core's and every module's
    // migrations. Throws Crm::Error with a clear message, and writes nothing,
    // when the file is not the suite's (another program's, or an empty one
    // where Write or Read need a database), or when a Read finds the schema of
    // an earlier version (an upgrade is a write).
    Database &openDatabase(const QString &path, Access access);
    // Throws Crm::Error when the open `db` holds what `access` may not open:
    // something not the suite's, or (but for Create) nothing yet.
    static void requireContent(const Database &db, Access access);
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
    // A new demo database at `path`, replacing what is there: built in
    // <path>.demo-partial beside it and renamed over `path` only once whole, so
    // that a killed run leaves the previous file (or none), never part of a
    // demo. `prepare` runs on the finished file before the rename. Leaves the
    // new database open. Throws Crm::Error, with `path` left as it was.
    Database &createDemoDatabase(const QString &path, const DemoOptions &options,
                                 const std::function<void(int)> &progress = {},
                                 const std::function<void(const Database &)> &prepare = {});

    ModuleManager &modules() { return m_modules; }
    Registry &registry() { return m_registry; }
    Database *database() const { return m_db.get(); }

private:
    ModuleManager m_modules;
    Registry m_registry;
    std::unique_ptr<Database> m_db;
    bool m_loaded = false;
    LongWork m_longWork;
    Notice m_notice;
};

} // namespace Crm
