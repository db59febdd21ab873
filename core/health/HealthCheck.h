#pragma once

#include "Clock.h"
#include "health/CircuitBreaker.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace steward {

class QueryMonitor;
class Settings;

enum class CheckStatus { Ok, Warn, Fail };
enum class OverallHealth { Healthy, Degraded, Unhealthy };
QString checkStatusName(CheckStatus status);     // "ok", "warn", "fail"
QString overallHealthName(OverallHealth health); // "healthy", "degraded", "unhealthy"

struct HealthCheck {
    QString id;   // stable: "reachable", "integrity", "size", "freelist", "disk", "backup", "migrations", …
    QString name; // for people
    CheckStatus status = CheckStatus::Ok;
    QString message; // what was found, and what to do when it is not ok
    QString value;   // the figure behind it ("3.2 ms", "12 %", …)
};

struct HealthReport {
    QDateTime time; // UTC
    QVector<HealthCheck> checks;
    OverallHealth overall = OverallHealth::Healthy;
    bool reachable = false;
    CircuitStats circuit;
    const HealthCheck* find(const QString& id) const;
};

struct HealthInputs {
    QString databasePath;
    QString backupsFolder;    // empty: the default next to the database
    QString migrationsFolder; // empty: the default next to the database; no folder, no migration check
    qint64 backupMaxAgeHours = 24;
    int busyTimeoutMs = 5000;
    bool full = false; // integrity_check instead of quick_check
    const QueryMonitor* monitor = nullptr;
    qint64 slowThresholdMs = 100;
    // The inputs the settings give for a database (its folders, the backup age policy, timeouts, threshold).
    static HealthInputs from(const Settings& settings, const QString& databasePath);
};

// One round of checks. None of them writes: reachability and latency (a fresh read-only connection reading the
// schema, through the breaker, so failures count), quick_check or integrity_check, database and WAL size, free
// pages, free disk space where the database and its backups live, age of the newest valid backup, migrations
// pending/modified/missing/failed, slow statements in the last five minutes, and the circuit. Overall: any fail
// (the circuit OPEN or ISOLATED is one) → unhealthy; any warning (HALF_OPEN is one) → degraded; else healthy.
HealthReport runHealthChecks(const HealthInputs& inputs, CircuitBreaker& breaker, const Clock& clock = Clock::system());

} // namespace steward

Q_DECLARE_METATYPE(steward::HealthReport)
