#include "monitor/QueryTools.h"

#include "db/Connection.h"
#include "monitor/Fingerprint.h"

#include <QCoreApplication>

#include <map>

namespace steward {

Result<QVector<PlanStep>> explainQueryPlan(Connection& connection, const QString& sql)
{
    const QString trimmed = sql.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("steward::Queries", "There is no statement to explain."));
    auto rows = connection.select(QStringLiteral("EXPLAIN QUERY PLAN ") + trimmed);
    if (!rows)
        return rows.error();
    QVector<PlanStep> out;
    std::map<int, int> depthOf;
    for (const auto& r : rows.value()) {
        PlanStep s;
        s.id = r.value(0).toInt();
        s.parent = r.value(1).toInt();
        s.detail = r.value(3).toString();
        s.depth = depthOf.count(s.parent) ? depthOf[s.parent] + 1 : 0;
        depthOf[s.id] = s.depth;
        out.push_back(s);
    }
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

Result<int> clearQueryPerformance(Connection& connection)
{
    auto exists = connection.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'query_performance'"));
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return 0;
    return connection.execAffected(QStringLiteral("DELETE FROM query_performance"));
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
