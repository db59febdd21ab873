#include "Settings.h"

#include "AppPaths.h"
#include "Logging.h"
#include "backup/BackupManager.h"
#include "db/DatabaseEngine.h"
#include "migrations/MigrationSet.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QSettings>

#include <array>
#include <mutex>
#include <optional>
#include <set>

namespace steward {

namespace {

constexpr qint64 kHour = 3600 * 1000;

const std::array<SettingSpec, size_t(SettingKey::Count_)> kSpecs{{
    {SettingKey::BusyTimeoutMs, "database/busyTimeoutMs", SettingType::Int, 5000, "STEWARD_BUSY_TIMEOUT", 0, kHour},
    {SettingKey::SlowQueryThresholdMs, "queries/slowThresholdMs", SettingType::Int, 100, "SLOW_QUERY_THRESHOLD", 0,
     kHour},
    {SettingKey::BackupKeep, "backups/keep", SettingType::Int, 10, "STEWARD_BACKUP_KEEP", 1, 100000},
    {SettingKey::BackupIntervalMinutes, "backups/intervalMinutes", SettingType::Int, 0, "STEWARD_BACKUP_INTERVAL", 0,
     7 * 24 * 60},
    {SettingKey::CircuitFailureThreshold, "circuit/failureThreshold", SettingType::Int, 5,
     "CIRCUIT_BREAKER_FAILURE_THRESHOLD", 1, 1000000},
    {SettingKey::CircuitSuccessThreshold, "circuit/successThreshold", SettingType::Int, 2,
     "CIRCUIT_BREAKER_SUCCESS_THRESHOLD", 1, 1000000},
    {SettingKey::CircuitTimeoutMs, "circuit/timeoutMs", SettingType::Int, 60000, "CIRCUIT_BREAKER_TIMEOUT", 1,
     24 * kHour},
    {SettingKey::CircuitWindowMs, "circuit/windowMs", SettingType::Int, 60000, "CIRCUIT_BREAKER_WINDOW", 1, 24 * kHour},
    {SettingKey::CircuitHalfOpenProbes, "circuit/halfOpenProbes", SettingType::Int, 1, "STEWARD_CIRCUIT_PROBES", 1,
     1000},
    {SettingKey::ReconnectBaseMs, "health/reconnectBaseMs", SettingType::Int, 500, "STEWARD_RECONNECT_BASE", 1, kHour},
    {SettingKey::ReconnectCapMs, "health/reconnectCapMs", SettingType::Int, 30000, "STEWARD_RECONNECT_CAP", 1,
     24 * kHour},
    {SettingKey::BackupMaxAgeHours, "health/backupMaxAgeHours", SettingType::Int, 24, "STEWARD_BACKUP_MAX_AGE", 1,
     24 * 365},
    {SettingKey::HealthIntervalMs, "health/intervalMs", SettingType::Int, 30000, "STEWARD_HEALTH_INTERVAL", 1000,
     24 * kHour},
    {SettingKey::LogLevel, "log/level", SettingType::String, QStringLiteral("info"), "STEWARD_LOG_LEVEL"},
    {SettingKey::Language, "ui/language", SettingType::String, QString(), "STEWARD_LANGUAGE"},
    {SettingKey::RecentFiles, "ui/recentFiles", SettingType::StringList, QStringList{}, nullptr},
    {SettingKey::LastOpenFolder, "ui/lastOpenFolder", SettingType::String, QString(), nullptr},
}};

const QStringList kLogLevels{QStringLiteral("trace"),   QStringLiteral("debug"), QStringLiteral("info"),
                             QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical"),
                             QStringLiteral("off")};

constexpr int kMaxRecent = 10;

} // namespace

const SettingSpec& settingSpec(SettingKey key)
{
    const auto& spec = kSpecs[size_t(key)];
    Q_ASSERT(spec.key == key);
    return spec;
}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_path(QFileInfo(iniPath.isEmpty() ? AppPaths::dataDir() + QStringLiteral("/settings.ini") : iniPath)
                 .absoluteFilePath())
{
    m_store = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    // Configuration hot reload: an edit of settings.ini by another program (an editor, a deployment tool) applies
    // to the running window. Editors often replace the file, so the folder is watched too.
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        m_watcher->removePath(m_path); // a replaced file is another inode: watch the one there now
        watch();
        reload();
    });
    // A file renamed over it (an editor's save, a deployment) shows only in the folder; other files of the folder
    // come and go too (journals, logs): read again only when this file is another one than last seen.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (stamp() == m_stamp) {
            watch(); // the file may have been created meanwhile: watched from now on
            return;
        }
        m_watcher->removePath(m_path);
        watch();
        reload();
    });
    watch();
    m_stamp = stamp();
    m_seen = snapshot();
}

