#pragma once

#include "Audit.h"
#include "Clock.h"
#include "Result.h"
#include "diff/DatabaseDiff.h"
#include "migrations/MigrationFile.h"
#include "migrations/MigrationJournal.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <optional>

namespace steward {

class AuditTrail;
class Connection;
class MigrationFormat;
class JobContext;

enum class MigrationStatus { Applied, Pending, RolledBack, Modified, Missing, Failed, OutOfOrder };
QString migrationStatusName(MigrationStatus status); // "applied", "pending", "rolled-back", …

// A line diff (longest common subsequence) for showing how a file changed: "  " same, "- " removed, "+ " added.
QStringList lineDiff(const QString& before, const QString& after);

struct MigrationState {
    qint64 version = 0;
    QString versionText; // as the tool writes it ("1.2.3", "20240101120000_init"); the number where it has one
    QString name;
    QString fileName; // empty when the file is missing
    MigrationStatus status = MigrationStatus::Pending;
    QDateTime appliedAt;
    QDateTime rolledBackAt;
    qint64 executionMs = -1;
    QString appliedChecksum;  // recorded at apply time
    QString fileChecksum;     // of the file now
    QString upSql;            // the file's, or the applied one when the file is gone
    QString appliedUpSql;     // the up SQL as it was applied (empty when Steward did not apply it)
    QString downSql;          // the SQL a rollback would run: stored at apply time, else the file's
    QString downSource;       // "stored" or "file", or empty when there is none
    bool hasDownFile = false; // the folder has a down file or section for it, even an empty one
    QString downFileName;     // the down SQL's own file, where it has one
    QString downToolChecksum; // the tool's checksum of that file (Flyway records undo runs)
    bool repeatable = false;  // Flyway's R__ migrations: run again when changed, never undone
    bool upInTransaction = true;
    bool downInTransaction = true;
    int upFirstLine = 1;
    int downFirstLine = 1;
    bool isApplied() const
    {
        return status == MigrationStatus::Applied || status == MigrationStatus::Modified ||
               status == MigrationStatus::Missing;
    }
};

struct MigrationEvent {
    qint64 version = 0;
    QString event; // applied, rolled-back, failed, repaired, baselined
    QDateTime at;
    QString detail;
};

// Which tool's folder and history table a migrations folder and its database were recognised as.
struct MigrationLayout {
    QString format;             // "dbmate", "golang-migrate", "goose", … (MigrationFormat::name)
    QString historyTable;       // the tool's table in the database: "schema_migrations", "goose_db_version", …
    bool writable = true;       // Steward applies and rolls back for this format; else it only reads
    QString readOnlyReason;     // why not, for the user, when it only reads
    bool folderMissing = false; // there is no migrations folder: only the history the database records is known
};

struct MigrationOverview {
    MigrationLayout layout;
    QVector<MigrationState> states;
};

struct MigrationPlan {
    enum class Kind { Migrate, Rollback } kind = Kind::Migrate;
    qint64 target = 0;
    QVector<MigrationState> steps;   // in the order they run
    bool outsideTransaction = false; // some step runs outside a transaction (its backup is the safety net)
    // golang-migrate: the tool's table holds only the current version; after a rollback it holds this one
    // (-1: none, the table is left empty).
    bool currentVersionOnly = false;
    qint64 versionAfterRollback = -1;
    // goose, diesel, sqlx: the tool's table holds a row per applied migration, written by the format (its name here).
    QString rowPerMigration;
};

struct TableLoss {
    QString table;
    qint64 rows = 0;
};
struct ColumnLoss {
    QString table;
    QString column;
    qint64 nonNullValues = 0;
};
struct MigrationPreview {
    bool succeeded = false;
    QString failure;           // what failed on the scratch copy, when it failed
    QStringList schemaChanges; // "table books_old dropped", "column projects.description dropped", …
    QVector<TableLoss> droppedTables;
    QVector<ColumnLoss> droppedColumns;
    QVector<TableLoss> deletedRows; // tables that stay, with rows deleted (rows = how many, matched by key)
    QVector<TableLoss> changedRows; // tables that stay, with rows whose values change (their old values are lost)
    struct Unreadable {
        QString table;
        QString problem;
    };
    QVector<Unreadable> unreadable; // tables that could not be compared: what they lose is unknown, never "0"
    DatabaseDiff content;           // before (the live database) and after (the scratch copy), with example rows
    bool losesData() const
    {
        return !droppedTables.isEmpty() || !droppedColumns.isEmpty() || !deletedRows.isEmpty() ||
               !changedRows.isEmpty() || !unreadable.isEmpty();
    }
};

struct MigrationOutcome {
    QVector<qint64> versions; // applied or rolled back, in order
    QString backupId;         // the backup taken first
};

// Migrations of one database from one folder, in the layout of the tool the project uses (MigrationFormat.h).
// Every tool's history table is kept the way the tool keeps it, and nothing of Steward's is written into the database:
// dbmate's schema_migrations (adopted when an application already has one: no row is lost), with Steward's own record
// in its journal (MigrationJournal, in the data folder); golang-migrate's one-row schema_migrations(version, dirty);
// the row-per-migration tables of goose, diesel, sqlx, Flyway, Prisma and Drizzle. A folder Steward cannot run
// (goose's Go migrations) is only read. Each migration runs in its own write transaction (BEGIN IMMEDIATE) together
// with its tool's row, so two processes can never apply the same migration and a failure leaves nothing
// half-applied. A rollback runs all its down sections in one transaction. A backup is taken before every migrate and
// rollback.
class Migrator final {
public:
    Migrator(QString databasePath, QString migrationsFolder, QString backupsFolder = {},
             const Clock& clock = Clock::system(), AuditTrail* audit = nullptr);

    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    void setBackupsEnabled(bool on) { m_backups = on; }          // tests of the SQL alone; the product always backs up
    void setFormat(const QString& format) { m_format = format; } // empty: detected from the folder

