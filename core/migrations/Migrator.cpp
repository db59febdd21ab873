// The Migrator: construction, its connection and its audit record. The rest lives in MigrationRegistry.cpp
// (reading and writing history tables), MigrationRunner.cpp (plans and running them) and MigrationPreview.cpp
// (the dry run).
#include "migrations/MigratorInternal.h"

#include "Audit.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "migrations/MigrationJournal.h"
#include "migrations/MigrationSet.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace steward {

using namespace migrator_detail;

QString migrationStatusName(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::Applied:
        return QStringLiteral("applied");
    case MigrationStatus::Pending:
        return QStringLiteral("pending");
    case MigrationStatus::RolledBack:
        return QStringLiteral("rolled-back");
    case MigrationStatus::Modified:
        return QStringLiteral("modified");
    case MigrationStatus::Missing:
        return QStringLiteral("missing");
    case MigrationStatus::Failed:
        return QStringLiteral("failed");
    case MigrationStatus::OutOfOrder:
        return QStringLiteral("out-of-order");
    }
    return {};
}

Migrator::Migrator(QString databasePath, QString migrationsFolder, QString backupsFolder, const Clock& clock,
                   AuditTrail* audit)
    : m_databasePath(normalizedLocation(databasePath))
    , m_folder(migrationsFolder.isEmpty() ? MigrationSet::defaultFolder(databasePath) : migrationsFolder)
    , m_backupsFolder(std::move(backupsFolder))
    , m_clock(clock)
    , m_audit(audit)
    , m_journalPath(MigrationJournal::defaultPath())
{
}

void Migrator::record(AuditAction action, const QString& target, const Result<void>& outcome, const QString& detail)
{
    if (m_audit)
        (void)m_audit->recordOutcome(action, m_databasePath, target, outcome, detail);
}

Result<std::unique_ptr<Connection>> Migrator::open()
{
    if (auto file = requireFileDatabase(m_databasePath, QCoreApplication::translate("steward::Migrator", "Migrations"));
        !file)
        return file.error();
    OpenOptions o;
    o.busyTimeoutMs = m_busyTimeoutMs;
    return Connection::open(m_databasePath, o);
}

Result<void> Migrator::ensureTables(Connection& c)
{
    // The application's schema_migrations is adopted as it is: Steward adds no column to it, because the
    // application's own migrations may add those very columns (the demo's 016 adds name, checksum and
    // rolled_back_at) and would then fail. Steward keeps what it needs in its journal, in its own data folder
    // (MigrationJournal), and writes to schema_migrations only the columns it has.
    // A new one is created as dbmate creates it (its sqlite driver), so that dbmate reads what Steward writes.
    if (auto r =
            c.exec(QStringLiteral("create table if not exists schema_migrations (version varchar(128) primary key)"));
        !r)
        return r;
    auto columns = c.engine().columns(c, kTable);
    if (!columns)
        return columns.error();
    const bool hasVersion = std::any_of(columns->begin(), columns->end(), [](const ColumnInfo& col) {
        return col.name.toLower() == QLatin1String("version");
    });
    if (!hasVersion)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "The table schema_migrations has no version column."),
            QCoreApplication::translate("steward::Migrations",
                                        "Steward can adopt a schema_migrations table only when it has "
                                        "a version column."));
    return {};
}

} // namespace steward
