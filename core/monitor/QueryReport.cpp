#include "monitor/QueryReport.h"

#include "FileUtil.h"
#include "db/Connection.h"
#include "monitor/Fingerprint.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace steward {

QueryReport buildQueryReport(const QVector<StatementSample>& traced, const SlowQueryStore::ReadResult& recorded,
                             qint64 tracingSinceMs)
{
    QueryReport report;
    report.skippedRows = recorded.skipped;
    report.shapeProblem = recorded.shapeProblem;
    report.events.reserve(traced.size() + recorded.rows.size());
    for (const auto& s : traced)
        report.events.push_back(
            {s.timeMs, double(s.durationNs) / 1e6, s.fingerprint, s.sql, s.expanded, QuerySource::Traced, s.own});
    // Persisted timestamps have whole seconds: compare against the second tracing started in.
    const qint64 tracingSecond = tracingSinceMs > 0 ? tracingSinceMs / 1000 * 1000 : 0;
    for (const auto& r : recorded.rows) {
        const qint64 t = r.timestamp.isValid() ? r.timestamp.toMSecsSinceEpoch() : 0;
        if (r.fromSteward && tracingSecond > 0 && t >= tracingSecond)
            continue;
        report.events.push_back({t, double(r.durationMs), fingerprint(r.sql), r.sql, r.params,
                                 r.fromSteward ? QuerySource::Traced : QuerySource::Application, r.own});
    }
    std::stable_sort(report.events.begin(), report.events.end(),
                     [](const QueryEvent& a, const QueryEvent& b) { return a.timeMs < b.timeMs; });
    report.fingerprints = summarize(report.events);
    return report;
}

QVector<FingerprintSummary> summarize(const QVector<QueryEvent>& events)
{
    std::map<std::pair<QString, int>, std::vector<const QueryEvent*>> groups;
    for (const auto& e : events)
        groups[{e.fingerprint, int(e.source)}].push_back(&e);
    QVector<FingerprintSummary> out;
    out.reserve(qsizetype(groups.size()));
    for (auto& [key, list] : groups) {
        FingerprintSummary s;
        s.fingerprint = key.first;
        s.source = QuerySource(key.second);
        s.example = list.back()->sql;
        s.calls = qint64(list.size());
        std::vector<double> durations;
        durations.reserve(list.size());
        for (const QueryEvent* e : list) {
            s.totalMs += e->durationMs;
            s.maxMs = std::max(s.maxMs, e->durationMs);
            s.lastSeenMs = std::max(s.lastSeenMs, e->timeMs);
            durations.push_back(e->durationMs);
        }
        s.meanMs = s.totalMs / double(s.calls);
        const size_t rank = size_t(std::ceil(0.95 * double(durations.size()))) - 1;
        std::nth_element(durations.begin(), durations.begin() + qsizetype(rank), durations.end());
        s.p95Ms = durations[rank];
        out.push_back(s);
    }
    return out;
}

QVector<FingerprintSummary> summarize(const QVector<StatementStats>& stats)
{
    QVector<FingerprintSummary> out;
    for (const auto& st : stats) {
        FingerprintSummary s;
        s.fingerprint = st.fingerprint;
        s.example = st.example;
        s.calls = st.calls;
        s.totalMs = double(st.totalNs) / 1e6;
        s.meanMs = double(st.meanNs()) / 1e6;
        s.p95Ms = double(st.percentileNs(0.95)) / 1e6;
        s.maxMs = double(st.maxNs) / 1e6;
        s.lastSeenMs = st.lastSeen.toMSecsSinceEpoch();
        out.push_back(s);
    }
    return out;
}

Result<QueryReport> loadQueryReport(const QString& databasePath, const QueryMonitor& monitor, const QDateTime& since,
                                    int limit)
{
    OpenOptions o;
    o.readOnly = true;
    o.busyTimeoutMs = 1000;
    auto c = Connection::open(databasePath, o);
    if (!c)
        return c.error();
    auto read = SlowQueryStore::readAll(*c.value(), limit, since);
    if (!read)
        return read.error();
    return buildQueryReport(monitor.recentStatements(since.isValid() ? since.toMSecsSinceEpoch() : 0), read.value(),
                            monitor.startedAtMs());
}

Result<void> exportQueryEventsCsv(const QString& path, const QVector<QueryEvent>& events)
{
    const auto quote = [](QString v) {
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
            v.contains(QLatin1Char('\r')))
            return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return v;
    };
    QByteArray out = "time_utc,source,duration_ms,fingerprint,sql,params\r\n";
    for (const auto& e : events) {
        const QString time =
            e.timeMs > 0 ? QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
        out += QStringList{time,
                           querySourceName(e.source),
                           QString::number(e.durationMs, 'f', 3),
                           quote(e.fingerprint),
                           quote(e.sql),
                           quote(e.params)}
                   .join(QLatin1Char(','))
                   .toUtf8();
        out += "\r\n";
    }
    return writeFileAtomically(path, out);
}

QueryReport withoutOwnStatements(const QueryReport& report)
{
    QueryReport out = report;
    out.events.clear();
    for (const auto& e : report.events)
        if (!e.own)
            out.events.push_back(e);
    out.fingerprints = summarize(out.events);
    return out;
}

QString querySourceName(QuerySource source)
{
    return source == QuerySource::Traced ? QStringLiteral("traced") : QStringLiteral("application");
}

} // namespace steward
