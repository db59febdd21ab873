#include "db/DatabaseSession.h"

#include "Settings.h"
#include "db/DatabaseEngine.h"

namespace steward {

OpenOptions DatabaseSession::optionsFrom(const Settings& settings)
{
    OpenOptions o;
    o.busyTimeoutMs = int(settings.intValue(SettingKey::BusyTimeoutMs));
    return o;
}

Result<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const QString& path, const OpenOptions& options)
{
    auto c = DatabaseEngine::sqlite().open(path, options);
    if (!c)
        return c.error();
    return std::unique_ptr<DatabaseSession>(new DatabaseSession(std::move(c.value()), options));
}

Result<DatabaseInfo> DatabaseSession::info()
{
    return m_connection->engine().info(*m_connection, false);
}

} // namespace steward
