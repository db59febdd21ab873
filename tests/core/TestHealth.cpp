// Health checks against real databases: a second process holding BEGIN EXCLUSIVE opens the circuit after the
// threshold and `steward-cli health` says unhealthy; released, it goes half-open, then closed; a file renamed away
// and back reconnects by itself; the checks never write; the console's SQL errors never trip the breaker.
#include "TestSupport.h"

#include "db/ConsoleSession.h"
#include "health/CircuitBreaker.h"
#include "health/HealthCheck.h"
#include "health/HealthMonitor.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

namespace {

CircuitOptions quick()
{
    CircuitOptions o;
    o.failureThreshold = 3;
    o.windowMs = 60'000;
    o.openTimeoutMs = 10'000;
    o.successThreshold = 2;
    return o;
}

struct CliResult {
    int code = -1;
    QJsonObject json;
};

CliResult cliHealth(const QString& dataDir, const QString& db, const QStringList& env = {})
{
    QProcess p;
    auto e = QProcessEnvironment::systemEnvironment();
    e.insert("STEWARD_DATA_DIR", dataDir);
    for (const QString& kv : env)
        e.insert(kv.section('=', 0, 0), kv.section('=', 1));
    p.setProcessEnvironment(e);
    p.start(binaryPath("steward-cli"), {"health", "--db", db, "--json"});
    p.waitForFinished(60000);
    return {p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
}

} // namespace

class TestHealth : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;

private slots:
    void initTestCase() { qputenv("STEWARD_DATA_DIR", m_data.path().toUtf8()); }

