#pragma once

#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace steward {

// Every setting Steward has. Add a key here and one row to the table in Settings.cpp; nothing else.
enum class SettingKey {
    BusyTimeoutMs,
    SlowQueryThresholdMs,
    BackupKeep,
    BackupIntervalMinutes,
    CircuitFailureThreshold,
    CircuitSuccessThreshold,
    CircuitTimeoutMs,
    CircuitWindowMs,
    CircuitHalfOpenProbes,
    ReconnectBaseMs,
    ReconnectCapMs,
    BackupMaxAgeHours,
    HealthIntervalMs,
    LogLevel,
    RecentFiles,
    LastOpenFolder,
    Count_
};

enum class SettingType { Int, String, StringList };

struct SettingSpec {
    SettingKey key;
    const char* name; // key in the settings file
    SettingType type;
    QVariant defaultValue;
    const char* environment; // variable that overrides the stored value, or nullptr
    qint64 minimum = 0;      // for Int
    qint64 maximum = 0;      // for Int
};

const SettingSpec& settingSpec(SettingKey key);

// Typed settings over one table of keys and defaults. An environment variable named by the product overrides
// the stored value; a bad value (stored or from the environment) falls back to the default with a logged
// warning, never to a half-parsed number.
class Settings : public QObject {
    Q_OBJECT
public:
    // Stored in an INI file at iniPath; empty means <data dir>/settings.ini.
    explicit Settings(const QString& iniPath = {}, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(SettingKey key) const;
    qint64 intValue(SettingKey key) const;
    QString stringValue(SettingKey key) const;
    QStringList stringListValue(SettingKey key) const;
    // True when the environment decides this value (the UI shows it and does not offer to change it).
    bool isOverriddenByEnvironment(SettingKey key) const;

    // Stores a value; an invalid one is refused (returns false) and nothing changes.
    bool setValue(SettingKey key, const QVariant& value);
    void reset(SettingKey key);

    // Recent files: most recent first, no duplicates, at most 10.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    // Per-database values (the backups folder of one database); empty when not set.
    QString databaseValue(const QString& databasePath, const QString& name) const;
    void setDatabaseValue(const QString& databasePath, const QString& name, const QString& value);

    void sync();

signals:
    void changed(steward::SettingKey key);

private:
    std::optional<QVariant> parse(const SettingSpec& spec, const QVariant& raw) const;
    std::unique_ptr<QSettings> m_store;
};

} // namespace steward
