#include "Cli.h"
#include "CliSupport.h"

#include "AppPaths.h"
#include "Logging.h"
#include "Settings.h"
#include "Version.h"
#include "db/DatabaseEngine.h"
#include "db/DatabaseSession.h"
#include "demo/DemoWorkspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>
#include <map>

namespace steward::cli {

namespace {

// info for a database on a server: the server, its load, the database's size, extensions and tables.
int printServerInfo(const DatabaseInfo& i, bool json, QTextStream& out)
{
    if (json) {
        QJsonArray tables;
        for (const auto& t : i.tables)
            tables.append(QJsonObject{{QStringLiteral("name"), t.name},
                                      {QStringLiteral("rows"), t.rowCount},
                                      {QStringLiteral("estimated_rows"), t.estimatedRows},
                                      {QStringLiteral("size"), t.sizeBytes}});
        printJson(out, QJsonObject{{QStringLiteral("engine"), i.engine},
                                   {QStringLiteral("libpq_version"), i.engineVersion},
                                   {QStringLiteral("server_version"), i.serverVersion},
                                   {QStringLiteral("address"), i.path},
                                   {QStringLiteral("host"), i.host},
                                   {QStringLiteral("database"), i.databaseName},
                                   {QStringLiteral("user"), i.user},
                                   {QStringLiteral("database_size"), i.databaseSize},
                                   {QStringLiteral("connections"), i.connections},
                                   {QStringLiteral("max_connections"), i.maxConnections},
                                   {QStringLiteral("in_recovery"), i.inRecovery},
                                   {QStringLiteral("read_only"), i.readOnly},
                                   {QStringLiteral("extensions"), QJsonArray::fromStringList(i.extensions)},
                                   {QStringLiteral("tables"), tables}});
        return Success;
    }
    const QLocale locale;
    out << QCoreApplication::translate("steward::cli", "Database:       %1").arg(i.databaseName) << '\n'
        << QCoreApplication::translate("steward::cli", "Server:         PostgreSQL %1 at %2 (libpq %3)")
               .arg(i.serverVersion, i.host, i.engineVersion)
        << '\n'
        << QCoreApplication::translate("steward::cli", "User:           %1").arg(i.user) << '\n'
        << QCoreApplication::translate("steward::cli", "Size:           %1 (%2 bytes)")
               .arg(locale.formattedDataSize(i.databaseSize))
               .arg(i.databaseSize)
        << '\n'
        << QCoreApplication::translate("steward::cli", "Connections:    %1 of %2")
               .arg(i.connections)
               .arg(i.maxConnections)
        << '\n'
        << QCoreApplication::translate("steward::cli", "Role:           %1")
               .arg(i.inRecovery ? QCoreApplication::translate("steward::cli", "standby (in recovery, read-only)")
                                 : QCoreApplication::translate("steward::cli", "primary"))
        << '\n'
        << QCoreApplication::translate("steward::cli", "Extensions:     %1")
               .arg(i.extensions.isEmpty() ? QStringLiteral("-") : i.extensions.join(QStringLiteral(", ")))
        << '\n'
        << QCoreApplication::translate("steward::cli", "Tables:         %1").arg(i.tables.size()) << '\n';
    int width = 0;
    for (const auto& t : i.tables)
        width = std::max(width, int(t.name.size()));
    for (const auto& t : i.tables)
        out << "  " << t.name.leftJustified(width) << "  " << QString::number(t.rowCount).rightJustified(10) << "  "
            << locale.formattedDataSize(t.sizeBytes).rightJustified(10) << '\n';
    out.flush();
    return Success;
}

int infoCommand(QCommandLineParser& p, QTextStream& out, QTextStream& err)
{
    int code = Success;
    const QString path = databasePath(p, err, code, true);
    if (path.isEmpty())
        return code;
    Settings settings;
    auto options = DatabaseSession::optionsFrom(settings);
    // Opened read-write although info only reads: a hot journal left by a killed writer is rolled back on the
    // first read, as any SQLite program does; a read-only connection could not read such a database at all.
    auto session = DatabaseSession::open(path, options);
    if (!session)
        return fail(err, session.error(), CannotOpenDatabase);
    auto& c = session.value()->connection();
    auto info = c.engine().info(c, true);
    if (!info)
        return fail(err, info.error(), Failed);
    const DatabaseInfo& i = info.value();
    if (c.engine().isServer())
        return printServerInfo(i, p.isSet(globals().json), out);
    if (p.isSet(globals().json)) {
        QJsonArray tables;
        for (const auto& t : i.tables)
            tables.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("rows"), t.rowCount}});
        printJson(out, QJsonObject{{QStringLiteral("engine"), i.engine},
                                   {QStringLiteral("sqlite_version"), i.engineVersion},
                                   {QStringLiteral("path"), QDir::toNativeSeparators(i.path)},
                                   {QStringLiteral("file_size"), i.fileSize},
                                   {QStringLiteral("page_size"), i.pageSize},
                                   {QStringLiteral("page_count"), i.pageCount},
                                   {QStringLiteral("freelist_count"), i.freelistCount},
                                   {QStringLiteral("journal_mode"), i.journalMode},
                                   {QStringLiteral("user_version"), i.userVersion},
                                   {QStringLiteral("tables"), tables}});
        return Success;
    }
    const QLocale locale;
    out << QCoreApplication::translate("steward::cli", "Database:       %1").arg(QDir::toNativeSeparators(i.path))
        << '\n'
        << QCoreApplication::translate("steward::cli", "Engine:         SQLite %1").arg(i.engineVersion) << '\n'
        << QCoreApplication::translate("steward::cli", "File size:      %1 (%2 bytes)")
               .arg(locale.formattedDataSize(i.fileSize))
               .arg(i.fileSize)
        << '\n'
        << QCoreApplication::translate("steward::cli", "Pages:          %1 × %2 bytes, %3 free")
               .arg(i.pageCount)
               .arg(i.pageSize)
               .arg(i.freelistCount)
        << '\n'
        << QCoreApplication::translate("steward::cli", "Journal mode:   %1").arg(i.journalMode) << '\n'
        << QCoreApplication::translate("steward::cli", "user_version:   %1").arg(i.userVersion) << '\n'
        << QCoreApplication::translate("steward::cli", "Tables:         %1").arg(i.tables.size()) << '\n';
    int width = 0;
    for (const auto& t : i.tables)
        width = std::max(width, int(t.name.size()));
    for (const auto& t : i.tables)
        out << "  " << t.name.leftJustified(width) << "  " << QString::number(t.rowCount).rightJustified(10) << '\n';
    out.flush();
    return Success;
}

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("info"),
         {QCoreApplication::translate(
              "steward::cli", "Show the database's engine, size, pages, journal mode, user_version and tables."),
          {},
          infoCommand}},
        {QStringLiteral("backup"), backupCommand()},
        {QStringLiteral("migrations"), migrationsCommand()},
        {QStringLiteral("queries"), queriesCommand()},
        {QStringLiteral("health"), healthCommand()},
    };
    return table;
}

