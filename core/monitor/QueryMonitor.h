#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>
#include <mutex>
#include <unordered_map>

struct sqlite3;

namespace steward {

class Connection;

struct SlowQuery {
    QString sql;      // as prepared
    QString expanded; // with the bound values (only slow statements are expanded: it is costly)
    QString fingerprint;
    qint64 durationNs = 0;
    QDateTime time; // UTC, when it finished
    QString connection;
    bool own = true; // run by Steward itself, not from the SQL console (kept in the stored row's id)
};

// One traced statement, fast or slow, for the timeline. The strings are shared with the fingerprint cache.
struct StatementSample {
    qint64 timeMs = 0; // UTC milliseconds since the epoch, when it finished
    qint64 durationNs = 0;
    QString fingerprint;
    QString sql;
    QString expanded; // only for slow statements
    bool own = true;  // run by Steward itself (reading the schema, its checks), not a statement the user ran
};

struct StatementStats {
    QString fingerprint;
    QString example; // one statement with this fingerprint
    qint64 calls = 0;
    qint64 totalNs = 0;
    qint64 minNs = 0;
    qint64 maxNs = 0;
    QDateTime firstSeen, lastSeen; // filled by statistics()
    qint64 firstSeenMs = 0, lastSeenMs = 0;
    // Bounded histogram: bucket b counts durations in [2^b, 2^(b+1)) microseconds (bucket 0 also holds < 1 µs).
    static constexpr int Buckets = 40;
    qint64 histogram[Buckets] = {};
    qint64 meanNs() const { return calls ? totalNs / calls : 0; }
    // Upper bound of the bucket holding the p-th percentile (0 < p ≤ 1), in nanoseconds, capped by maxNs.
    qint64 percentileNs(double p) const;
};

// Traces statements on the connections it is started on (sqlite3_trace_v2) and times each one with the injected
// steady clock between SQLITE_TRACE_STMT and SQLITE_TRACE_PROFILE (SQLite's own profile time has whole-millisecond
// resolution on this platform). Every statement updates the statistics of its fingerprint; a statement whose
// duration is at or above the threshold (exactly the threshold counts as slow) goes into a bounded ring of slow
// queries and into a queue that a persister drains from another connection — nothing is written from inside the
// trace callback. Thread-safe; connections may live on different threads.
class QueryMonitor final {
public:
    explicit QueryMonitor(const Clock& clock = Clock::system());
    ~QueryMonitor();
    QueryMonitor(const QueryMonitor&) = delete;
    QueryMonitor& operator=(const QueryMonitor&) = delete;

    // Starts tracing a connection (in the connection's thread). stop() or the destructor of the connection ends it.
    Result<void> start(Connection& connection);
    void stop(Connection& connection);

    // The statement is the user's (run from the SQL console), not Steward's own: call in the connection's thread
    // before its first step. Everything else traced counts as Steward's own (StatementSample::own).
    void markUserStatement(sqlite3* db, const void* statement);

    void setThresholdMs(qint64 ms);
    qint64 thresholdMs() const;
    void setRingSize(int size);         // default 100
    void setMaxFingerprints(int count); // default 5,000; the least used is evicted beyond it
    void setSampleCapacity(int count);  // default 100,000 statements kept for the timeline

    // Statements that finished at or after sinceMs (UTC ms since the epoch), oldest first, from a bounded ring.
    QVector<StatementSample> recentStatements(qint64 sinceMs = 0) const;
    // When tracing started (UTC ms); rows this monitor persisted after it are already among recentStatements().
    qint64 startedAtMs() const;

    QVector<SlowQuery> slowQueries() const; // longest first
    QVector<StatementStats> statistics() const;
    qint64 evictedFingerprints() const;
    void clear();

    // Slow queries not yet persisted, oldest first; the caller persists them and, if that fails, gives them back.
    QVector<SlowQuery> takePending();
    void giveBack(const QVector<SlowQuery>& batch);
    qint64 lostToOverflow() const; // pending queue overflowed (persisting could not keep up)

