// The statement tracer with a manual clock: a SQL function advance(ms) moves the clock while a statement runs, so
// every duration is exact.
#include "TestSupport.h"

#include "db/Connection.h"
#include "db/SqliteHandle.h"
#include "monitor/Fingerprint.h"
#include "monitor/QueryMonitor.h"
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
        auto written = SlowQueryStore::persist(m_db, batch, 20);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toText()));
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM query_performance"), QStringLiteral("20"));
        QCOMPARE(queryString(m_db, "SELECT min(duration_ms) || '-' || max(duration_ms) FROM query_performance"),
                 QStringLiteral("11-30")); // the newest kept
        QCOMPARE(queryString(m_db, "SELECT params FROM query_performance WHERE duration_ms = 30"),
                 QStringLiteral("SELECT advance(30)"));
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'query_performance' AND type = "
                                   "'index' AND sql IS NOT NULL"),
                 QStringLiteral("2"));
        int skipped = -1;
        execSql(m_db, "INSERT INTO query_performance (id, sql, duration_ms) VALUES ('odd', 'SELECT 1', 'slow')");
        auto rows = SlowQueryStore::read(*m_conn, 100, &skipped);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 20);
        QCOMPARE(skipped, 1);
    }

    void aLockedDatabaseNeverFailsTheTracedQuery()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(1);
        QVERIFY(monitor.start(*m_conn));
        LockHolder lock(m_db, QStringLiteral("reserved"));
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
    }

    void persisterWritesInTheBackgroundAndRetriesWhenLocked()
    {
        QueryMonitor monitor(*m_clock);
        monitor.setThresholdMs(1);
        QVERIFY(monitor.start(*m_conn));
        SlowQueryPersister persister(monitor, m_db);
        QSignalSpy persisted(&persister, &SlowQueryPersister::persisted);
        QSignalSpy failed(&persister, &SlowQueryPersister::failed);
        {
            LockHolder lock(m_db, QStringLiteral("exclusive"));
            QVERIFY(lock.isHolding());
            monitor.giveBack({SlowQuery{"SELECT 42", "SELECT 42", "SELECT ?", 5'000'000, m_clock->nowUtc(), "x"}});
            persister.flush();
            QVERIFY(failed.wait(20000));
            QCOMPARE(persister.failures(), 1);
        }
        run("SELECT advance(3)");
        persister.flush();
        QVERIFY(persisted.wait(20000));
        QCOMPARE(persisted.last().at(0).toInt(), 2); // the given-back batch and the new one, nothing lost
        QCOMPARE(queryString(m_db, "SELECT count(*) FROM query_performance"), QStringLiteral("2"));
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
};

QTEST_GUILESS_MAIN(TestQueryMonitor)
#include "TestQueryMonitor.moc"
