#include "monitor/QueryMonitor.h"

#include "Logging.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/SqliteHandle.h"
#include "monitor/Fingerprint.h"

#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace steward {

struct QueryMonitor::Context {
    QueryMonitor* monitor;
    sqlite3* db;
    QString name;
    std::unordered_map<const void*, std::chrono::steady_clock::time_point> started;
};

namespace {

int traceHook(unsigned type, void* context, void* p, void* x)
{
    auto* c = static_cast<QueryMonitor::Context*>(context);
    if (type == SQLITE_TRACE_STMT) {
        // Statements run by triggers report with a "--" comment as x; their time is part of the outer statement.
        const char* text = static_cast<const char*>(x);
        if (!(text && text[0] == '-' && text[1] == '-'))
            c->monitor->onStatementStart(*c, p);
    } else if (type == SQLITE_TRACE_PROFILE) {
        auto* stmt = static_cast<sqlite3_stmt*>(p);
        c->monitor->onStatementEnd(*c, p, sqlite3_sql(stmt), *static_cast<sqlite3_int64*>(x));
    }
    return 0;
}

} // namespace

qint64 StatementStats::percentileNs(double p) const
{
    if (calls == 0)
        return 0;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(calls))));
    qint64 seen = 0;
    for (int b = 0; b < Buckets; ++b) {
        seen += histogram[b];
        if (seen >= rank)
            return std::min(maxNs, (qint64(1) << (b + 1)) * 1000);
    }
    return maxNs;
}

QueryMonitor::QueryMonitor(const Clock& clock)
    : m_clock(clock)
{
}

QueryMonitor::~QueryMonitor()
{
    for (auto& c : m_contexts)
        sqlite3_trace_v2(c->db, 0, nullptr, nullptr);
}

Result<void> QueryMonitor::start(Connection& connection)
{
    auto handle = SqliteHandle::borrow(connection.database());
    if (!handle)
        return handle.error();
    auto context = std::make_unique<Context>();
    context->monitor = this;
    context->db = handle->get();
    context->name = connection.connectionName();
    sqlite3_trace_v2(context->db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, traceHook, context.get());
    std::lock_guard lock(m_mutex);
    m_contexts.push_back(std::move(context));
    return {};
}

void QueryMonitor::stop(Connection& connection)
{
    auto handle = SqliteHandle::borrow(connection.database());
    if (!handle)
        return;
    sqlite3_trace_v2(handle->get(), 0, nullptr, nullptr);
    std::lock_guard lock(m_mutex);
    m_contexts.erase(
        std::remove_if(m_contexts.begin(), m_contexts.end(), [&](const auto& c) { return c->db == handle->get(); }),
        m_contexts.end());
}

void QueryMonitor::setThresholdMs(qint64 ms)
{
    std::lock_guard lock(m_mutex);
    m_thresholdNs = std::max<qint64>(0, ms) * 1'000'000;
}

qint64 QueryMonitor::thresholdMs() const
{
    std::lock_guard lock(m_mutex);
    return m_thresholdNs / 1'000'000;
}

void QueryMonitor::setRingSize(int size)
{
    std::lock_guard lock(m_mutex);
    m_ringSize = std::max(1, size);
    while (m_ring.size() > m_ringSize)
        m_ring.removeFirst();
}

void QueryMonitor::setMaxFingerprints(int count)
{
    std::lock_guard lock(m_mutex);
    m_maxFingerprints = std::max(1, count);
}

void QueryMonitor::onStatementStart(Context& c, const void* stmt)
{
    c.started[stmt] = m_clock.steadyNow();
}

void QueryMonitor::onStatementEnd(Context& c, const void* stmt, const char* sql, qint64 sqliteNs)
{
    qint64 ns = sqliteNs;
    if (auto it = c.started.find(stmt); it != c.started.end()) {
        ns = std::chrono::duration_cast<std::chrono::nanoseconds>(m_clock.steadyNow() - it->second).count();
        c.started.erase(it);
    }
    const std::string key = sql ? sql : "";
    std::lock_guard lock(m_mutex);
    auto cached = m_fingerprintCache.find(key);
    if (cached == m_fingerprintCache.end()) {
        if (m_fingerprintCache.size() > 20000)
            m_fingerprintCache.clear();
        cached = m_fingerprintCache.emplace(key, fingerprint(QString::fromStdString(key))).first;
    }
    const QString& fp = cached->second;
    const QDateTime now = m_clock.nowUtc();
    auto stats = m_stats.find(fp);
    if (stats == m_stats.end()) {
        if (int(m_stats.size()) >= m_maxFingerprints) {
            auto least = std::min_element(m_stats.begin(), m_stats.end(),
                                          [](const auto& a, const auto& b) { return a.second.calls < b.second.calls; });
            m_stats.erase(least);
            ++m_evicted;
        }
        StatementStats s;
        s.fingerprint = fp;
        s.example = QString::fromStdString(key);
        s.minNs = ns;
        s.firstSeen = now;
        stats = m_stats.emplace(fp, s).first;
    }
    StatementStats& s = stats->second;
    ++s.calls;
    s.totalNs += ns;
    s.minNs = std::min(s.minNs, ns);
    s.maxNs = std::max(s.maxNs, ns);
    s.lastSeen = now;
    const qint64 us = ns / 1000;
    int bucket = us <= 1 ? 0 : int(std::log2(double(us)));
    s.histogram[std::clamp(bucket, 0, StatementStats::Buckets - 1)]++;

    if (ns < m_thresholdNs)
        return;
    SlowQuery q;
    q.sql = QString::fromStdString(key);
    if (char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(const_cast<void*>(stmt)))) {
        q.expanded = QString::fromUtf8(expanded);
        sqlite3_free(expanded);
    }
    q.fingerprint = fp;
    q.durationNs = ns;
    q.time = now;
    q.connection = c.name;
    m_ring.push_back(q);
    while (m_ring.size() > m_ringSize)
        m_ring.removeFirst();
    m_pending.push_back(q);
    if (m_pending.size() > 10000) {
        m_pending.removeFirst();
        ++m_lost;
    }
}

