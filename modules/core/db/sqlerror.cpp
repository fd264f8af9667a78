#include "sqlerror.h"

#include "db/error.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <sqlite3.h>

namespace Crm {

Q_LOGGING_CATEGORY(lcSql, "crm.sql", QtCriticalMsg)

int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xFF : 0;
}

bool isBusy(const QSqlError &e)
{
    const int code = sqliteCode(e);
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

QString plainReason(const QSqlError &e)
{
    // SQLite's own sentence ("UNIQUE constraint failed: …"), without Qt's
    // "Unable to fetch row" after it.
    return plainReason(sqliteCode(e), e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

QString plainReason(int code, const QString &sqliteText)
{
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Crm::Database", "the disk is full");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Crm::Database",
                                           "another program is writing to the database (an import, a restore or "
                                           "another CRM Suite); try again when it has finished");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Crm::Database", "the database is read-only");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Crm::Database", "the disk could not be read or written");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Crm::Database", "the database is damaged; restore it from a backup");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Crm::Database", "the database file cannot be opened");
    default:
        return sqliteText;
    }
}

void throwIfFailed(const QSqlQuery &q, const QString &context)
{
    if (!q.lastError().isValid())
        return;
    // The statement is for the log, never for the user.
    qCWarning(lcSql) << q.lastError().text() << "in:" << context.simplified();
    throw Error(QCoreApplication::translate("Crm::Database", "Database error: %1.").arg(plainReason(q.lastError())));
}

} // namespace Crm
