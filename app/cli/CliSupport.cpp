#include "CliSupport.h"

#include "AppPaths.h"
#include "Logging.h"
#include "demo/DemoWorkspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace steward::cli {

Globals::Globals()
    : db(QStringLiteral("db"), QCoreApplication::translate("steward::cli", "The database file to work on."),
         QCoreApplication::translate("steward::cli", "PATH"))
    , json(QStringLiteral("json"), QCoreApplication::translate("steward::cli", "Print machine-readable JSON."))
    , yes(QStringLiteral("yes"),
          QCoreApplication::translate("steward::cli", "Answer yes to confirmations (for scripts)."))
    , demo(QStringLiteral("demo"),
           QCoreApplication::translate("steward::cli", "Work on the demo database (created on first use)."))
{
}

Globals& globals()
{
    static Globals g;
    return g;
}

const QCommandLineOption& backupsOption()
{
    static const QCommandLineOption o(
        QStringLiteral("backups"),
        QCoreApplication::translate("steward::cli", "The backups folder (default: backups/ next to the database)."),
        QCoreApplication::translate("steward::cli", "DIR"));
    return o;
}

int fail(QTextStream& err, const Error& e, int code)
{
    err << "steward-cli: " << e.toText() << Qt::endl;
    if (!e.detail.isEmpty())
        logging::logger()->warn("cli failure: {}", e.detail);
    return code;
}

int usage(QTextStream& err, const QString& message)
{
    err << "steward-cli: " << message << ' ' << QCoreApplication::translate("steward::cli", "Try 'steward-cli --help'.")
        << Qt::endl;
    return UsageError;
}

void printJson(QTextStream& out, const QJsonObject& o)
{
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    out.flush();
}

QString databasePath(QCommandLineParser& p, QTextStream& err, int& code)
{
    if (p.isSet(globals().demo)) {
        auto ws = ensureDemoWorkspace(AppPaths::demoDir());
        if (!ws) {
            code = fail(err, ws.error(), Failed);
            return {};
        }
        return ws->databasePath;
    }
    const QString db = p.value(globals().db);
    if (db.isEmpty()) {
        code = usage(err, QCoreApplication::translate("steward::cli", "This command needs --db PATH (or --demo)."));
        return {};
    }
    return db;
}

bool interactive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool confirm(QTextStream& err, const QString& question)
{
    err << question << ' ' << QCoreApplication::translate("steward::cli", "Type yes to continue:") << ' ' << Qt::flush;
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("yes") || answer == QLatin1String("y");
}

int confirmOrRefuse(QCommandLineParser& p, QTextStream& err, const QString& refusal, const QString& question)
{
    if (p.isSet(globals().yes))
        return Success;
    if (!interactive())
        return usage(err, refusal);
    return confirm(err, question) ? Success : Failed;
}

} // namespace steward::cli
