#pragma once

#include "health/HealthCheck.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace steward {

class Job;

// Runs the health checks off the UI thread every interval and on demand. While the database cannot be reached it
// checks again after an exponential backoff with full jitter (base, doubling, capped) instead of the interval, so
// it notices quickly when the database comes back — and recovers by itself. Nothing is queued while unavailable:
// a check asked for while one runs is merged into the next.
class HealthMonitor final : public QObject {
    Q_OBJECT
public:
    HealthMonitor(HealthInputs inputs, CircuitBreaker& breaker, QObject* parent = nullptr);
    ~HealthMonitor() override;

    void setIntervalMs(qint64 ms) { m_intervalMs = ms; }
    void setBackoff(qint64 baseMs, qint64 capMs)
    {
        m_backoffBaseMs = baseMs;
        m_backoffCapMs = capMs;
    }
    void setInputs(const HealthInputs& inputs) { m_inputs = inputs; }
    void start(); // checks now, then on schedule
    void stop();
    void checkNow(bool full = false);

    bool isChecking() const;
    bool hasReport() const { return m_hasReport; }
    const HealthReport& latest() const { return m_latest; }
    int reconnectAttempt() const { return m_attempt; }
    // Milliseconds until the next scheduled check; -1 when none is scheduled.
    qint64 nextCheckInMs() const;
    CircuitBreaker& breaker() { return m_breaker; }

signals:
    void reportReady(const steward::HealthReport& report);

private:
    void schedule();

    HealthInputs m_inputs;
    CircuitBreaker& m_breaker;
    QTimer m_timer;
    std::unique_ptr<Job> m_job;
    bool m_again = false;
    bool m_againFull = false;
    bool m_hasReport = false;
    HealthReport m_latest;
    int m_attempt = 0;
    qint64 m_intervalMs = 30000;
    qint64 m_backoffBaseMs = 500;
    qint64 m_backoffCapMs = 30000;
};

} // namespace steward
