#include "health/CircuitBreaker.h"

#include "Logging.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace steward {

namespace {
constexpr size_t MaxEvents = 200;
}

QString circuitStateName(CircuitState state)
{
    switch (state) {
    case CircuitState::Closed:
        return QStringLiteral("CLOSED");
    case CircuitState::Open:
        return QStringLiteral("OPEN");
    case CircuitState::HalfOpen:
        return QStringLiteral("HALF_OPEN");
    case CircuitState::Isolated:
        return QStringLiteral("ISOLATED");
    }
    return {};
}

QString circuitStateText(CircuitState state)
{
    switch (state) {
    case CircuitState::Closed:
        return QCoreApplication::translate("steward::Health", "CLOSED");
    case CircuitState::Open:
        return QCoreApplication::translate("steward::Health", "OPEN");
    case CircuitState::HalfOpen:
        return QCoreApplication::translate("steward::Health", "HALF_OPEN");
    case CircuitState::Isolated:
        return QCoreApplication::translate("steward::Health", "ISOLATED");
    }
    return {};
}

CircuitOptions CircuitOptions::from(const Settings& settings)
{
    CircuitOptions o;
    o.failureThreshold = int(settings.intValue(SettingKey::CircuitFailureThreshold));
    o.successThreshold = int(settings.intValue(SettingKey::CircuitSuccessThreshold));
    o.openTimeoutMs = settings.intValue(SettingKey::CircuitTimeoutMs);
    o.windowMs = settings.intValue(SettingKey::CircuitWindowMs);
    o.halfOpenProbes = int(settings.intValue(SettingKey::CircuitHalfOpenProbes));
    return o;
}

bool countsAsCircuitFailure(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Busy:
    case ErrorCode::IoError:
    case ErrorCode::CannotOpen:
    case ErrorCode::Corrupt:
    case ErrorCode::NotADatabase:
    case ErrorCode::ConnectionFailed:
        return true;
    default:
        return false;
    }
}

