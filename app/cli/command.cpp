#include "command.h"

#include "appcontext.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace Crm::Cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    // Messages go out at once and after what was printed before them.
    static QTextStream s(stderr);
    out().flush();
    s.flush();
    return s;
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("db"),
         QCoreApplication::translate("Crm::Cli", "Database file (default: %1).").arg(AppContext::defaultDatabasePath()),
         QStringLiteral("PATH")});
}

QString dbPath(const QCommandLineParser &parser)
{
    const QString p = parser.value(QStringLiteral("db"));
    return p.isEmpty() ? AppContext::defaultDatabasePath() : p;
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace Crm::Cli
