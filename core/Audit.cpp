#include "Audit.h"

#include "AppPaths.h"
#include "Logging.h"
#include "db/Connection.h"
#include "db/Repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <unistd.h>

namespace steward {

namespace {

QJsonObject toJson(const AuditEntry& e)
{
    return QJsonObject{
        {QStringLiteral("uid"), e.uid},       {QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), e.action}, {QStringLiteral("database"), e.database},
        {QStringLiteral("target"), e.target}, {QStringLiteral("outcome"), e.outcome},
        {QStringLiteral("detail"), e.detail}};
}

AuditEntry fromJson(const QJsonObject& o)
{
    AuditEntry e;
    e.uid = o.value(QStringLiteral("uid")).toString();
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.action = o.value(QStringLiteral("action")).toString();
    e.database = o.value(QStringLiteral("database")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    return e;
}

Result<std::unique_ptr<Connection>> openStore(const QString& path)
{
    OpenOptions options;
    options.create = true;
    options.busyTimeoutMs = 2000;
    auto c = Connection::open(path, options);
    if (!c)
        return c;
    if (auto r = c.value()->execScript(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS audit_log ("
            " id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, time TEXT NOT NULL, action TEXT NOT NULL,"
            " database TEXT, target TEXT, outcome TEXT NOT NULL, detail TEXT);"
            "CREATE INDEX IF NOT EXISTS audit_log_time ON audit_log(time);"));
        !r)
        return r.error();
    return c;
}

} // namespace

AuditTrail::AuditTrail(QString storePath, QString fallbackPath, const Clock& clock)
    : m_storePath(std::move(storePath))
    , m_fallbackPath(std::move(fallbackPath))
    , m_clock(clock)
{
}

AuditTrail& AuditTrail::instance()
{
    static AuditTrail trail(AppPaths::auditStorePath(), AppPaths::dataDir() + QStringLiteral("/audit-pending.jsonl"));
    return trail;
}

Result<void> AuditTrail::storeAll(const QVector<AuditEntry>& entries)
{
    auto c = openStore(m_storePath);
    if (!c)
        return c.error();
    Repository log(*c.value(), QStringLiteral("audit_log"));
    if (auto r = log.load(); !r)
        return r;
    return log.transaction([&]() -> Result<void> {
        for (const auto& e : entries) {
            // Ignore on the unique uid: replaying an entry twice (a crash between commit and removing the
            // fallback file) stores it once.
            QVariantMap row = toJson(e).toVariantMap();
            auto r = log.insert(row, Repository::OnConflict::Ignore);
            if (!r)
                return r.error();
        }
        return {};
    });
}

Result<void> AuditTrail::appendFallback(const AuditEntry& entry)
{
    QFile f(m_fallbackPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("steward::Errors", "The audit trail cannot be written."),
                         QCoreApplication::translate("steward::Errors",
                                                     "Check that Steward's data folder is writable and not full."),
                         f.errorString());
    const QByteArray line = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size() || !f.flush() || ::fsync(f.handle()) != 0)
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate("steward::Errors", "The audit trail cannot be written."),
                         QCoreApplication::translate("steward::Errors", "Free some disk space."), f.errorString());
    return {};
}

QVector<AuditEntry> AuditTrail::readFallback() const
{
    QVector<AuditEntry> out;
    QFile f(m_fallbackPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const auto doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            // A line cut short by a crash while appending: skip it, keep the rest.
            logging::logger()->warn("audit fallback: skipping an unreadable line");
            continue;
        }
        out.push_back(fromJson(doc.object()));
    }
    return out;
}

int AuditTrail::pendingInFallback() const
{
    std::lock_guard lock(m_mutex);
    return int(readFallback().size());
}

Result<int> AuditTrail::replayFallback()
{
    std::lock_guard lock(m_mutex);
    const auto pending = readFallback();
    if (pending.isEmpty()) {
        QFile::remove(m_fallbackPath);
        return 0;
    }
    if (auto r = storeAll(pending); !r)
        return r.error();
    QFile::remove(m_fallbackPath);
    logging::logger()->info("audit: moved {} entries from the fallback file into the store", pending.size());
    return int(pending.size());
}

