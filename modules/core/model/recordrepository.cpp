#include "recordrepository.h"

#include "db/database.h"
#include "db/error.h"
#include "db/references.h"
#include "db/sqltext.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Crm {

void RecordRepository::validate(const QVariantMap &values) const
{
    for (const FieldSpec &f : m_schema.fields) {
        const QVariant v = values.value(f.column);
        const bool empty = !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty() ||
                           (f.type == FieldSpec::Type::Lookup && v.toLongLong() == 0);
        if (f.required && empty)
            throw Error(tr("%1 is required.").arg(f.title()), f.column);
        if (empty)
            continue;
        switch (f.type) {
        case FieldSpec::Type::Integer:
        case FieldSpec::Type::Percent:
        case FieldSpec::Type::Micros: {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok)
                throw Error(tr("%1 must be a number.").arg(f.title()), f.column);
            if (f.max > f.min && (n < f.min || n > f.max))
                throw Error(tr("%1 is out of range.").arg(f.title()), f.column);
            break;
        }
        default:
            break;
        }
        if (f.unique) {
            const QVariant clash = m_db.scalar(
                QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(m_schema.table, f.column),
                {f.type == FieldSpec::Type::Code ? v.toString().trimmed().toUpper() : v.toString().trimmed(),
                 values.value(QStringLiteral("id"), 0)});
            if (clash.isValid())
                throw Error(tr("%1 \"%2\" is already used by another %3.")
                                .arg(f.title(), v.toString().trimmed(), m_schema.singularTitle().toLower()),
                            f.column);
        }
    }
    if (m_schema.table == QLatin1String("core_product_category")) {
        // A category cannot be its own ancestor.
        qint64 parent = values.value(QStringLiteral("parent_id")).toLongLong();
        const qint64 self = values.value(QStringLiteral("id")).toLongLong();
        for (int depth = 0; parent > 0 && self > 0 && depth < 100; ++depth) {
            if (parent == self)
                throw Error(tr("A category cannot be placed under itself."), QStringLiteral("parent_id"));
            parent = m_db.scalar(QStringLiteral("SELECT parent_id FROM core_product_category WHERE id = ?"), {parent})
                         .toLongLong();
        }
    }
}

void RecordRepository::save(QVariantMap &values) const
{
    validate(values);
    WriteTransaction tx(m_db);
    const QString now = Database::nowUtc();
    QStringList columns;
    QVariantList binds;
    for (const FieldSpec &f : m_schema.fields) {
        QVariant v = values.value(f.column, m_schema.defaults.value(f.column));
        switch (f.type) {
        case FieldSpec::Type::Code:
            v = v.toString().trimmed().toUpper();
            break;
        case FieldSpec::Type::Text:
            v = v.toString().trimmed();
            break;
        case FieldSpec::Type::Bool:
            v = v.toBool() ? 1 : 0;
            break;
        case FieldSpec::Type::Lookup:
            v = v.toLongLong() > 0 ? QVariant(v.toLongLong()) : QVariant(QMetaType(QMetaType::LongLong));
            break;
        default:
            v = v.toLongLong();
        }
        values.insert(f.column, v);
        columns << f.column;
        binds << v;
    }
    columns << QStringLiteral("updated_at") << QStringLiteral("updated_by");
    binds << now << m_actor;
    const qint64 id = values.value(QStringLiteral("id")).toLongLong();
    if (id > 0) {
        binds << id;
        QSqlQuery q = m_db.exec(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_schema.table, SqlText::assignments(columns)), binds);
        if (q.numRowsAffected() != 1)
            throw Error(tr("The record was deleted by someone else; it cannot be saved."));
    } else {
        const QString uuid = Database::newUuid();
        columns << QStringLiteral("uuid") << QStringLiteral("created_at");
        binds << uuid << now;
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                    .arg(m_schema.table, columns.join(u','), SqlText::placeholders(columns.size())),
                                binds);
        values.insert(QStringLiteral("id"), q.lastInsertId().toLongLong());
        values.insert(QStringLiteral("uuid"), uuid);
    }
    tx.commit();
}

std::optional<QVariantMap> RecordRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(m_schema.table), {id});
    if (!q.next())
        return std::nullopt;
    QVariantMap out;
    const QSqlRecord rec = q.record();
    for (int i = 0; i < rec.count(); ++i)
        out.insert(rec.fieldName(i), q.value(i));
    return out;
}

void RecordRepository::remove(qint64 id) const
{
    WriteTransaction tx(m_db);
    const QVariant code = m_db.scalar(QStringLiteral("SELECT code FROM %1 WHERE id = ?").arg(m_schema.table), {id});
    if (!code.isValid())
        throw Error(tr("The record no longer exists."));
    const QString refs = blockingReferences(m_db, m_schema.table, id);
    if (!refs.isEmpty())
        throw Error(tr("%1 %2 cannot be deleted: other records refer to it (%3).")
                        .arg(m_schema.singularTitle(), code.toString(), refs));
    m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_schema.table), {id});
    tx.commit();
}

QList<QPair<qint64, QString>> RecordRepository::lookupRows(const Database &db, const QString &table)
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, code || ' ' || name FROM %1 ORDER BY name").arg(table));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

QStringList RecordRepository::activeCodes(const Database &db, const QString &table)
{
    QStringList out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT code FROM %1 WHERE active = 1 ORDER BY code").arg(table));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace Crm
