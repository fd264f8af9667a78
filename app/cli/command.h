#pragma once

#include "auth/user.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>
#include <optional>

namespace Crm {
class Database;
}

namespace Crm::Cli {

// One `crmsuite-cli <name>` command.
struct Command
{
    QString name;
    QString summary; // translated
    void (*addOptions)(QCommandLineParser &parser);
    int (*run)(QCommandLineParser &parser); // exit status
};

QTextStream &out();
QTextStream &err();
// The --db option every command takes, and its value (default database when absent).
void addDbOption(QCommandLineParser &parser);
QString dbPath(const QCommandLineParser &parser);
// The --user option of the commands that read or write business data.
void addUserOption(QCommandLineParser &parser);
// Who runs such a command on `db`: the single-user login, without a password;
// otherwise --user (admin by default) with the password from $CRM_PASSWORD or
// asked on the terminal. Throws Crm::Error saying what is missing or wrong;
// `permission`, when given, must be granted to the user's role.
Session logIn(const Database &db, const QCommandLineParser &parser, const QString &permission = {});
// A password typed on the terminal after `prompt`, without echo; nullopt when
// standard input is not a terminal.
std::optional<QString> askPassword(const QString &prompt);
// Removes a database file with its -wal and -shm companions.
void removeDatabaseFiles(const QString &path);

int runInit(QCommandLineParser &parser);
void initOptions(QCommandLineParser &parser);
int runDemo(QCommandLineParser &parser);
void demoOptions(QCommandLineParser &parser);
int runCheck(QCommandLineParser &parser);
void checkOptions(QCommandLineParser &parser);
int runBackup(QCommandLineParser &parser);
void backupOptions(QCommandLineParser &parser);
int runRestore(QCommandLineParser &parser);
void restoreOptions(QCommandLineParser &parser);
int runBackupBench(QCommandLineParser &parser);
int runBench(QCommandLineParser &parser);
void benchOptions(QCommandLineParser &parser);
int runModules(QCommandLineParser &parser);
int runUpgrade(QCommandLineParser &parser);
void upgradeOptions(QCommandLineParser &parser);
int runImport(QCommandLineParser &parser);
void importOptions(QCommandLineParser &parser);
int runPrint(QCommandLineParser &parser);
void printOptions(QCommandLineParser &parser);
void modulesOptions(QCommandLineParser &parser);
int runExport(QCommandLineParser &parser);
void exportOptions(QCommandLineParser &parser);
// `bench export`: CSV and .xlsx export of a million customers against the bare query.
int runExportBench(QCommandLineParser &parser);

} // namespace Crm::Cli