Result<void> AuditTrail::record(AuditEntry entry)
{
    if (entry.uid.isEmpty())
        entry.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.time.isValid())
        entry.time = m_clock.nowUtc();
    logging::logger()->info("audit: {} {} {} -> {} {}", entry.action, entry.database, entry.target, entry.outcome,
                            entry.detail);
    std::lock_guard lock(m_mutex);
    QVector<AuditEntry> batch = readFallback();
    batch.push_back(entry);
    if (auto r = storeAll(batch); r) {
        QFile::remove(m_fallbackPath);
        return {};
    } else {
        logging::logger()->warn("audit store {} cannot be written ({}); using {}", m_storePath, r.error().detail,
                                m_fallbackPath);
    }
    return appendFallback(entry);
}

QString auditActionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Backup:
        return QStringLiteral("backup");
    case AuditAction::Verify:
        return QStringLiteral("verify");
    case AuditAction::Restore:
        return QStringLiteral("restore");
    case AuditAction::DeleteBackup:
        return QStringLiteral("delete-backup");
    case AuditAction::PinBackup:
        return QStringLiteral("pin-backup");
    case AuditAction::UnpinBackup:
        return QStringLiteral("unpin-backup");
    case AuditAction::ImportBackup:
        return QStringLiteral("import-backup");
    case AuditAction::MoveBackups:
        return QStringLiteral("move-backups");
    case AuditAction::Migrate:
        return QStringLiteral("migrate");
    case AuditAction::Rollback:
        return QStringLiteral("rollback");
    case AuditAction::Repair:
        return QStringLiteral("repair");
    case AuditAction::Baseline:
        return QStringLiteral("baseline");
    case AuditAction::ValidateMigrations:
        return QStringLiteral("validate-migrations");
    case AuditAction::ClearQueryStatistics:
        return QStringLiteral("clear-query-statistics");
    case AuditAction::HealthCheck:
        return QStringLiteral("health-check");
    case AuditAction::CircuitIsolate:
        return QStringLiteral("circuit-isolate");
    case AuditAction::CircuitReset:
        return QStringLiteral("circuit-reset");
    }
    return QStringLiteral("unknown");
}

const QVector<AuditAction>& allAuditActions()
{
    static const QVector<AuditAction> all{AuditAction::Backup,
                                          AuditAction::Verify,
                                          AuditAction::Restore,
                                          AuditAction::DeleteBackup,
                                          AuditAction::PinBackup,
                                          AuditAction::UnpinBackup,
                                          AuditAction::ImportBackup,
                                          AuditAction::MoveBackups,
                                          AuditAction::Migrate,
                                          AuditAction::Rollback,
                                          AuditAction::Repair,
                                          AuditAction::Baseline,
                                          AuditAction::ValidateMigrations,
                                          AuditAction::ClearQueryStatistics,
                                          AuditAction::HealthCheck,
                                          AuditAction::CircuitIsolate,
                                          AuditAction::CircuitReset};
    return all;
}

Result<void> AuditTrail::recordOutcome(AuditAction action, const QString& database, const QString& target,
                                       const Result<void>& outcome, const QString& detail)
{
    AuditEntry e;
    e.action = auditActionName(action);
    e.database = database;
    e.target = target;
    e.outcome = outcome ? QStringLiteral("ok")
                        : (outcome.error().code == ErrorCode::Cancelled ? QStringLiteral("cancelled")
                                                                        : QStringLiteral("failed"));
    e.detail = outcome ? detail : outcome.error().toText();
    return record(e);
}

Result<QVector<AuditEntry>> AuditTrail::recent(int limit)
{
    auto c = openStore(m_storePath);
    if (!c)
        return c.error();
    Repository log(*c.value(), QStringLiteral("audit_log"));
    if (auto r = log.load(); !r)
        return r.error();
    auto rows = log.find({}, QStringLiteral("id"), true, limit);
    if (!rows)
        return rows.error();
    QVector<AuditEntry> out;
    for (const auto& r : rows.value())
        out.push_back(fromJson(QJsonObject::fromVariantMap(r)));
    return out;
}

} // namespace steward
