#pragma once

#include "catchqt.h"
#include "db/database.h"

#include <QFile>
#include <QSqlQuery>

namespace Crm::Test {

// The whole content of the file at `path`.
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Garbage over every leaf page of `table` (from SQLite's dbstat table): a disk
// that lost those sectors.
inline void overwritePagesOf(const QString &path, const QString &table)
{
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        const Database db(path, Database::Mode::ReadOnly);
        pageSize = db.scalar(QStringLiteral("PRAGMA page_size")).toLongLong();
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'"), {table});
        while (q.next())
            pages << q.value(0).toLongLong();
    }
    REQUIRE_FALSE(pages.isEmpty());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray garbage(pageSize, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) & 0xFF);
    for (const qint64 page : pages) {
        REQUIRE(f.seek((page - 1) * pageSize));
        REQUIRE(f.write(garbage) == garbage.size());
    }
}

} // namespace Crm::Test
