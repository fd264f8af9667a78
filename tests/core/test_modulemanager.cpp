#include "testdb.h"

#include "module/modulemanager.h"
#include "module/registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Crm;
using namespace Crm::Test;

// The fixture plugins are built by tests/core/fixtures/CMakeLists.txt, one folder
// per scenario.
namespace {
QString scenarioDir(const char *scenario)
{
    return QStringLiteral(CRM_TEST_FIXTURE_DIR "/") + QLatin1String(scenario);
}

QStringList loadedIds(const ModuleManager &m)
{
    QStringList ids;
    for (const LoadedModule &l : m.loaded())
        ids << l.meta.id;
    return ids;
}

QStringList skippedIds(const ModuleManager &m)
{
    QStringList ids;
    for (const SkippedModule &s : m.skipped())
        ids << s.id;
    ids.sort();
    return ids;
}

// The reason `file` (its base name without "lib") was skipped, or "(not skipped)".
QString reasonFor(const ModuleManager &m, const QString &fileBase)
{
    for (const SkippedModule &s : m.skipped())
        if (QFileInfo(s.file).completeBaseName() == QStringLiteral("lib") + fileBase)
            return s.reason;
    return QStringLiteral("(not skipped)");
}

QStringList permissionIds(const Registry &r)
{
    QStringList ids;
    for (const PermissionSpec &p : r.permissions())
        ids << p.id;
    return ids;
}

std::unique_ptr<ModuleManager> loadScenario(const char *scenario)
{
    const QDir dir(scenarioDir(scenario));
    INFO("fixture folder " << dir.path().toStdString());
    REQUIRE(dir.exists());
    auto m = std::make_unique<ModuleManager>(QStringList{dir.path()});
    m->load();
    for (const SkippedModule &s : m->skipped())
        UNSCOPED_INFO("skipped " << s.id.toStdString() << " (" << s.file.toStdString()
                                 << "): " << s.reason.toStdString());
    return m;
}
} // namespace

