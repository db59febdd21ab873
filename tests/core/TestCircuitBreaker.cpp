// The circuit breaker with a manual clock: every (state, event) transition, the exact open timeout, a property test
// against a simple model, 32 threads at the moment of expiry, and reconnect backoff bounds.
#include "TestSupport.h"

#include "Settings.h"
#include "health/CircuitBreaker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <rapidcheck.h>

#include <atomic>
#include <barrier>
#include <thread>

using namespace steward;

namespace {

Error failure(ErrorCode code = ErrorCode::Busy)
{
    return Error{code, QStringLiteral("database is locked"), {}, {}, 0};
}

CircuitOptions small()
{
    CircuitOptions o;
    o.failureThreshold = 3;
    o.windowMs = 10'000;
    o.openTimeoutMs = 5'000;
    o.successThreshold = 2;
    o.halfOpenProbes = 1;
    return o;
}

// Runs one call through the breaker with the given outcome.
Result<void> call(CircuitBreaker& b, std::optional<Error> outcome)
{
    return b.execute([&]() -> Result<void> {
        if (outcome)
            return *outcome;
        return {};
    });
}

// The model: the rules written as plainly as possible, one call at a time or with held permits.
struct Model {
    CircuitOptions o;
    CircuitState state = CircuitState::Closed;
    std::vector<qint64> failures;
    qint64 next = 0;
    int probes = 0;
    int successes = 0;
    int epoch = 0; // a new one at every change of state; probes of an old one are ignored

    void move(CircuitState to)
    {
        if (to != state) {
            state = to;
            ++epoch;
            probes = 0;
        }
    }

    void advance(qint64 now)
    {
        if (state == CircuitState::Open && now >= next) {
            move(CircuitState::HalfOpen);
            successes = 0;
        }
    }
    void open(qint64 now)
    {
        move(CircuitState::Open);
        next = now + o.openTimeoutMs;
    }
    void close()
    {
        move(CircuitState::Closed);
        failures.clear();
        successes = 0;
    }
    // Returns whether admitted, whether it is a probe, and its epoch.
    std::tuple<bool, bool, int> acquire(qint64 now)
    {
        advance(now);
        if (state == CircuitState::Closed)
            return {true, false, epoch};
        if (state == CircuitState::HalfOpen && probes < o.halfOpenProbes) {
            ++probes;
            return {true, true, epoch};
        }
        return {false, false, epoch};
    }
    // outcome: 0 success, 1 counted failure, 2 uncounted failure, 3 cancelled
    void finish(qint64 now, bool probe, int probeEpoch, int outcome)
    {
        if (probe) {
            if (probeEpoch != epoch)
                return;
            --probes;
        }
        if (outcome == 3)
            return;
        if (outcome == 0 || outcome == 2) {
            if (probe && state == CircuitState::HalfOpen && ++successes >= o.successThreshold)
                close();
            return;
        }
        if (probe && state == CircuitState::HalfOpen) {
            open(now);
        } else if (state == CircuitState::Closed) {
            failures.push_back(now);
            std::erase_if(failures, [&](qint64 t) { return t <= now - o.windowMs; });
            if (int(failures.size()) >= o.failureThreshold)
                open(now);
        }
    }
};

} // namespace

