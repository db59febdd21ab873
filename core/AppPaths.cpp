#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace steward {

static QString ensured(const QString& path)
{
    QDir().mkpath(path);
    return path;
}

QString AppPaths::dataDir()
{
    const QString overridden = qEnvironmentVariable("STEWARD_DATA_DIR");
    if (!overridden.isEmpty())
        return ensured(QDir::cleanPath(overridden));
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return ensured(base + QStringLiteral("/steward"));
}

QString AppPaths::logDir()
{
    return ensured(dataDir() + QStringLiteral("/logs"));
}
QString AppPaths::auditStorePath()
{
    return dataDir() + QStringLiteral("/steward.db");
}
QString AppPaths::demoDir()
{
    return ensured(dataDir() + QStringLiteral("/demo"));
}

} // namespace steward
