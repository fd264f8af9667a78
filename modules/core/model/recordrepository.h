#pragma once

#include "model/recordschema.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <optional>

namespace Crm {

class Database;

// Stores records described by a RecordSchema. Values are keyed by column and
// hold storage values (basis points, micros, ids).
class RecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(Crm::RecordRepository)
public:
    RecordRepository(const Database &db, const RecordSchema &schema, QString actor)
        : m_db(db)
        , m_schema(schema)
        , m_actor(std::move(actor))
    {}

    // Throws Crm::Error naming the field. Sets "id" (and "uuid") on insert.
    void save(QVariantMap &values) const;
    std::optional<QVariantMap> load(qint64 id) const;
    void remove(qint64 id) const;
    void validate(const QVariantMap &values) const;
    // (id, name) of every row of a lookup table, by name.
    static QList<QPair<qint64, QString>> lookupRows(const Database &db, const QString &table);
    // Codes of the active rows of a table with `code` and `active` columns, sorted.
    static QStringList activeCodes(const Database &db, const QString &table);

private:
    const Database &m_db;
    const RecordSchema &m_schema;
    QString m_actor;
};

} // namespace Crm
