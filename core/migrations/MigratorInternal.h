#pragma once

// Shared by the Migrator's parts (Migrator.cpp, MigrationRegistry.cpp, MigrationRunner.cpp, MigrationPreview.cpp);
// not for use outside core/migrations.
#include "migrations/MigrationFormat.h"
#include "migrations/MigrationJournal.h"
#include "migrations/Migrator.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVariant>

namespace steward {

class Connection;

struct Migrator::Resolved {
    const MigrationFormat* format = nullptr;
    QVector<MigrationFile> files;
    Registry registry = Registry::Steward;
    QString readOnlyReason;     // with Registry::ReadOnly
    bool folderMissing = false; // no folder: the history the database records, without files (read only)
};
struct Migrator::Snapshot {
    Resolved resolved;
    QVector<MigrationState> states;
    // Failures only Steward's journal knows of: the tool (goose, diesel, sqlx, Drizzle) keeps no record of one.
    QSet<qint64> failedInJournal;
};

namespace migrator_detail {

// dbmate's table (Steward's registry for the dbmate layout), and the history table of Steward's older versions.
inline const QString kTable = QStringLiteral("schema_migrations");
inline const QString kHistory = QStringLiteral("schema_migrations_history");

QString iso(const QDateTime& t);
QDateTime fromIso(const QVariant& v);

// golang-migrate's one-row table.
Result<void> ensureVersionTable(Connection& c);
Result<void> setVersion(Connection& c, qint64 version, bool dirty);
Result<std::pair<qint64, bool>> currentVersion(Connection& c);

// The application's schema_migrations rows and Steward's journal entries.
Result<void> markAppRolledBack(Connection& c, qint64 version, const QString& at);
Result<void> recordApplied(Connection& c, const MigrationState& m, const QString& appliedAt);
MigrationJournal::Entry appliedEntry(const MigrationState& m, const QString& event, const QString& at, qint64 ms,
                                     const QString& detail);
MigrationJournal::Entry eventEntry(qint64 version, const QString& event, const QString& at, const QString& detail);
// What a format's history hooks need of a migration.
MigrationFile fileOf(const MigrationState& s);

} // namespace migrator_detail
} // namespace steward
