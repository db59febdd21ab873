#pragma once

#include "Audit.h"
#include "Clock.h"
#include "Result.h"
#include "backup/BackupMetadata.h"
#include "backup/SqliteBackup.h"
#include "db/Schema.h"
#include "diff/DatabaseDiff.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <QVector>

#include <functional>

namespace steward {

class AuditTrail;
class JobContext;

enum class BackupStatus {
    Valid,      // verified, and the file has not changed since
    Unverified, // metadata agrees with the file, never verified
    Corrupt,    // the file disagrees with its metadata, or verification failed
    Incomplete, // no metadata, or metadata that cannot be read, or the file is missing
};
QString backupStatusName(BackupStatus status); // "valid", "unverified", "corrupt", "incomplete"

struct BackupInfo {
    QString id;   // the file name inside the backups folder
    QString path; // absolute
    qint64 fileSize = 0;
    QDateTime modified;
    bool hasMetadata = false;
    BackupMetadata metadata;
    BackupStatus status = BackupStatus::Incomplete;
    QString statusReason;
    QDateTime created() const { return hasMetadata ? metadata.created : modified; }
};

struct VerifyResult {
    bool ok = false;
    QStringList problems; // what failed: checksum, header, integrity
};

// A backup compared with the live database: "before" is the backup, "after" the live database, so "added" rows are
// the ones a restore would lose.
using BackupComparison = DatabaseDiff;

struct RetentionPlan {
    QStringList remove; // ids that would be deleted, oldest first
    QStringList keep;
    QStringList protectedIds; // kept whatever the count: pinned, newest valid, before a migration
};

// Backups of one database, in one folder. Every call is synchronous; long ones take a JobContext for progress and
// cancel and run inside a Job on a worker thread. Backup ids are plain file names inside the folder, resolved and
// checked on every call.
class BackupManager final {
public:
    BackupManager(QString databasePath, QString backupsFolder, const Clock& clock = Clock::system(),
                  AuditTrail* audit = nullptr);

    static QString defaultFolder(const QString& databasePath); // backups/ next to the database

    const QString& databasePath() const { return m_databasePath; }
    const QString& folder() const { return m_folder; }
    void setCopyOptions(const CopyOptions& options) { m_copy = options; }
    // Seam for tests: free bytes where the backups go (default: QStorageInfo).
    void setFreeSpaceProbe(std::function<qint64(const QString&)> probe) { m_freeSpace = std::move(probe); }

    // Removes temporary files left by a killed run; returns their names.
    QStringList removeLeftovers();

    Result<BackupInfo> create(const QString& reason, JobContext* context = nullptr);
    Result<QVector<BackupInfo>> list() const; // newest first; reads metadata only, never re-hashes
    Result<BackupInfo> find(const QString& id) const;
    Result<VerifyResult> verify(const QString& id, JobContext* context = nullptr);
    struct RestoreOutcome {
        BackupInfo safetyBackup;
        QStringList quickCheckProblems; // of the live database afterwards; empty = ok
        CopyStats stats;
    };
    Result<RestoreOutcome> restore(const QString& id, JobContext* context = nullptr);
    Result<BackupComparison> compare(const QString& id, JobContext* context = nullptr) const;
    Result<RetentionPlan> planRetention(int keep) const;
    Result<RetentionPlan> cleanup(int keep, bool dryRun);
    Result<void> remove(const QString& id);
    Result<void> setPinned(const QString& id, bool pinned);
    Result<BackupInfo> importFile(const QString& path, const QString& reason, JobContext* context = nullptr);
    // Moves this database's backups (each file with its metadata: only what has metadata, never the database itself
    // or a file beside it) into `folder`, created if needed. A backup is moved whole or not at all: its file first,
    // then its metadata, the file put back if the metadata cannot follow. A name already taken in `folder` is refused
    // before anything moves. Stopped part way (a failure, Cancel), what moved is whole in `folder` and the rest is
    // where it was: the outcome says how many of each, and why it stopped.
    struct MoveOutcome {
        int moved = 0;
        int left = 0;    // backups that stayed in this folder
        QString stopped; // why it stopped part way; empty when everything moved
        bool cancelled = false;
    };
    Result<MoveOutcome> moveAllTo(const QString& folder, JobContext* context = nullptr);

    // Checks an id and returns its absolute path: a plain file name of a .db file in the folder, no path parts,
    // no control characters, not a link, inside the folder once resolved.
    Result<QString> resolve(const QString& id) const;

private:
    Result<BackupInfo> copyIn(const QString& sourcePath, const QString& reason, bool sourceIsLive, JobContext* context);
    QString newId() const;
    Result<void> checkFolderWritable(qint64 neededBytes) const;
    Result<void> writeMetadata(const QString& path, const BackupMetadata& metadata) const;
    BackupInfo describe(const QString& path) const;
    void audit(AuditAction action, const QString& target, const Result<void>& outcome, const QString& detail = {});

    QString m_databasePath;
    QString m_folder;
    const Clock& m_clock;
    AuditTrail* m_audit;
    CopyOptions m_copy;
    std::function<qint64(const QString&)> m_freeSpace;
};

} // namespace steward
