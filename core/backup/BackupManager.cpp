#include "backup/BackupManager.h"

#include "AppPaths.h"
#include "Audit.h"
#include "FileUtil.h"
#include "Logging.h"
#include "Sha256.h"
#include "Version.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/DatabaseFile.h"
#include "jobs/Job.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <map>

namespace steward {

namespace {

const QString kPartial = QStringLiteral(".partial");
const QString kSidecar = QStringLiteral(".json");

// Highest applied migration in a database, -1 when it has no schema_migrations table.
qint64 migrationVersionOf(Connection& c)
{
    auto v = c.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations WHERE rolled_back_at IS NULL"));
    if (!v)
        v = c.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations"));
    return v && !v->isNull() ? v->toLongLong() : -1;
}

void removeQuietly(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

QString backupStatusName(BackupStatus status)
{
    switch (status) {
    case BackupStatus::Valid:
        return QStringLiteral("valid");
    case BackupStatus::Unverified:
        return QStringLiteral("unverified");
    case BackupStatus::Corrupt:
        return QStringLiteral("corrupt");
    case BackupStatus::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

BackupManager::BackupManager(QString databasePath, QString backupsFolder, const Clock& clock, AuditTrail* audit)
    : m_databasePath(normalizedLocation(databasePath))
    , m_folder(QDir::cleanPath(
          QFileInfo(backupsFolder.isEmpty() ? defaultFolder(databasePath) : backupsFolder).absoluteFilePath()))
    , m_clock(clock)
    , m_audit(audit)
    , m_freeSpace([](const QString& folder) { return QStorageInfo(folder).bytesAvailable(); })
{
}

QString BackupManager::defaultFolder(const QString& databasePath)
{
    // A server's database has no folder of its own: its backups go to Steward's data folder, one folder per address.
    if (DatabaseEngine::forLocation(databasePath).isServer())
        return AppPaths::dataDir() + QStringLiteral("/backups/") +
               QString::fromLatin1(
                   QCryptographicHash::hash(normalizedLocation(databasePath).toUtf8(), QCryptographicHash::Sha1)
                       .toHex()
                       .left(16));
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

void BackupManager::audit(AuditAction action, const QString& target, const Result<void>& outcome, const QString& detail)
{
    if (m_audit)
        (void)m_audit->recordOutcome(action, m_databasePath, target, outcome, detail);
}

Result<QString> BackupManager::resolve(const QString& id) const
{
    auto refuse = [&](const QString& why) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::BackupManager", "\"%1\" is not a backup name: %2.")
                .arg(id.left(80), why),
            QCoreApplication::translate("steward::BackupManager",
                                        "Use a file name from the backup list, such as app-2026-01-31-120000.db."));
    };
    if (id.isEmpty())
        return refuse(QCoreApplication::translate("steward::BackupManager", "it is empty"));
    if (id.toUtf8().size() > 255)
        return refuse(QCoreApplication::translate("steward::BackupManager", "it is too long"));
    if (id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')) || QDir::isAbsolutePath(id))
        return refuse(
            QCoreApplication::translate("steward::BackupManager", "it must be a plain file name, without a folder"));
    if (id == QLatin1String(".") || id == QLatin1String("..") || id.startsWith(QLatin1Char('.')))
        return refuse(QCoreApplication::translate("steward::BackupManager", "it must not start with a dot"));
    for (QChar ch : id)
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return refuse(QCoreApplication::translate("steward::BackupManager", "it contains control characters"));
    if (!id.endsWith(QLatin1String(".db")))
        return refuse(QCoreApplication::translate("steward::BackupManager", "backup files end in .db"));
    const QString path = m_folder + QLatin1Char('/') + id;
    const QFileInfo fi(path);
    if (fi.isSymLink())
        return refuse(QCoreApplication::translate("steward::BackupManager",
                                                  "it is a link, and backups are never read through links"));
    if (!fi.exists())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("steward::BackupManager", "There is no backup %1 in %2.")
                             .arg(id, QDir::toNativeSeparators(m_folder)),
                         QCoreApplication::translate("steward::BackupManager", "List the backups to see their names."));
    if (QFileInfo(fi.canonicalPath()).canonicalFilePath() != QFileInfo(m_folder).canonicalFilePath() || !fi.isFile())
        return refuse(
            QCoreApplication::translate("steward::BackupManager", "it is not a file inside the backups folder"));
    return fi.absoluteFilePath();
}

QStringList BackupManager::removeLeftovers()
{
    QStringList removed;
    const QDir dir(m_folder);
    for (const QString& name :
         dir.entryList({QStringLiteral("*") + kPartial, QStringLiteral("*") + kPartial + QStringLiteral("-journal")},
                       QDir::Files | QDir::Hidden)) {
        // A temporary file names the process writing it (NAME.db.PID-RANDOM.partial): leave it alone while that
        // process runs — another Steward may be taking a backup right now.
        static const QRegularExpression owner(QStringLiteral("\\.(\\d+)-[0-9a-f]+\\.partial"));
        const auto match = owner.match(name);
        if (match.hasMatch()) {
            const qint64 pid = match.captured(1).toLongLong();
            if (pid != QCoreApplication::applicationPid() && (::kill(pid_t(pid), 0) == 0 || errno == EPERM))
                continue;
        }
        if (QFile::remove(dir.filePath(name)))
            removed << name;
    }
    for (const QString& name : dir.entryList({QStringLiteral("*.json.*")}, QDir::Files | QDir::Hidden))
        if (QFile::remove(dir.filePath(name))) // QSaveFile's temporary files
            removed << name;
    if (!removed.isEmpty())
        logging::logger()->warn("removed {} leftover temporary files from an interrupted run in {}: {}", removed.size(),
                                m_folder, removed.join(QStringLiteral(", ")));
    return removed;
}

QString BackupManager::newId() const
{
    const QString base = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') +
                         m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString id = base + QStringLiteral(".db");
    for (int n = 1; QFileInfo::exists(m_folder + QLatin1Char('/') + id) ||
                    QFileInfo::exists(m_folder + QLatin1Char('/') + id + kPartial) ||
                    QFileInfo::exists(m_folder + QLatin1Char('/') + id + kSidecar);
         ++n)
        id = QStringLiteral("%1-%2.db").arg(base).arg(n);
    return id;
}

Result<void> BackupManager::checkFolderWritable(qint64 neededBytes) const
{
    if (!QDir().mkpath(m_folder))
        return makeError(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("steward::BackupManager", "The backups folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(m_folder)),
            QCoreApplication::translate("steward::BackupManager",
                                        "Check that its parent folder is writable, or choose another backups folder."));
    const qint64 free = m_freeSpace(m_folder);
    if (free >= 0 && free < neededBytes)
        return makeError(
            ErrorCode::DiskFull,
            QCoreApplication::translate("steward::BackupManager",
                                        "There is not enough free space for the backup: %1 needed, %2 free.")
                .arg(QLocale().formattedDataSize(neededBytes), QLocale().formattedDataSize(free)),
            QCoreApplication::translate(
                "steward::BackupManager",
                "Free some space on that disk, delete old backups, or choose another backups folder."));
    return {};
}

Result<void> BackupManager::writeMetadata(const QString& path, const BackupMetadata& metadata) const
{
    return writeFileAtomically(path + kSidecar, metadata.toBytes());
}

Result<BackupInfo> BackupManager::create(const QString& reason, JobContext* context)
{
    if (auto file =
            requireFileDatabase(m_databasePath, QCoreApplication::translate("steward::BackupManager", "Backups"));
        !file)
        return file.error();
    auto r = copyIn(m_databasePath, reason, true, context);
    audit(AuditAction::Backup, r ? r->id : QString(), r ? Result<void>() : Result<void>(r.error()), reason);
    return r;
}

Result<BackupInfo> BackupManager::copyIn(const QString& sourcePath, const QString& reason, bool sourceIsLive,
                                         JobContext* context)
{
    const qint64 sourceBytes = QFileInfo(sourcePath).size() + QFileInfo(sourcePath + QStringLiteral("-wal")).size();
    if (auto r = checkFolderWritable(sourceBytes + sourceBytes / 10 + (1 << 20)); !r)
        return r.error();
    QString id = newId();
    QString finalPath = m_folder + QLatin1Char('/') + id;
    // The temporary name is unique to this process: two processes backing up in the same second never share it.
    const QString temp = QStringLiteral("%1.%2-%3%4")
                             .arg(finalPath)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                             .arg(kPartial);

    auto stats = backupToFile(sourcePath, temp, m_copy, context);
    if (!stats) {
        removeQuietly(temp);
        Error e = stats.error();
        if (e.code != ErrorCode::Cancelled)
            e.message = QCoreApplication::translate("steward::BackupManager", "The backup of %1 failed: %2")
                            .arg(QFileInfo(sourcePath).fileName(), e.message);
        return e;
    }
    BackupMetadata m;
    m.reason = reason;
    m.created = m_clock.nowUtc();
    m.sourcePath = sourceIsLive ? m_databasePath : QFileInfo(sourcePath).absoluteFilePath();
    m.sqliteVersion = DatabaseEngine::sqlite().version();
    m.stewardVersion = QStringLiteral(STEWARD_VERSION);
    m.restartCount = stats->restarts;
    {
        OpenOptions ro;
        ro.readOnly = true;
        auto c = Connection::open(temp, ro);
        if (!c) {
            removeQuietly(temp);
            return c.error();
        }
        auto info = c.value()->engine().info(*c.value(), false);
        if (!info) {
            removeQuietly(temp);
            return info.error();
        }
        m.pageSize = info->pageSize;
        m.pageCount = info->pageCount;
        m.userVersion = info->userVersion;
        m.migrationVersion = migrationVersionOf(*c.value());
    }
    auto fail = [&](const Error& e) {
        removeQuietly(temp);
        return e;
    };
    if (context && context->isCancelled())
        return fail(makeError(ErrorCode::Cancelled,
                              QCoreApplication::translate("steward::BackupManager", "The operation was cancelled.")));
    if (auto r = syncFile(temp); !r)
        return fail(r.error());
    if (!stats->sha256.isEmpty()) {
        m.sha256 = stats->sha256; // hashed on the way
    } else {
        auto sha = Sha256::fileHex(temp);
        if (!sha)
            return fail(sha.error());
        m.sha256 = sha.value();
    }
    m.size = QFileInfo(temp).size();
    // The file goes into place first and the metadata after it: a run killed in between leaves a backup without
    // metadata, which is listed as incomplete, never as valid.
    for (int attempt = 0;; ++attempt) {
        auto r = renameNoReplace(temp, finalPath);
        if (r)
            break;
        // Another process took this name in the same second: take the next free one.
        if (!QFileInfo::exists(finalPath) || attempt > 100)
            return fail(r.error());
        id = newId();
        finalPath = m_folder + QLatin1Char('/') + id;
    }
    if (auto r = writeMetadata(finalPath, m); !r)
        return r.error();
    logging::logger()->info("backup {} of {} created ({} bytes, {} restarts)", id, sourcePath, m.size, m.restartCount);
    return describe(finalPath);
}

BackupInfo BackupManager::describe(const QString& path) const
{
    BackupInfo b;
    const QFileInfo fi(path);
    b.id = fi.fileName();
    b.path = fi.absoluteFilePath();
    b.fileSize = fi.exists() ? fi.size() : 0;
    b.modified = fi.lastModified().toUTC();
    QFile sidecar(path + kSidecar);
    if (!sidecar.open(QIODevice::ReadOnly)) {
        b.statusReason = QCoreApplication::translate("steward::BackupManager", "its metadata file is missing");
        return b;
    }
    auto m = BackupMetadata::fromBytes(sidecar.read(1 << 20));
    if (!m) {
        b.statusReason = m.error().message;
        return b;
    }
    b.hasMetadata = true;
    b.metadata = m.value();
    if (!fi.exists()) {
        b.status = BackupStatus::Incomplete;
        b.statusReason = QCoreApplication::translate("steward::BackupManager", "the backup file is missing");
    } else if (b.fileSize != b.metadata.size) {
        b.status = BackupStatus::Corrupt;
        b.statusReason = QCoreApplication::translate("steward::BackupManager",
                                                     "its size (%1 bytes) differs from its metadata (%2 bytes)")
                             .arg(b.fileSize)
                             .arg(b.metadata.size);
    } else if (b.metadata.verifiedAt.isValid() && b.metadata.verifyResult != QLatin1String("ok")) {
        b.status = BackupStatus::Corrupt;
        b.statusReason = QCoreApplication::translate("steward::BackupManager", "verification failed: %1")
                             .arg(b.metadata.verifyResult);
    } else if (b.metadata.verifiedAt.isValid() &&
               b.metadata.verifiedFileMtimeMs == fi.lastModified().toMSecsSinceEpoch()) {
        b.status = BackupStatus::Valid;
        b.statusReason = QCoreApplication::translate("steward::BackupManager", "verified %1")
                             .arg(QLocale().toString(b.metadata.verifiedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        b.status = BackupStatus::Unverified;
        b.statusReason = b.metadata.verifiedAt.isValid()
                             ? QCoreApplication::translate("steward::BackupManager",
                                                           "the file changed after it was verified; verify it again")
                             : QCoreApplication::translate("steward::BackupManager", "not verified yet");
    }
    return b;
}

Result<QVector<BackupInfo>> BackupManager::list() const
{
    const QDir dir(m_folder);
    if (!dir.exists())
        return QVector<BackupInfo>();
    if (!QFileInfo(m_folder).isReadable())
        return makeError(ErrorCode::CannotOpen,
                         QCoreApplication::translate("steward::BackupManager", "The backups folder %1 cannot be read.")
                             .arg(QDir::toNativeSeparators(m_folder)),
                         QCoreApplication::translate("steward::BackupManager", "Check its permissions."));
    QVector<BackupInfo> out;
    QSet<QString> seen;
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files | QDir::System)) {
        if (fi.isSymLink() || fi.fileName().startsWith(QLatin1Char('.')))
            continue;
        out.push_back(describe(fi.absoluteFilePath()));
        seen.insert(fi.fileName());
    }
    // Metadata whose backup file is gone.
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.db") + kSidecar}, QDir::Files)) {
        const QString id = fi.fileName().chopped(kSidecar.size());
        if (!seen.contains(id) && !id.startsWith(QLatin1Char('.')))
            out.push_back(describe(dir.filePath(id)));
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.created() != b.created() ? a.created() > b.created() : a.id > b.id;
    });
    return out;
}

Result<BackupInfo> BackupManager::find(const QString& id) const
{
    auto path = resolve(id);
    if (!path) {
        // A backup whose file is gone but whose metadata remains can still be described (and deleted).
        if (path.error().code == ErrorCode::NotFound && QFileInfo::exists(m_folder + QLatin1Char('/') + id + kSidecar))
            return describe(m_folder + QLatin1Char('/') + id);
        return path.error();
    }
    return describe(path.value());
}

Result<VerifyResult> BackupManager::verify(const QString& id, JobContext* context)
{
    auto path = resolve(id);
    if (!path)
        return path.error();
    BackupInfo b = describe(path.value());
    VerifyResult result;
    if (!b.hasMetadata) {
        result.problems << QCoreApplication::translate(
            "steward::BackupManager",
            "The metadata file is missing or unreadable, so the checksum cannot be compared.");
        audit(AuditAction::Verify, id, makeError(ErrorCode::Corrupt, result.problems.join(u' ')));
        return result;
    }
    const qint64 mtime = QFileInfo(path.value()).lastModified().toMSecsSinceEpoch();
    auto sha = Sha256::fileHex(path.value(), context);
    if (!sha)
        return sha.error();
    if (sha.value() != b.metadata.sha256)
        result.problems << QCoreApplication::translate(
            "steward::BackupManager",
            "The SHA-256 checksum does not match: the file changed after the backup was made.");
    if (auto header = inspectDatabaseFile(path.value()); !header)
        result.problems << header.error().message;
    else {
        OpenOptions ro;
        ro.readOnly = true;
        auto c = Connection::open(path.value(), ro);
        if (!c) {
            result.problems << c.error().message;
        } else {
            auto problems = c.value()->engine().integrityCheck(*c.value(), false);
            if (!problems)
                result.problems << problems.error().message;
            else
                for (const auto& p : problems.value().mid(0, 10))
                    result.problems
                        << QCoreApplication::translate("steward::BackupManager", "integrity_check: %1").arg(p);
        }
    }
    result.ok = result.problems.isEmpty();
    b.metadata.verifiedAt = m_clock.nowUtc();
    b.metadata.verifyResult = result.ok ? QStringLiteral("ok") : result.problems.join(QStringLiteral("; "));
    b.metadata.verifiedFileMtimeMs = mtime;
    if (auto w = writeMetadata(path.value(), b.metadata); !w)
        logging::logger()->warn("the verification result of {} cannot be stored: {}", id, w.error().detail);
    audit(AuditAction::Verify, id,
          result.ok ? Result<void>() : Result<void>(makeError(ErrorCode::Corrupt, b.metadata.verifyResult)));
    return result;
}

Result<BackupManager::RestoreOutcome> BackupManager::restore(const QString& id, JobContext* context)
{
    if (auto file =
            requireFileDatabase(m_databasePath, QCoreApplication::translate("steward::BackupManager", "Restores"));
        !file)
        return file.error();
    auto run = [&]() -> Result<RestoreOutcome> {
        auto path = resolve(id);
        if (!path)
            return path.error();
        const BackupInfo before = describe(path.value());
        if (!before.hasMetadata)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("steward::BackupManager", "%1 cannot be restored: %2.")
                                 .arg(id, before.statusReason),
                             QCoreApplication::translate(
                                 "steward::BackupManager",
                                 "Only complete backups with metadata can be restored. Choose another backup."));
        if (context)
            context->setProgress(0, 0, QCoreApplication::translate("steward::BackupManager", "Verifying %1…").arg(id));
        auto verified = verify(id, context);
        if (!verified)
            return verified.error();
        if (!verified->ok)
            return makeError(ErrorCode::Corrupt,
                             QCoreApplication::translate("steward::BackupManager",
                                                         "%1 was not restored: it failed verification (%2).")
                                 .arg(id, verified->problems.join(QStringLiteral(" "))),
                             QCoreApplication::translate("steward::BackupManager",
                                                         "Choose another backup. The live database was not changed."));
        if (context)
            context->setProgress(
                0, 0,
                QCoreApplication::translate("steward::BackupManager", "Taking a safety backup of the live database…"));
        RestoreOutcome outcome;
        auto safety = create(QStringLiteral("before restore of %1").arg(id), context);
        if (!safety)
            return makeError(safety.error().code,
                             QCoreApplication::translate("steward::BackupManager",
                                                         "Nothing was restored: the safety backup failed. %1")
                                 .arg(safety.error().message),
                             safety.error().hint);
        outcome.safetyBackup = safety.value();
        if (context)
            context->setProgress(0, 0, QCoreApplication::translate("steward::BackupManager", "Restoring %1…").arg(id));
        auto copied = restoreFromFile(path.value(), m_databasePath, m_copy, context);
        if (!copied) {
            Error e = copied.error();
            if (e.code != ErrorCode::Cancelled)
                e.message = QCoreApplication::translate(
                                "steward::BackupManager",
                                "The restore failed and was rolled back; the live database is as it was. %1")
                                .arg(e.message);
            return e;
        }
        outcome.stats = copied.value();
        auto c = Connection::open(m_databasePath);
        if (!c)
            return c.error();
        auto check = c.value()->engine().integrityCheck(*c.value(), true);
        if (!check)
            return check.error();
        outcome.quickCheckProblems = check.value();
        return outcome;
    };
    auto r = run();
    audit(AuditAction::Restore, id, r ? Result<void>() : Result<void>(r.error()),
          r ? QStringLiteral("safety backup %1").arg(r->safetyBackup.id) : QString());
    return r;
}

Result<BackupComparison> BackupManager::compare(const QString& id, JobContext* context) const
{
    if (auto file = requireFileDatabase(m_databasePath,
                                        QCoreApplication::translate("steward::BackupManager", "Comparing backups"));
        !file)
        return file.error();
    auto path = resolve(id);
    if (!path)
        return path.error();
    return diffDatabases(path.value(), m_databasePath, {}, context);
}

Result<RetentionPlan> BackupManager::planRetention(int keep) const
{
    auto all = list();
    if (!all)
        return all.error();
    RetentionPlan plan;
    bool newestValidSeen = false, newestMigrationSeen = false;
    int kept = 0;
    for (const auto& b : all.value()) {
        // Corrupt and incomplete backups are never deleted automatically: a person should look at them.
        if (b.status == BackupStatus::Corrupt || b.status == BackupStatus::Incomplete) {
            plan.keep << b.id;
            continue;
        }
        const bool beforeMigration = b.metadata.reason.startsWith(QLatin1String("before migration")) ||
                                     b.metadata.reason.startsWith(QLatin1String("before rollback"));
        bool isProtected = b.metadata.pinned;
        if (b.status == BackupStatus::Valid && !newestValidSeen) {
            newestValidSeen = true;
            isProtected = true;
        }
        if (beforeMigration && !newestMigrationSeen) {
            newestMigrationSeen = true;
            isProtected = true;
        }
        if (isProtected) {
            plan.protectedIds << b.id;
            plan.keep << b.id;
        } else if (kept < keep) {
            ++kept;
            plan.keep << b.id;
        } else {
            plan.remove.prepend(b.id);
        }
    }
    return plan;
}

Result<RetentionPlan> BackupManager::cleanup(int keep, bool dryRun)
{
    auto plan = planRetention(keep);
    if (!plan || dryRun)
        return plan;
    for (const QString& id : plan->remove)
        if (auto r = remove(id); !r)
            return r.error();
    return plan;
}

Result<void> BackupManager::remove(const QString& id)
{
    auto b = find(id);
    if (!b)
        return b.error();
    if (b->hasMetadata && b->metadata.pinned)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::BackupManager", "%1 is pinned and was not deleted.").arg(id),
            QCoreApplication::translate("steward::BackupManager", "Unpin it first if you really want to delete it."));
    const QString path = m_folder + QLatin1Char('/') + b->id;
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return makeError(
            ErrorCode::ReadOnly, QCoreApplication::translate("steward::BackupManager", "%1 cannot be deleted.").arg(id),
            QCoreApplication::translate("steward::BackupManager", "Check that the backups folder is writable."));
    QFile::remove(path + kSidecar);
    (void)syncFolder(m_folder);
    audit(AuditAction::DeleteBackup, id, {});
    return {};
}