QString helpText()
{
    QString text = QCoreApplication::translate(
        "steward::cli", "Usage: steward-cli [--db PATH | --demo] [--json] [--yes] COMMAND [OPTIONS]\n\n"
                        "Steward's command-line twin: see and safely change the state of an application's "
                        "database.\n\nCommands:\n");
    for (const auto& [name, cmd] : commands()) {
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(10), cmd.summary);
        if (!cmd.usage.isEmpty())
            text += cmd.usage;
    }
    text += QCoreApplication::translate(
        "steward::cli",
        "\nGlobal options:\n"
        "  --db PATH   The database file to work on, or a PostgreSQL server's database as\n"
        "              postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE (info and health for now).\n"
        "  --demo      Work on the demo database (created on first use).\n"
        "  --json      Print machine-readable JSON.\n"
        "  --yes       Answer yes to confirmations (for scripts).\n"
        "  -h, --help  Show this help.\n"
        "  -v, --version  Show the version.\n\n"
        "Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 the database cannot be opened,\n"
        "            4 health degraded, 5 health unhealthy (health only).\n");
    return text;
}

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    // The command is the first argument that is neither an option nor an option's value.
    static const QStringList valueOptions{
        QStringLiteral("--db"),    QStringLiteral("--backups"),    QStringLiteral("--reason"),
        QStringLiteral("--keep"),  QStringLiteral("--migrations"), QStringLiteral("--to"),
        QStringLiteral("--limit"), QStringLiteral("--by"),         QStringLiteral("--runs")};
    QString commandName;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (valueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandName = a;
            break;
        }
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("steward::cli", "Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("steward::cli", "Show the version."));
    parser.addOptions({help, version, globals().db, globals().json, globals().yes, globals().demo});
    const Command* command = nullptr;
    if (!commandName.isEmpty()) {
        auto it = commands().find(commandName);
        if (it != commands().end()) {
            command = &it->second;
            parser.addOptions(command->options);
        }
    }
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("steward::cli", "The command to run."));
    if (!parser.parse(QStringList{QStringLiteral("steward-cli")} + arguments))
        return usage(err, parser.errorText());
    if (parser.isSet(help)) {
        out << helpText();
        out.flush();
        return Success;
    }
    if (parser.isSet(version)) {
        out << "steward-cli " << STEWARD_VERSION << " (SQLite " << DatabaseEngine::sqlite().version() << ", Qt "
            << qVersion() << ")" << Qt::endl;
        return Success;
    }
    if (commandName.isEmpty())
        return usage(err, QCoreApplication::translate("steward::cli", "No command given."));
    if (!command)
        return usage(err, QCoreApplication::translate("steward::cli", "Unknown command '%1'.").arg(commandName));
    if (parser.positionalArguments().size() > 1 + command->positionals)
        return usage(err, QCoreApplication::translate("steward::cli", "Unexpected argument '%1'.")
                              .arg(parser.positionalArguments().at(1)));
    return command->run(parser, out, err);
}

} // namespace steward::cli
