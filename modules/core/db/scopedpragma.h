#pragma once

#include <QString>
#include <QVariant>

namespace Crm {

class Database;

// While it lives, `PRAGMA name = value` holds on this thread's connection;
// the connection's previous value is put back at the end (never throwing: the
// settings it serves are optimisations). SQLite only.
class ScopedPragma
{
public:
    ScopedPragma(const Database &db, QString name, const QVariant &value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    const Database &m_db;
    QString m_name;
    QVariant m_previous;
};

} // namespace Crm
