#pragma once

#include <QObject>
#include <QStringList>
#include <QVariant>

#include <QHash>

#include <memory>
#include <vector>

class QFileSystemWatcher;
class QSettings;

namespace steward {

// What Steward remembers for one database (stored under its path's hash in settings.ini).
enum class DatabaseSetting {
    BackupsFolder,    // where its backups go: the Backups panel, backups before migrations, retention, health
    MigrationsFolder, // its migrations folder
    MigrationFormat,  // the migration tool's format, when the folder alone is ambiguous ("sqlx"); empty: detected
    ConsoleHistory,   // the SQL console's history (JSON)
};

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
    Language, // "" (the system's), "en" or "de"; takes effect when Steward starts
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
class Settings final : public QObject {
    Q_OBJECT
public:
    // Stored in an INI file at iniPath; empty means <data dir>/settings.ini.
    explicit Settings(const QString& iniPath = {}, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(SettingKey key) const;
    qint64 intValue(SettingKey key) const;
    QString stringValue(SettingKey key) const;
    QStringList stringListValue(SettingKey key) const;
    // An environment variable that is set to a value that is not valid (the default is used instead): what, why and
    // what is used, for the user; empty when it is fine or not set. environmentProblems(): every such variable.
    QString environmentProblem(SettingKey key) const;
    QStringList environmentProblems() const;
    // True when the environment decides this value (the UI shows it and does not offer to change it).
    bool isOverriddenByEnvironment(SettingKey key) const;

    // Stores a value; an invalid one is refused (returns false) and nothing changes.
    bool setValue(SettingKey key, const QVariant& value);
    void reset(SettingKey key);

    // Recent files: most recent first, no duplicates, at most 10.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    // Per-database values; empty when not set. Setting one announces it (databaseValueChanged), so that every user
    // of it (the panels, the backups taken before a migration, health) follows at once.
    QString databaseValue(const QString& databasePath, DatabaseSetting key) const;
    void setDatabaseValue(const QString& databasePath, DatabaseSetting key, const QString& value);
    // The folders as every part of Steward uses them: the one chosen for the database, else the default beside it.
    QString backupsFolder(const QString& databasePath) const;
    QString migrationsFolder(const QString& databasePath) const;

    void sync();
    // Reads the file again (another program changed it) and announces what changed: changed() for each global
    // value, databaseValuesReloaded() when any per-database value did. Called by the file watcher by itself.
    void reload();
    const QString& path() const { return m_path; }

signals:
    void changed(steward::SettingKey key);
    void databaseValueChanged(const QString& databasePath, steward::DatabaseSetting key);
    // Per-database values were changed in the file by another program (which database is not known here: each
    // user of a database compares its own values).
    void databaseValuesReloaded();

private:
    std::optional<QVariant> parse(const SettingSpec& spec, const QVariant& raw) const;
    void watch();
    QString stamp() const; // when and how big the file is: another file renamed over it has another stamp
    QString m_stamp;
    struct Snapshot {
        std::vector<QVariant> values; // by SettingKey
        QHash<QString, QString> databases;
    };
    Snapshot snapshot() const;
    Snapshot m_seen; // what was last announced
    QString m_path;
    std::unique_ptr<QSettings> m_store;
    QFileSystemWatcher* m_watcher = nullptr;
};

} // namespace steward
