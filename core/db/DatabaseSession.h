#pragma once

#include "Result.h"
#include "db/Connection.h"
#include "db/Schema.h"

#include <QtGlobal>

#include <memory>

namespace steward {

class CircuitBreaker;
class HealthMonitor;
class QueryMonitor;
class Settings;
class SlowQueryPersister;

// The database a window (or a CLI command) is working on: its path, the connection of the thread that opened
// it, and what the status bar shows. Opening changes nothing in the file.
class DatabaseSession final {
    Q_DISABLE_COPY_MOVE(DatabaseSession) // owns the window's connection and what is hooked into it
public:
    static Result<std::unique_ptr<DatabaseSession>> open(const QString& path, const OpenOptions& options);
    static OpenOptions optionsFrom(const Settings& settings);

    Connection& connection() { return *m_connection; }
    const QString& path() const { return m_connection->path(); }
    // Fresh figures (size, pages, journal mode, user_version) without counting rows.
    Result<DatabaseInfo> info();
    const OpenOptions& options() const { return m_options; }

    // The statement monitor of this database: every connection Steward opens on it for the user (the window's,
    // the SQL console's) is traced by it. Started by startMonitoring(); the CLI does not trace.
    QueryMonitor& monitor() { return *m_monitor; }
    // Shared with work that may still be running after the session closed (a read the user dropped).
    std::shared_ptr<const QueryMonitor> sharedMonitor() const { return m_monitor; }
    // Traces the session's connection; slow statements are persisted in the background to Steward's own store for
    // this database (SlowQueryStore), never to the database itself.
    Result<void> startMonitoring(qint64 thresholdMs);
    SlowQueryPersister* persister() { return m_persister.get(); }

    // The circuit breaker of this database: health checks and the SQL console go through it.
    CircuitBreaker& breaker() { return *m_breaker; }
    std::shared_ptr<CircuitBreaker> sharedBreaker() const { return m_breaker; }
    // Health checks every interval and on demand, with reconnect backoff (see HealthMonitor); the window starts it.
    HealthMonitor* health() { return m_health.get(); }
    void startHealth(std::unique_ptr<HealthMonitor> monitor);

    ~DatabaseSession();

private:
    DatabaseSession(std::unique_ptr<Connection> c, OpenOptions o);
    // Destroyed in reverse: the persister before the monitor, the monitor (which unhooks) before the connection.
    std::unique_ptr<Connection> m_connection;
    OpenOptions m_options;
    std::shared_ptr<QueryMonitor> m_monitor;
    std::shared_ptr<CircuitBreaker> m_breaker;
    std::unique_ptr<SlowQueryPersister> m_persister;
    std::unique_ptr<HealthMonitor> m_health;
};

} // namespace steward
