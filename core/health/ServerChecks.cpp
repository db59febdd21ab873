#include "health/ServerChecks.h"

#include "db/Connection.h"
#include "db/DatabaseEngine.h"

#include <QCoreApplication>
#include <QLocale>

namespace steward {

QVector<HealthCheck> serverHealthChecks(Connection& c)
{
    QVector<HealthCheck> checks;
    auto add = [&](const QString& id, const QString& name, CheckStatus status, const QString& message,
                   const QString& value = {}) {
        checks.push_back({id, name, status, message, value});
    };

    // Connections in use, against max_connections (superuser_reserved_connections of them are not for applications).
    if (auto r = c.select(QStringLiteral(
            "SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'), "
            "current_setting('max_connections')::int, current_setting('superuser_reserved_connections')::int"));
        r && !r->isEmpty()) {
        const int used = r->front()[0].toInt();
        const int max = r->front()[1].toInt();
        const int usable = std::max(1, max - r->front()[2].toInt());
        const double share = double(used) / double(usable);
        add(QStringLiteral("connections"), QCoreApplication::translate("steward::Health", "Connections"),
            share >= 0.95  ? CheckStatus::Fail
            : share >= 0.8 ? CheckStatus::Warn
                           : CheckStatus::Ok,
            share >= 0.95 ? QCoreApplication::translate(
                                "steward::Health",
                                "The server is (nearly) out of connection slots: new connections are refused. Close "
                                "idle ones or raise max_connections.")
            : share >= 0.8
                ? QCoreApplication::translate(
                      "steward::Health",
                      "Most connection slots are in use; a connection pool (PgBouncer) or fewer idle clients help.")
                : QCoreApplication::translate("steward::Health", "Enough free connection slots."),
            QStringLiteral("%1 / %2").arg(used).arg(max));
    } else if (!r) {
        add(QStringLiteral("connections"), QCoreApplication::translate("steward::Health", "Connections"),
            CheckStatus::Warn, r.error().message);
    }

    // Long-running statements and sessions idle in a transaction (they hold locks and stop VACUUM).
    if (auto r = c.select(QStringLiteral(
            "SELECT count(*) FILTER (WHERE state = 'active' AND now() - query_start > interval '5 minutes'), "
            "count(*) FILTER (WHERE state LIKE 'idle in transaction%' AND now() - state_change > interval '1 minute'), "
            "coalesce(string_agg(pid::text, ', ') FILTER (WHERE (state = 'active' AND now() - query_start > interval "
            "'5 minutes') OR (state LIKE 'idle in transaction%' AND now() - state_change > interval '1 minute')), '') "
            "FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"));
        r && !r->isEmpty()) {
        const int longRunning = r->front()[0].toInt();
        const int idle = r->front()[1].toInt();
        const QString pids = r->front()[2].toString();
        QStringList parts;
        if (longRunning)
            parts << QCoreApplication::translate("steward::Health", "%n statements running for more than 5 minutes",
                                                 nullptr, longRunning);
        if (idle)
            parts << QCoreApplication::translate(
                "steward::Health", "%n sessions idle in a transaction for more than a minute", nullptr, idle);
        add(QStringLiteral("sessions"), QCoreApplication::translate("steward::Health", "Long sessions"),
            parts.isEmpty() ? CheckStatus::Ok : CheckStatus::Warn,
            parts.isEmpty() ? QCoreApplication::translate(
                                  "steward::Health", "No long-running statement, no session idle in a transaction.")
                            : parts.join(QStringLiteral("; ")) +
                                  QCoreApplication::translate(
                                      "steward::Health", " (pid %1): they hold locks and keep VACUUM from cleaning up.")
                                      .arg(pids),
            QString::number(longRunning + idle));
    } else if (!r) {
        add(QStringLiteral("sessions"), QCoreApplication::translate("steward::Health", "Long sessions"),
            CheckStatus::Warn, r.error().message);
    }

    // Size.
    if (auto r = c.scalar(QStringLiteral("SELECT pg_database_size(current_database())")); r) {
        add(QStringLiteral("size"), QCoreApplication::translate("steward::Health", "Size"), CheckStatus::Ok,
            QCoreApplication::translate("steward::Health", "Database %1 on the server.")
                .arg(QLocale().formattedDataSize(r->toLongLong())),
            QLocale().formattedDataSize(r->toLongLong()));
    }

    // Primary or standby, and the replicas a primary streams to.
    if (auto r = c.select(QStringLiteral("SELECT pg_is_in_recovery(), (SELECT count(*) FROM pg_stat_replication)"));
        r && !r->isEmpty()) {
        const bool standby = r->front()[0].toBool();
        const int replicas = r->front()[1].toInt();
        add(QStringLiteral("recovery"), QCoreApplication::translate("steward::Health", "Role"), CheckStatus::Ok,
            standby
                ? QCoreApplication::translate(
                      "steward::Health", "A standby server, in recovery: read-only. Changes must go to the primary.")
                : QCoreApplication::translate("steward::Health", "The primary server, streaming to %n replicas.",
                                              nullptr, replicas),
            standby ? QCoreApplication::translate("steward::Health", "standby")
                    : QCoreApplication::translate("steward::Health", "primary"));
    }

    // Indexes a failed CREATE INDEX CONCURRENTLY left behind.
    if (auto problems = c.engine().integrityCheck(c, true); problems) {
        add(QStringLiteral("integrity"), QCoreApplication::translate("steward::Health", "Invalid indexes"),
            problems->isEmpty() ? CheckStatus::Ok : CheckStatus::Warn,
            problems->isEmpty() ? QCoreApplication::translate("steward::Health", "No invalid index.")
                                : problems->first() + QLatin1Char(' ') +
                                      QCoreApplication::translate(
                                          "steward::Health", "Rebuild it with REINDEX INDEX CONCURRENTLY, or drop it."),
            QString::number(problems->size()));
    } else {
        add(QStringLiteral("integrity"), QCoreApplication::translate("steward::Health", "Invalid indexes"),
            CheckStatus::Warn, problems.error().message);
    }

    // pg_stat_statements: installed in this database, loaded by the server, readable by this user.
    auto installed = c.scalar(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"));
    if (installed && installed->toInt() == 0) {
        // shared_preload_libraries is readable by superusers and pg_read_all_settings only.
        auto preload = c.scalar(QStringLiteral("SELECT current_setting('shared_preload_libraries')"));
        const bool known = bool(preload);
        const bool loaded = known && preload->toString().contains(QLatin1String("pg_stat_statements"));
        add(QStringLiteral("pg-stat-statements"), QCoreApplication::translate("steward::Health", "pg_stat_statements"),
            CheckStatus::Warn,
            loaded ? QCoreApplication::translate(
                         "steward::Health",
                         "The server loads it, but this database does not have it: the Performance view cannot show "
                         "the server's statements. Run CREATE EXTENSION pg_stat_statements (as its owner or a "
                         "superuser).")
            : known
                ? QCoreApplication::translate(
                      "steward::Health",
                      "Not loaded by the server: the Performance view cannot show the server's statements. Add it "
                      "to shared_preload_libraries, restart the server, then CREATE EXTENSION pg_stat_statements.")
                : QCoreApplication::translate(
                      "steward::Health",
                      "Not installed in this database: the Performance view cannot show the server's statements. It "
                      "needs pg_stat_statements in shared_preload_libraries (a restart), then CREATE EXTENSION "
                      "pg_stat_statements."),
            QCoreApplication::translate("steward::Health", "missing"));
    } else if (installed) {
        auto read = c.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_statements"));
        add(QStringLiteral("pg-stat-statements"), QCoreApplication::translate("steward::Health", "pg_stat_statements"),
            read ? CheckStatus::Ok : CheckStatus::Warn,
            read ? QCoreApplication::translate("steward::Health", "Installed and readable.")
                 : QCoreApplication::translate(
                       "steward::Health",
                       "Installed, but it cannot be read (%1). It must be in shared_preload_libraries.")
                       .arg(read.error().message),
            read ? QCoreApplication::translate("steward::Health", "ok")
                 : QCoreApplication::translate("steward::Health", "unreadable"));
    }
    return checks;
}

} // namespace steward
