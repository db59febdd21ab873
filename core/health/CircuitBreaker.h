#pragma once

#include "Clock.h"
#include "Result.h"

#include <QObject>
#include <QVector>

#include <deque>
#include <memory>
#include <mutex>

namespace steward {

class Settings;

enum class CircuitState { Closed, Open, HalfOpen, Isolated };
QString circuitStateName(CircuitState state); // "CLOSED", "OPEN", "HALF_OPEN", "ISOLATED": stable, for JSON and logs
QString circuitStateText(CircuitState state); // the same for the user, translated ("GESCHLOSSEN" in German)

struct CircuitOptions {
    int failureThreshold = 5;     // failures within the window that open the circuit
    qint64 windowMs = 60000;      // sliding window for counting failures
    qint64 openTimeoutMs = 60000; // how long OPEN refuses calls before HALF_OPEN lets a probe through
    int successThreshold = 2;     // successful probes that close it again
    int halfOpenProbes = 1;       // probes HALF_OPEN admits at once
    static CircuitOptions from(const Settings& settings);
};

struct CircuitTransition {
    qint64 timeMs = 0; // UTC ms since the epoch
    CircuitState from = CircuitState::Closed;
    CircuitState to = CircuitState::Closed;
    QString cause;
};

struct CircuitStats {
    CircuitState state = CircuitState::Closed;
    qint64 calls = 0;     // admitted
    qint64 successes = 0; // all time
    qint64 failures = 0;  // all time, counted ones
    int failuresInWindow = 0;
    qint64 rejections = 0;
    int probesInFlight = 0;
    int halfOpenSuccesses = 0;
    qint64 nextAttemptMs = 0; // when OPEN lets a probe through; 0 when not open
    CircuitTransition lastTransition;
};

// Which failures say "the database is not there" and count towards opening the circuit: busy after the timeout,
// I/O error, cannot open, corrupt, not a database (and a server gone, for engines that have one). A user's SQL error,
// a constraint, a bad argument, a cancelled call — the database answered — do not count and leave the circuit as it
// is; in HALF_OPEN they count as a successful probe.
bool countsAsCircuitFailure(const Error& error);

class CircuitBreaker;
// A breaker shared with work that may outlive its owner; deleted in its own thread whoever lets go last.
std::shared_ptr<CircuitBreaker> makeSharedBreaker();

// A circuit breaker for one database: CLOSED lets calls through and counts failures in a sliding window; at the
// threshold it opens and refuses calls at once with an error that says when it will try again; after the open
// timeout HALF_OPEN admits at most `halfOpenProbes` calls at a time, and `successThreshold` successes close it (a
// failure opens it again). ISOLATED is opened by hand and only reset() leaves it. Time from the injected clock;
// thread-safe; every transition is emitted and kept in a bounded log with its cause.
class CircuitBreaker final : public QObject {
    Q_OBJECT
public:
    explicit CircuitBreaker(CircuitOptions options = {}, const Clock& clock = Clock::system(),
                            QObject* parent = nullptr);

    // Runs fn (returning a Result) or refuses at once with ErrorCode::Unavailable. A call that throws or returns
    // Cancelled releases its permit without counting.
    template <typename F> auto execute(F&& fn) -> decltype(fn());

    // The lower-level protocol execute() uses: acquire a permit, run, then report.
    class Permit {
    public:
        Permit() = default;
        Permit(Permit&& other) noexcept;
        Permit& operator=(Permit&& other) noexcept;
        ~Permit(); // released without an outcome (thrown, cancelled) when not reported
        bool isAdmitted() const { return m_breaker != nullptr; }
        void success();
        void failure(const Error& error);
        void release(); // no outcome: the call was cancelled
        // The outcome of a call: success without an error, released when cancelled, else a failure.
        void report(const Error* error);

    private:
        friend class CircuitBreaker;
        CircuitBreaker* m_breaker = nullptr;
        bool m_probe = false;
        quint64 m_epoch = 0; // a probe belongs to one HALF_OPEN episode; a later one ignores it
    };
    // Admitted, or refused with the error to return.
    Result<Permit> acquire();

    CircuitState state() const;
    CircuitStats stats() const;
    QVector<CircuitTransition> events() const; // oldest first, at most 200
    CircuitOptions options() const;
    void setOptions(const CircuitOptions& options);

    void isolate(const QString& cause);
    void reset(const QString& cause);

signals:
    // Emitted from the thread that caused it (queued to receivers in other threads).
    void transitioned(const steward::CircuitTransition& transition);

private:
    // outcome: 1 success, 0 failure, -1 released
    void finish(bool probe, quint64 epoch, int outcome, const Error* error);
    void advanceLocked(qint64 nowMs, std::vector<CircuitTransition>& emitted);
    void moveLocked(CircuitState to, const QString& cause, qint64 nowMs, std::vector<CircuitTransition>& emitted);
    void pruneLocked(qint64 nowMs);
    void emitAll(const std::vector<CircuitTransition>& emitted);
    qint64 nowMs() const;

    const Clock& m_clock;
    mutable std::mutex m_mutex;
    CircuitOptions m_options;
    CircuitState m_state = CircuitState::Closed;
    std::deque<qint64> m_failureTimes;
    qint64 m_openedAtMs = 0;
    qint64 m_nextAttemptMs = 0;
    int m_probes = 0;    // probes in flight in the current HALF_OPEN episode
    quint64 m_epoch = 0; // counts transitions
    int m_halfOpenSuccesses = 0;
    qint64 m_calls = 0, m_successes = 0, m_failures = 0, m_rejections = 0;
    CircuitTransition m_last;
    std::deque<CircuitTransition> m_events;
};

template <typename F> auto CircuitBreaker::execute(F&& fn) -> decltype(fn())
{
    auto permit = acquire();
    if (!permit)
        return permit.error();
    Permit p = std::move(permit.value());
    auto result = fn(); // if it throws, ~Permit releases the permit
    p.report(result ? nullptr : &result.error());
    return result;
}

// Delay before reconnect attempt `attempt` (0, 1, 2, …): "full jitter", a uniform draw from
// [0, min(cap, base × 2^attempt)], never overflowing. `unit` is a number in [0, 1) (random in use; fixed in tests).
qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 capMs, double unit);
// The same with a random unit.
qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 capMs);

} // namespace steward

Q_DECLARE_METATYPE(steward::CircuitTransition)
