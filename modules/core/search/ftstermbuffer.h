#pragma once

#include <QString>

namespace Crm {

class Database;

// While it lives, the FTS5 table `table` keeps up to `bytes` of new terms in
// memory before it writes them out as a segment (its "hashsize"; SQLite's
// default is 1 MB). A bulk load of a few hundred thousand rows then writes one
// segment per index instead of dozens that FTS5 merges again and again in the
// same transaction. The previous setting is restored at the end. Runs inside
// the caller's WriteTransaction, so a rollback undoes both changes.
class FtsTermBuffer
{
public:
    FtsTermBuffer(const Database &db, QString table, qint64 bytes);
    ~FtsTermBuffer();
    FtsTermBuffer(const FtsTermBuffer &) = delete;
    FtsTermBuffer &operator=(const FtsTermBuffer &) = delete;

    // The setting `table` has now, in bytes.
    static qint64 current(const Database &db, const QString &table);

private:
    static void set(const Database &db, const QString &table, qint64 bytes);

    const Database &m_db;
    QString m_table;
    qint64 m_previous;
};

} // namespace Crm
