// The statement tracer with a manual clock: a SQL function advance(ms) moves the clock while a statement runs, so
// every duration is exact.
#include "TestSupport.h"

#include "AppPaths.h"

#include "db/Connection.h"
#include "db/SqliteHandle.h"
#include "monitor/Fingerprint.h"
#include "monitor/QueryMonitor.h"
#include "monitor/QueryReport.h"
#include "monitor/SlowQueryPersister.h"

#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace steward;
using namespace steward::test;

namespace {

ManualClock* g_clock = nullptr;

void advance(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    g_clock->advance(std::chrono::milliseconds(sqlite3_value_int64(argv[0])));
    sqlite3_result_int64(ctx, sqlite3_value_int64(argv[0]));
}

} // namespace

class TestQueryMonitor : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Connection> m_conn;
    QString m_db;

    void run(const QString& sql)
    {
        auto r = m_conn->select(sql);
        QVERIFY2(r, r ? "" : qPrintable(r.error().toText()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = createSampleDatabase(m_dir->path(), "traced.db", 50);
        m_clock = std::make_unique<ManualClock>();
        g_clock = m_clock.get();
        auto c = Connection::open(m_db);
        QVERIFY(c);
        m_conn = std::move(c.value());
        auto h = SqliteHandle::borrow(m_conn->database());
        QVERIFY(h);
        QCOMPARE(sqlite3_create_function(h->get(), "advance", 1, SQLITE_UTF8, nullptr, advance, nullptr, nullptr),
                 SQLITE_OK);
    }
    void cleanup() { m_conn.reset(); }

    void thresholdBoundary_data()
    {
        QTest::addColumn<int>("ms");
        QTest::addColumn<bool>("slow");
        QTest::addRow("below") << 99 << false;
        QTest::addRow("exactly the threshold") << 100 << true;
        QTest::addRow("above") << 101 << true;
        QTest::addRow("zero") << 0 << false;
    }
    void thresholdBoundary()
    {
        QFETCH(int, ms);
        QFETCH(bool, slow);
        QueryMonitor monitor(*m_clock);
        QCOMPARE(monitor.thresholdMs(), 100);
        QVERIFY(monitor.start(*m_conn));
        run(QStringLiteral("SELECT advance(%1)").arg(ms));
        QCOMPARE(monitor.slowQueries().size(), slow ? 1 : 0);
        if (slow) {
            const auto q = monitor.slowQueries().first();
            QCOMPARE(q.durationNs, qint64(ms) * 1'000'000);
            QCOMPARE(q.expanded, QStringLiteral("SELECT advance(%1)").arg(ms));
            QCOMPARE(q.fingerprint, QStringLiteral("SELECT advance(?)"));
            QCOMPARE(q.time, m_clock->nowUtc());
        }
        const auto stats = monitor.statistics();
        QCOMPARE(stats.size(), 1); // every statement is counted, slow or not
        QCOMPARE(stats.first().calls, 1);
    }

    // Issue 14: a statement left open (stepped, not reset) was timed until its reset, so an idle reader showed as the
    // slowest statement of the database. Its duration is now its execution: from its first step to its last row.
    void aStatementLeftOpenIsTimedByItsExecution()
    {
        QueryMonitor monitor(*m_clock);
        QVERIFY(monitor.start(*m_conn));
        auto h = SqliteHandle::borrow(m_conn->database());
        QVERIFY(h);
        sqlite3_stmt* stmt = nullptr;
        QCOMPARE(
            sqlite3_prepare_v2(h->get(), "SELECT advance(id * 0 + 7), name FROM items ORDER BY id", -1, &stmt, nullptr),
            SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);         // 7 ms of execution for the first row
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);         // and 7 more for the second
        m_clock->advance(std::chrono::milliseconds(500)); // then left open, idle
        QCOMPARE(sqlite3_reset(stmt), SQLITE_OK);
        // Run again to its end: the whole run is execution.
        m_clock->advance(std::chrono::milliseconds(500));
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++rows;
        QCOMPARE(rows, 50);
        sqlite3_finalize(stmt);
        const auto samples = monitor.recentStatements();
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0].durationNs, qint64(14) * 1'000'000);
        QCOMPARE(samples[1].durationNs, qint64(50 * 7) * 1'000'000);
        QCOMPARE(monitor.slowQueries().size(), 1); // 350 ms: slow; the open one (14 ms) is not
    }

    void boundParametersAreExpandedForSlowStatements()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(10);
        QVERIFY(monitor.start(*m_conn));
        QVERIFY(m_conn->select("SELECT advance(?), name FROM items WHERE id = ?", {20, 7}));
        const auto slow = monitor.slowQueries();
        QCOMPARE(slow.size(), 1);
        // (Qt's SQLite driver prepares positional placeholders as :0, :1, …; the fingerprint is the same.)
        QCOMPARE(slow.first().fingerprint, QStringLiteral("SELECT advance(?), name FROM items WHERE id = ?"));
        QCOMPARE(slow.first().expanded, QStringLiteral("SELECT advance(20), name FROM items WHERE id = 7"));
    }

    void ringNeverExceedsItsSize()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(1);
        monitor.setRingSize(5);
        QVERIFY(monitor.start(*m_conn));
        for (int i = 1; i <= 12; ++i)
            run(QStringLiteral("SELECT advance(%1)").arg(i * 10));
        const auto slow = monitor.slowQueries();
        QCOMPARE(slow.size(), 5);
        QCOMPARE(slow.first().durationNs, 120'000'000); // longest first, the last five kept
        QCOMPARE(slow.last().durationNs, 80'000'000);
        QCOMPARE(monitor.takePending().size(), 12); // the persistence queue keeps them all
        QCOMPARE(monitor.takePending().size(), 0);
    }

    void statisticsMatchAReference()
    {
        QueryMonitor monitor(*m_clock);
        QVERIFY(monitor.start(*m_conn));
        const QList<int> durations{5, 1, 250, 3, 40, 40, 7, 1000, 2, 9};
        for (int ms : durations)
            run(QStringLiteral("SELECT advance(%1) FROM items WHERE id = %2").arg(ms).arg(ms % 7 + 1));
        run("SELECT count(*) FROM items");
        const auto stats = monitor.statistics();
        QCOMPARE(stats.size(), 2);
        const StatementStats* s = nullptr;
        for (const auto& x : stats)
            if (x.fingerprint == QLatin1String("SELECT advance(?) FROM items WHERE id = ?"))
                s = &x;
        QVERIFY(s);
        qint64 total = 0;
        for (int ms : durations)
            total += ms;
        QCOMPARE(s->calls, durations.size());
        QCOMPARE(s->totalNs, total * 1'000'000);
        QCOMPARE(s->minNs, 1'000'000);
        QCOMPARE(s->maxNs, 1'000'000'000);
        QCOMPARE(s->meanNs(), total * 1'000'000 / durations.size());
        // Percentiles from the bounded histogram: an upper bound within a factor of two of the exact value.
        QList<int> sorted = durations;
        std::sort(sorted.begin(), sorted.end());
        for (double p : {0.5, 0.95, 0.99}) {
            const qint64 exact =
                qint64(sorted[std::max<qsizetype>(0, qsizetype(std::ceil(p * sorted.size())) - 1)]) * 1'000'000;
            const qint64 estimate = s->percentileNs(p);
            QVERIFY2(estimate >= exact && estimate <= 2 * exact + 1,
                     qPrintable(QStringLiteral("p%1: %2 vs %3").arg(p).arg(estimate).arg(exact)));
        }
        QCOMPARE(s->firstSeen.isValid(), true);
    }

    void fingerprintCapEvictsTheLeastUsed()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setMaxFingerprints(3);
        QVERIFY(monitor.start(*m_conn));
        for (int i = 0; i < 5; ++i)
            run("SELECT 1 FROM items LIMIT 1");
        run("SELECT 2 AS a");
        run("SELECT 3 AS b");
        run("SELECT 4 AS c");
        QCOMPARE(monitor.statistics().size(), 3);
        QCOMPARE(monitor.evictedFingerprints(), 1);
        bool keptBusy = false;
        for (const auto& s : monitor.statistics())
            keptBusy = keptBusy || s.calls == 5;
        QVERIFY(keptBusy);
    }

    void persistedRowsMatchAndArePruned()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(1);
        QVERIFY(monitor.start(*m_conn));
        for (int i = 1; i <= 30; ++i) {
            run(QStringLiteral("SELECT advance(%1)").arg(i));
            m_clock->advance(std::chrono::seconds(1));
        }
        auto batch = monitor.takePending();
        QCOMPARE(batch.size(), 30);
        const QByteArray userHash = fileHash(m_db);
        auto written = SlowQueryStore::persist(m_db, batch, 20);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toText()));
        // Issue 14: Steward's records go to its own store; the user's database is not touched.
        QCOMPARE(fileHash(m_db), userHash);
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%query_performance%'"),
                 QStringLiteral("0"));
        const QString store = SlowQueryStore::storePathFor(m_db);
        QVERIFY2(store.startsWith(AppPaths::dataDir()), qPrintable(store));
        QCOMPARE(queryString(store, "SELECT count(*) FROM query_performance"), QStringLiteral("20"));
        QCOMPARE(queryString(store, "SELECT min(duration_ms) || '-' || max(duration_ms) FROM query_performance"),
                 QStringLiteral("11-30")); // the newest kept
        QCOMPARE(queryString(store, "SELECT params FROM query_performance WHERE duration_ms = 30"),
                 QStringLiteral("SELECT advance(30)"));
        QCOMPARE(queryString(store, "SELECT value FROM about WHERE key = 'database'"), m_db);
        execSql(store, "INSERT INTO query_performance (id, sql, duration_ms) VALUES ('odd', 'SELECT 1', 'slow')");
        auto read = SlowQueryStore::readAll(*m_conn, 100);
        QVERIFY(read);
        QCOMPARE(read->rows.size(), 20);
        QCOMPARE(read->skipped, 1);
        QVERIFY(read->shapeProblem.isEmpty());
        for (const auto& row : read->rows) {
            QVERIFY(row.fromSteward);
            QVERIFY(row.timestamp.isValid());
        }
        QCOMPARE(read->rows.first().durationMs, 30); // longest first
        QVERIFY(qAbs(read->rows.first().timestamp.secsTo(m_clock->nowUtc().addSecs(-1))) <= 1);
    }

    // Review finding: Steward's own statements from an earlier session, read back from its store, stay Steward's own.
    void ownStatementsStayOwnWhenReadBack()
    {
        SlowQuery mine{"SELECT 1", {}, "SELECT ?", 200'000'000, m_clock->nowUtc(), {}, true};
        SlowQuery users{"SELECT 2", {}, "SELECT ?", 200'000'000, m_clock->nowUtc(), {}, false};
        QVERIFY(SlowQueryStore::persist(m_db, {mine, users}));
        auto read = SlowQueryStore::readAll(*m_conn, 100);
        QVERIFY(read);
        QCOMPARE(read->rows.size(), 2);
        QueryReport report = buildQueryReport({}, read.value(), 0);
        QCOMPARE(report.events.size(), 2);
        const QueryReport shown = withoutOwnStatements(report);
        QCOMPARE(shown.events.size(), 1);
        QCOMPARE(shown.events.first().sql, QStringLiteral("SELECT 2"));
    }

    void aLockedDatabaseNeverFailsTheTracedQuery()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(1);
        QVERIFY(monitor.start(*m_conn));
        {
            // Another program writing the user's database does not stop Steward keeping its records: they are its own.
            LockHolder userLock(m_db, QStringLiteral("exclusive"));
            QVERIFY(userLock.isHolding());
            QVERIFY(SlowQueryStore::persist(m_db, {SlowQuery{"SELECT 1", {}, "SELECT ?", 2'000'000, {}, {}}}, 100, 50));
        }
        const QString store = SlowQueryStore::storePathFor(m_db);
        LockHolder lock(store, QStringLiteral("reserved"));
        QVERIFY(lock.isHolding());
        run("SELECT advance(5), count(*) FROM items"); // the user's query goes through
        auto batch = monitor.takePending();
        QCOMPARE(batch.size(), 1);
        auto r = SlowQueryStore::persist(m_db, batch, 100, 50);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Busy);
        monitor.giveBack(batch); // it waits for the next try, nothing lost
        lock.release();
        auto again = SlowQueryStore::persist(m_db, monitor.takePending(), 100, 50);
        QVERIFY(again);
        QCOMPARE(again.value(), 1);
        QCOMPARE(monitor.lostToOverflow(), 0);
        QCOMPARE(queryString(store, "SELECT count(*) FROM query_performance"), QStringLiteral("2"));
    }

    void persisterWritesInTheBackgroundAndRetriesWhenLocked()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(1);
        QVERIFY(monitor.start(*m_conn));
        SlowQueryPersister persister(monitor, m_db);
        QSignalSpy persisted(&persister, &SlowQueryPersister::persisted);
        QSignalSpy failed(&persister, &SlowQueryPersister::failed);
        const QString store = SlowQueryStore::storePathFor(m_db);
        QVERIFY(SlowQueryStore::clear(m_db));       // nothing yet: 0 rows
        QVERIFY(SlowQueryStore::persist(m_db, {})); // creates the store, so that another program can lock it
        {
            LockHolder lock(store, QStringLiteral("exclusive"));
            QVERIFY(lock.isHolding());
            monitor.giveBack({SlowQuery{"SELECT 42", "SELECT 42", "SELECT ?", 5'000'000, m_clock->nowUtc(), "x"}});
            persister.flush();
            QVERIFY(failed.wait(20000));
            QCOMPARE(persister.failures(), 1);
        }
        run("SELECT advance(3)");
        // The helper lets go of its lock as it exits, a moment after it is told to: flush until a batch is written
        // (each failed try gives the batch back, as in the product).
        QTRY_VERIFY_WITH_TIMEOUT((persister.flush(), persisted.count() > 0), 20000);
        QCOMPARE(persisted.last().at(0).toInt(), 2); // the given-back batch and the new one, nothing lost
        QCOMPARE(queryString(store, "SELECT count(*) FROM query_performance"), QStringLiteral("2"));
        QCOMPARE(SlowQueryStore::clear(m_db).value(), 2);
        QCOMPARE(queryString(store, "SELECT count(*) FROM query_performance"), QStringLiteral("0"));
        QCOMPARE(persister.written(), 2);
    }

    void stopEndsTracing()
    {
        QueryMonitor monitor(*m_clock);
        QVERIFY(monitor.start(*m_conn));
        run("SELECT 1");
        monitor.stop(*m_conn);
        run("SELECT 2");
        QCOMPARE(monitor.statistics().size(), 1);
    }

    void timelineKeepsEveryStatementInABoundedRing()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(10);
        monitor.setSampleCapacity(5);
        QVERIFY(monitor.start(*m_conn));
        const qint64 t0 = m_clock->nowUtc().toMSecsSinceEpoch();
        for (int i = 1; i <= 8; ++i)
            run(QStringLiteral("SELECT advance(%1)").arg(i * 3)); // 3, 6, 9 fast; 12 … 24 slow
        const auto samples = monitor.recentStatements();
        QCOMPARE(samples.size(), 5); // never more than the capacity, oldest dropped
        QCOMPARE(samples.first().durationNs, 12'000'000);
        QCOMPARE(samples.last().durationNs, 24'000'000);
        for (int i = 1; i < samples.size(); ++i)
            QVERIFY(samples[i - 1].timeMs <= samples[i].timeMs);
        QCOMPARE(samples.last().expanded, QStringLiteral("SELECT advance(24)")); // slow ones carry their values
        QCOMPARE(monitor.recentStatements(t0 + 3 + 6 + 9 + 12 + 15 + 18 + 21).size(), 2);
        monitor.setSampleCapacity(2);
        QCOMPARE(monitor.recentStatements().size(), 2);
        QCOMPARE(monitor.recentStatements().last().durationNs, 24'000'000);
        QVERIFY(monitor.startedAtMs() == t0);
    }

    void queryPerformanceOfAnUnexpectedShape_data()
    {
        QTest::addColumn<QString>("create");
        QTest::addColumn<QString>("insert");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("problem");
        QTest::addRow("no table") << ""
                                  << "" << 0 << 0 << "";
        QTest::addRow("only sql and duration")
            << "CREATE TABLE query_performance (sql TEXT, duration_ms REAL)"
            << "INSERT INTO query_performance VALUES ('SELECT 1', 12.5)" << 1 << 0 << "";
        QTest::addRow("no duration column")
            << "CREATE TABLE query_performance (sql TEXT, ms INTEGER)"
            << "INSERT INTO query_performance VALUES ('SELECT 1', 12)" << 0 << 0 << "duration_ms";
        QTest::addRow("bad values") << "CREATE TABLE query_performance (id, sql, duration_ms, timestamp, params)"
                                    << "INSERT INTO query_performance VALUES (1, NULL, 5, NULL, NULL), (2, 'SELECT 2', "
                                       "'slow', NULL, NULL), (3, 'SELECT 3', -4, NULL, NULL), (4, 'SELECT 4', 7, "
                                       "1767268800, NULL)"
                                    << 1 << 3 << "";
    }

    void queryPerformanceOfAnUnexpectedShape()
    {
        QFETCH(QString, create);
        QFETCH(QString, insert);
        QFETCH(int, rows);
        QFETCH(int, skipped);
        QFETCH(QString, problem);
        if (!create.isEmpty()) {
            execSql(m_db, create);
            execSql(m_db, insert);
        }
        const QByteArray before = fileHash(m_db);
        auto read = SlowQueryStore::read(*m_conn, 100);
        QVERIFY2(read, read ? "" : qPrintable(read.error().toText()));
        QCOMPARE(read->rows.size(), rows);
        QCOMPARE(read->skipped, skipped);
        QCOMPARE(read->shapeProblem.isEmpty(), problem.isEmpty());
        QVERIFY(read->shapeProblem.contains(problem));
        QCOMPARE(fileHash(m_db), before); // reading changes nothing
        if (QTest::currentDataTag() == QByteArray("bad values")) {
            // Unix seconds are read as a time; the application's rows are marked as such.
            QCOMPARE(read->rows.first().timestamp, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
            QVERIFY(!read->rows.first().fromSteward);
        }
    }

    void reportMergesTracedAndApplicationRows()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(10);
        QVERIFY(monitor.start(*m_conn));
        m_clock->advance(std::chrono::milliseconds(1500));
        run("SELECT advance(20)");
        run("SELECT advance(2)");
        const auto traced = monitor.recentStatements();
        QCOMPARE(traced.size(), 2);
        // Steward persisted the slow one (while tracing: already traced), an earlier session persisted another, and
        // the application recorded two rows of its own.
        QVERIFY(SlowQueryStore::persist(m_db, monitor.takePending()));
        execSql(m_db, "CREATE TABLE query_performance (id TEXT PRIMARY KEY, sql TEXT NOT NULL, duration_ms INTEGER NOT "
                      "NULL, timestamp TEXT, params TEXT);"
                      "INSERT INTO query_performance VALUES ('steward-old', 'SELECT advance(50)', 50, "
                      "'2025-12-31 10:00:00', NULL), ('app-1', 'SELECT * FROM items WHERE id = 7', 30, "
                      "'2026-01-01 11:00:00', 'id=7'), ('app-2', 'SELECT * FROM items WHERE id = 8', 10, "
                      "'2026-01-01 11:30:00', 'id=8')");
        auto read = SlowQueryStore::readAll(*m_conn, 1000);
        QVERIFY(read);
        QCOMPARE(read->rows.size(), 4); // one in Steward's store, three in the application's table
        const QueryReport report = buildQueryReport(traced, read.value(), monitor.startedAtMs());
        QCOMPARE(report.events.size(), 2 + 1 + 2); // the persisted copy of a traced statement is not counted twice
        QCOMPARE(report.events.first().durationMs, 50.0); // oldest first
        QCOMPARE(report.events.first().source, QuerySource::Traced);
        int application = 0;
        for (const auto& e : report.events)
            application += e.source == QuerySource::Application;
        QCOMPARE(application, 2);
        const auto byFingerprint = [&](const QString& fp, QuerySource source) {
            for (const auto& s : report.fingerprints)
                if (s.fingerprint == fp && s.source == source)
                    return s;
            return FingerprintSummary{};
        };
        const auto items = byFingerprint(fingerprint("SELECT * FROM items WHERE id = 1"), QuerySource::Application);
        QCOMPARE(items.calls, 2);
        QCOMPARE(items.totalMs, 40.0);
        QCOMPARE(items.meanMs, 20.0);
        QCOMPARE(items.p95Ms, 30.0);
        QCOMPARE(items.maxMs, 30.0);
        const auto advanced = byFingerprint(fingerprint("SELECT advance(1)"), QuerySource::Traced);
        QCOMPARE(advanced.calls, 3); // 20 and 2 traced now, 50 from an earlier session
        QCOMPARE(advanced.maxMs, 50.0);
    }

    void percentilesOfASummaryMatchAReference()
    {
        QVector<QueryEvent> events;
        std::vector<double> reference;
        for (int i = 0; i < 200; ++i) {
            const double ms = double((i * 37) % 101) + 0.5;
            events.push_back({i, ms, QStringLiteral("SELECT ?"), QStringLiteral("SELECT 1"), {}, QuerySource::Traced});
            reference.push_back(ms);
        }
        std::sort(reference.begin(), reference.end());
        const auto s = summarize(events);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s[0].calls, 200);
        QCOMPARE(s[0].p95Ms, reference[189]); // nearest rank: ceil(0.95 × 200) = 190th
        QCOMPARE(s[0].maxMs, reference.back());
        QCOMPARE(s[0].lastSeenMs, 199);
    }
};

QTEST_GUILESS_MAIN(TestQueryMonitor)
#include "TestQueryMonitor.moc"