    // Called by the trace hook.
    struct Context;
    void onStatementStart(Context& c, const void* stmt);
    static void onStatementRow(Context& c, const void* stmt);
    void onStatementEnd(Context& c, const void* stmt, const char* sql, qint64 sqliteNs, bool leftOpen);

private:
    const Clock& m_clock;
    mutable std::mutex m_mutex;
    qint64 m_thresholdNs = 100'000'000;
    int m_ringSize = 100;
    int m_maxFingerprints = 5000;
    qint64 m_evicted = 0;
    qint64 m_lost = 0;
    QVector<SlowQuery> m_ring;
    QVector<SlowQuery> m_pending;
    std::unordered_map<QString, StatementStats> m_stats; // nodes stay put: CachedText points into it
public:
    struct CachedText {
        QString fingerprint;
        QString sql;
        std::string utf8;
        StatementStats* stats; // in m_stats; reset when that entry is evicted
    };

private:
    std::unordered_map<std::string, CachedText> m_textCache; // by SQL text; cleared (new generation) when large
    quint64 m_textGeneration = 1;
    qint64 m_wallAnchorMs = 0;
    std::chrono::steady_clock::time_point m_steadyAnchor;
    // A traced statement in the ring: its text by pointer into the cache (no reference counting on the hot path);
    // when the cache is cleared, the texts of the ring are copied into the entries first.
    struct RingEntry {
        qint64 timeMs = 0;
        qint64 durationNs = 0;
        const CachedText* text = nullptr;
        QString fingerprint, sql, expanded;
        bool own = true;
    };
    std::vector<RingEntry> m_samples; // circular, m_sampleNext is the oldest once full
    size_t m_sampleNext = 0;
    size_t m_sampleCapacity = 100000;
    qint64 m_startedAtMs = 0;
    std::vector<std::unique_ptr<Context>> m_contexts;
};

// Slow statements: the ones Steward traced are kept in Steward's own store, one file per database
// (<data>/queries/<key>.db, key from the database's absolute path), in a table of the application's shape
// query_performance (id, sql, duration_ms, timestamp, params). The application's own query_performance, in its
// database, is only ever read: Steward never creates, fills or empties it.
class SlowQueryStore {
public:
    // Steward's store for a database (it may not exist yet).
    static QString storePathFor(const QString& databasePath);
    // Writes a batch to the database's store in one transaction, then prunes it to `cap` rows (oldest first).
    static Result<int> persist(const QString& databasePath, const QVector<SlowQuery>& batch, int cap = 10000,
                               int busyTimeoutMs = 200);
    // Deletes what Steward recorded for a database; returns how many rows.
    static Result<int> clear(const QString& databasePath);
    static constexpr const char* StewardIdPrefix = "steward-";        // ids of the rows Steward itself persisted
    static constexpr const char* StewardOwnIdPrefix = "steward-own-"; // … of those Steward ran itself
    struct Row {
        QString id, sql, params;
        qint64 durationMs = 0;
        QDateTime timestamp; // UTC; invalid when the row has none
        bool fromSteward = false;
        bool own = false; // Steward's own statement (its id starts with StewardOwnIdPrefix)
    };
    struct ReadResult {
        QVector<Row> rows;
        int skipped = 0;      // rows whose values do not fit (no SQL, a duration that is not a number)
        QString shapeProblem; // what of the table's shape could not be read, for the user; empty when all fits
    };
    // Rows the application (or Steward) recorded, longest first, at most `limit`, and only those at or after
    // `since` when it is valid. Reads what fits the table's shape: only `sql` and `duration_ms` are required;
    // `id`, `timestamp` (text or Unix seconds/milliseconds) and `params` are used when present. A missing table
    // gives no rows.
    static Result<ReadResult> read(Connection& connection, int limit, const QDateTime& since = {});
    // What Steward recorded for a database (every row counts as Steward's), from its store; none when it has none.
    static Result<ReadResult> readOwn(const QString& databasePath, int limit, const QDateTime& since = {});
    // The application's rows (from `connection`, its database) and Steward's own, longest first, at most `limit`.
    static Result<ReadResult> readAll(Connection& connection, int limit, const QDateTime& since = {});
};

} // namespace steward
