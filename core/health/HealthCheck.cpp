#include "health/HealthCheck.h"

#include "Settings.h"
#include "backup/BackupManager.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "health/ServerChecks.h"
#include "migrations/MigrationSet.h"
#include "migrations/Migrator.h"
#include "monitor/QueryMonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace steward {

namespace {

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n);
}

} // namespace

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Ok:
        return QStringLiteral("ok");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString overallHealthName(OverallHealth health)
{
    switch (health) {
    case OverallHealth::Healthy:
        return QStringLiteral("healthy");
    case OverallHealth::Degraded:
        return QStringLiteral("degraded");
    case OverallHealth::Unhealthy:
        return QStringLiteral("unhealthy");
    }
    return {};
}

HealthInputs HealthInputs::from(const Settings& settings, const QString& databasePath)
{
    HealthInputs in;
    in.databasePath = databasePath;
    in.backupsFolder = settings.backupsFolder(databasePath);
    in.migrationsFolder = settings.migrationsFolder(databasePath);
    in.backupMaxAgeHours = settings.intValue(SettingKey::BackupMaxAgeHours);
    in.busyTimeoutMs = int(settings.intValue(SettingKey::BusyTimeoutMs));
    in.slowThresholdMs = settings.intValue(SettingKey::SlowQueryThresholdMs);
    return in;
}