TEST_CASE("Modules load in dependency order", "[core][modules]")
{
    const auto m = loadScenario("good");
    CHECK(loadedIds(*m) == (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    CHECK(m->skipped().isEmpty());
    CHECK(m->isLoaded(QStringLiteral("alpha")));
    CHECK_FALSE(m->isLoaded(QStringLiteral("gamma")));
    const ModuleMeta &beta = m->loaded().at(1).meta;
    CHECK(beta.name == QStringLiteral("Fixture beta"));
    CHECK(beta.version == QStringLiteral("1.0.0"));
    CHECK(beta.depends == QStringList{QStringLiteral("alpha")});
    CHECK(QFileInfo(m->loaded().at(0).meta.file).fileName() == QStringLiteral("libz_alpha.so"));
    for (const LoadedModule &l : m->loaded())
        CHECK(l.module != nullptr);

    MigrationSet set = migrations();
    m->registerMigrations(set);
    CHECK(set.modules() == (QStringList{QStringLiteral("core"), QStringLiteral("alpha"), QStringLiteral("beta")}));
    Database db(QStringLiteral(":memory:"));
    db.migrate(set);
    CHECK(db.connection().tables().contains(QStringLiteral("alpha_thing")));
    CHECK(db.connection().tables().contains(QStringLiteral("beta_thing")));

    // initialize() in dependency order, extensionsInitialized() in reverse.
    Registry registry;
    m->initialize(registry);
    CHECK(permissionIds(registry) ==
          (QStringList{QStringLiteral("alpha.initialize"), QStringLiteral("beta.initialize"),
                       QStringLiteral("beta.extensions"), QStringLiteral("alpha.extensions")}));
}

TEST_CASE("A module whose dependency is missing is skipped, with its dependents", "[core][modules]")
{
    const auto m = loadScenario("missing");
    CHECK(loadedIds(*m) == QStringList{QStringLiteral("epsilon")});
    CHECK(skippedIds(*m) == (QStringList{QStringLiteral("delta"), QStringLiteral("gamma")}));
    CHECK(reasonFor(*m, QStringLiteral("gamma")).contains(QStringLiteral("nonexistent")));
    CHECK(reasonFor(*m, QStringLiteral("delta")).contains(QStringLiteral("gamma")));
}

TEST_CASE("Modules in a dependency cycle are skipped", "[core][modules]")
{
    const auto m = loadScenario("cycle");
    CHECK(loadedIds(*m) == QStringList{QStringLiteral("solo")});
    CHECK(skippedIds(*m) == (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    CHECK(reasonFor(*m, QStringLiteral("c1")).contains(QStringLiteral("cycle")));
    CHECK(reasonFor(*m, QStringLiteral("c2")).contains(QStringLiteral("cycle")));
}

TEST_CASE("A module built for another interface version is skipped", "[core][modules]")
{
    const auto m = loadScenario("version");
    CHECK(loadedIds(*m) == QStringList{QStringLiteral("current")});
    CHECK(skippedIds(*m) == QStringList{QStringLiteral("future")});
    CHECK(reasonFor(*m, QStringLiteral("future")).contains(QStringLiteral("999")));
}

TEST_CASE("A module with malformed metadata is skipped", "[core][modules]")
{
    const auto m = loadScenario("malformed");
    CHECK(loadedIds(*m) == QStringList{QStringLiteral("fine")});
    REQUIRE(m->skipped().size() == 2);
    CHECK(reasonFor(*m, QStringLiteral("badid")).contains(QStringLiteral("malformed")));
    CHECK(reasonFor(*m, QStringLiteral("badid")).contains(QStringLiteral("id")));
    CHECK(reasonFor(*m, QStringLiteral("baddeps")).contains(QStringLiteral("malformed")));
    CHECK(reasonFor(*m, QStringLiteral("baddeps")).contains(QStringLiteral("depends")));
    // The numeric id cannot be named; the other one can.
    CHECK(skippedIds(*m) == (QStringList{QString(), QStringLiteral("baddeps")}));
}

TEST_CASE("A library that fails to load is skipped, with its dependents", "[core][modules]")
{
    const auto m = loadScenario("broken");
    CHECK(loadedIds(*m) == QStringList{QStringLiteral("intact")});
    CHECK(skippedIds(*m) == (QStringList{QStringLiteral("broken"), QStringLiteral("needsbroken")}));
    const QString reason = reasonFor(*m, QStringLiteral("broken"));
    CHECK(reason.contains(QStringLiteral("failed to load")));
    CHECK(reason.contains(QStringLiteral("crm_fixture_missing_symbol")));
    CHECK(reasonFor(*m, QStringLiteral("needsbroken")).contains(QStringLiteral("failed to load")));
    CHECK(reasonFor(*m, QStringLiteral("needsbroken")).contains(QStringLiteral("broken")));
}

TEST_CASE("Files that are not modules, duplicates and missing folders", "[core][modules]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    {
        QFile fake(dir.filePath(QStringLiteral("libfake.so")));
        REQUIRE(fake.open(QIODevice::WriteOnly));
        fake.write("this is not an ELF file");
    }
    QFile(dir.filePath(QStringLiteral("readme.txt"))).open(QIODevice::WriteOnly); // not a library: ignored
    const QString alpha = scenarioDir("good") + QStringLiteral("/libz_alpha.so");
    REQUIRE(QFile::copy(alpha, dir.filePath(QStringLiteral("libalpha_copy1.so"))));
    REQUIRE(QFile::copy(alpha, dir.filePath(QStringLiteral("libalpha_copy2.so"))));

    ModuleManager m({dir.path(), dir.filePath(QStringLiteral("no-such-folder")), dir.path()});
    m.load();
    CHECK(loadedIds(m) == QStringList{QStringLiteral("alpha")});
    CHECK(QFileInfo(m.loaded().first().meta.file).fileName() == QStringLiteral("libalpha_copy1.so"));
    REQUIRE(m.skipped().size() == 2);
    CHECK(reasonFor(m, QStringLiteral("fake")).contains(QStringLiteral("not a Qt plugin")));
    CHECK(reasonFor(m, QStringLiteral("alpha_copy2")).contains(QStringLiteral("alpha")));
    CHECK(reasonFor(m, QStringLiteral("alpha_copy2")).contains(QStringLiteral("libalpha_copy1.so")));

    ModuleManager none({dir.filePath(QStringLiteral("no-such-folder"))});
    none.load();
    CHECK(none.loaded().isEmpty());
    CHECK(none.skipped().isEmpty());
}

TEST_CASE("Default module folders", "[core][modules]")
{
    const QByteArray saved = qgetenv("CRM_MODULE_PATH");
    const bool wasSet = qEnvironmentVariableIsSet("CRM_MODULE_PATH");
    qputenv("CRM_MODULE_PATH", "/opt/a:/opt/b");
    const QStringList dirs = ModuleManager::defaultSearchDirs();
    if (wasSet)
        qputenv("CRM_MODULE_PATH", saved);
    else
        qunsetenv("CRM_MODULE_PATH");
    REQUIRE(dirs.size() == 3);
    CHECK(dirs.at(0) == QStringLiteral("/opt/a"));
    CHECK(dirs.at(1) == QStringLiteral("/opt/b"));
    CHECK(dirs.at(2).endsWith(QStringLiteral("lib/crmsuite/modules")));
}
