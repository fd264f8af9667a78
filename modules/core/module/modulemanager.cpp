#include "modulemanager.h"

#include "crmversion.h"
#include "module/imodule.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>

namespace Crm {

ModuleManager::ModuleManager(QStringList searchDirs)
    : m_dirs(std::move(searchDirs))
{}

ModuleManager::~ModuleManager()
{
    // Plugins stay loaded until the process ends: widgets and services they
    // created may outlive this object.
    qDeleteAll(m_loaders);
}

QStringList ModuleManager::defaultSearchDirs()
{
    QStringList dirs;
    const QString extra = qEnvironmentVariable("CRM_MODULE_PATH");
    for (const QString &d : extra.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs << d;
    const QString appDir = QCoreApplication::applicationDirPath();
    dirs << QDir(appDir).absoluteFilePath(QStringLiteral("../lib/crmsuite/modules"));
    return dirs;
}

bool ModuleManager::isLoaded(const QString &id) const
{
    for (const LoadedModule &m : m_loaded)
        if (m.meta.id == id)
            return true;
    return false;
}

bool ModuleManager::readMeta(const QString &file, ModuleMeta &meta, QString &reason) const
{
    QPluginLoader probe(file);
    const QJsonObject root = probe.metaData();
    if (root.isEmpty()) {
        reason = tr("not a Qt plugin, or its metadata cannot be read");
        return false;
    }
    if (root.value(QStringLiteral("IID")).toString() != QLatin1String(CRM_MODULE_IID)) {
        reason = tr("not a CRM Suite module (interface \"%1\")").arg(root.value(QStringLiteral("IID")).toString());
        return false;
    }
    const QJsonValue mdv = root.value(QStringLiteral("MetaData"));
    if (!mdv.isObject()) {
        reason = tr("malformed metadata: no module description");
        return false;
    }
    const QJsonObject md = mdv.toObject();
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    meta.file = file;
    meta.id = md.value(QStringLiteral("id")).toString();
    if (!idRe.match(meta.id).hasMatch()) {
        reason = tr("malformed metadata: \"id\" is missing or not a lowercase identifier");
        return false;
    }
    meta.name = md.value(QStringLiteral("name")).toString();
    meta.version = md.value(QStringLiteral("version")).toString();
    if (meta.name.isEmpty() || meta.version.isEmpty()) {
        reason = tr("malformed metadata: \"name\" or \"version\" is missing");
        return false;
    }
    const QJsonValue iv = md.value(QStringLiteral("interfaceVersion"));
    if (!iv.isDouble()) {
        reason = tr("malformed metadata: \"interfaceVersion\" is missing or not a number");
        return false;
    }
    meta.interfaceVersion = iv.toInt();
    for (const char *key : {"depends", "recommends"}) {
        const QJsonValue v = md.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isArray()) {
            reason = tr("malformed metadata: \"%1\" is not a list").arg(QLatin1String(key));
            return false;
        }
        QStringList ids;
        for (const QJsonValue &d : v.toArray()) {
            if (!d.isString() || !idRe.match(d.toString()).hasMatch()) {
                reason =
                    tr("malformed metadata: \"%1\" holds something that is not a module id").arg(QLatin1String(key));
                return false;
            }
            ids << d.toString();
        }
        (qstrcmp(key, "depends") == 0 ? meta.depends : meta.recommends) = ids;
    }
    if (meta.interfaceVersion != kModuleInterfaceVersion) {
        reason = tr("built for module interface version %1; this program needs version %2")
                     .arg(meta.interfaceVersion)
                     .arg(kModuleInterfaceVersion);
        return false;
    }
    return true;
}

void ModuleManager::load()
{
    // 1. Metadata of every plugin, before loading anything.
    QList<ModuleMeta> candidates;
    QSet<QString> seenFiles;
    for (const QString &dirPath : m_dirs) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        for (const QFileInfo &fi : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (!QLibrary::isLibrary(fi.fileName()))
                continue;
            const QString path = fi.canonicalFilePath();
            if (seenFiles.contains(path))
                continue;
            seenFiles.insert(path);
            ModuleMeta meta;
            QString reason;
            if (!readMeta(path, meta, reason)) {
                m_skipped.append({meta.id, path, reason});
                continue;
            }
            const auto dup = std::find_if(candidates.cbegin(), candidates.cend(),
                                          [&](const ModuleMeta &m) { return m.id == meta.id; });
            if (dup != candidates.cend()) {
                m_skipped.append(
                    {meta.id, path, tr("another plugin (%1) already provides module \"%2\"").arg(dup->file, meta.id)});
                continue;
            }
            candidates.append(meta);
        }
    }

