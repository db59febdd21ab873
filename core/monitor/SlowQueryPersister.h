#pragma once

#include "monitor/QueryMonitor.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace steward {

class Job;

// Drains a QueryMonitor's pending slow queries into Steward's own store for the database (SlowQueryStore) every
// interval, on a worker thread with its own connection — never on the traced statement's path. A batch that cannot be
// written (database locked, disk full) is given back and tried again at the next interval; what the monitor had to drop
// meanwhile is counted there.
class SlowQueryPersister final : public QObject {
    Q_OBJECT
public:
    SlowQueryPersister(QueryMonitor& monitor, QString databasePath, QObject* parent = nullptr);
    ~SlowQueryPersister() override;

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void setCap(int rows) { m_cap = rows; }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    // Writes what is pending now (asynchronously); persisted() or failed() follows.
    void flush();

    qint64 written() const { return m_written; }
    qint64 failures() const { return m_failures; }

signals:
    void persisted(int rows);
    void failed(const steward::Error& error);

private:
    QueryMonitor& m_monitor;
    QString m_databasePath;
    QTimer m_timer;
    int m_cap = 10000;
    qint64 m_written = 0;
    qint64 m_failures = 0;
    std::unique_ptr<Job> m_job;
};

} // namespace steward
