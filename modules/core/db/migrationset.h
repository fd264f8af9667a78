#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Crm {

struct Migration
{
    QString module;
    int version = 0;
    QString name;
    QString sql;
};

// The migrations of every loaded module, in dependency order (modules are added
// in the order they must run; within a module, by version).
class MigrationSet
{
public:
    void add(const Migration &m);
    // Adds the files under :/migrations/<module>/ named NNNN_name.sql; files named
    // NNNN_name.sqlite.sql or NNNN_name.pg.sql only for that driver.
    void addFromResources(const QString &module, const QString &driver = QStringLiteral("QSQLITE"));
    QStringList modules() const { return m_modules; }
    int latestVersion(const QString &module) const;
    QList<Migration> ordered() const;

private:
    QStringList m_modules;
    QList<Migration> m_migrations;
};

} // namespace Crm
