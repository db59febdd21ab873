#include "db/PgErrors.h"

#include <QCoreApplication>

namespace steward {

namespace {

// SQLSTATE of a connection failure, read from libpq's and the server's English words; empty when unknown.
QString connectionState(const QString& m)
{
    auto has = [&](const char* words) { return m.contains(QLatin1String(words), Qt::CaseInsensitive); };
    // A TLS connection the server dropped is a lost connection, not a TLS set-up error: checked first.
    if (has("unexpected eof while reading") || has("SSL SYSCALL error: EOF detected") ||
        has("SSL connection has been closed unexpectedly"))
        return QStringLiteral("08006");
    if (has("no password supplied") || has("password authentication failed"))
        return QStringLiteral("28P01");
    if (has("no pg_hba.conf entry") || (has("role \"") && has("does not exist")) || has("authentication failed"))
        return QStringLiteral("28000");
    if (has("database \"") && has("does not exist"))
        return QStringLiteral("3D000");
    // Set-up a retry cannot change: no CONNECT privilege, the role's own connection limit, a database that does
    // not allow connections.
    if (has("permission denied for database") || has("too many connections for role") ||
        has("is not currently accepting connections"))
        return QStringLiteral("28000-setup");
    if (has("server does not support SSL") || has("SSL error") || has("certificate") || has("SSL SYSCALL") ||
        has("sslmode value") || has("SSL connection is required") || has("requires encryption"))
        return QStringLiteral("08P01-tls");
    if (has("starting up") || has("shutting down") || has("in recovery mode") || has("not yet accepting"))
        return QStringLiteral("57P03");
    if (has("too many clients") || has("connection slots are reserved") || has("too many connections"))
        return QStringLiteral("53300");
    if (has("terminating connection due to administrator command"))
        return QStringLiteral("57P01");
    if (has("Connection refused") || has("timeout expired") || has("could not translate host name") ||
        has("No route to host") || has("Network is unreachable") || has("No such file or directory"))
        return QStringLiteral("08001");
    if (has("server closed the connection unexpectedly") || has("no connection to the server") ||
        has("connection to server was lost") || has("could not receive data") || has("could not send data"))
        return QStringLiteral("08006");
    return {};
}

} // namespace

Error unrecognisedButServerAnswers(Error error)
{
    if (error.code != ErrorCode::ConnectionFailed || !error.sqlState.isEmpty())
        return error;
    Error e = classifyPgError(QStringLiteral("28000-answers"), QString(), QString(), true);
    e.detail = error.detail + QStringLiteral(" (the server answers a ping)");
    return e;
}

bool pgNeedsPassword(const Error& error)
{
    return error.code == ErrorCode::Configuration && error.detail.contains(QLatin1String("no password supplied"));
}

Error classifyPgError(const QString& sqlStateIn, const QString& message, const QString& context, bool connecting)
{
    QString state = sqlStateIn.trimmed();
    if (state.isEmpty())
        state = connectionState(message);
    Error e;
    e.sqlState = state.left(5);
    e.detail = QStringLiteral("PostgreSQL %1: %2%3")
                   .arg(state.isEmpty() ? QStringLiteral("(no SQLSTATE)") : state, message.trimmed(),
                        context.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(context));
    const QString cls = state.left(2);
    if (state == QLatin1String("28P01")) {
        e.code = ErrorCode::Configuration;
        e.message =
            message.contains(QLatin1String("no password supplied"))
                ? QCoreApplication::translate("steward::Errors", "The server asks for a password, and none was given.")
                : QCoreApplication::translate("steward::Errors", "The server refused the password.");
        e.hint = QCoreApplication::translate(
            "steward::Errors",
            "Put the password in a password file (chmod 600) and point passfile= or PGPASSFILE at it, or "
            "type it when Steward asks. Retrying with the same password cannot help.");
    } else if (state == QLatin1String("28000-setup") || state == QLatin1String("28000-answers")) {
        e.code = ErrorCode::Configuration;
        e.message = QCoreApplication::translate("steward::Errors", "The server answers, but refused this connection.");
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Check the user's privileges and connection limit, and the database's settings; the "
                               "server's own words are in Steward's log.");
    } else if (state == QLatin1String("28000")) {
        e.code = ErrorCode::Configuration;
        e.message =
            QCoreApplication::translate("steward::Errors", "The server does not let this user connect from here.");
        e.hint = QCoreApplication::translate(
            "steward::Errors",
            "Check the user name, and ask the server's administrator for an entry in pg_hba.conf for this "
            "user, database and address.");
    } else if (state == QLatin1String("3D000")) {
        e.code = ErrorCode::Configuration;
        e.message = QCoreApplication::translate("steward::Errors", "The database does not exist on this server.");
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Check the database name in the address (psql -l lists them).");
    } else if (state == QLatin1String("08P01-tls")) {
        e.code = ErrorCode::Configuration;
        e.message = QCoreApplication::translate("steward::Errors", "The encrypted (TLS) connection could not be made.");
        e.hint = QCoreApplication::translate(
            "steward::Errors",
            "Check sslmode and the certificates; sslmode=disable connects without encryption (only on a "
            "network you trust).");
    } else if (state == QLatin1String("57P03")) {
        e.code = ErrorCode::ConnectionFailed;
        e.message =
            QCoreApplication::translate("steward::Errors", "The database server is starting up or shutting down.");
        e.hint = QCoreApplication::translate("steward::Errors", "Steward tries again by itself; wait a moment.");
    } else if (state == QLatin1String("53300")) {
        e.code = ErrorCode::ConnectionFailed;
        e.message = QCoreApplication::translate(
            "steward::Errors", "The database server has no free connection slots (max_connections reached).");
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Close idle connections or raise max_connections; Steward tries again by itself.");
    } else if (state == QLatin1String("57P01") || state == QLatin1String("57P02")) {
        e.code = ErrorCode::ConnectionFailed;
        e.message = QCoreApplication::translate("steward::Errors", "The server ended the connection.");
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "An administrator or a restart ended it; Steward reconnects by itself.");
    } else if (state == QLatin1String("08001")) {
        e.code = ErrorCode::ConnectionFailed;
        e.message = QCoreApplication::translate("steward::Errors", "The database server cannot be reached.");
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Check the host and port, and that the server is running and accepts TCP connections.");
    } else if (cls == QLatin1String("08")) {
        e.code = ErrorCode::ConnectionFailed;
        e.message = QCoreApplication::translate("steward::Errors", "The connection to the database server was lost.");
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Check that the server is running and reachable; Steward reconnects by itself.");
    } else if (state == QLatin1String("57014")) {
        e.code = ErrorCode::Cancelled;
        e.message = QCoreApplication::translate("steward::Errors", "The operation was cancelled.");
    } else if (state == QLatin1String("25006")) {
        e.code = ErrorCode::ReadOnly;
        e.message = QCoreApplication::translate(
            "steward::Errors",
            "The database cannot be changed on this connection (a read-only transaction or a standby "
            "server).");
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Connect to the primary server, or open the database for writing.");
    } else if (state == QLatin1String("40P01") || state == QLatin1String("40001")) {
        // A deadlock or serialization failure: the database is there and answered; retrying the work is the remedy.
        e.code = ErrorCode::SqlError;
        e.message = QCoreApplication::translate(
            "steward::Errors", "The statement collided with another session's work (a deadlock or a serialization "
                               "failure) and was rolled back.");
        e.hint = QCoreApplication::translate("steward::Errors", "Run it again.");
    } else if (state == QLatin1String("55P03")) {
        e.code = ErrorCode::Busy;
        e.message =
            QCoreApplication::translate("steward::Errors", "Another session holds a lock this statement needs.");
        e.hint =
            QCoreApplication::translate("steward::Errors", "Wait until the other session finishes, then try again.");
    } else if (state == QLatin1String("53100")) {
        e.code = ErrorCode::DiskFull;
        e.message = QCoreApplication::translate("steward::Errors", "The database server's disk is full.");
        e.hint = QCoreApplication::translate("steward::Errors", "Free space on the server, then try again.");
    } else if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) {
        e.code = ErrorCode::Corrupt;
        e.message = QCoreApplication::translate("steward::Errors", "The server found damaged data.");
        e.hint = QCoreApplication::translate(
            "steward::Errors",
            "Do not write to it; ask the server's administrator to check it (amcheck) or restore a backup.");
    } else if (cls == QLatin1String("58") || cls == QLatin1String("XX")) {
        e.code = ErrorCode::IoError;
        e.message = QCoreApplication::translate("steward::Errors", "The database server reported a system error.");
        e.hint = QCoreApplication::translate("steward::Errors", "See the server's log.");
    } else if (cls == QLatin1String("23")) {
        e.code = ErrorCode::Constraint;
        e.message = QCoreApplication::translate("steward::Errors", "A rule of the database refused the change: %1")
                        .arg(message.trimmed());
        e.hint =
            QCoreApplication::translate("steward::Errors", "Change the values so that they satisfy the constraint.");
    } else if (state == QLatin1String("42501")) {
        e.code = ErrorCode::SqlError;
        e.message =
            QCoreApplication::translate("steward::Errors", "This user may not do that: %1").arg(message.trimmed());
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Ask the database's owner for the privilege, or connect as a user who has it.");
    } else if (!state.isEmpty()) {
        e.code = ErrorCode::SqlError;
        e.message = QCoreApplication::translate("steward::Errors", "The statement failed: %1").arg(message.trimmed());
        e.hint = QCoreApplication::translate("steward::Errors", "Check the statement.");
    } else if (connecting || message.contains(QLatin1String("connect"), Qt::CaseInsensitive)) {
        // Refused, timed out, a host name that does not resolve, or words Steward does not know: counts.
        e.code = ErrorCode::ConnectionFailed;
        e.message = QCoreApplication::translate("steward::Errors", "The database server cannot be reached.");
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Check the host and port, and that the server is running and accepts TCP connections.");
    } else {
        e.code = ErrorCode::SqlError;
        e.message = QCoreApplication::translate("steward::Errors", "The statement failed: %1").arg(message.trimmed());
        e.hint = QCoreApplication::translate("steward::Errors", "Check the statement.");
    }
    return e;
}

} // namespace steward