QVector<SlowQuery> QueryMonitor::slowQueries() const
{
    std::lock_guard lock(m_mutex);
    QVector<SlowQuery> out = m_ring;
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.durationNs > b.durationNs; });
    return out;
}

QVector<StatementStats> QueryMonitor::statistics() const
{
    std::lock_guard lock(m_mutex);
    QVector<StatementStats> out;
    for (const auto& [fp, s] : m_stats)
        out.push_back(s);
    return out;
}

qint64 QueryMonitor::evictedFingerprints() const
{
    std::lock_guard lock(m_mutex);
    return m_evicted;
}

void QueryMonitor::clear()
{
    std::lock_guard lock(m_mutex);
    m_ring.clear();
    m_stats.clear();
    m_pending.clear();
}

QVector<SlowQuery> QueryMonitor::takePending()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_pending, {});
}

void QueryMonitor::giveBack(const QVector<SlowQuery>& batch)
{
    std::lock_guard lock(m_mutex);
    m_pending = batch + m_pending;
    while (m_pending.size() > 10000) {
        m_pending.removeFirst();
        ++m_lost;
    }
}

qint64 QueryMonitor::lostToOverflow() const
{
    std::lock_guard lock(m_mutex);
    return m_lost;
}

Result<int> SlowQueryStore::persist(const QString& databasePath, const QVector<SlowQuery>& batch, int cap,
                                    int busyTimeoutMs)
{
    OpenOptions o;
    o.busyTimeoutMs = busyTimeoutMs;
    auto c = Connection::open(databasePath, o);
    if (!c)
        return c.error();
    Connection& conn = *c.value();
    auto r = conn.transaction([&]() -> Result<void> {
        if (auto e = conn.execScript(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS query_performance (id TEXT PRIMARY KEY, sql TEXT NOT NULL, duration_ms "
                "INTEGER NOT NULL, timestamp TEXT DEFAULT (datetime('now')), params TEXT);"
                "CREATE INDEX IF NOT EXISTS idx_query_performance_duration ON query_performance(duration_ms DESC);"
                "CREATE INDEX IF NOT EXISTS idx_query_performance_timestamp ON query_performance(timestamp);"));
            !e)
            return e;
        for (const auto& q : batch) {
            if (auto e =
                    conn.exec(QStringLiteral("INSERT INTO query_performance (id, sql, duration_ms, timestamp, params) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {QUuid::createUuid().toString(QUuid::WithoutBraces), q.sql, q.durationNs / 1'000'000,
                               q.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), q.expanded});
                !e)
                return e;
        }
        return conn.exec(QStringLiteral("DELETE FROM query_performance WHERE rowid IN (SELECT rowid FROM "
                                        "query_performance ORDER BY timestamp DESC, rowid DESC LIMIT -1 OFFSET ?)"),
                         {cap});
    });
    if (!r)
        return r.error();
    return int(batch.size());
}

Result<QVector<SlowQueryStore::Row>> SlowQueryStore::read(Connection& connection, int limit, int* skipped)
{
    auto rows = connection.select(QStringLiteral("SELECT id, sql, duration_ms, timestamp, params FROM "
                                                 "query_performance ORDER BY duration_ms DESC LIMIT ?"),
                                  {limit});
    if (!rows)
        return rows.error();
    QVector<Row> out;
    int bad = 0;
    for (const auto& r : rows.value()) {
        bool ok = false;
        const qint64 ms = r[2].toLongLong(&ok);
        if (!ok || r[1].toString().isEmpty()) {
            ++bad;
            continue;
        }
        out.push_back({r[0].toString(), r[1].toString(), r[4].toString(), ms,
                       QDateTime::fromString(r[3].toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
    }
    if (skipped)
        *skipped = bad;
    return out;
}

} // namespace steward
