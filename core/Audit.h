#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <mutex>

namespace steward {

// Every admin action Steward records, with one name each. The core operation records itself (BackupManager,
// Migrator, Workspace), so the window and steward-cli record the same action the same way.
enum class AuditAction {
    Backup,
    Verify,
    Restore,
    DeleteBackup,
    PinBackup,
    UnpinBackup,
    ImportBackup,
    MoveBackups,
    Migrate,
    Rollback,
    Repair,
    Baseline,
    ValidateMigrations,
    ClearQueryStatistics,
    HealthCheck,
    CircuitIsolate,
    CircuitReset,
};
// The stored, stable name: "backup", "verify", "restore", "delete-backup", …
QString auditActionName(AuditAction action);
const QVector<AuditAction>& allAuditActions();

struct AuditEntry {
    QString uid;      // unique id, so a replayed entry is never stored twice
    QDateTime time;   // UTC
    QString action;   // auditActionName(): "backup", "restore", "migrate", "rollback", "repair", "circuit-reset", …
    QString database; // path of the database the action was about
    QString target;   // what inside it: a backup id, a version, …
    QString outcome;  // "ok", "failed", "cancelled"
    QString detail;
};

// Every admin action, kept in Steward's own SQLite store (never the user's database). When the store cannot be
// written (locked, disk full, read-only folder) the entry goes to a JSON-lines file beside it, flushed to disk,
// and is moved into the store by the next call that can write it.
class AuditTrail final {
public:
    AuditTrail(QString storePath, QString fallbackPath, const Clock& clock = Clock::system());

    // Stored in the store or, failing that, in the fallback file. An error only when both failed.
    Result<void> record(AuditEntry entry);
    // Newest first.
    Result<QVector<AuditEntry>> recent(int limit = 100);
    // Moves fallback entries into the store; returns how many were moved.
    Result<int> replayFallback();
    int pendingInFallback() const;

    const QString& storePath() const { return m_storePath; }
    const QString& fallbackPath() const { return m_fallbackPath; }

    // Records an action's outcome: "ok", "cancelled" or "failed" with the error as the detail.
    Result<void> recordOutcome(AuditAction action, const QString& database, const QString& target,
                               const Result<void>& outcome, const QString& detail = {});

    // The application's trail in the data folder.
    static AuditTrail& instance();

private:
    Result<void> storeAll(const QVector<AuditEntry>& entries);
    Result<void> appendFallback(const AuditEntry& entry);
    QVector<AuditEntry> readFallback() const;

    QString m_storePath;
    QString m_fallbackPath;
    const Clock& m_clock;
    mutable std::mutex m_mutex;
};

} // namespace steward