    Result<MigrationLayout> layout();

    Result<QVector<MigrationState>> status();
    Result<MigrationOverview> overview(); // the layout and the status from one read
    Result<QVector<MigrationEvent>> history(int limit = 1000);
    Result<MigrationPlan> planMigrate(std::optional<qint64> to = std::nullopt);
    Result<MigrationPlan> planRollback(qint64 to);
    // Runs the plan on a scratch copy (never the live database) and reports what it would change and lose.
    Result<MigrationPreview> dryRun(const MigrationPlan& plan, JobContext* context = nullptr);
    Result<MigrationOutcome> migrate(std::optional<qint64> to = std::nullopt, JobContext* context = nullptr);
    Result<MigrationOutcome> rollbackTo(qint64 version, JobContext* context = nullptr);
    // Problems that block: modified, missing or failed migrations. Empty = valid.
    Result<QStringList> validate(); // audited as validate-migrations

    // Accepts the files' checksums for modified migrations and clears failed entries; returns how many changed.
    Result<int> repair();
    // Marks the database as being at `version` without running anything.
    Result<void> baseline(qint64 version);

    const QString& databasePath() const { return m_databasePath; }
    const QString& folder() const { return m_folder; }

private:
    enum class Registry { Steward, GolangMigrate, RowPerMigration, ReadOnly };
    struct Resolved;
    struct Snapshot;
    Result<Resolved> resolve(Connection& c);
    Result<Snapshot> read();
    static Error refuseReadOnly(const Resolved& r, const char* action);
    Result<std::unique_ptr<Connection>> open();
    Result<void> ensureTables(Connection& c);
    Result<QString> takeBackup(const QString& reason, JobContext* context);
    Result<void> applyOne(Connection& c, const MigrationState& m);
    Result<void> applyOneKeepingVersion(Connection& c, const MigrationState& m); // golang-migrate
    Result<void> applyOneWithToolRow(Connection& c, const MigrationFormat& format, const MigrationState& m);
    Result<void> rollbackWithToolRows(Connection& c, const MigrationFormat& format, const MigrationPlan& plan,
                                      QVector<qint64>* done);
    Result<void> rollbackKeepingVersion(Connection& c, const MigrationPlan& plan, QVector<qint64>* done);
    Result<void> runPlanOn(Connection& c, const MigrationPlan& plan, JobContext* context, QVector<qint64>* done);
    Result<void> runPlanSteps(Connection& c, const MigrationPlan& plan, JobContext* context, QVector<qint64>* done);
    void record(AuditAction action, const QString& target, const Result<void>& outcome, const QString& detail = {});
    Result<QStringList> findProblems();
    void flushJournal();                              // Steward's records of the run just committed, into its journal
    MigrationJournal::Records journalRecords() const; // empty, with a warning, when the journal cannot be read
    void warnJournalUnreadable(const Error& e) const;

    QString m_databasePath;
    QString m_folder;
    QString m_backupsFolder;
    QString m_format;
    const Clock& m_clock;
    AuditTrail* m_audit;
    int m_busyTimeoutMs = 5000;
    bool m_backups = true;
    QString m_journalPath;                             // Steward's own records: MigrationJournal
    QVector<MigrationJournal::Entry> m_journalPending; // of the run in progress, written once it committed
    bool m_journalOn = true;                           // off during a dry run
};

} // namespace steward
