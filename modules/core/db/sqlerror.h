#pragma once

#include <QLoggingCategory>
#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace Crm {

// Failed statements, for developers: off unless QT_LOGGING_RULES="crm.sql.warning=true".
Q_DECLARE_LOGGING_CATEGORY(lcSql)

// SQLite's primary result code of a failed QtSql statement (of an extended one), or 0.
int sqliteCode(const QSqlError &error);
// Whether it failed because another connection holds the lock.
bool isBusy(const QSqlError &error);

// What went wrong with a statement, in the user's words (the disk is full,
// another program is writing …), never the statement itself.
QString plainReason(const QSqlError &error);
// The same from SQLite's result code and message.
QString plainReason(int sqliteCode, const QString &sqliteText);

// Throws Crm::Error saying why in plain words when `q` failed; the statement
// `context` goes to the log (lcSql).
void throwIfFailed(const QSqlQuery &q, const QString &context = {});

} // namespace Crm