const HealthCheck* HealthReport::find(const QString& id) const
{
    for (const auto& c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

HealthReport runHealthChecks(const HealthInputs& in, CircuitBreaker& breaker, const Clock& clock)
{
    HealthReport report;
    report.time = clock.nowUtc();
    const auto add = [&](const QString& id, const QString& name, CheckStatus status, const QString& message,
                         const QString& value = {}) {
        report.checks.push_back({id, name, status, message, value});
    };

    // Reachability: a fresh connection (a moved file or a lock shows here, not on a connection opened long ago).
    std::unique_ptr<Connection> c;
    QElapsedTimer timer;
    timer.start();
    auto reached = breaker.execute([&]() -> Result<void> {
        OpenOptions o;
        o.readOnly = true;
        o.busyTimeoutMs = in.busyTimeoutMs;
        auto opened = DatabaseEngine::forLocation(in.databasePath).open(in.databasePath, o);
        if (!opened)
            return opened.error();
        if (auto r = opened.value()->scalar(QStringLiteral("SELECT 1")); !r)
            return r.error();
        c = std::move(opened.value());
        return {};
    });
    const double latencyMs = double(timer.nsecsElapsed()) / 1e6;
    report.reachable = bool(reached);
    if (reached)
        add(QStringLiteral("reachable"), QCoreApplication::translate("steward::Health", "Reachable"),
            latencyMs > 1000 ? CheckStatus::Warn : CheckStatus::Ok,
            latencyMs > 1000 ? QCoreApplication::translate("steward::Health", "The database answered slowly.")
                             : QCoreApplication::translate("steward::Health", "The database answers."),
            QStringLiteral("%1 ms").arg(QLocale().toString(latencyMs, 'f', 1)));
    else
        add(QStringLiteral("reachable"), QCoreApplication::translate("steward::Health", "Reachable"), CheckStatus::Fail,
            reached.error().message + QLatin1Char(' ') + reached.error().hint,
            QStringLiteral("%1 ms").arg(QLocale().toString(latencyMs, 'f', 1)));

    const bool server = DatabaseEngine::forLocation(in.databasePath).isServer();
    if (c && server) {
        for (const HealthCheck& check : serverHealthChecks(*c))
            report.checks.push_back(check);
    } else if (c) {
        // Integrity.
        auto problems = c->engine().integrityCheck(*c, !in.full);
        const QString name = in.full ? QCoreApplication::translate("steward::Health", "Integrity (full)")
                                     : QCoreApplication::translate("steward::Health", "Integrity (quick)");
        if (!problems &&
            (problems.error().code == ErrorCode::Corrupt || problems.error().code == ErrorCode::NotADatabase))
            add(QStringLiteral("integrity"), name, CheckStatus::Fail,
                QCoreApplication::translate("steward::Health", "The database is damaged: %1 Restore a valid backup.")
                    .arg(problems.error().message),
                QCoreApplication::translate("steward::Health", "damaged"));
        else if (!problems)
            add(QStringLiteral("integrity"), name, CheckStatus::Warn,
                QCoreApplication::translate("steward::Health", "The check could not run: %1")
                    .arg(problems.error().message));
        else if (problems->isEmpty())
            add(QStringLiteral("integrity"), name, CheckStatus::Ok,
                QCoreApplication::translate("steward::Health", "No problems found."),
                QCoreApplication::translate("steward::Health", "ok"));
        else
            add(QStringLiteral("integrity"), name, CheckStatus::Fail,
                QCoreApplication::translate("steward::Health",
                                            "SQLite found %n problems, the first: %1. Restore a valid backup.", nullptr,
                                            int(problems->size()))
                    .arg(problems->first()),
                QString::number(problems->size()));

        // Size, WAL and free pages.
        const qint64 size = QFileInfo(in.databasePath).size();
        const qint64 wal = QFileInfo(in.databasePath + QStringLiteral("-wal")).size();
        add(QStringLiteral("size"), QCoreApplication::translate("steward::Health", "Size"), CheckStatus::Ok,
            wal > 0 ? QCoreApplication::translate("steward::Health", "Database %1, write-ahead log %2.")
                          .arg(bytes(size), bytes(wal))
                    : QCoreApplication::translate("steward::Health", "Database %1.").arg(bytes(size)),
            bytes(size + wal));
        auto pages = c->scalar(QStringLiteral("PRAGMA page_count"));
        auto freePages = c->scalar(QStringLiteral("PRAGMA freelist_count"));
        if (pages && freePages && pages->toLongLong() > 0) {
            const double share = double(freePages->toLongLong()) / double(pages->toLongLong());
            add(QStringLiteral("freelist"), QCoreApplication::translate("steward::Health", "Free pages"),
                share > 0.25 ? CheckStatus::Warn : CheckStatus::Ok,
                share > 0.25
                    ? QCoreApplication::translate(
                          "steward::Health", "A quarter or more of the file is unused; VACUUM would make it smaller.")
                    : QCoreApplication::translate("steward::Health", "Little unused space."),
                QStringLiteral("%1 %").arg(QLocale().toString(share * 100, 'f', 1)));
        }
    } else {
        add(QStringLiteral("integrity"), QCoreApplication::translate("steward::Health", "Integrity (quick)"),
            CheckStatus::Warn,
            QCoreApplication::translate("steward::Health", "Not checked: the database cannot be reached."));
    }

    // Free disk space where the database and its backups live (a server's disk is the server's to watch).
    const QString backups =
        in.backupsFolder.isEmpty() ? BackupManager::defaultFolder(in.databasePath) : in.backupsFolder;
    const qint64 size = QFileInfo(in.databasePath).size();
    if (!server) {
        QStorageInfo db(QFileInfo(in.databasePath).absolutePath());
        QStorageInfo bk(QDir(backups).exists() ? backups : QFileInfo(in.databasePath).absolutePath());
        const qint64 freeBytes = std::min(db.bytesAvailable(), bk.bytesAvailable());
        CheckStatus status = CheckStatus::Ok;
        QString message = QCoreApplication::translate("steward::Health", "Enough room for backups and growth.");
        if (freeBytes >= 0 && freeBytes < size) {
            status = CheckStatus::Fail;
            message = QCoreApplication::translate(
                "steward::Health",
                "Less free space than the database's size: a backup or a restore cannot be made. Free some "
                "space.");
        } else if (freeBytes >= 0 && (freeBytes < 2 * size || freeBytes < 512LL * 1024 * 1024)) {
            status = CheckStatus::Warn;
            message = QCoreApplication::translate("steward::Health",
                                                  "Little free space left: free some before the next backup.");
        }
        add(QStringLiteral("disk"), QCoreApplication::translate("steward::Health", "Free disk space"), status, message,
            bytes(freeBytes));
    }

    // The newest valid backup.
    {
        BackupManager manager(in.databasePath, backups, clock);
        auto list = manager.list();
        QDateTime newest;
        if (list)
            for (const auto& b : list.value())
                if ((b.status == BackupStatus::Valid || b.status == BackupStatus::Unverified) &&
                    (!newest.isValid() || b.metadata.created > newest))
                    newest = b.metadata.created;
        if (!list) {
            add(QStringLiteral("backup"), QCoreApplication::translate("steward::Health", "Newest backup"),
                CheckStatus::Warn, list.error().message);
        } else if (!newest.isValid()) {
            add(QStringLiteral("backup"), QCoreApplication::translate("steward::Health", "Newest backup"),
                CheckStatus::Warn,
                QCoreApplication::translate("steward::Health",
                                            "There is no backup of this database. Create one in the Backups panel."),
                QCoreApplication::translate("steward::Health", "none"));
        } else {
            const qint64 hours = newest.secsTo(report.time) / 3600;
            add(QStringLiteral("backup"), QCoreApplication::translate("steward::Health", "Newest backup"),
                hours >= in.backupMaxAgeHours ? CheckStatus::Warn : CheckStatus::Ok,
                hours >= in.backupMaxAgeHours
                    ? QCoreApplication::translate("steward::Health",
                                                  "The newest backup is older than %n hours. Create a new one.",
                                                  nullptr, int(in.backupMaxAgeHours))
                    : QCoreApplication::translate("steward::Health", "Recent enough."),
                QCoreApplication::translate("steward::Health", "%n hours old", nullptr, int(hours)));
        }
    }

    // Migrations, when the database has a migrations folder.
    const QString folder =
        in.migrationsFolder.isEmpty() ? MigrationSet::defaultFolder(in.databasePath) : in.migrationsFolder;
    // Migrations on a server database are read by a later part of the PostgreSQL work; until then, not checked.
    if (c && !server && QDir(folder).exists()) {
        Migrator migrator(in.databasePath, folder, backups, clock);
        migrator.setBusyTimeoutMs(in.busyTimeoutMs);
        auto states = migrator.status();
        if (!states) {
            add(QStringLiteral("migrations"), QCoreApplication::translate("steward::Health", "Migrations"),
                CheckStatus::Warn, states.error().message);
        } else {
            int pending = 0, changed = 0, missing = 0, failed = 0;
            for (const auto& s : states.value()) {
                pending += s.status == MigrationStatus::Pending;
                changed += s.status == MigrationStatus::Modified;
                missing += s.status == MigrationStatus::Missing;
                failed += s.status == MigrationStatus::Failed;
            }
            CheckStatus status = failed                            ? CheckStatus::Fail
                                 : (pending || changed || missing) ? CheckStatus::Warn
                                                                   : CheckStatus::Ok;
            QStringList parts;
            if (pending)
                parts << QCoreApplication::translate("steward::Health", "%n pending", nullptr, pending);
            if (changed)
                parts << QCoreApplication::translate("steward::Health", "%n edited after being applied", nullptr,
                                                     changed);
            if (missing)
                parts << QCoreApplication::translate("steward::Health", "%n missing", nullptr, missing);
            if (failed)
                parts << QCoreApplication::translate("steward::Health", "%n failed", nullptr, failed);
            add(QStringLiteral("migrations"), QCoreApplication::translate("steward::Health", "Migrations"), status,
                parts.isEmpty()
                    ? QCoreApplication::translate("steward::Health", "Every migration is applied and unchanged.")
                    : parts.join(QStringLiteral(", ")) + QLatin1Char('.'),
                QString::number(states->size()));
        }
    }

    // Slow statements in the last five minutes (of Steward's traced connections; a server's come from
    // pg_stat_statements instead).
    if (in.monitor && !server) {
        const qint64 since = report.time.toMSecsSinceEpoch() - 5 * 60 * 1000;
        int slow = 0, all = 0;
        for (const auto& s : in.monitor->recentStatements(since)) {
            ++all;
            slow += s.durationNs >= in.slowThresholdMs * 1'000'000;
        }
        const double perMinute = double(slow) / 5.0;
        add(QStringLiteral("slow-queries"), QCoreApplication::translate("steward::Health", "Slow statements (5 min)"),
            perMinute >= 10 ? CheckStatus::Warn : CheckStatus::Ok,
            perMinute >= 10
                ? QCoreApplication::translate("steward::Health",
                                              "Many slow statements: see the Performance view of the Queries panel.")
                : QCoreApplication::translate("steward::Health", "%1 of %2 statements took %3 ms or more.")
                      .arg(slow)
                      .arg(all)
                      .arg(in.slowThresholdMs),
            QCoreApplication::translate("steward::Health", "%1 a minute").arg(QLocale().toString(perMinute, 'f', 1)));
    }

    // The circuit.
    report.circuit = breaker.stats();
    const CircuitState state = report.circuit.state;
    const CheckStatus circuitStatus = state == CircuitState::Closed     ? CheckStatus::Ok
                                      : state == CircuitState::HalfOpen ? CheckStatus::Warn
                                                                        : CheckStatus::Fail;
    QString circuitMessage;
    switch (state) {
    case CircuitState::Closed:
        circuitMessage = QCoreApplication::translate("steward::Health", "Closed: calls go through.");
        break;
    case CircuitState::HalfOpen:
        circuitMessage = QCoreApplication::translate("steward::Health", "Half-open: trying the database again.");
        break;
    case CircuitState::Open:
        circuitMessage =
            QCoreApplication::translate("steward::Health", "Open after repeated failures (%1). Tried again at %2.")
                .arg(report.circuit.lastTransition.cause, QDateTime::fromMSecsSinceEpoch(report.circuit.nextAttemptMs)
                                                              .toLocalTime()
                                                              .toString(QStringLiteral("HH:mm:ss")));
        break;
    case CircuitState::Isolated:
        circuitMessage =
            QCoreApplication::translate("steward::Health", "Isolated by hand; reset it to use the database again.");
        break;
    }
    add(QStringLiteral("circuit"), QCoreApplication::translate("steward::Health", "Circuit"), circuitStatus,
        circuitMessage, circuitStateText(state));

    report.overall = OverallHealth::Healthy;
    for (const auto& check : report.checks) {
        if (check.status == CheckStatus::Fail)
            report.overall = OverallHealth::Unhealthy;
        else if (check.status == CheckStatus::Warn && report.overall == OverallHealth::Healthy)
            report.overall = OverallHealth::Degraded;
    }
    return report;
}

} // namespace steward
