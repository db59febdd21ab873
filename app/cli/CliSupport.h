#pragma once

#include "Cli.h"
#include "Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

#include <functional>

namespace steward::cli {

struct Command {
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(QCommandLineParser&, QTextStream&, QTextStream&)> run;
    QString usage;       // extra help lines for the command, shown by --help
    int positionals = 0; // arguments allowed after the command's name
};

// Options every command shares.
struct Globals {
    QCommandLineOption db;
    QCommandLineOption json;
    QCommandLineOption yes;
    QCommandLineOption demo;
    Globals();
};
Globals& globals();
// --backups DIR, shared by the backup and migrations commands.
const QCommandLineOption& backupsOption();

// Prints "steward-cli: <message> — <hint>" on err and returns code.
int fail(QTextStream& err, const Error& e, int code);
// Prints a usage error and returns UsageError.
int usage(QTextStream& err, const QString& message);
void printJson(QTextStream& out, const QJsonObject& o);
// Resolves --db or --demo into a database path, or a postgresql:// address in its canonical form (a password in it is
// refused: the command line is visible to every user of the machine); an empty result means an error was printed and
// code is set. Commands that cannot work on a server database yet pass serverAllowed = false and refuse one clearly.
QString databasePath(QCommandLineParser& p, QTextStream& err, int& code, bool serverAllowed = false);
// True when standard input is a terminal a person can answer on.
bool interactive();
// Asks on the terminal; true when the answer is "yes" (or "y").
bool confirm(QTextStream& err, const QString& question);
// For commands that change data: Success with --yes or a "yes" on the terminal; without a terminal and without
// --yes, a usage error naming `refusal`; Failed when the person says no.
int confirmOrRefuse(QCommandLineParser& p, QTextStream& err, const QString& refusal, const QString& question);

// Commands defined in other files.
Command backupCommand();
Command migrationsCommand();
Command queriesCommand();
Command healthCommand();

} // namespace steward::cli