QString Settings::stamp() const
{
    const QFileInfo f(m_path);
    if (!f.exists())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(f.lastModified().toMSecsSinceEpoch())
        .arg(f.size())
        .arg(f.birthTime().isValid() ? f.birthTime().toMSecsSinceEpoch() : 0);
}

void Settings::watch()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QFileInfo(folder).isDir() && !m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

Settings::Snapshot Settings::snapshot() const
{
    Snapshot now;
    for (const auto& spec : kSpecs)
        now.values.push_back(value(spec.key));
    m_store->beginGroup(QStringLiteral("databases"));
    for (const QString& k : m_store->allKeys())
        now.databases.insert(k, m_store->value(k).toString());
    m_store->endGroup();
    return now;
}

void Settings::reload()
{
    // Compared with what was last announced, not with QSettings' cache: that one reads the file again by itself
    // whenever it writes its own changes.
    m_store->sync();
    m_stamp = stamp();
    const Snapshot now = snapshot();
    for (const auto& spec : kSpecs)
        if (now.values[size_t(spec.key)] != m_seen.values[size_t(spec.key)]) {
            logging::logger()->info("setting {} changed in {}", spec.name, m_path.toStdString());
            m_seen.values[size_t(spec.key)] = now.values[size_t(spec.key)];
            emit changed(spec.key);
        }
    if (now.databases != m_seen.databases) {
        m_seen.databases = now.databases;
        emit databaseValuesReloaded();
    }
}

Settings::~Settings() = default;

std::optional<QVariant> Settings::parse(const SettingSpec& spec, const QVariant& raw) const
{
    switch (spec.type) {
    case SettingType::Int: {
        bool ok = false;
        const qint64 v = raw.toString().trimmed().toLongLong(&ok);
        if (!ok || v < spec.minimum || v > spec.maximum)
            return std::nullopt;
        return QVariant(v);
    }
    case SettingType::String: {
        const QString s = raw.toString().trimmed();
        if (spec.key == SettingKey::LogLevel && !kLogLevels.contains(s.toLower()))
            return std::nullopt;
        if (spec.key == SettingKey::Language && !s.isEmpty() && s != QLatin1String("en") && s != QLatin1String("de"))
            return std::nullopt;
        return QVariant(spec.key == SettingKey::LogLevel ? s.toLower() : s);
    }
    case SettingType::StringList:
        return QVariant(raw.toStringList());
    }
    return std::nullopt;
}

bool Settings::isOverriddenByEnvironment(SettingKey key) const
{
    const auto& spec = settingSpec(key);
    return spec.environment && qEnvironmentVariableIsSet(spec.environment);
}

QString Settings::environmentProblem(SettingKey key) const
{
    const auto& spec = settingSpec(key);
    if (!spec.environment || !qEnvironmentVariableIsSet(spec.environment))
        return {};
    const QString raw = qEnvironmentVariable(spec.environment);
    if (parse(spec, raw))
        return {};
    QString expected =
        QCoreApplication::translate("steward::Settings", "one of trace, debug, info, warning, error, critical, off");
    if (spec.type == SettingType::Int)
        expected = QCoreApplication::translate("steward::Settings", "a whole number from %1 to %2")
                       .arg(spec.minimum)
                       .arg(spec.maximum);
    else if (key == SettingKey::Language)
        expected = QCoreApplication::translate("steward::Settings", "en or de, or nothing for the system's language");
    const QString fallback = spec.defaultValue.toString().isEmpty()
                                 ? QCoreApplication::translate("steward::Settings", "the system's language")
                                 : spec.defaultValue.toString();
    return QCoreApplication::translate("steward::Settings",
                                       "The environment variable %1 is '%2', which is not valid (%3 is expected); "
                                       "Steward uses the default, %4.")
        .arg(QString::fromLatin1(spec.environment), raw, expected, fallback);
}

QStringList Settings::environmentProblems() const
{
    QStringList out;
    for (const auto& spec : kSpecs)
        if (QString p = environmentProblem(spec.key); !p.isEmpty())
            out << p;
    return out;
}

