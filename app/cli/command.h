#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

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
