#include "health/HealthMonitor.h"

#include "Logging.h"
#include "jobs/Job.h"

namespace steward {

HealthMonitor::HealthMonitor(HealthInputs inputs, CircuitBreaker& breaker, QObject* parent)
    : QObject(parent)
    , m_inputs(std::move(inputs))
    , m_breaker(breaker)
{
    qRegisterMetaType<steward::HealthReport>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(false); });
}

HealthMonitor::~HealthMonitor() = default; // a running check is cancelled and waited for by ~Job

void HealthMonitor::start()
{
    checkNow(false);
}

void HealthMonitor::stop()
{
    m_timer.stop();
}

bool HealthMonitor::isChecking() const
{
    return m_job && m_job->isRunning();
}

qint64 HealthMonitor::nextCheckInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void HealthMonitor::checkNow(bool full)
{
    if (isChecking()) {
        m_again = true;
        m_againFull = m_againFull || full;
        return;
    }
    m_timer.stop();
    HealthInputs inputs = m_inputs;
    inputs.full = full;
    m_job = std::make_unique<Job>(QStringLiteral("health check"),
                                  [inputs, breaker = &m_breaker](JobContext&) -> Result<QVariant> {
                                      return QVariant::fromValue(runHealthChecks(inputs, *breaker));
                                  });
    connect(m_job.get(), &Job::finished, this, [this] {
        const auto& r = m_job->result();
        if (r) {
            m_latest = r->value<HealthReport>();
            m_hasReport = true;
            m_attempt = m_latest.reachable ? 0 : m_attempt + 1;
            emit reportReady(m_latest);
        }
        if (m_again) {
            const bool full = m_againFull;
            m_again = m_againFull = false;
            QTimer::singleShot(0, this, [this, full] { checkNow(full); });
            return;
        }
        schedule();
    });
    m_job->start();
}

void HealthMonitor::schedule()
{
    qint64 delay = m_intervalMs;
    const CircuitState state = m_breaker.state();
    if (m_attempt > 0 || state == CircuitState::Open || state == CircuitState::HalfOpen) {
        // Unreachable or recovering: try again soon, then less and less often (full jitter spreads many clients
        // apart), until the circuit is closed again.
        delay = std::max<qint64>(50, backoffDelayMs(m_attempt - 1, m_backoffBaseMs, m_backoffCapMs));
        logging::logger()->info("health: database unreachable, attempt {} in {} ms", m_attempt, delay);
    }
    m_timer.start(std::chrono::milliseconds(delay));
}

} // namespace steward
