#include "monitor/QueryTools.h"

#include "db/SqliteStatement.h"

#include "db/Connection.h"
#include "db/SqliteErrors.h"
#include "db/SqliteHandle.h"
#include "monitor/Fingerprint.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <map>

namespace steward {

Result<QVector<PlanStep>> explainQueryPlan(Connection& connection, const QString& sql)
{
    const QString trimmed = sql.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("steward::Queries", "There is no statement to explain."));
    // Through SQLite directly: a recorded statement keeps its "?" placeholders, which plan as NULL when unbound
    // (Qt's driver refuses a statement whose placeholders have no values).
    auto handle = SqliteHandle::borrow(connection.database());
    if (!handle)
        return handle.error();
    const QByteArray utf8 = (QStringLiteral("EXPLAIN QUERY PLAN ") + trimmed).toUtf8();
    SqliteStatement owned;
    int rc = sqlite3_prepare_v2(handle->get(), utf8.constData(), int(utf8.size()), owned.out(), nullptr);
    sqlite3_stmt* stmt = owned.get();
    QVector<PlanStep> out;
    std::map<int, int> depthOf;
    if (rc == SQLITE_OK && stmt) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            PlanStep s;
            s.id = sqlite3_column_int(stmt, 0);
            s.parent = sqlite3_column_int(stmt, 1);
            s.detail = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
            s.depth = depthOf.count(s.parent) ? depthOf[s.parent] + 1 : 0;
            depthOf[s.id] = s.depth;
            out.push_back(s);
        }
    }
    const bool ok = stmt && rc == SQLITE_DONE;
    // The error is taken before finalizing, which may reset it.
    const Error error = ok ? Error{} : sqliteErrorOf(handle->get(), rc == SQLITE_OK ? SQLITE_ERROR : rc, trimmed);
    owned.reset();
    if (!ok)
        return error;
    return out;
}

QVector<RecordedStats> groupByFingerprint(const QVector<SlowQueryStore::Row>& rows)
{
    std::map<QString, RecordedStats> groups;
    for (const auto& r : rows) {
        const QString fp = fingerprint(r.sql);
        RecordedStats& g = groups[fp];
        g.fingerprint = fp;
        if (g.example.isEmpty())
            g.example = r.sql;
        ++g.calls;
        g.totalMs += r.durationMs;
        g.maxMs = std::max(g.maxMs, r.durationMs);
    }
    QVector<RecordedStats> out;
    for (auto& [fp, g] : groups)
        out.push_back(g);
    return out;
}

Result<QVector<StatementStats>> profileScript(Connection& connection, const QString& script, int runs,
                                              const Clock& clock)
{
    QueryMonitor monitor(clock);
    monitor.setThresholdMs(std::numeric_limits<qint64>::max() / 2'000'000); // statistics only
    if (auto r = monitor.start(connection); !r)
        return r.error();
    for (int i = 0; i < std::max(1, runs); ++i) {
        if (auto r = connection.exec(QStringLiteral("BEGIN")); !r)
            return r.error();
        auto r = connection.execScript(script);
        (void)connection.exec(QStringLiteral("ROLLBACK"));
        if (!r) {
            monitor.stop(connection);
            return r.error();
        }
    }
    monitor.stop(connection);
    auto stats = monitor.statistics();
    // BEGIN and ROLLBACK are Steward's own, not the script's.
    stats.erase(std::remove_if(stats.begin(), stats.end(),
                               [](const StatementStats& s) {
                                   return s.fingerprint == QLatin1String("BEGIN") ||
                                          s.fingerprint == QLatin1String("ROLLBACK");
                               }),
                stats.end());
    return stats;
}

} // namespace steward