class TestCircuitBreaker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // RapidCheck reads its parameters once, from the environment.
        if (!qEnvironmentVariableIsSet("RC_PARAMS"))
            qputenv("RC_PARAMS", "max_success=10000 max_size=60 seed=20261125");
    }

    void closedCountsFailuresInASlidingWindow()
    {
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        QSignalSpy transitions(&b, &CircuitBreaker::transitioned);
        QVERIFY(!call(b, failure()));
        clock.advance(std::chrono::seconds(6));
        QVERIFY(!call(b, failure()));
        clock.advance(std::chrono::seconds(5)); // the first failure left the 10 s window
        QVERIFY(!call(b, failure()));
        QCOMPARE(b.state(), CircuitState::Closed);
        QCOMPARE(b.stats().failuresInWindow, 2);
        QVERIFY(call(b, std::nullopt)); // a success does not forgive failures still in the window
        QVERIFY(!call(b, failure()));
        QCOMPARE(b.state(), CircuitState::Open);
        QCOMPARE(transitions.count(), 1);
        const auto t = transitions.first().at(0).value<CircuitTransition>();
        QCOMPARE(t.from, CircuitState::Closed);
        QCOMPARE(t.to, CircuitState::Open);
        QVERIFY2(t.cause.contains("3 failures") && t.cause.contains("database is locked"), qPrintable(t.cause));
    }

    void openRefusesUntilExactlyTheTimeout()
    {
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        for (int i = 0; i < 3; ++i)
            (void)call(b, failure());
        QCOMPARE(b.state(), CircuitState::Open);
        bool ran = false;
        clock.advance(std::chrono::milliseconds(4'999)); // timeout − 1 ms
        auto refused = b.execute([&]() -> Result<void> {
            ran = true;
            return {};
        });
        QVERIFY(!ran);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unavailable);
        QVERIFY(!refused.error().hint.isEmpty()); // says when it is tried again
        QCOMPARE(b.state(), CircuitState::Open);
        QCOMPARE(b.stats().nextAttemptMs, clock.nowUtc().toMSecsSinceEpoch() + 1);
        QCOMPARE(b.stats().rejections, 1);
        clock.advance(std::chrono::milliseconds(1)); // exactly the timeout
        QCOMPARE(b.state(), CircuitState::HalfOpen);
    }

    void halfOpenAdmitsOneProbeAndClosesAfterTwoSuccesses()
    {
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        for (int i = 0; i < 3; ++i)
            (void)call(b, failure());
        clock.advance(std::chrono::seconds(5));
        auto probe = b.acquire();
        QVERIFY(probe);
        auto second = b.acquire();
        QVERIFY(!second); // only one probe at a time
        QCOMPARE(second.error().code, ErrorCode::Unavailable);
        probe->success();
        QCOMPARE(b.state(), CircuitState::HalfOpen);
        QVERIFY(call(b, std::nullopt));
        QCOMPARE(b.state(), CircuitState::Closed);
        QCOMPARE(b.stats().failuresInWindow, 0);
        const auto events = b.events();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[1].to, CircuitState::HalfOpen);
        QCOMPARE(events[2].to, CircuitState::Closed);
    }

    void aFailedProbeOpensAgain()
    {
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        for (int i = 0; i < 3; ++i)
            (void)call(b, failure(ErrorCode::IoError));
        clock.advance(std::chrono::seconds(5));
        QVERIFY(!call(b, failure(ErrorCode::CannotOpen)));
        QCOMPARE(b.state(), CircuitState::Open);
        QCOMPARE(b.stats().nextAttemptMs, clock.nowUtc().toMSecsSinceEpoch() + 5'000); // a fresh timeout
    }

    void userErrorsNeverTripIt_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("counts");
        QTest::addRow("busy") << int(ErrorCode::Busy) << true;
        QTest::addRow("io error") << int(ErrorCode::IoError) << true;
        QTest::addRow("cannot open") << int(ErrorCode::CannotOpen) << true;
        QTest::addRow("corrupt") << int(ErrorCode::Corrupt) << true;
        QTest::addRow("not a database") << int(ErrorCode::NotADatabase) << true;
        QTest::addRow("sql error") << int(ErrorCode::SqlError) << false;
        QTest::addRow("constraint") << int(ErrorCode::Constraint) << false;
        QTest::addRow("invalid argument") << int(ErrorCode::InvalidArgument) << false;
        QTest::addRow("read-only") << int(ErrorCode::ReadOnly) << false;
        QTest::addRow("not found") << int(ErrorCode::NotFound) << false;
        QTest::addRow("cancelled") << int(ErrorCode::Cancelled) << false;
    }

    void userErrorsNeverTripIt()
    {
        QFETCH(int, code);
        QFETCH(bool, counts);
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        for (int i = 0; i < 10; ++i)
            (void)call(b, failure(ErrorCode(code)));
        QCOMPARE(b.state(), counts ? CircuitState::Open : CircuitState::Closed);
        QCOMPARE(countsAsCircuitFailure(failure(ErrorCode(code))), counts);
    }

    void aThrowingOrCancelledProbeReleasesItsPermit()
    {
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        for (int i = 0; i < 3; ++i)
            (void)call(b, failure());
        clock.advance(std::chrono::seconds(5));
        try {
            (void)b.execute([]() -> Result<void> { throw std::runtime_error("boom"); });
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(b.stats().probesInFlight, 0);
        QVERIFY(!call(b, failure(ErrorCode::Cancelled)));
        QCOMPARE(b.stats().probesInFlight, 0);
        QCOMPARE(b.state(), CircuitState::HalfOpen); // neither counted
        QVERIFY(b.acquire());                        // the permit is free again (and released at once)
    }

    void isolatedUntilReset()
    {
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        QSignalSpy transitions(&b, &CircuitBreaker::transitioned);
        b.isolate("maintenance");
        QCOMPARE(b.state(), CircuitState::Isolated);
        clock.advance(std::chrono::hours(1));
        QVERIFY(!call(b, std::nullopt));
        QCOMPARE(b.state(), CircuitState::Isolated); // time alone never leaves it
        b.reset("done");
        QCOMPARE(b.state(), CircuitState::Closed);
        QVERIFY(call(b, std::nullopt));
        QCOMPARE(transitions.count(), 2);
        QCOMPARE(transitions.last().at(0).value<CircuitTransition>().cause, QStringLiteral("done"));
        // Reset from OPEN too.
        for (int i = 0; i < 3; ++i)
            (void)call(b, failure());
        b.reset("by hand");
        QCOMPARE(b.state(), CircuitState::Closed);
        QCOMPARE(b.stats().failuresInWindow, 0);
    }

    void theEventLogIsBounded()
    {
        ManualClock clock;
        CircuitBreaker b(small(), clock);
        for (int i = 0; i < 300; ++i) {
            b.isolate("x");
            b.reset("y");
        }
        QCOMPARE(b.events().size(), 200);
        QCOMPARE(b.events().last().to, CircuitState::Closed);
    }

    void settingsAndEnvironment()
    {
        QTemporaryDir dir;
        qputenv("CIRCUIT_BREAKER_FAILURE_THRESHOLD", "7");
        qputenv("CIRCUIT_BREAKER_SUCCESS_THRESHOLD", "abc"); // bad: the default with a warning
        qputenv("CIRCUIT_BREAKER_TIMEOUT", "-5");
        qputenv("CIRCUIT_BREAKER_WINDOW", "99999999999999999999");
        Settings settings(dir.filePath("s.ini"));
        const CircuitOptions o = CircuitOptions::from(settings);
        qunsetenv("CIRCUIT_BREAKER_FAILURE_THRESHOLD");
        qunsetenv("CIRCUIT_BREAKER_SUCCESS_THRESHOLD");
        qunsetenv("CIRCUIT_BREAKER_TIMEOUT");
        qunsetenv("CIRCUIT_BREAKER_WINDOW");
        QCOMPARE(o.failureThreshold, 7);
        QCOMPARE(o.successThreshold, 2);
        QCOMPARE(o.openTimeoutMs, 60000);
        QCOMPARE(o.windowMs, 60000);
        QCOMPARE(o.halfOpenProbes, 1);
    }

    void matchesASimpleModel()
    {
        // Random sequences of calls, held permits, outcomes, time steps, isolate and reset, against the model.
        const bool ok = rc::check("breaker == model", [] {
            CircuitOptions o;
            o.failureThreshold = *rc::gen::inRange(1, 5);
            o.windowMs = *rc::gen::inRange(1, 50);
            o.openTimeoutMs = *rc::gen::inRange(1, 50);
            o.successThreshold = *rc::gen::inRange(1, 4);
            o.halfOpenProbes = *rc::gen::inRange(1, 3);
            ManualClock clock;
            CircuitBreaker b(o, clock);
            Model m{o};
            struct Held {
                CircuitBreaker::Permit permit;
                bool probe;
                int epoch;
            };
            std::vector<Held> held;
            const int steps = *rc::gen::inRange(1, 80);
            for (int i = 0; i < steps; ++i) {
                const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
                const int op = *rc::gen::inRange(0, 100);
                if (op < 25) {
                    clock.advance(std::chrono::milliseconds(*rc::gen::inRange(0, 60)));
                } else if (op < 80) {
                    auto permit = b.acquire();
                    const auto [admitted, probe, epoch] = m.acquire(now);
                    RC_ASSERT(bool(permit) == admitted);
                    if (permit)
                        held.push_back({std::move(permit.value()), probe, epoch});
                } else if (op < 97 && !held.empty()) {
                    const size_t k = *rc::gen::inRange<size_t>(0, held.size());
                    const int outcome = *rc::gen::inRange(0, 4);
                    Held h = std::move(held[k]);
                    held.erase(held.begin() + qsizetype(k));
                    CircuitBreaker::Permit& permit = h.permit;
                    if (outcome == 0)
                        permit.success();
                    else if (outcome == 1)
                        permit.failure(failure(ErrorCode::Busy));
                    else if (outcome == 2)
                        permit.failure(failure(ErrorCode::SqlError));
                    else
                        permit.release();
                    m.finish(now, h.probe, h.epoch, outcome);
                } else if (op < 99) {
                    b.isolate("x");
                    m.move(CircuitState::Isolated);
                } else {
                    b.reset("y");
                    m.close();
                }
                m.advance(clock.nowUtc().toMSecsSinceEpoch());
                RC_ASSERT(b.state() == m.state);
                const auto stats = b.stats();
                if (m.state == CircuitState::Closed) {
                    std::erase_if(m.failures,
                                  [&](qint64 t) { return t <= clock.nowUtc().toMSecsSinceEpoch() - o.windowMs; });
                    RC_ASSERT(stats.failuresInWindow == int(m.failures.size()));
                }
                RC_ASSERT(stats.probesInFlight <= o.halfOpenProbes);
            }
        });
        QVERIFY(ok);
    }

    void thirtyTwoThreadsAtExpiryGetOneProbe()
    {
        const int repeats = qEnvironmentVariableIntValue("STEWARD_BREAKER_RACE_REPEATS") > 0
                                ? qEnvironmentVariableIntValue("STEWARD_BREAKER_RACE_REPEATS")
                                : 1000;
        for (int r = 0; r < repeats; ++r) {
            ManualClock clock;
            CircuitOptions o = small();
            o.halfOpenProbes = 1 + r % 3;
            CircuitBreaker b(o, clock);
            for (int i = 0; i < 3; ++i)
                (void)call(b, failure());
            clock.advance(std::chrono::seconds(5)); // the timeout expires now: all threads race for the probes
            std::atomic<int> admitted{0};
            std::barrier start(32);
            std::vector<std::thread> threads;
            std::vector<CircuitBreaker::Permit> permits(32);
            for (int t = 0; t < 32; ++t)
                threads.emplace_back([&, t] {
                    start.arrive_and_wait();
                    auto p = b.acquire();
                    if (p) {
                        ++admitted;
                        permits[size_t(t)] = std::move(p.value());
                    }
                });
            for (auto& t : threads)
                t.join();
            QVERIFY2(admitted.load() == o.halfOpenProbes,
                     qPrintable(QStringLiteral("%1 admitted, %2 allowed").arg(admitted.load()).arg(o.halfOpenProbes)));
            QCOMPARE(b.stats().probesInFlight, o.halfOpenProbes);
            permits.clear(); // released without an outcome
            QCOMPARE(b.stats().probesInFlight, 0);
        }
    }

    void backoffStaysWithinBoundsWithoutOverflow()
    {
        const qint64 base = 500, cap = 30'000;
        for (int attempt = 0; attempt <= 1000; ++attempt) {
            const qint64 ceiling = attempt < 20 ? std::min<qint64>(cap, base << attempt) : cap;
            for (double unit : {0.0, 0.25, 0.5, 0.999999999, 1.0}) {
                const qint64 d = backoffDelayMs(attempt, base, cap, unit);
                QVERIFY(d >= 0);
                QVERIFY2(d <= ceiling,
                         qPrintable(QStringLiteral("attempt %1: %2 > %3").arg(attempt).arg(d).arg(ceiling)));
            }
            QCOMPARE(backoffDelayMs(attempt, base, cap, 0.999999999), ceiling);
            const qint64 random = backoffDelayMs(attempt, base, cap);
            QVERIFY(random >= 0 && random <= ceiling);
        }
        QCOMPARE(backoffDelayMs(0, base, cap, 0.0), 0);
        QCOMPARE(backoffDelayMs(3, base, cap, 0.999999999), 4000);
        QCOMPARE(backoffDelayMs(1000, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max(), 0.5) > 0,
                 true);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "TestCircuitBreaker.moc"
