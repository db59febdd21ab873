#include "CliSupport.h"

#include "AppPaths.h"
#include "Logging.h"
#include "db/PgAddress.h"
#include "db/PgErrors.h"
#include "db/PostgresEngine.h"
#include "demo/DemoWorkspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <termios.h>
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

namespace {

// Reads a line from the terminal without showing it.
QString readHidden()
{
    termios old{};
    const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    QString text = read ? QString::fromLocal8Bit(line) : QString();
    std::fill(std::begin(line), std::end(line), '\0');
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

// When the server asks for a password that no password file gives, and a person is at the terminal: asks once, and
// keeps the answer in memory for this run (never in a file, a log or the audit trail).
void askPasswordIfNeeded(const PgAddress& address, QTextStream& err)
{
    OpenOptions probe;
    probe.readOnly = true;
    auto c = DatabaseEngine::postgres().open(address.canonical(), probe);
    if (c || !pgNeedsPassword(c.error()) || !interactive())
        return;
    err << QCoreApplication::translate("steward::cli", "Password for %1: ").arg(address.displayName()) << Qt::flush;
    const QString password = readHidden();
    err << Qt::endl;
    if (!password.isEmpty())
        PostgresEngine::rememberPassword(address, password);
}

} // namespace

QString databasePath(QCommandLineParser& p, QTextStream& err, int& code, bool serverAllowed)
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
    if (PgAddress::looksLikeAddress(db)) {
        auto address = PgAddress::parse(db);
        if (!address) {
            code = fail(err, address.error(), UsageError);
            return {};
        }
        if (address->passwordInAddress) {
            code = usage(err, QCoreApplication::translate(
                                  "steward::cli",
                                  "The address holds a password, which every user of this machine can read on the "
                                  "command line (ps). Leave it out: steward-cli asks for it, or reads a 0600 password "
                                  "file given as ?passfile=FILE or PGPASSFILE."));
            return {};
        }
        if (!serverAllowed) {
            code = fail(err,
                        makeError(ErrorCode::InvalidArgument,
                                  QCoreApplication::translate("steward::cli",
                                                              "This command does not work on a PostgreSQL database "
                                                              "yet."),
                                  QCoreApplication::translate("steward::cli",
                                                              "info and health do; backups, migrations and query "
                                                              "charts for PostgreSQL come next.")),
                        Failed);
            return {};
        }
        for (const QString& warning : address->warnings())
            err << "steward-cli: " << QCoreApplication::translate("steward::cli", "warning: %1").arg(warning)
                << Qt::endl;
        askPasswordIfNeeded(address.value(), err);
        return address->canonical();
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
