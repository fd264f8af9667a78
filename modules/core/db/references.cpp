#include "references.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace Crm {

namespace {
QHash<QString, std::function<QString()>> &titles()
{
    static QHash<QString, std::function<QString()>> t = [] {
        QHash<QString, std::function<QString()>> core;
        const auto tr = [](const char *text) { return [text] { return QCoreApplication::translate("Crm::Tables", text); }; };
        core.insert(QStringLiteral("core_party"), tr(QT_TRANSLATE_NOOP("Crm::Tables", "Customers and suppliers")));
        core.insert(QStringLiteral("core_contact"), tr(QT_TRANSLATE_NOOP("Crm::Tables", "Contacts")));
        core.insert(QStringLiteral("core_product"), tr(QT_TRANSLATE_NOOP("Crm::Tables", "Products")));
        core.insert(QStringLiteral("core_product_category"), tr(QT_TRANSLATE_NOOP("Crm::Tables", "Product categories")));
        core.insert(QStringLiteral("core_user"), tr(QT_TRANSLATE_NOOP("Crm::Tables", "Users")));
        core.insert(QStringLiteral("core_currency_rate"), tr(QT_TRANSLATE_NOOP("Crm::Tables", "Exchange rates")));
        return core;
    }();
    return t;
}
} // namespace

void setTableTitle(const QString &table, std::function<QString()> title)
{
    titles().insert(table, std::move(title));
}

QString blockingReferences(const Database &db, const QString &table, qint64 id)
{
    QStringList found;
    QSqlQuery tables = db.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &other : names) {
        QSqlQuery fks =
            db.exec(QStringLiteral("SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)"), {other});
        while (fks.next()) {
            if (fks.value(0).toString() != table)
                continue;
            const QString onDelete = fks.value(2).toString().toUpper();
            if (onDelete == QLatin1String("CASCADE") || onDelete == QLatin1String("SET NULL"))
                continue;
            const qint64 n = db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?")
                                           .arg(other, fks.value(1).toString()),
                                       {id})
                                 .toLongLong();
            if (n > 0)
                found << QStringLiteral("%1 (%2)").arg(titles().contains(other) ? titles().value(other)() : other).arg(n);
        }
    }
    return found.join(QLatin1String(", "));
}

} // namespace Crm
