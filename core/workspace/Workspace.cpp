#include "workspace/Workspace.h"

#include "Audit.h"
#include "db/ConsoleSession.h"
#include "db/DatabaseEngine.h"
#include "db/DatabaseSession.h"
#include "health/CircuitBreaker.h"
#include "health/HealthCheck.h"
#include "health/HealthMonitor.h"
#include "migrations/MigrationSet.h"
#include "monitor/QueryMonitor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

namespace steward {

namespace {

// What a job needs to build a service in its own thread: plain values, copied when the work is asked for.
struct Params {
    QString database;
    QString migrations;
    QString backups;
    QString format;
    int busyTimeoutMs = 5000;
};

Migrator makeMigrator(const Params& p)
{
    Migrator m(p.database, p.migrations, p.backups, Clock::system(), &AuditTrail::instance());
    m.setFormat(p.format);
    m.setBusyTimeoutMs(p.busyTimeoutMs);
    return m;
}

BackupManager makeManager(const Params& p)
{
    BackupManager m(p.database, p.backups, Clock::system(), &AuditTrail::instance());
    CopyOptions copy;
    copy.busyTimeoutMs = p.busyTimeoutMs;
    m.setCopyOptions(copy);
    return m;
}

} // namespace

Workspace::Workspace(const QString& databasePath, Settings& settings, QObject* parent)
    : QObject(parent)
    , m_path(normalizedLocation(databasePath))
    , m_settings(settings)
{
    connect(&m_settings, &Settings::databaseValueChanged, this, &Workspace::followSetting);
    connect(&m_settings, &Settings::changed, this, &Workspace::applySetting);
    // settings.ini changed by another program: follow this database's own values that changed.
    connect(&m_settings, &Settings::databaseValuesReloaded, this, [this] {
        const QStringList now{backupsFolder(), migrationsFolder(), migrationFormat()};
        const DatabaseSetting keys[] = {DatabaseSetting::BackupsFolder, DatabaseSetting::MigrationsFolder,
                                        DatabaseSetting::MigrationFormat};
        for (int i = 0; i < 3; ++i)
            if (now[i] != m_known.value(i))
                followSetting(m_path, keys[i]);
    });
    m_known = {backupsFolder(), migrationsFolder(), migrationFormat()};
}

void Workspace::applySetting(SettingKey key)
{
    // Preferences and settings.ini apply at once: to the breaker, the health checks and the statement monitor.
    switch (key) {
    case SettingKey::CircuitFailureThreshold:
    case SettingKey::CircuitSuccessThreshold:
    case SettingKey::CircuitTimeoutMs:
    case SettingKey::CircuitWindowMs:
    case SettingKey::CircuitHalfOpenProbes:
        breaker().setOptions(CircuitOptions::from(m_settings));
        break;
    case SettingKey::HealthIntervalMs:
        if (HealthMonitor* h = health())
            h->setIntervalMs(m_settings.intValue(SettingKey::HealthIntervalMs));
        break;
    case SettingKey::ReconnectBaseMs:
    case SettingKey::ReconnectCapMs:
        if (HealthMonitor* h = health())
            h->setBackoff(m_settings.intValue(SettingKey::ReconnectBaseMs),
                          m_settings.intValue(SettingKey::ReconnectCapMs));
        break;
    case SettingKey::BackupMaxAgeHours:
    case SettingKey::SlowQueryThresholdMs:
        if (m_session && key == SettingKey::SlowQueryThresholdMs)
            m_session->monitor().setThresholdMs(m_settings.intValue(SettingKey::SlowQueryThresholdMs));
        if (HealthMonitor* h = health())
            h->setInputs(healthInputs());
        break;
    default:
        break; // read where used (busy timeout, retention, …) or by the window (log level, schedule)
    }
    emit settingApplied(key);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& databasePath, Settings& settings, int openTimeoutMs)
{
    OpenOptions options = DatabaseSession::optionsFrom(settings);
    options.openTimeoutMs = openTimeoutMs;
    auto session = DatabaseSession::open(databasePath, options);
    if (!session)
        return session.error();
    auto ws = std::make_unique<Workspace>(session.value()->path(), settings);
    ws->m_session = std::move(session.value());
    if (auto traced = ws->m_session->startMonitoring(settings.intValue(SettingKey::SlowQueryThresholdMs)); !traced)
        qWarning("statements on %s are not traced: %s", qPrintable(ws->m_path), qPrintable(traced.error().message));
    ws->breaker().setOptions(CircuitOptions::from(settings));
    // Transitions happen on any thread; the workspace's receivers get them on the UI thread.
    connect(&ws->breaker(), &CircuitBreaker::transitioned, ws.get(), &Workspace::circuitChanged, Qt::QueuedConnection);
    return ws;
}

Workspace::~Workspace() = default;

WorkOf<void> Workspace::waitUntilReadable(const QString& databasePath, const Settings& settings)
{
    // As the window opens it (read-write where it can: a hot journal left by a killed writer is rolled back as any
    // SQLite program does, where a read-only connection could not read the database at all).
    const OpenOptions options = DatabaseSession::optionsFrom(settings);
    return [databasePath, options](JobContext&) -> Result<void> {
        auto c = DatabaseEngine::forLocation(databasePath).open(databasePath, options);
        if (!c)
            return c.error();
        return {};
    };
}

bool Workspace::isReadOnly() const
{
    return m_session && m_session->connection().isReadOnly();
}

std::shared_ptr<CircuitBreaker> Workspace::sharedBreaker() const
{
    if (m_session)
        return m_session->sharedBreaker();
    if (!m_ownBreaker)
        m_ownBreaker = makeSharedBreaker();
    return m_ownBreaker;
}

CircuitBreaker& Workspace::breaker() const
{
    return *sharedBreaker();
}

HealthMonitor* Workspace::health() const
{
    return m_session ? m_session->health() : nullptr;
}

QString Workspace::backupsFolder() const
{
    return m_backupsOverride.isEmpty() ? m_settings.backupsFolder(m_path) : m_backupsOverride;
}

QString Workspace::migrationsFolder() const
{
    return m_migrationsOverride.isEmpty() ? m_settings.migrationsFolder(m_path) : m_migrationsOverride;
}

QString Workspace::migrationFormat() const
{
    return m_formatOverride.isEmpty() ? m_settings.databaseValue(m_path, DatabaseSetting::MigrationFormat)
                                      : m_formatOverride;
}

HealthInputs Workspace::healthInputs() const
{
    HealthInputs in = HealthInputs::from(m_settings, m_path);
    in.backupsFolder = backupsFolder();
    in.migrationsFolder = migrationsFolder();
    if (m_session)
        in.monitor = &m_session->monitor();
    return in;
}

void Workspace::setBackupsFolder(const QString& folder)
{
    const QString normal = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    m_settings.setDatabaseValue(m_path, DatabaseSetting::BackupsFolder,
                                normal == BackupManager::defaultFolder(m_path) ? QString() : normal);
}

void Workspace::setMigrationsFolder(const QString& folder)
{
    const QString normal = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    m_settings.setDatabaseValue(m_path, DatabaseSetting::MigrationsFolder,
                                normal == MigrationSet::defaultFolder(m_path) ? QString() : normal);
}

void Workspace::setMigrationFormat(const QString& format)
{
    m_settings.setDatabaseValue(m_path, DatabaseSetting::MigrationFormat, format);
}

void Workspace::followSetting(const QString& databasePath, DatabaseSetting key)
{
    if (databasePath != m_path)
        return;
    m_known = {backupsFolder(), migrationsFolder(), migrationFormat()};
    if (HealthMonitor* h = health())
        h->setInputs(healthInputs()); // from the next check on
    emit settingChanged(key);
    if (key == DatabaseSetting::BackupsFolder)
        emit backupsChanged();
    if (key == DatabaseSetting::MigrationsFolder || key == DatabaseSetting::MigrationFormat)
        emit migrationsChanged();
}

namespace {

Params paramsOf(const Workspace& ws)
{
    return Params{ws.path(), ws.migrationsFolder(), ws.backupsFolder(), ws.migrationFormat(),
                  int(ws.settings().intValue(SettingKey::BusyTimeoutMs))};
}

} // namespace

BackupManager Workspace::backupManager() const
{
    return makeManager(paramsOf(*this));
}

Migrator Workspace::migrator() const
{
    return makeMigrator(paramsOf(*this));
}

void Workspace::startHealth()
{
    if (!m_session)
        return;
    auto monitor = std::make_unique<HealthMonitor>(healthInputs(), m_session->breaker());
    monitor->setIntervalMs(m_settings.intValue(SettingKey::HealthIntervalMs));
    monitor->setBackoff(m_settings.intValue(SettingKey::ReconnectBaseMs),
                        m_settings.intValue(SettingKey::ReconnectCapMs));
    connect(monitor.get(), &HealthMonitor::reportReady, this, &Workspace::healthChanged);
    m_session->startHealth(std::move(monitor));
}

bool Workspace::isUnavailable() const
{
    const CircuitState s = breaker().state();
    return s == CircuitState::Open || s == CircuitState::Isolated;
}

QString Workspace::unavailableReason() const
{
    const CircuitStats stats = breaker().stats();
    if (stats.state == CircuitState::Isolated)
        return tr("The database is isolated by hand (%1); reset the circuit in the Health panel to use it again.")
            .arg(stats.lastTransition.cause);
    if (stats.state == CircuitState::Open)
        return tr("The database cannot be reached (%1); Steward tries again at %2.")
            .arg(
                stats.lastTransition.cause,
                QDateTime::fromMSecsSinceEpoch(stats.nextAttemptMs).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    return {};
}

void Workspace::announceCommitted(bool schema)
{
    emit dataCommitted();
    if (schema)
        emit schemaChanged();
}

template <typename T> WorkOf<T> Workspace::guarded(WorkOf<T> work) const
{
    // The breaker is shared: a read the user dropped may finish after the workspace has closed.
    return [breaker = sharedBreaker(), work = std::move(work)](JobContext& context) -> Result<T> {
        return breaker->execute([&] { return work(context); });
    };
}

template <typename T> WorkOf<T> Workspace::announcing(WorkOf<T> work, std::initializer_list<Signal> what) const
{
    // The workspace outlives every job it handed work to (the window stops the panels' jobs before it goes), and a
    // queued call to an object that is gone is dropped by Qt.
    return [self = const_cast<Workspace*>(this), work = std::move(work),
            what = std::vector<Signal>(what)](JobContext& context) -> Result<T> {
        Result<T> r = work(context);
        // A failed or cancelled migration or restore may still have changed something (steps applied before the
        // cancel, a failed row, the backup taken first); only a refusal by the breaker ran nothing.
        if (r || r.error().code != ErrorCode::Unavailable)
            QMetaObject::invokeMethod(
                self,
                [self, what] {
                    for (Signal s : what)
                        (self->*s)();
                },
                Qt::QueuedConnection);
        return r;
    };
}

OpenOptions Workspace::readOptions() const
{
    // As the window's connection is opened (read-write where it can be: a hot journal left by a killed writer is
    // rolled back on the first read, as any SQLite program does; a read-only connection could not read it at all).
    OpenOptions o = m_session ? m_session->options() : DatabaseSession::optionsFrom(m_settings);
    o.readOnly = o.readOnly || isReadOnly();
    return o;
}

namespace {

// Work on a connection of its own that the job's Cancel interrupts.
template <typename T, typename F> WorkOf<T> onOwnConnection(const QString& path, const OpenOptions& o, F f)
{
    return [path, o, f](JobContext& context) -> Result<T> {
        auto c = DatabaseEngine::forLocation(path).open(path, o);
        if (!c)
            return c.error();
        context.setCancelHook(c.value()->engine().interrupter(*c.value()));
        Result<T> r = f(*c.value());
        context.setCancelHook({});
        return r;
    };
}

} // namespace

WorkOf<DatabaseInfo> Workspace::readInfo() const
{
    return guarded<DatabaseInfo>(
        onOwnConnection<DatabaseInfo>(m_path, readOptions(), [](Connection& c) { return c.engine().info(c, false); }));
}

WorkOf<QVector<SchemaObject>> Workspace::readSchema() const
{
    return guarded<QVector<SchemaObject>>(onOwnConnection<QVector<SchemaObject>>(
        m_path, readOptions(), [](Connection& c) { return c.engine().schemaObjects(c); }));
}

WorkOf<qint64> Workspace::countRows(const QString& table) const
{
    OpenOptions o = readOptions();
    o.readOnly = true;
    return guarded<qint64>(
        onOwnConnection<qint64>(m_path, o, [table](Connection& c) { return c.engine().rowCount(c, table); }));
}

WorkOf<TablePage> Workspace::readTablePage(const QString& table, const TableReader::Cursor& cursor, int count) const
{
    return guarded<TablePage>(
        onOwnConnection<TablePage>(m_path, readOptions(), [table, cursor, count](Connection& c) -> Result<TablePage> {
            TableReader reader(c, table, cursor);
            if (cursor.columns.isEmpty())
                if (auto r = reader.prepare(); !r)
                    return r.error();
            auto rows = reader.next(count);
            if (!rows)
                return rows.error();
            return TablePage{rows.value(), reader.cursor()};
        }));
}

WorkOf<QVector<FingerprintSummary>> Workspace::profileScript(const QString& file, int runs) const
{
    return guarded<QVector<FingerprintSummary>>(
        [file, runs, path = m_path, options = readOptions()](JobContext&) -> Result<QVector<FingerprintSummary>> {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::CannotOpen, tr("%1 cannot be read: %2").arg(file, f.errorString()),
                                 tr("Check that the file exists and that you may read it."));
            const QString script = QString::fromUtf8(f.readAll());
            auto c = Connection::open(path, options);
            if (!c)
                return c.error();
            auto stats = steward::profileScript(*c.value(), script, runs);
            if (!stats)
                return stats.error();
            return summarize(stats.value());
        });
}

WorkOf<bool> Workspace::writesData(const QString& sql) const
{
    return guarded<bool>(
        onOwnConnection<bool>(m_path, readOptions(), [sql](Connection& c) { return statementsWrite(c, sql); }));
}

WorkOf<QVector<PlanStep>> Workspace::explain(const QString& sql) const
{
    return guarded<QVector<PlanStep>>(onOwnConnection<QVector<PlanStep>>(
        m_path, readOptions(), [sql](Connection& c) { return explainQueryPlan(c, sql); }));
}

WorkOf<QueryReport> Workspace::readQueryReport(const QDateTime& since) const
{
    std::shared_ptr<const QueryMonitor> monitor =
        m_session ? m_session->sharedMonitor() : std::make_shared<const QueryMonitor>();
    return guarded<QueryReport>([path = m_path, monitor, since](JobContext&) -> Result<QueryReport> {
        return loadQueryReport(path, *monitor, since);
    });
}

Result<int> Workspace::clearQueryStatistics(const QString& path)
{
    auto n = SlowQueryStore::clear(path); // Steward's own records; the application's query_performance is only read
    (void)AuditTrail::instance().recordOutcome(
        AuditAction::ClearQueryStatistics, path, QStringLiteral("query_performance"),
        n ? Result<void>{} : Result<void>(n.error()), n ? QStringLiteral("%1 rows").arg(n.value()) : QString());
    return n;
}

void Workspace::checkHealthNow(bool full)
{
    (void)AuditTrail::instance().record(AuditEntry{.action = auditActionName(AuditAction::HealthCheck),
                                                   .database = m_path,
                                                   .target = full ? QStringLiteral("full") : QStringLiteral("quick"),
                                                   .outcome = QStringLiteral("ok")});
    if (HealthMonitor* h = health())
        h->checkNow(full);
}

HealthReport Workspace::runHealthCheck(bool full) const
{
    HealthInputs in = healthInputs();
    in.full = full;
    HealthReport report = runHealthChecks(in, breaker());
    (void)AuditTrail::instance().record(AuditEntry{.action = auditActionName(AuditAction::HealthCheck),
                                                   .database = m_path,
                                                   .target = full ? QStringLiteral("full") : QStringLiteral("quick"),
                                                   .outcome = QStringLiteral("ok"),
                                                   .detail = overallHealthName(report.overall)});
    return report;
}

void Workspace::isolate(const QString& cause)
{
    breaker().isolate(cause);
    (void)AuditTrail::instance().record(AuditEntry{.action = auditActionName(AuditAction::CircuitIsolate),
                                                   .database = m_path,
                                                   .outcome = QStringLiteral("ok"),
                                                   .detail = cause});
    if (HealthMonitor* h = health())
        h->checkNow();
}

void Workspace::resetCircuit(const QString& cause)
{
    breaker().reset(cause);
    (void)AuditTrail::instance().record(AuditEntry{.action = auditActionName(AuditAction::CircuitReset),
                                                   .database = m_path,
                                                   .outcome = QStringLiteral("ok"),
                                                   .detail = cause});
    if (HealthMonitor* h = health())
        h->checkNow();
}

WorkOf<int> Workspace::clearQueryStatistics() const
{
    if (m_session)
        m_session->monitor().clear();
    return [path = m_path](JobContext&) -> Result<int> { return clearQueryStatistics(path); };
}

WorkOf<QVector<ColumnInfo>> Workspace::readColumns(const QString& table) const
{
    return guarded<QVector<ColumnInfo>>(onOwnConnection<QVector<ColumnInfo>>(
        m_path, readOptions(), [table](Connection& c) { return c.engine().columns(c, table); }));
}

WorkOf<MigrationsView> Workspace::readMigrations() const
{
    return guarded<MigrationsView>([p = paramsOf(*this)](JobContext&) -> Result<MigrationsView> {
        Migrator m = makeMigrator(p);
        auto overview = m.overview();
        if (!overview)
            return overview.error();
        MigrationsView view{p.migrations, overview.value(), {}, {}};
        if (auto events = m.history(500))
            view.events = events.value();
        else
            view.eventsError = events.error().toText();
        return view;
    });
}

WorkOf<PreparedMigration> Workspace::prepareMigration(bool rollback, qint64 target) const
{
    return guarded<PreparedMigration>(
        [p = paramsOf(*this), rollback, target](JobContext& context) -> Result<PreparedMigration> {
            Migrator m = makeMigrator(p);
            auto plan = rollback ? m.planRollback(target) : m.planMigrate();
            if (!plan)
                return plan.error();
            auto preview = m.dryRun(plan.value(), &context);
            if (!preview)
                return preview.error();
            return PreparedMigration{plan.value(), preview.value()};
        });
}

WorkOf<MigrationOutcome> Workspace::migrate() const
{
    return announcing<MigrationOutcome>(
        guarded<MigrationOutcome>([p = paramsOf(*this)](JobContext& context) -> Result<MigrationOutcome> {
            return makeMigrator(p).migrate(std::nullopt, &context);
        }),
        {&Workspace::migrationsChanged, &Workspace::schemaChanged, &Workspace::dataCommitted,
         &Workspace::backupsChanged});
}

WorkOf<MigrationOutcome> Workspace::rollbackTo(qint64 version) const
{
    return announcing<MigrationOutcome>(
        guarded<MigrationOutcome>([p = paramsOf(*this), version](JobContext& context) -> Result<MigrationOutcome> {
            return makeMigrator(p).rollbackTo(version, &context);
        }),
        {&Workspace::migrationsChanged, &Workspace::schemaChanged, &Workspace::dataCommitted,
         &Workspace::backupsChanged});
}

WorkOf<QStringList> Workspace::validateMigrations() const
{
    return guarded<QStringList>([p = paramsOf(*this)](JobContext&) -> Result<QStringList> {
        auto problems = makeMigrator(p).validate(); // audited by the migrator, as for the CLI
        return problems;
    });
}

WorkOf<int> Workspace::repairMigrations() const
{
    return announcing<int>(
        guarded<int>([p = paramsOf(*this)](JobContext&) -> Result<int> { return makeMigrator(p).repair(); }),
        {&Workspace::migrationsChanged});
}

WorkOf<void> Workspace::baseline(qint64 version) const
{
    return announcing<void>(guarded<void>([p = paramsOf(*this), version](JobContext&) -> Result<void> {
                                return makeMigrator(p).baseline(version);
                            }),
                            {&Workspace::migrationsChanged});
}

WorkOf<BackupsView> Workspace::readBackups() const
{
    // Files only: not through the breaker (the backups can be listed while the database is unreachable).
    return [p = paramsOf(*this)](JobContext&) -> Result<BackupsView> {
        BackupManager m = makeManager(p);
        m.removeLeftovers();
        auto all = m.list();
        if (!all)
            return all.error();
        return BackupsView{p.backups, all.value()};
    };
}

WorkOf<BackupInfo> Workspace::createBackup(const QString& reason) const
{
    return announcing<BackupInfo>(
        guarded<BackupInfo>([p = paramsOf(*this), reason](JobContext& context) -> Result<BackupInfo> {
            return makeManager(p).create(reason, &context);
        }),
        {&Workspace::backupsChanged});
}

WorkOf<BackupInfo> Workspace::importBackup(const QString& file) const
{
    return announcing<BackupInfo>(
        [p = paramsOf(*this), file](JobContext& context) -> Result<BackupInfo> {
            return makeManager(p).importFile(file, QStringLiteral("imported from %1").arg(QFileInfo(file).fileName()),
                                             &context);
        },
        {&Workspace::backupsChanged});
}

WorkOf<BackupManager::MoveOutcome> Workspace::moveBackupsTo(const QString& folder) const
{
    return announcing<BackupManager::MoveOutcome>(
        [p = paramsOf(*this), folder](JobContext& context) -> Result<BackupManager::MoveOutcome> {
            return makeManager(p).moveAllTo(folder, &context);
        },
        {&Workspace::backupsChanged});
}

WorkOf<VerifyResult> Workspace::verifyBackup(const QString& id) const
{
    return announcing<VerifyResult>(
        [p = paramsOf(*this), id](JobContext& context) -> Result<VerifyResult> {
            return makeManager(p).verify(id, &context);
        },
        {&Workspace::backupsChanged});
}

WorkOf<QStringList> Workspace::verifyAllBackups() const
{
    return announcing<QStringList>(
        [p = paramsOf(*this)](JobContext& context) -> Result<QStringList> {
            BackupManager manager = makeManager(p);
            auto all = manager.list();
            if (!all)
                return all.error();
            QStringList failed;
            int i = 0;
            for (const auto& b : all.value()) {
                if (context.isCancelled())
                    return makeError(ErrorCode::Cancelled, tr("The operation was cancelled."));
                context.setProgress(i++, all->size(), tr("Verifying %1…").arg(b.id));
                auto v = b.hasMetadata ? manager.verify(b.id, nullptr) : Result<VerifyResult>(VerifyResult{});
                if (!v || !v->ok)
                    failed << b.id;
            }
            return failed;
        },
        {&Workspace::backupsChanged});
}

WorkOf<BackupComparison> Workspace::compareBackup(const QString& id) const
{
    return guarded<BackupComparison>([p = paramsOf(*this), id](JobContext& context) -> Result<BackupComparison> {
        return makeManager(p).compare(id, &context);
    });
}

WorkOf<RestorePreview> Workspace::prepareRestore(const QString& id) const
{
    return [compare = compareBackup(id), info = readInfo()](JobContext& context) -> Result<RestorePreview> {
        auto cmp = compare(context);
        if (!cmp)
            return cmp.error();
        auto live = info(context);
        if (!live)
            return live.error();
        return RestorePreview{cmp.value(), live.value()};
    };
}

WorkOf<BackupManager::RestoreOutcome> Workspace::restore(const QString& id) const
{
    return announcing<BackupManager::RestoreOutcome>(
        guarded<BackupManager::RestoreOutcome>(
            [p = paramsOf(*this), id](JobContext& context) -> Result<BackupManager::RestoreOutcome> {
                return makeManager(p).restore(id, &context);
            }),
        {&Workspace::databaseReplaced, &Workspace::migrationsChanged, &Workspace::schemaChanged,
         &Workspace::dataCommitted, &Workspace::backupsChanged});
}

WorkOf<void> Workspace::setBackupPinned(const QString& id, bool pinned) const
{
    return announcing<void>(
        [p = paramsOf(*this), id, pinned](JobContext&) -> Result<void> { return makeManager(p).setPinned(id, pinned); },
        {&Workspace::backupsChanged});
}

WorkOf<void> Workspace::removeBackup(const QString& id) const
{
    return announcing<void>(
        [p = paramsOf(*this), id](JobContext&) -> Result<void> { return makeManager(p).remove(id); },
        {&Workspace::backupsChanged});
}

} // namespace steward