Result<void> BackupManager::setPinned(const QString& id, bool pinned)
{
    auto path = resolve(id);
    if (!path)
        return path.error();
    BackupInfo b = describe(path.value());
    if (!b.hasMetadata)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::BackupManager", "%1 cannot be pinned: %2.").arg(id, b.statusReason));
    b.metadata.pinned = pinned;
    auto r = writeMetadata(path.value(), b.metadata);
    audit(pinned ? AuditAction::PinBackup : AuditAction::UnpinBackup, id, r);
    return r;
}

Result<BackupManager::MoveOutcome> BackupManager::moveAllTo(const QString& folder, JobContext* context)
{
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    auto run = [&]() -> Result<MoveOutcome> {
        MoveOutcome outcome;
        if (target == m_folder)
            return outcome;
        auto all = list();
        if (!all)
            return all.error();
        // Only backups, whole: a file with its metadata. Never the live database or a file SQLite keeps beside it,
        // whatever folder the backups were set to.
        const QString live = QFileInfo(m_databasePath).canonicalFilePath();
        QVector<BackupInfo> backups;
        for (const auto& b : all.value()) {
            const QString canonical = QFileInfo(b.path).canonicalFilePath();
            const bool isLive = !live.isEmpty() && (canonical == live || canonical.startsWith(live + QLatin1Char('-')));
            if (b.hasMetadata && QFileInfo(b.path).isFile() && !isLive)
                backups.push_back(b);
        }
        if (!QDir().mkpath(target))
            return makeError(ErrorCode::ReadOnly,
                             QCoreApplication::translate("steward::BackupManager", "The folder %1 cannot be created.")
                                 .arg(QDir::toNativeSeparators(target)),
                             QCoreApplication::translate("steward::BackupManager", "Choose a folder you may write."));
        for (const auto& b : backups)
            for (const QString& name : {b.id, b.id + kSidecar})
                if (QFileInfo::exists(target + QLatin1Char('/') + name))
                    return makeError(ErrorCode::InvalidArgument,
                                     QCoreApplication::translate("steward::BackupManager",
                                                                 "%1 already has a file named %2; nothing was moved.")
                                         .arg(QDir::toNativeSeparators(target), name),
                                     QCoreApplication::translate("steward::BackupManager",
                                                                 "Choose another folder, or move that file away."));
        outcome.left = int(backups.size());
        for (const auto& b : backups) {
            if (context) {
                if (context->isCancelled()) {
                    outcome.cancelled = true;
                    outcome.stopped = QCoreApplication::translate("steward::BackupManager", "cancelled");
                    break;
                }
                context->setProgress(outcome.moved, backups.size(),
                                     QCoreApplication::translate("steward::BackupManager", "Moving %1…").arg(b.id));
            }
            const QString from = m_folder + QLatin1Char('/') + b.id, to = target + QLatin1Char('/') + b.id;
            // QFile::rename copies and removes across file systems.
            if (!QFile::rename(from, to)) {
                outcome.stopped =
                    QCoreApplication::translate("steward::BackupManager", "%1 could not be moved").arg(b.id);
                break;
            }
            if (!QFile::rename(from + kSidecar, to + kSidecar)) {
                QFile::rename(to, from); // whole or not at all
                outcome.stopped =
                    QCoreApplication::translate("steward::BackupManager", "the metadata of %1 could not be moved")
                        .arg(b.id);
                break;
            }
            ++outcome.moved;
            --outcome.left;
        }
        return outcome;
    };
    auto r = run();
    audit(AuditAction::MoveBackups, QDir::toNativeSeparators(target),
          !r                      ? Result<void>(r.error())
          : r->cancelled          ? Result<void>(makeError(ErrorCode::Cancelled, r->stopped))
          : !r->stopped.isEmpty() ? Result<void>(makeError(ErrorCode::IoError, r->stopped))
                                  : Result<void>(),
          r ? QStringLiteral("%1 backups moved from %2, %3 left")
                  .arg(r->moved)
                  .arg(QDir::toNativeSeparators(m_folder))
                  .arg(r->left)
            : QString());
    return r;
}

Result<BackupInfo> BackupManager::importFile(const QString& sourcePath, const QString& reason, JobContext* context)
{
    auto run = [&]() -> Result<BackupInfo> {
        OpenOptions ro;
        ro.readOnly = true;
        auto c = Connection::open(sourcePath, ro);
        if (!c)
            return c.error();
        auto problems = c.value()->engine().integrityCheck(*c.value(), false);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return makeError(
                ErrorCode::Corrupt,
                QCoreApplication::translate("steward::BackupManager",
                                            "%1 was not imported: it fails the integrity check (%2).")
                    .arg(QFileInfo(sourcePath).fileName(), problems->first()),
                QCoreApplication::translate("steward::BackupManager", "Only an intact database can become a backup."));
        c.value().reset();
        return copyIn(sourcePath, reason, false, context);
    };
    auto r = run();
    audit(AuditAction::ImportBackup, r ? r->id : sourcePath, r ? Result<void>() : Result<void>(r.error()), reason);
    return r;
}

} // namespace steward
