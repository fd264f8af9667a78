#include "command.h"

#include "appcontext.h"

#include "auth/userrepository.h"
#include "db/error.h"
#include "model/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

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

void addUserOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("user"),
                      QCoreApplication::translate("Crm::Cli", "Run as this user (default: admin); the password comes "
                                                              "from $CRM_PASSWORD or is asked on the terminal."),
                      QStringLiteral("LOGIN")});
}

std::optional<QString> askPassword(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    err() << prompt << Qt::flush;
    termios before{};
    const bool quiet = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString typed = in.readLine();
    if (quiet)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    err() << '\n';
    return typed;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

Session logIn(const Database &db, const QCommandLineParser &parser, const QString &permission)
{
    const QString single = Settings(db).singleUserLogin();
    const QString login = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                          : single.isEmpty()                   ? QStringLiteral("admin")
                                                               : single;
    const UserRepository users(db, login);
    std::optional<Session> session;
    if (!single.isEmpty() && login == single) {
        // Single-user mode: whoever may open the file works as that user.
        if (const auto user = users.findByLogin(login); user && user->active)
            session = users.sessionFor(*user);
    }
    if (!session) {
        std::optional<QString> password;
        if (qEnvironmentVariableIsSet("CRM_PASSWORD"))
            password = qEnvironmentVariable("CRM_PASSWORD");
        else
            password = askPassword(QCoreApplication::translate("Crm::Cli", "Password for %1: ").arg(login));
        if (!password)
            throw Error(QCoreApplication::translate("Crm::Cli",
                                                    "This command needs the password of %1: set the environment "
                                                    "variable CRM_PASSWORD, or run it in a terminal to be asked.")
                            .arg(login));
        session = users.authenticate(login, *password);
        if (!session)
            throw Error(QCoreApplication::translate("Crm::Cli", "Wrong login or password for %1.").arg(login));
    }
    if (!session->can(permission))
        throw Error(QCoreApplication::translate("Crm::Cli", "%1 may not do this (the permission %2 is missing).")
                        .arg(login, permission));
    return *session;
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace Crm::Cli