CircuitBreaker::CircuitBreaker(CircuitOptions options, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
{
    qRegisterMetaType<steward::CircuitTransition>();
    m_last.timeMs = nowMs();
    m_last.cause = QCoreApplication::translate("steward::Health", "started");
}

qint64 CircuitBreaker::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

CircuitBreaker::Permit::Permit(Permit&& other) noexcept
    : m_breaker(std::exchange(other.m_breaker, nullptr))
    , m_probe(other.m_probe)
    , m_epoch(other.m_epoch)
{
}

CircuitBreaker::Permit& CircuitBreaker::Permit::operator=(Permit&& other) noexcept
{
    if (this != &other) {
        release();
        m_breaker = std::exchange(other.m_breaker, nullptr);
        m_probe = other.m_probe;
        m_epoch = other.m_epoch;
    }
    return *this;
}

CircuitBreaker::Permit::~Permit()
{
    release();
}

void CircuitBreaker::Permit::success()
{
    if (auto* b = std::exchange(m_breaker, nullptr))
        b->finish(m_probe, m_epoch, 1, nullptr);
}

void CircuitBreaker::Permit::failure(const Error& error)
{
    if (auto* b = std::exchange(m_breaker, nullptr))
        b->finish(m_probe, m_epoch, countsAsCircuitFailure(error) ? 0 : 1, &error);
}

void CircuitBreaker::Permit::report(const Error* error)
{
    if (!error)
        success();
    else if (error->code == ErrorCode::Cancelled)
        release();
    else
        failure(*error);
}

void CircuitBreaker::Permit::release()
{
    if (auto* b = std::exchange(m_breaker, nullptr))
        b->finish(m_probe, m_epoch, -1, nullptr);
}

void CircuitBreaker::pruneLocked(qint64 now)
{
    while (!m_failureTimes.empty() && m_failureTimes.front() <= now - m_options.windowMs)
        m_failureTimes.pop_front();
}

void CircuitBreaker::moveLocked(CircuitState to, const QString& cause, qint64 now,
                                std::vector<CircuitTransition>& emitted)
{
    if (to == m_state)
        return;
    CircuitTransition t{now, m_state, to, cause};
    m_state = to;
    ++m_epoch;
    m_probes = 0; // probes of an earlier state no longer count
    m_last = t;
    m_events.push_back(t);
    while (m_events.size() > MaxEvents)
        m_events.pop_front();
    if (to == CircuitState::Open) {
        m_openedAtMs = now;
        m_nextAttemptMs = now + m_options.openTimeoutMs;
    }
    if (to == CircuitState::HalfOpen)
        m_halfOpenSuccesses = 0;
    if (to == CircuitState::Closed) {
        m_failureTimes.clear();
        m_nextAttemptMs = 0;
        m_halfOpenSuccesses = 0;
    }
    if (to == CircuitState::Isolated)
        m_nextAttemptMs = 0;
    emitted.push_back(t);
}

// OPEN becomes HALF_OPEN once the open timeout has passed (exactly the timeout counts).
void CircuitBreaker::advanceLocked(qint64 now, std::vector<CircuitTransition>& emitted)
{
    if (m_state == CircuitState::Open && now >= m_nextAttemptMs)
        moveLocked(CircuitState::HalfOpen,
                   QCoreApplication::translate("steward::Health", "the open timeout passed; trying again"), now,
                   emitted);
}

Result<CircuitBreaker::Permit> CircuitBreaker::acquire()
{
    std::vector<CircuitTransition> emitted;
    Result<Permit> result = Permit{};
    {
        std::lock_guard lock(m_mutex);
        if (m_state == CircuitState::Closed) { // the common case needs no clock
            ++m_calls;
            Permit p;
            p.m_breaker = this;
            p.m_epoch = m_epoch;
            return p;
        }
        const qint64 now = nowMs();
        advanceLocked(now, emitted);
        bool admitted = false;
        bool probe = false;
        if (m_state == CircuitState::Closed) {
            admitted = true;
        } else if (m_state == CircuitState::HalfOpen && m_probes < m_options.halfOpenProbes) {
            admitted = true;
            probe = true;
            ++m_probes;
        }
        if (admitted) {
            ++m_calls;
            Permit p;
            p.m_breaker = this;
            p.m_probe = probe;
            p.m_epoch = m_epoch;
            result = std::move(p);
        } else {
            ++m_rejections;
            QString message;
            QString hint;
            if (m_state == CircuitState::Isolated) {
                message = QCoreApplication::translate("steward::Health",
                                                      "The database was isolated: Steward does not use it.");
                hint = QCoreApplication::translate("steward::Health",
                                                   "Reset the circuit in the Health panel when it may be used again.");
            } else if (m_state == CircuitState::Open) {
                message = QCoreApplication::translate(
                    "steward::Health", "The database failed %n times in a row, so Steward stopped using it for now.",
                    nullptr, m_options.failureThreshold);
                hint = QCoreApplication::translate("steward::Health", "It is tried again at %1; or reset the "
                                                                      "circuit in the Health panel.")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_nextAttemptMs).toLocalTime(),
                                                   QLocale::LongFormat));
            } else {
                message = QCoreApplication::translate("steward::Health",
                                                      "The database is being tried again; this call has to wait.");
                hint = QCoreApplication::translate("steward::Health", "Try again in a moment.");
            }
            Error e{ErrorCode::Unavailable, message, hint,
                    QStringLiteral("circuit %1, next attempt %2").arg(circuitStateName(m_state)).arg(m_nextAttemptMs),
                    0};
            result = e;
        }
    }
    emitAll(emitted);
    return result;
}

void CircuitBreaker::finish(bool probe, quint64 epoch, int outcome, const Error* error)
{
    std::vector<CircuitTransition> emitted;
    {
        std::lock_guard lock(m_mutex);
        if (outcome == 1 && !probe) { // a success while CLOSED changes nothing but a counter
            ++m_successes;
            return;
        }
        const qint64 now = nowMs();
        if (probe) {
            if (epoch != m_epoch)
                return; // a probe of an episode that already ended: its outcome decides nothing now
            --m_probes;
        }
        if (outcome == 1) {
            ++m_successes;
            if (probe && m_state == CircuitState::HalfOpen && ++m_halfOpenSuccesses >= m_options.successThreshold)
                moveLocked(
                    CircuitState::Closed,
                    QCoreApplication::translate("steward::Health", "%n probes succeeded", nullptr, m_halfOpenSuccesses),
                    now, emitted);
        } else if (outcome == 0) {
            ++m_failures;
            const QString why = error ? error->message : QString();
            if (m_state == CircuitState::HalfOpen && probe) {
                moveLocked(CircuitState::Open,
                           QCoreApplication::translate("steward::Health", "a probe failed: %1").arg(why), now, emitted);
            } else if (m_state == CircuitState::Closed) {
                m_failureTimes.push_back(now);
                pruneLocked(now);
                if (int(m_failureTimes.size()) >= m_options.failureThreshold)
                    moveLocked(CircuitState::Open,
                               QCoreApplication::translate("steward::Health", "%n failures within %1 s: %2", nullptr,
                                                           int(m_failureTimes.size()))
                                   .arg(double(m_options.windowMs) / 1000.0)
                                   .arg(why),
                               now, emitted);
            }
        }
    }
    emitAll(emitted);
}

