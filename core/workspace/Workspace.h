#pragma once

#include "Result.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "db/Connection.h"
#include "db/Schema.h"
#include "db/TableReader.h"
#include "health/HealthCheck.h"
#include "jobs/Job.h"
#include "migrations/Migrator.h"
#include "monitor/QueryReport.h"
#include "monitor/QueryTools.h"

#include <QObject>

#include <memory>

namespace steward {

class CircuitBreaker;
class DatabaseSession;
class HealthMonitor;
struct CircuitTransition;
struct HealthReport;

// What the Migrations panel shows, read in one job: the layout and status of every migration, and its events.
struct MigrationsView {
    QString folder;
    MigrationOverview overview;
    QVector<MigrationEvent> events;
    QString eventsError; // the events could not be read (the list still shows)
};

// A dry run ready for the confirmation dialog.
struct PreparedMigration {
    MigrationPlan plan;
    MigrationPreview preview;
};

// What the Backups panel shows: the backups, newest first, in the folder they were read from.
struct BackupsView {
    QString folder;
    QVector<BackupInfo> backups;
};

// What the restore confirmation needs: the backup against the live database.
struct RestorePreview {
    BackupComparison comparison;
    DatabaseInfo live;
};

// Everything Steward knows about one open database, built once per open and handed to every panel and to the CLI:
// the window's connection and statement monitor (DatabaseSession, GUI only), the database's typed settings (backups
// and migrations folders, format), the backup manager and the migrator built from those settings, the circuit
// breaker and the health monitor.
//
// The panels never call a blocking database function: they ask the workspace for *work* (a WorkOf<T>) and run it
// as a job off the UI thread. Work that needs the database goes through the circuit breaker (refused at once while
// it is open) and, when it changed something, the workspace announces it with a signal once it has returned, so
// that every panel follows whoever made the change. Nothing here writes to the user's database unless the work
// was asked for (a migration, a rollback, a restore); reads open read-only connections of their own.
class Workspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    // For the CLI: the services of a database without the window's connection.
    Workspace(const QString& databasePath, Settings& settings, QObject* parent = nullptr);
    // For the window: opens its connection (nothing is written), traces it, and builds the breaker and health.
    // Opening reads the schema, which waits for a lock another program holds: at most openTimeoutMs here (-1: the
    // busy timeout), then ErrorCode::Busy, so that the window can wait in a job (waitUntilReadable) instead.
    static Result<std::unique_ptr<Workspace>> open(const QString& databasePath, Settings& settings,
                                                   int openTimeoutMs = -1);
    // Work that returns once the database can be read (no other program holds its lock), or Busy after the timeout.
    static WorkOf<void> waitUntilReadable(const QString& databasePath, const Settings& settings);
    ~Workspace() override;

    const QString& path() const { return m_path; }
    Settings& settings() const { return m_settings; }
    // The window's connection and monitor; nullptr for a CLI workspace.
    DatabaseSession* session() const { return m_session.get(); }
    bool isReadOnly() const;
    CircuitBreaker& breaker() const;
    HealthMonitor* health() const;

    // The database's typed settings. A CLI flag overrides a value for this process only (never saved).
    QString backupsFolder() const;
    QString migrationsFolder() const;
    QString migrationFormat() const;
    void setBackupsFolder(const QString& folder); // saved; empty or the default folder: the default
    void setMigrationsFolder(const QString& folder);
    void setMigrationFormat(const QString& format);
    void overrideBackupsFolder(const QString& folder) { m_backupsOverride = folder; }
    void overrideMigrationsFolder(const QString& folder) { m_migrationsOverride = folder; }
    void overrideMigrationFormat(const QString& format) { m_formatOverride = format; }

    // The services, built from the settings as they are now (so a folder changed anywhere is followed at once).
    BackupManager backupManager() const;
    Migrator migrator() const;
    // What the health checks read (the folders above, the backup age policy, timeouts, the threshold).
    HealthInputs healthInputs() const;

    // Starts the health checks of the window (interval, backoff and inputs from the settings).
    void startHealth();

