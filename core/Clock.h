#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <atomic>
#include <chrono>

namespace steward {

// Time comes from here, never from QDateTime::currentDateTime() directly, so tests can use ManualClock.
class Clock {
public:
    virtual ~Clock() = default;
    // Wall-clock time in UTC, for records a user reads (audit trail, backup metadata).
    virtual QDateTime nowUtc() const = 0;
    // Monotonic time, for timeouts and durations.
    virtual std::chrono::steady_clock::time_point steadyNow() const = 0;

    // The process-wide system clock.
    static Clock& system();
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    std::chrono::steady_clock::time_point steadyNow() const override { return std::chrono::steady_clock::now(); }
};

// A clock that moves only when told to. Thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_startUtc(std::move(start))
    {
    }
    QDateTime nowUtc() const override { return m_startUtc.addMSecs(m_elapsedMs.load()); }
    std::chrono::steady_clock::time_point steadyNow() const override
    {
        return std::chrono::steady_clock::time_point(std::chrono::milliseconds(m_elapsedMs.load()));
    }
    void advance(std::chrono::milliseconds by) { m_elapsedMs += by.count(); }

private:
    QDateTime m_startUtc;
    std::atomic<qint64> m_elapsedMs{0};
};

} // namespace steward
