#include "listspec.h"

#include "db/database.h"
#include "search/normalizer.h"
#include "search/searchindex.h"

#include <QSqlQuery>

namespace Crm {

int ListSpec::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

QList<QPair<QString, QVariant>> ListSpec::filterOptions(const Database &db, const ListFilter &f) const
{
    if (f.options)
        return f.options();
    QList<QPair<QString, QVariant>> out;
    if (f.optionsSql.isEmpty())
        return out;
    QSqlQuery q = db.exec(f.optionsSql);
    while (q.next())
        out.append({q.value(1).toString(), q.value(0)});
    return out;
}

void ListQuery::resolveNumber(const Database &db, const ListSpec &spec)
{
    const QString s = search.trimmed().toUpper();
    numberSearch = !spec.numberExpr.isEmpty() && !s.isEmpty() && !s.contains(QLatin1Char(' ')) &&
                   db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? LIMIT 1").arg(spec.from, spec.numberExpr),
                             {s})
                       .isValid();
}

ListQuery::Sql ListQuery::sql(const ListSpec &spec) const
{
    Sql out;
    out.from = spec.from;
    QStringList conditions;
    if (!spec.where.isEmpty())
        conditions << QStringLiteral("(%1)").arg(spec.where);
    for (const ListFilter &f : spec.filters) {
        const QVariant v = filters.value(f.key);
        if (!v.isValid() || v.isNull())
            continue;
        conditions << QStringLiteral("%1 = ?").arg(f.expr);
        out.binds << v;
    }
    const QString s = search.trimmed();
    if (numberSearch && !spec.numberExpr.isEmpty()) {
        conditions << QStringLiteral("%1 = ?").arg(spec.numberExpr);
        out.binds << s.toUpper();
    } else if (!s.isEmpty() && !spec.searchTable.isEmpty()) {
        const QString searchId = spec.searchIdExpr.isEmpty() ? spec.idExpr : spec.searchIdExpr;
        const SearchIndex::Filter sf = SearchIndex(spec.searchTable).filter(s, searchId);
        if (!sf.isEmpty()) {
            // CROSS JOIN keeps the index as the outer loop.
            out.from = QStringLiteral("%1 s CROSS JOIN %2").arg(sf.drivingTable, spec.from);
            out.indexed = true;
            QStringList driving{QStringLiteral("%1 = s.rowid").arg(searchId), sf.drivingCondition};
            QVariantList binds = sf.drivingBinds;
            out.indexOnly = QStringLiteral("SELECT 1 FROM %1 s WHERE %2").arg(sf.drivingTable, sf.drivingCondition);
            out.indexBinds = sf.drivingBinds;
            if (!sf.restSql.isEmpty()) {
                driving << sf.restSql;
                binds << sf.restBinds;
                out.indexOnly +=
                    QStringLiteral(" AND ") + QString(sf.restSql).replace(searchId, QStringLiteral("s.rowid"));
                out.indexBinds << sf.restBinds;
            }
            conditions = driving + conditions;
            out.binds = binds + out.binds;
        }
    } else if (!s.isEmpty() && !spec.likeExprs.isEmpty()) {
        QStringList ors;
        for (const QString &e : spec.likeExprs.split(QLatin1Char(','))) {
            ors << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(e.trimmed());
            QString pattern = s;
            pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
                .replace(QLatin1String("%"), QLatin1String("\\%"))
                .replace(QLatin1String("_"), QLatin1String("\\_"));
            out.binds << QStringLiteral("%") + pattern + QStringLiteral("%");
        }
        conditions << QStringLiteral("(%1)").arg(ors.join(QLatin1String(" OR ")));
    }
    out.where = conditions.join(QLatin1String(" AND "));
    return out;
}

} // namespace Crm
