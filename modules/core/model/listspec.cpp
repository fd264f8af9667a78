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

QPair<QString, QVariantList> ListQuery::where(const ListSpec &spec) const
{
    QStringList conditions;
    QVariantList binds;
    if (!spec.where.isEmpty())
        conditions << QStringLiteral("(%1)").arg(spec.where);
    for (const ListFilter &f : spec.filters) {
        const QVariant v = filters.value(f.key);
        if (!v.isValid() || v.isNull())
            continue;
        conditions << QStringLiteral("%1 = ?").arg(f.expr);
        binds << v;
    }
    const QString s = search.trimmed();
    if (!s.isEmpty()) {
        if (!spec.searchTable.isEmpty()) {
            const SearchIndex::Filter sf = SearchIndex(spec.searchTable).filter(s, spec.idExpr);
            if (!sf.isEmpty()) {
                conditions << sf.sql;
                binds << sf.binds;
            }
        } else if (!spec.likeExprs.isEmpty()) {
            QStringList ors;
            const QStringList exprs = spec.likeExprs.split(QLatin1Char(','));
            for (const QString &e : exprs) {
                ors << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(e.trimmed());
                QString pattern = s;
                pattern.replace(QLatin1String("\\"), QLatin1String("\\\\"))
                    .replace(QLatin1String("%"), QLatin1String("\\%"))
                    .replace(QLatin1String("_"), QLatin1String("\\_"));
                binds << QStringLiteral("%") + pattern + QStringLiteral("%");
            }
            conditions << QStringLiteral("(%1)").arg(ors.join(QLatin1String(" OR ")));
        }
    }
    return {conditions.join(QLatin1String(" AND ")), binds};
}

} // namespace Crm
