#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Crm::SqlText {

// "a = ?, b = ?" for the columns a, b: the SET list of an UPDATE.
inline QString assignments(const QStringList &columns)
{
    QStringList sets;
    for (const QString &c : columns)
        sets << c.trimmed() + QStringLiteral(" = ?");
    return sets.join(QStringLiteral(", "));
}

// "?, ?, ?": the VALUES list of an INSERT of `count` columns.
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// An id for a nullable foreign key: NULL when there is none (0).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// A date as stored (ISO yyyy-mm-dd); empty for no date.
inline QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Today's date in SQL, in the user's time zone (SQLite's CURRENT_DATE is the
// date in UTC, a day behind in China until 08:00): the one home for "today"
// in lists and conditions, as QDate::currentDate() is in C++.
inline QString today()
{
    return QStringLiteral("date('now', 'localtime')");
}

} // namespace Crm::SqlText