    // 2. Drop modules whose dependencies are missing, until nothing changes.
    auto findCandidate = [&](const QString &id) -> const ModuleMeta * {
        for (const ModuleMeta &m : candidates)
            if (m.id == id)
                return &m;
        return nullptr;
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (int i = 0; i < candidates.size(); ++i) {
            const ModuleMeta &m = candidates.at(i);
            for (const QString &dep : m.depends) {
                if (findCandidate(dep))
                    continue;
                const bool wasSkipped = std::any_of(m_skipped.cbegin(), m_skipped.cend(),
                                                    [&](const SkippedModule &s) { return s.id == dep; });
                m_skipped.append({m.id, m.file,
                                  wasSkipped ? tr("requires module \"%1\", which was skipped").arg(dep)
                                             : tr("requires module \"%1\", which is not installed").arg(dep)});
                candidates.removeAt(i);
                changed = true;
                break;
            }
            if (changed)
                break;
        }
    }

    // 3. Dependency order (Kahn); recommended modules that are present also go first.
    QList<ModuleMeta> ordered;
    QSet<QString> placed;
    QList<ModuleMeta> pending = candidates;
    while (!pending.isEmpty()) {
        bool progress = false;
        for (int i = 0; i < pending.size(); ++i) {
            const ModuleMeta &m = pending.at(i);
            bool ready = true;
            for (const QString &d : m.depends)
                ready = ready && placed.contains(d);
            for (const QString &r : m.recommends)
                ready = ready && (placed.contains(r) || !findCandidate(r) || findCandidate(r)->depends.contains(m.id) ||
                                  findCandidate(r)->recommends.contains(m.id));
            if (!ready)
                continue;
            ordered.append(m);
            placed.insert(m.id);
            pending.removeAt(i);
            progress = true;
            break;
        }
        if (progress)
            continue;
        // What is left depends on itself through a cycle (or on a module in one).
        QStringList ids;
        for (const ModuleMeta &m : pending)
            ids << m.id;
        for (const ModuleMeta &m : pending)
            m_skipped.append(
                {m.id, m.file, tr("dependency cycle among modules %1").arg(ids.join(QLatin1String(", ")))});
        pending.clear();
    }

    // 4. Load in order; a failed load takes its dependents with it.
    for (const ModuleMeta &m : ordered) {
        QString missing;
        for (const QString &d : m.depends)
            if (!isLoaded(d))
                missing = d;
        if (!missing.isEmpty()) {
            m_skipped.append({m.id, m.file, tr("requires module \"%1\", which failed to load").arg(missing)});
            continue;
        }
        auto *loader = new QPluginLoader(m.file);
        loader->setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (!loader->load()) {
            m_skipped.append({m.id, m.file, tr("the library failed to load: %1").arg(loader->errorString())});
            delete loader;
            continue;
        }
        auto *module = qobject_cast<IModule *>(loader->instance());
        if (!module) {
            m_skipped.append({m.id, m.file, tr("the plugin does not provide a CRM Suite module")});
            loader->unload();
            delete loader;
            continue;
        }
        m_loaders.append(loader);
        m_loaded.append({m, module});
    }
}

void ModuleManager::registerMigrations(MigrationSet &set) const
{
    for (const LoadedModule &m : m_loaded)
        m.module->registerMigrations(set);
}

void ModuleManager::initialize(Registry &registry) const
{
    for (const LoadedModule &m : m_loaded)
        m.module->initialize(registry);
    for (auto it = m_loaded.crbegin(); it != m_loaded.crend(); ++it)
        it->module->extensionsInitialized(registry);
}

} // namespace Crm