    void aHealthyDatabaseAndWhatEachCheckSays()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "ok.db", 100);
        const QByteArray before = fileHash(db);
        CircuitBreaker breaker(quick());
        HealthInputs in;
        in.databasePath = db;
        in.full = true;
        const HealthReport r = runHealthChecks(in, breaker);
        QVERIFY(r.reachable);
        for (const char* id : {"reachable", "integrity", "size", "freelist", "disk", "backup", "circuit"})
            QVERIFY2(r.find(id), id);
        QCOMPARE(r.find("integrity")->status, CheckStatus::Ok);
        QCOMPARE(r.find("backup")->status, CheckStatus::Warn); // no backup yet
        QCOMPARE(r.overall, OverallHealth::Degraded);
        QCOMPARE(fileHash(db), before); // checks never write
        QCOMPARE(sideFiles(db), QStringList());
        QVERIFY(!QDir(dir.filePath("backups")).exists());

        const CliResult cli = cliHealth(m_data.path(), db);
        QCOMPARE(cli.code, 4); // degraded
        QCOMPARE(cli.json.value("status").toString(), QStringLiteral("degraded"));
        QCOMPARE(cli.json.value("circuit").toString(), QStringLiteral("CLOSED"));
    }

    void aCorruptPageFailsTheIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "bad.db", 2000);
        QByteArray bytes = readFile(db);
        for (int page = 2; page < 6; ++page) // b-tree page headers of the table and its index
            for (int i = 0; i < 12; ++i)
                bytes[page * 4096 + i] = char(0x5a);
        writeFile(db, bytes);
        CircuitBreaker breaker(quick());
        HealthInputs in;
        in.databasePath = db;
        in.full = true;
        const HealthReport r = runHealthChecks(in, breaker);
        QCOMPARE(r.find("integrity")->status, CheckStatus::Fail);
        QCOMPARE(r.overall, OverallHealth::Unhealthy);
        QCOMPARE(breaker.state(), CircuitState::Closed); // the database answered: nothing to trip
    }

    void anExclusiveLockOpensTheCircuitAndReleasingItClosesIt()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "locked.db", 100);
        ManualClock clock;
        CircuitBreaker breaker(quick(), clock);
        HealthInputs in;
        in.databasePath = db;
        in.busyTimeoutMs = 50;
        {
            LockHolder lock(db, "exclusive");
            QVERIFY(lock.isHolding());
            for (int i = 0; i < 2; ++i) {
                const HealthReport r = runHealthChecks(in, breaker, clock);
                QVERIFY(!r.reachable);
                QCOMPARE(r.find("reachable")->status, CheckStatus::Fail);
                QCOMPARE(r.overall, OverallHealth::Unhealthy); // unreachable, though the circuit is still closed
                QCOMPARE(breaker.state(), CircuitState::Closed);
            }
            const HealthReport third = runHealthChecks(in, breaker, clock);
            QCOMPARE(breaker.state(), CircuitState::Open); // at the threshold
            QCOMPARE(third.find("circuit")->status, CheckStatus::Fail);
            const HealthReport refused = runHealthChecks(in, breaker, clock);
            QVERIFY(refused.find("reachable")->message.contains("stopped using it")); // refused, not tried

            // steward-cli says unhealthy with its own exit code.
            const CliResult cli = cliHealth(m_data.path(), db, {"STEWARD_BUSY_TIMEOUT=50"});
            QCOMPARE(cli.code, 5);
            QCOMPARE(cli.json.value("status").toString(), QStringLiteral("unhealthy"));
        }
        clock.advance(std::chrono::milliseconds(10'000)); // the open timeout
        QCOMPARE(breaker.state(), CircuitState::HalfOpen);
        const HealthReport probe = runHealthChecks(in, breaker, clock);
        QVERIFY(probe.reachable);
        QCOMPARE(probe.circuit.state, CircuitState::HalfOpen);
        QCOMPARE(probe.overall, OverallHealth::Degraded);
        const HealthReport closed = runHealthChecks(in, breaker, clock);
        QCOMPARE(closed.circuit.state, CircuitState::Closed);
        QCOMPARE(closed.find("circuit")->status, CheckStatus::Ok);
    }

    void aFileRenamedAwayAndBackReconnectsByItself()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "moving.db", 100);
        CircuitOptions o = quick();
        o.openTimeoutMs = 100;
        CircuitBreaker breaker(o);
        HealthInputs in;
        in.databasePath = db;
        HealthMonitor monitor(in, breaker);
        monitor.setIntervalMs(3'600'000); // only the reconnect schedule matters here
        monitor.setBackoff(20, 200);
        QSignalSpy reports(&monitor, &HealthMonitor::reportReady);
        monitor.start();
        QTRY_VERIFY(monitor.hasReport());
        QVERIFY(monitor.latest().reachable);

        QVERIFY(QFile::rename(db, db + ".away"));
        monitor.checkNow();
        // Unreachable: it tries again by itself, sooner than the interval, until the circuit opens.
        QTRY_VERIFY_WITH_TIMEOUT(breaker.state() == CircuitState::Open || breaker.stats().failures >= 3, 20000);
        // The report follows the breaker's count by a moment: wait for it rather than assume it.
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.latest().reachable && monitor.reconnectAttempt() >= 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            monitor.isChecking() || (monitor.nextCheckInMs() >= 0 && monitor.nextCheckInMs() <= 200), 20000);
        QVERIFY(!QFile::exists(db)); // a check never creates the missing file

        QVERIFY(QFile::rename(db + ".away", db));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.latest().reachable && breaker.state() == CircuitState::Closed, 20000);
        QCOMPARE(monitor.reconnectAttempt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.nextCheckInMs() > 200, 20000); // back to the normal interval
    }

    void userSqlErrorsInTheConsoleNeverTripTheBreaker()
    {
        QTemporaryDir dir;
        const QString db = createSampleDatabase(dir.path(), "console.db", 100);
        CircuitBreaker breaker(quick());
        auto console = ConsoleSession::open(db, {}, nullptr, &breaker);
        QVERIFY(console);
        for (const char* sql : {"SELEC 1", "SELECT * FROM nowhere", "INSERT INTO items (id, name) VALUES (1, 'x')",
                                "SELECT 1 +", "DROP TABLE missing"}) {
            QSignalSpy done(console->get(), &ConsoleSession::finished);
            console.value()->run(sql);
            QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 20000));
            QVERIFY(done.first().at(0).value<ConsoleResult>().error);
        }
        QCOMPARE(breaker.state(), CircuitState::Closed);
        QCOMPARE(breaker.stats().failures, 0);
        console.value().reset(); // its open transaction (the failed INSERT's BEGIN) is rolled back

        // A locked database does count, and the open circuit refuses at once.
        OpenOptions shortWait;
        shortWait.busyTimeoutMs = 20;
        auto locked = ConsoleSession::open(db, shortWait, nullptr, &breaker);
        QVERIFY(locked);
        LockHolder lock(db, "exclusive");
        QVERIFY(lock.isHolding());
        for (int i = 0; i < 3; ++i) {
            QSignalSpy done(locked->get(), &ConsoleSession::finished);
            locked.value()->run("SELECT count(*) FROM items");
            QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 20000));
            const auto r = done.first().at(0).value<ConsoleResult>();
            QVERIFY2(r.error, "the lock refuses the read");
            QCOMPARE(r.error->code, ErrorCode::Busy);
        }
        QCOMPARE(breaker.state(), CircuitState::Open);
        QSignalSpy done(locked->get(), &ConsoleSession::finished);
        locked.value()->run("SELECT 1");
        QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty(); }, 20000));
        QCOMPARE(done.first().at(0).value<ConsoleResult>().error->code, ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "TestHealth.moc"
