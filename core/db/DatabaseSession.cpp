#include "db/DatabaseSession.h"

#include "Settings.h"
#include "db/DatabaseEngine.h"
#include "health/CircuitBreaker.h"
#include "health/HealthMonitor.h"
#include "monitor/QueryMonitor.h"
#include "monitor/SlowQueryPersister.h"

#include <QThread>

namespace steward {

std::shared_ptr<CircuitBreaker> makeSharedBreaker()
{
    // The last owner may be a job's thread: the breaker (a QObject) is then deleted in its own thread.
    return std::shared_ptr<CircuitBreaker>(new CircuitBreaker, [](CircuitBreaker* b) {
        if (QThread::currentThread() == b->thread())
            delete b;
        else
            b->deleteLater();
    });
}

OpenOptions DatabaseSession::optionsFrom(const Settings& settings)
{
    OpenOptions o;
    o.busyTimeoutMs = int(settings.intValue(SettingKey::BusyTimeoutMs));
    return o;
}

Result<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const QString& path, const OpenOptions& options)
{
    auto c = DatabaseEngine::forLocation(path).open(path, options);
    if (!c)
        return c.error();
    OpenOptions kept = options;
    kept.openTimeoutMs = -1; // what the session's users open later waits as long as any other call
    return std::unique_ptr<DatabaseSession>(new DatabaseSession(std::move(c.value()), kept));
}

DatabaseSession::DatabaseSession(std::unique_ptr<Connection> c, OpenOptions o)
    : m_connection(std::move(c))
    , m_options(o)
    , m_monitor(std::make_shared<QueryMonitor>())
    , m_breaker(makeSharedBreaker())
{
}

DatabaseSession::~DatabaseSession()
{
    m_health.reset(); // a running check finishes first
    m_persister.reset();
    if (m_connection)
        m_monitor->stop(*m_connection);
}

Result<void> DatabaseSession::startMonitoring(qint64 thresholdMs)
{
    if (m_connection->engine().isServer())
        return {}; // a server's statements come from pg_stat_statements, not from tracing Steward's connection

    m_monitor->setThresholdMs(thresholdMs);
    if (auto r = m_monitor->start(*m_connection); !r)
        return r;
    if (!m_persister) { // into Steward's own store: a read-only database is traced too
        m_persister = std::make_unique<SlowQueryPersister>(*m_monitor, m_connection->path());
        m_persister->start();
    }
    return {};
}

void DatabaseSession::startHealth(std::unique_ptr<HealthMonitor> monitor)
{
    m_health = std::move(monitor);
    m_health->start();
}

Result<DatabaseInfo> DatabaseSession::info()
{
    return m_connection->engine().info(*m_connection, false);
}

} // namespace steward
