#pragma once

#include <QString>
#include <QStringList>

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

} // namespace Crm::SqlText
