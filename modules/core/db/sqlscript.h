#pragma once

#include <QString>
#include <QStringList>

namespace Crm {

// Splits an SQL script into statements at top-level semicolons, honouring quotes,
// comments and CREATE TRIGGER … END bodies. Empty statements are dropped.
QStringList splitSqlScript(const QString &script);

// Maps the few type words that differ between SQLite and PostgreSQL.
QString mapSqlForDriver(const QString &statement, const QString &driverName);

} // namespace Crm