void CircuitBreaker::emitAll(const std::vector<CircuitTransition>& emitted)
{
    for (const auto& t : emitted) {
        logging::logger()->warn("circuit {} → {}: {}", circuitStateName(t.from), circuitStateName(t.to), t.cause);
        emit transitioned(t);
    }
}

CircuitState CircuitBreaker::state() const
{
    std::vector<CircuitTransition> emitted;
    CircuitState s;
    {
        std::lock_guard lock(m_mutex);
        const_cast<CircuitBreaker*>(this)->advanceLocked(nowMs(), emitted);
        s = m_state;
    }
    const_cast<CircuitBreaker*>(this)->emitAll(emitted);
    return s;
}

CircuitStats CircuitBreaker::stats() const
{
    std::vector<CircuitTransition> emitted;
    CircuitStats s;
    {
        std::lock_guard lock(m_mutex);
        const qint64 now = nowMs();
        const_cast<CircuitBreaker*>(this)->advanceLocked(now, emitted);
        const_cast<CircuitBreaker*>(this)->pruneLocked(now);
        s.state = m_state;
        s.calls = m_calls;
        s.successes = m_successes;
        s.failures = m_failures;
        s.failuresInWindow = int(m_failureTimes.size());
        s.rejections = m_rejections;
        s.probesInFlight = m_probes;
        s.halfOpenSuccesses = m_halfOpenSuccesses;
        s.nextAttemptMs = m_state == CircuitState::Open ? m_nextAttemptMs : 0;
        s.lastTransition = m_last;
    }
    const_cast<CircuitBreaker*>(this)->emitAll(emitted);
    return s;
}

QVector<CircuitTransition> CircuitBreaker::events() const
{
    std::lock_guard lock(m_mutex);
    return QVector<CircuitTransition>(m_events.begin(), m_events.end());
}

CircuitOptions CircuitBreaker::options() const
{
    std::lock_guard lock(m_mutex);
    return m_options;
}

void CircuitBreaker::setOptions(const CircuitOptions& options)
{
    std::lock_guard lock(m_mutex);
    m_options = options;
}

void CircuitBreaker::isolate(const QString& cause)
{
    std::vector<CircuitTransition> emitted;
    {
        std::lock_guard lock(m_mutex);
        moveLocked(CircuitState::Isolated, cause, nowMs(), emitted);
    }
    emitAll(emitted);
}

void CircuitBreaker::reset(const QString& cause)
{
    std::vector<CircuitTransition> emitted;
    {
        std::lock_guard lock(m_mutex);
        m_failureTimes.clear();
        moveLocked(CircuitState::Closed, cause, nowMs(), emitted);
    }
    emitAll(emitted);
}

qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 capMs, double unit)
{
    baseMs = std::max<qint64>(0, baseMs);
    capMs = std::max<qint64>(0, capMs);
    // base × 2^attempt, stopping as soon as it reaches the cap (no shift past 62 bits, no overflow).
    qint64 ceiling = std::min(baseMs, capMs);
    for (int i = 0; i < attempt && ceiling < capMs; ++i)
        ceiling = ceiling > capMs / 2 ? capMs : ceiling * 2;
    ceiling = std::min(ceiling, capMs);
    unit = std::clamp(unit, 0.0, std::nextafter(1.0, 0.0));
    const double v = std::floor(unit * (double(ceiling) + 1.0));
    return v >= double(ceiling) ? ceiling : qint64(v); // compared as doubles: no conversion out of range
}

qint64 backoffDelayMs(int attempt, qint64 baseMs, qint64 capMs)
{
    return backoffDelayMs(attempt, baseMs, capMs, QRandomGenerator::global()->generateDouble());
}

} // namespace steward
