#include "monitor/QueryMonitor.h"

#include "db/SqliteStatement.h"

#include "AppPaths.h"
#include "Logging.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/SqliteErrors.h"
#include "db/SqliteHandle.h"
#include "monitor/Fingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace steward {

struct QueryMonitor::Context {
    QueryMonitor* monitor;
    sqlite3* db;
    QString name;
    struct Entry {
        std::chrono::steady_clock::time_point started;
        std::chrono::steady_clock::time_point lastRow; // when it last produced a row, in this run
        bool hasRow = false;
        const char* sql = nullptr; // sqlite3_sql() of the statement when its text was looked up
        QueryMonitor::CachedText* text = nullptr;
        quint64 generation = 0;
    };
    std::unordered_map<const void*, Entry> statements;
    // The statement that last produced a row: rows come in runs from one statement, so most need no lookup.
    const void* rowStatement = nullptr;
    Entry* rowEntry = nullptr;
    std::unordered_set<const void*> userStatements; // marked by the console, until their run ends
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
    } else if (type == SQLITE_TRACE_ROW) {
        QueryMonitor::onStatementRow(*c, p);
    } else if (type == SQLITE_TRACE_PROFILE) {
        auto* stmt = static_cast<sqlite3_stmt*>(p);
        // Still busy: the statement is being reset or finalized before it ran to its end (a reader that stopped
        // reading). It has not run since its last row: that is where its execution ended.
        c->monitor->onStatementEnd(*c, p, sqlite3_sql(stmt), *static_cast<sqlite3_int64*>(x),
                                   sqlite3_stmt_busy(stmt) != 0);
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
    sqlite3_trace_v2(context->db, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW | SQLITE_TRACE_PROFILE, traceHook,
                     context.get());
    std::lock_guard lock(m_mutex);
    if (m_startedAtMs == 0) {
        m_startedAtMs = m_clock.nowUtc().toMSecsSinceEpoch();
        m_wallAnchorMs = m_startedAtMs;
        m_steadyAnchor = m_clock.steadyNow();
    }
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

void QueryMonitor::markUserStatement(sqlite3* db, const void* statement)
{
    std::lock_guard lock(m_mutex);
    for (auto& c : m_contexts)
        if (c->db == db)
            c->userStatements.insert(statement);
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

void QueryMonitor::setSampleCapacity(int count)
{
    std::lock_guard lock(m_mutex);
    auto ordered = std::vector<RingEntry>();
    const size_t n = m_samples.size();
    for (size_t i = 0; i < n; ++i)
        ordered.push_back(std::move(m_samples[(m_sampleNext + i) % n]));
    m_sampleCapacity = size_t(std::max(1, count));
    if (ordered.size() > m_sampleCapacity)
        ordered.erase(ordered.begin(), ordered.begin() + qsizetype(ordered.size() - m_sampleCapacity));
    m_samples = std::move(ordered);
    m_sampleNext = m_samples.size() % m_sampleCapacity;
}

QVector<StatementSample> QueryMonitor::recentStatements(qint64 sinceMs) const
{
    std::lock_guard lock(m_mutex);
    QVector<StatementSample> out;
    const size_t n = m_samples.size();
    const size_t first = n < m_sampleCapacity ? 0 : m_sampleNext;
    for (size_t i = 0; i < n; ++i) {
        const RingEntry& s = m_samples[(first + i) % n];
        if (s.timeMs >= sinceMs)
            out.push_back({s.timeMs, s.durationNs, s.text ? s.text->fingerprint : s.fingerprint,
                           s.text ? s.text->sql : s.sql, s.expanded, s.own});
    }
    return out;
}

qint64 QueryMonitor::startedAtMs() const
{
    std::lock_guard lock(m_mutex);
    return m_startedAtMs;
}

void QueryMonitor::onStatementStart(Context& c, const void* stmt)
{
    if (c.statements.size() > 10000) {
        c.statements.clear(); // statements finalized long ago; bounded whatever the application prepares
        c.rowStatement = nullptr;
        c.rowEntry = nullptr;
    }
    Context::Entry& e = c.statements[stmt];
    e.started = m_clock.steadyNow();
    e.hasRow = false;
}

void QueryMonitor::onStatementRow(Context& c, const void* stmt)
{
    if (stmt != c.rowStatement) {
        auto it = c.statements.find(stmt);
        if (it == c.statements.end())
            return;
        c.rowStatement = stmt;
        c.rowEntry = &it->second;
    }
    c.rowEntry->lastRow = c.monitor->m_clock.steadyNow();
    c.rowEntry->hasRow = true;
}

// The hot path: every statement on a traced connection passes here. One hash lookup by statement pointer finds
// its start time, its cached text and its statistics; the fingerprint is computed once per distinct SQL text; the
// wall time comes from the steady clock and an anchor, not from a QDateTime per statement.
void QueryMonitor::onStatementEnd(Context& c, const void* stmt, const char* sql, qint64 sqliteNs, bool leftOpen)
{
    auto end = m_clock.steadyNow();
    qint64 ns = sqliteNs;
    Context::Entry* entry = nullptr;
    if (auto it = c.statements.find(stmt); it != c.statements.end()) {
        entry = &it->second;
        if (leftOpen && entry->hasRow)
            end = entry->lastRow; // the time it was left open is not execution
        ns = std::chrono::duration_cast<std::chrono::nanoseconds>(end - entry->started).count();
    }
    if (!sql)
        sql = "";
    std::lock_guard lock(m_mutex);
    CachedText* text = nullptr;
    if (entry && entry->text && entry->generation == m_textGeneration && entry->sql == sql &&
        std::strcmp(entry->text->utf8.c_str(), sql) == 0)
        text = entry->text;
    if (!text) {
        auto cached = m_textCache.find(sql);
        if (cached == m_textCache.end()) {
            if (m_textCache.size() > 20000) {
                for (RingEntry& r : m_samples)
                    if (r.text) {
                        r.fingerprint = r.text->fingerprint;
                        r.sql = r.text->sql;
                        r.text = nullptr;
                    }
                m_textCache.clear();
                ++m_textGeneration;
            }
            const QString sqlText = QString::fromUtf8(sql);
            cached = m_textCache.emplace(sql, CachedText{fingerprint(sqlText), sqlText, sql, nullptr}).first;
        }
        text = &cached->second;
        if (entry) {
            entry->text = text;
            entry->sql = sql;
            entry->generation = m_textGeneration;
        }
    }
    const QString& fp = text->fingerprint;
    if (const auto now = m_clock.steadyNow(); now - m_steadyAnchor > std::chrono::minutes(1)) {
        // Follow the wall clock if it was adjusted: both anchors taken now (`end` may lie in the past, at the last
        // row of a statement left open).
        m_wallAnchorMs = m_clock.nowUtc().toMSecsSinceEpoch();
        m_steadyAnchor = now;
    }
    const qint64 nowMs =
        m_wallAnchorMs + std::chrono::duration_cast<std::chrono::milliseconds>(end - m_steadyAnchor).count();
    StatementStats* stats = text->stats;
    if (!stats) {
        auto found = m_stats.find(fp);
        if (found == m_stats.end()) {
            if (int(m_stats.size()) >= m_maxFingerprints) {
                auto least = std::min_element(m_stats.begin(), m_stats.end(), [](const auto& a, const auto& b) {
                    return a.second.calls < b.second.calls;
                });
                for (auto& [key, t] : m_textCache)
                    if (t.stats == &least->second)
                        t.stats = nullptr;
                m_stats.erase(least);
                ++m_evicted;
            }
            StatementStats fresh;
            fresh.fingerprint = fp;
            fresh.example = text->sql;
            fresh.minNs = ns;
            fresh.firstSeenMs = nowMs;
            found = m_stats.emplace(fp, fresh).first;
        }
        stats = &found->second;
        text->stats = stats;
    }
    StatementStats& s = *stats;
    ++s.calls;
    s.totalNs += ns;
    s.minNs = std::min(s.minNs, ns);
    s.maxNs = std::max(s.maxNs, ns);
    s.lastSeenMs = nowMs;
    const quint64 us = quint64(std::max<qint64>(0, ns / 1000));
    const int bucket = us <= 1 ? 0 : 63 - std::countl_zero(us); // floor(log2(us))
    s.histogram[std::min(bucket, StatementStats::Buckets - 1)]++;

    const bool own = c.userStatements.erase(stmt) == 0;
    RingEntry sample{nowMs, ns, text, {}, {}, {}, own};
    QString expandedText;
    const bool slow = ns >= m_thresholdNs;
    if (slow) {
        if (char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(const_cast<void*>(stmt)))) {
            sample.expanded = QString::fromUtf8(expanded);
            expandedText = sample.expanded;
            sqlite3_free(expanded);
        }
    }
    if (m_samples.size() < m_sampleCapacity) {
        m_samples.push_back(std::move(sample));
        m_sampleNext = m_samples.size() % m_sampleCapacity;
    } else {
        m_samples[m_sampleNext] = std::move(sample);
        m_sampleNext = (m_sampleNext + 1) % m_sampleCapacity;
    }
    if (!slow)
        return;
    SlowQuery q;
    q.sql = text->sql;
    q.expanded = expandedText;
    q.fingerprint = fp;
    q.durationNs = ns;
    q.time = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    q.connection = c.name;
    q.own = own;
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
    for (const auto& [fp, s] : m_stats) {
        out.push_back(s);
        out.back().firstSeen = QDateTime::fromMSecsSinceEpoch(s.firstSeenMs, Qt::UTC);
        out.back().lastSeen = QDateTime::fromMSecsSinceEpoch(s.lastSeenMs, Qt::UTC);
    }
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
    for (auto& [key, t] : m_textCache)
        t.stats = nullptr;
    m_stats.clear();
    m_pending.clear();
    m_samples.clear();
    m_sampleNext = 0;
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

QString SlowQueryStore::storePathFor(const QString& databasePath)
{
    const QByteArray key =
        QCryptographicHash::hash(normalizedLocation(databasePath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return AppPaths::dataDir() + QStringLiteral("/queries/") + QString::fromLatin1(key) + QStringLiteral(".db");
}

Result<int> SlowQueryStore::persist(const QString& databasePath, const QVector<SlowQuery>& batch, int cap,
                                    int busyTimeoutMs)
{
    const QString store = storePathFor(databasePath);
    if (!QDir().mkpath(QFileInfo(store).absolutePath()))
        return makeError(ErrorCode::IoError,
                         QCoreApplication::translate("steward::Queries", "Steward's folder %1 cannot be created.")
                             .arg(QFileInfo(store).absolutePath()),
                         QCoreApplication::translate("steward::Queries", "Check the permissions of Steward's data "
                                                                         "folder (STEWARD_DATA_DIR)."));
    OpenOptions o;
    o.busyTimeoutMs = busyTimeoutMs;
    o.create = true;
    o.foreignKeys = false;
    auto c = Connection::open(store, o);
    if (!c)
        return c.error();
    Connection& conn = *c.value();
    auto r = conn.transaction([&]() -> Result<void> {
        if (auto e = conn.execScript(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS query_performance (id TEXT PRIMARY KEY, sql TEXT NOT NULL, duration_ms "
                "INTEGER NOT NULL, timestamp TEXT DEFAULT (datetime('now')), params TEXT);"
                "CREATE INDEX IF NOT EXISTS idx_query_performance_timestamp ON query_performance(timestamp);"
                "CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, value TEXT);"));
            !e)
            return e;
        if (auto e = conn.exec(QStringLiteral("INSERT OR REPLACE INTO about VALUES ('database', ?)"),
                               {normalizedLocation(databasePath)});
            !e)
            return e;
        // One prepared statement for the whole batch, straight through SQLite.
        auto handle = SqliteHandle::borrow(conn.database());
        if (!handle)
            return handle.error();
        sqlite3* db = handle->get();
        SqliteStatement insert;
        if (const int rc = sqlite3_prepare_v2(db,
                                              "INSERT INTO query_performance (id, sql, duration_ms, timestamp, params) "
                                              "VALUES (?, ?, ?, ?, ?)",
                                              -1, insert.out(), nullptr);
            rc != SQLITE_OK)
            return sqliteErrorOf(db, rc, store);
        for (const auto& q : batch) {
            const QByteArray id = QByteArray(q.own ? StewardOwnIdPrefix : StewardIdPrefix) +
                                  QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            const QByteArray sql = q.sql.toUtf8();
            const QByteArray time = q.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
            const QByteArray params = q.expanded.toUtf8();
            sqlite3_bind_text(insert.get(), 1, id.constData(), int(id.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert.get(), 2, sql.constData(), int(sql.size()), SQLITE_STATIC);
            sqlite3_bind_int64(insert.get(), 3, q.durationNs / 1'000'000);
            sqlite3_bind_text(insert.get(), 4, time.constData(), int(time.size()), SQLITE_STATIC);
            if (q.expanded.isNull())
                sqlite3_bind_null(insert.get(), 5);
            else
                sqlite3_bind_text(insert.get(), 5, params.constData(), int(params.size()), SQLITE_STATIC);
            const int rc = sqlite3_step(insert.get());
            sqlite3_reset(insert.get());
            if (rc != SQLITE_DONE) {
                return sqliteErrorOf(db, rc, store); // taken before the statement is finalized
            }
        }
        insert.reset();
        return conn.exec(QStringLiteral("DELETE FROM query_performance WHERE rowid IN (SELECT rowid FROM "
                                        "query_performance ORDER BY timestamp DESC, rowid DESC LIMIT -1 OFFSET ?)"),
                         {cap});
    });
    if (!r)
        return r.error();
    return int(batch.size());
}

Result<int> SlowQueryStore::clear(const QString& databasePath)
{
    const QString store = storePathFor(databasePath);
    if (!QFileInfo::exists(store))
        return 0;
    auto c = Connection::open(store);
    if (!c)
        return c.error();
    return c.value()->execAffected(QStringLiteral("DELETE FROM query_performance"));
}

Result<SlowQueryStore::ReadResult> SlowQueryStore::readOwn(const QString& databasePath, int limit,
                                                           const QDateTime& since)
{
    const QString store = storePathFor(databasePath);
    if (!QFileInfo::exists(store))
        return ReadResult{};
    OpenOptions o;
    o.readOnly = true;
    o.busyTimeoutMs = 1000;
    auto c = Connection::open(store, o);
    if (!c)
        return c.error();
    auto r = read(*c.value(), limit, since);
    if (r)
        for (auto& row : r->rows)
            row.fromSteward = true;
    return r;
}

Result<SlowQueryStore::ReadResult> SlowQueryStore::readAll(Connection& connection, int limit, const QDateTime& since)
{
    auto application = read(connection, limit, since);
    if (!application)
        return application;
    auto own = readOwn(connection.path(), limit, since);
    if (!own)
        return own.error();
    ReadResult all = application.value();
    all.rows += own->rows;
    all.skipped += own->skipped;
    std::stable_sort(all.rows.begin(), all.rows.end(),
                     [](const Row& a, const Row& b) { return a.durationMs > b.durationMs; });
    if (all.rows.size() > limit)
        all.rows.resize(limit);
    return all;
}

namespace {

QDateTime parseTimestamp(const QVariant& v)
{
    bool isNumber = false;
    const double n = v.toDouble(&isNumber);
    if (isNumber && v.typeId() != QMetaType::QString)
        return QDateTime::fromMSecsSinceEpoch(qint64(n > 1e11 ? n : n * 1000.0), Qt::UTC);
    QString text = v.toString().trimmed();
    if (text.size() > 10 && text[10] == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // SQLite's datetime('now') is UTC without saying so
    return t.toUTC();
}

} // namespace

Result<SlowQueryStore::ReadResult> SlowQueryStore::read(Connection& connection, int limit, const QDateTime& since)
{
    ReadResult result;
    auto columns = connection.select(QStringLiteral("SELECT lower(name) FROM pragma_table_info('query_performance')"));
    if (!columns)
        return columns.error();
    QStringList have;
    for (const auto& c : columns.value())
        have << c.value(0).toString();
    if (have.isEmpty())
        return result;
    QStringList missing;
    for (const char* required : {"sql", "duration_ms"})
        if (!have.contains(QLatin1String(required)))
            missing << QLatin1String(required);
    if (!missing.isEmpty()) {
        result.shapeProblem =
            QCoreApplication::translate("steward::Queries",
                                        "The table query_performance has no column %1, so its rows cannot be shown.")
                .arg(missing.join(QStringLiteral(", ")));
        return result;
    }
    const auto column = [&](const char* name) {
        return have.contains(QLatin1String(name)) ? QLatin1String(name) : QLatin1String("NULL");
    };
    QString sql = QStringLiteral("SELECT %1, sql, duration_ms, %2, %3 FROM query_performance")
                      .arg(column("id"), column("timestamp"), column("params"));
    const QString fits = QStringLiteral(
        "typeof(duration_ms) IN ('integer', 'real') AND duration_ms >= 0 AND trim(coalesce(sql, '')) <> ''");
    auto unfit = connection.scalar(QStringLiteral("SELECT count(*) FROM query_performance WHERE NOT (%1)").arg(fits));
    if (!unfit)
        return unfit.error();
    result.skipped = unfit->toInt();
    QVariantList params;
    const bool filterByTime = since.isValid() && have.contains(QLatin1String("timestamp"));
    sql += QStringLiteral(" WHERE ") + fits + QStringLiteral(" ORDER BY duration_ms DESC");
    if (!filterByTime) {
        sql += QStringLiteral(" LIMIT ?");
        params << limit;
    }
    auto rows = connection.select(sql, params);
    if (!rows)
        return rows.error();
    for (const auto& r : rows.value()) {
        if (result.rows.size() >= limit)
            break;
        Row row{r[0].toString(),         r[1].toString(),      r[4].toString(),
                qint64(r[2].toDouble()), parseTimestamp(r[3]), false};
        row.fromSteward = row.id.startsWith(QLatin1String(StewardIdPrefix));
        row.own = row.id.startsWith(QLatin1String(StewardOwnIdPrefix));
        if (filterByTime && (!row.timestamp.isValid() || row.timestamp < since))
            continue;
        result.rows.push_back(row);
    }
    return result;
}

} // namespace steward