    // Work for jobs. Each captures what it needs by value when asked for, runs on any thread, opens its own
    // connections, and is refused with ErrorCode::Unavailable while the circuit is open when it needs the database.
    WorkOf<DatabaseInfo> readInfo() const;
    WorkOf<QVector<SchemaObject>> readSchema() const;
    WorkOf<QVector<ColumnInfo>> readColumns(const QString& table) const;
    // Whether sql would change the database (prepared on a connection of its own; nothing runs).
    WorkOf<bool> writesData(const QString& sql) const;
    // EXPLAIN QUERY PLAN of sql: planned, never run.
    WorkOf<QVector<PlanStep>> explain(const QString& sql) const;
    // The statements of the window's monitor and the application's query_performance rows since `since`.
    WorkOf<QueryReport> readQueryReport(const QDateTime& since) const;
    // Forgets what Steward recorded of this database's slow statements (its store) and what the monitor traced. The
    // application's query_performance is left as it is.
    WorkOf<int> clearQueryStatistics() const;
    // Every row of `table`, counted (reads the whole table; Cancel interrupts it).
    WorkOf<qint64> countRows(const QString& table) const;
    // The next `count` rows of `table` from where `cursor` stands (an empty cursor: the reader is prepared first).
    WorkOf<TablePage> readTablePage(const QString& table, const TableReader::Cursor& cursor, int count) const;
    // Runs the script in `file` `runs` times, traced, each run rolled back (asked for by the user); its statistics.
    WorkOf<QVector<FingerprintSummary>> profileScript(const QString& file, int runs) const;
    // How the panels' own reading connections are opened (as the window's: read-write unless the file is not).
    OpenOptions readOptions() const;
    WorkOf<MigrationsView> readMigrations() const;
    WorkOf<PreparedMigration> prepareMigration(bool rollback, qint64 target) const;
    WorkOf<MigrationOutcome> migrate() const;
    WorkOf<MigrationOutcome> rollbackTo(qint64 version) const;
    WorkOf<QStringList> validateMigrations() const;
    WorkOf<int> repairMigrations() const;
    WorkOf<void> baseline(qint64 version) const;
    WorkOf<BackupsView> readBackups() const;
    WorkOf<BackupInfo> createBackup(const QString& reason) const;
    WorkOf<BackupInfo> importBackup(const QString& file) const;
    // Moves the database's backups into `folder` (the caller then makes it the folder, when any moved).
    WorkOf<BackupManager::MoveOutcome> moveBackupsTo(const QString& folder) const;
    WorkOf<VerifyResult> verifyBackup(const QString& id) const;
    WorkOf<QStringList> verifyAllBackups() const; // the ids that failed
    WorkOf<RestorePreview> prepareRestore(const QString& id) const;
    WorkOf<BackupComparison> compareBackup(const QString& id) const;
    WorkOf<BackupManager::RestoreOutcome> restore(const QString& id) const;
    WorkOf<void> setBackupPinned(const QString& id, bool pinned) const;
    WorkOf<void> removeBackup(const QString& id) const;

    // Health checks by hand (audited as health-check): the window's asks its monitor; the CLI's runs here.
    void checkHealthNow(bool full);
    HealthReport runHealthCheck(bool full) const;
    // The circuit by hand (audited as circuit-isolate / circuit-reset); a check follows.
    void isolate(const QString& cause);
    void resetCircuit(const QString& cause);
    // Deletes Steward's records of a database's slow statements and audits it (the CLI's and the window's one way).
    static Result<int> clearQueryStatistics(const QString& databasePath);

    // Whether database actions are refused now (circuit open or isolated), and why, for disabled actions.
    bool isUnavailable() const;
    QString unavailableReason() const;

    // Steward's own console committed a change to the data (or the schema): announced to every panel.
    void announceCommitted(bool schemaChanged);

signals:
    void dataCommitted();     // rows changed by a commit from Steward (console, migration, restore)
    void schemaChanged();     // tables, indexes or views changed
    void migrationsChanged(); // applied, rolled back, repaired, baselined
    void backupsChanged();    // a backup added, removed, pinned or verified, or the backups folder changed
    void databaseReplaced();  // restored from a backup
    void settingChanged(steward::DatabaseSetting key);
    // A global setting changed (Preferences, settings.ini) and the workspace's services follow it now.
    void settingApplied(steward::SettingKey key);
    void circuitChanged(const steward::CircuitTransition& transition);
    void healthChanged(const steward::HealthReport& report);

private:
    // Work that needs the database: through the breaker. `announce` runs on the UI thread after a success.
    using Signal = void (Workspace::*)();
    template <typename T> WorkOf<T> guarded(WorkOf<T> work) const;
    template <typename T> WorkOf<T> announcing(WorkOf<T> work, std::initializer_list<Signal> what) const;
    void followSetting(const QString& databasePath, DatabaseSetting key);
    void applySetting(SettingKey key);

    QString m_path;
    Settings& m_settings;
    QString m_backupsOverride;
    QString m_migrationsOverride;
    QString m_formatOverride;
    QStringList m_known; // the per-database values last seen: backups folder, migrations folder, format
    std::unique_ptr<DatabaseSession> m_session;
    std::shared_ptr<CircuitBreaker> sharedBreaker() const;
    mutable std::shared_ptr<CircuitBreaker> m_ownBreaker; // the CLI's (the window's is the session's)
};

} // namespace steward