QVariant Settings::value(SettingKey key) const
{
    const auto& spec = settingSpec(key);
    if (spec.environment && qEnvironmentVariableIsSet(spec.environment)) {
        const QString raw = qEnvironmentVariable(spec.environment);
        if (auto v = parse(spec, raw))
            return *v;
        // Logged once per variable and value (values are read often); environmentProblems() tells the user.
        static std::mutex mutex;
        static std::set<QString> logged;
        std::lock_guard lock(mutex);
        if (logged.insert(QString::fromLatin1(spec.environment) + QLatin1Char('=') + raw).second)
            logging::logger()->warn("{}", environmentProblem(key).toStdString());
        return spec.defaultValue;
    }
    const QVariant stored = m_store->value(QString::fromLatin1(spec.name));
    if (!stored.isValid())
        return spec.defaultValue;
    if (auto v = parse(spec, stored))
        return *v;
    logging::logger()->warn("setting {} has the invalid value '{}'; using the default {}", spec.name,
                            stored.toString().toStdString(), spec.defaultValue.toString());
    return spec.defaultValue;
}

qint64 Settings::intValue(SettingKey key) const
{
    return value(key).toLongLong();
}
QString Settings::stringValue(SettingKey key) const
{
    return value(key).toString();
}
QStringList Settings::stringListValue(SettingKey key) const
{
    return value(key).toStringList();
}

bool Settings::setValue(SettingKey key, const QVariant& value)
{
    const auto& spec = settingSpec(key);
    const auto parsed = parse(spec, value);
    if (!parsed)
        return false;
    if (m_store->contains(QString::fromLatin1(spec.name)) &&
        parse(spec, m_store->value(QString::fromLatin1(spec.name))) == parsed)
        return true; // unchanged: nothing written, nothing announced (a widget following a change echoes it back)
    m_store->setValue(QString::fromLatin1(spec.name), *parsed);
    m_seen.values[size_t(key)] = this->value(key);
    emit changed(key);
    return true;
}

void Settings::reset(SettingKey key)
{
    m_store->remove(QString::fromLatin1(settingSpec(key).name));
    m_seen.values[size_t(key)] = value(key);
    emit changed(key);
}

void Settings::addRecentFile(const QString& path)
{
    QStringList list = stringListValue(SettingKey::RecentFiles);
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    setValue(SettingKey::RecentFiles, list);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList list = stringListValue(SettingKey::RecentFiles);
    if (list.removeAll(path) > 0)
        setValue(SettingKey::RecentFiles, list);
}

static QString databaseKey(const QString& databasePath, const QString& name)
{
    const QByteArray id =
        QCryptographicHash::hash(normalizedLocation(databasePath).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("databases/%1/%2").arg(QString::fromLatin1(id), name);
}

static QString databaseSettingName(DatabaseSetting key)
{
    switch (key) { // the names settings.ini has always used
    case DatabaseSetting::BackupsFolder:
        return QStringLiteral("backupsFolder");
    case DatabaseSetting::MigrationsFolder:
        return QStringLiteral("migrationsFolder");
    case DatabaseSetting::MigrationFormat:
        return QStringLiteral("migrationFormat");
    case DatabaseSetting::ConsoleHistory:
        return QStringLiteral("consoleHistory");
    }
    return {};
}

QString Settings::databaseValue(const QString& databasePath, DatabaseSetting key) const
{
    return m_store->value(databaseKey(databasePath, databaseSettingName(key))).toString();
}

void Settings::setDatabaseValue(const QString& databasePath, DatabaseSetting key, const QString& value)
{
    if (databaseValue(databasePath, key) == value)
        return;
    if (value.isEmpty())
        m_store->remove(databaseKey(databasePath, databaseSettingName(key)));
    else
        m_store->setValue(databaseKey(databasePath, databaseSettingName(key)), value);
    m_seen.databases = snapshot().databases;
    emit databaseValueChanged(normalizedLocation(databasePath), key);
}

QString Settings::backupsFolder(const QString& databasePath) const
{
    const QString chosen = databaseValue(databasePath, DatabaseSetting::BackupsFolder);
    return chosen.isEmpty() ? BackupManager::defaultFolder(databasePath) : chosen;
}

QString Settings::migrationsFolder(const QString& databasePath) const
{
    const QString chosen = databaseValue(databasePath, DatabaseSetting::MigrationsFolder);
    return chosen.isEmpty() ? MigrationSet::defaultFolder(databasePath) : chosen;
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace steward
