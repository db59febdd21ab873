#pragma once

#include "monitor/QueryMonitor.h"

#include <QVector>

namespace steward {

// Where a statement's figures come from: traced by Steward on its own connections, or recorded in
// query_performance by the application (its own monitor, in any language).
enum class QuerySource { Traced, Application };

struct QueryEvent {
    qint64 timeMs = 0; // UTC milliseconds since the epoch; 0 when the row has no time
    double durationMs = 0;
    QString fingerprint;
    QString sql;
    QString params; // the statement with its values, when known
    QuerySource source = QuerySource::Traced;
    bool own = false; // traced, and run by Steward itself rather than from the SQL console
};

// The report without Steward's own statements: events filtered, fingerprints summarized again.
struct QueryReport;
QueryReport withoutOwnStatements(const QueryReport& report);

struct FingerprintSummary {
    QString fingerprint;
    QString example;
    QuerySource source = QuerySource::Traced;
    qint64 calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    double p95Ms = 0; // exact, nearest rank
    double maxMs = 0;
    qint64 lastSeenMs = 0;
};

struct QueryReport {
    QVector<QueryEvent> events; // oldest first
    QVector<FingerprintSummary> fingerprints;
    int skippedRows = 0;  // rows of query_performance whose values do not fit
    QString shapeProblem; // what of query_performance's shape could not be read
};

// Merges what the monitor traced with the rows of query_performance. Rows Steward persisted itself while it was
// tracing (at or after tracingSinceMs) are already among the traced statements and are left out; older ones count
// as traced. Pure: no database access.
QueryReport buildQueryReport(const QVector<StatementSample>& traced, const SlowQueryStore::ReadResult& recorded,
                             qint64 tracingSinceMs);

// Groups events by (fingerprint, source) with exact statistics.
QVector<FingerprintSummary> summarize(const QVector<QueryEvent>& events);

// The monitor's own statistics (percentiles from its bounded histogram), e.g. for a profiled script.
QVector<FingerprintSummary> summarize(const QVector<StatementStats>& stats);

QString querySourceName(QuerySource source); // "traced", "application"

// Reads query_performance on a read-only connection of its own (run it off the UI thread) and merges it with what
// the monitor traced, both from `since` on (everything when since is invalid).
Result<QueryReport> loadQueryReport(const QString& databasePath, const QueryMonitor& monitor, const QDateTime& since,
                                    int limit = 100000);

// time_utc, source, duration_ms, fingerprint, sql, params — RFC 4180 quoting; written atomically.
Result<void> exportQueryEventsCsv(const QString& path, const QVector<QueryEvent>& events);

} // namespace steward

Q_DECLARE_METATYPE(steward::QueryReport)
Q_DECLARE_METATYPE(steward::FingerprintSummary)
