#include "migrationset.h"

#include "db/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace Crm {

void MigrationSet::add(const Migration &m)
{
    if (!m_modules.contains(m.module))
        m_modules.append(m.module);
    m_migrations.append(m);
}

void MigrationSet::addFromResources(const QString &module, const QString &driver)
{
    if (!m_modules.contains(module))
        m_modules.append(module);
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+?)(?:\\.(sqlite|pg))?\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations/%1").arg(module));
    const QString dialect = driver == QLatin1String("QPSQL") ? QStringLiteral("pg") : QStringLiteral("sqlite");
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = re.match(file);
        if (!match.hasMatch())
            throw Error(QCoreApplication::translate("Crm::Database", "Badly named migration file %1 in module %2")
                            .arg(file, module));
        if (!match.captured(3).isEmpty() && match.captured(3) != dialect)
            continue;
        QFile f(dir.filePath(file));
        f.open(QIODevice::ReadOnly);
        add({module, match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
}

int MigrationSet::latestVersion(const QString &module) const
{
    int v = 0;
    for (const Migration &m : m_migrations)
        if (m.module == module)
            v = std::max(v, m.version);
    return v;
}

QList<Migration> MigrationSet::ordered() const
{
    QList<Migration> out;
    for (const QString &module : m_modules) {
        QList<Migration> own;
        for (const Migration &m : m_migrations)
            if (m.module == module)
                own.append(m);
        std::stable_sort(own.begin(), own.end(),
                         [](const Migration &a, const Migration &b) { return a.version < b.version; });
        out += own;
    }
    return out;
}

} // namespace Crm
