#pragma once

#include "migrations/MigrationFormat.h"

// One function per migration tool, each defined in its own file beside this one.
namespace steward::formats {
const MigrationFormat& dbmate();        // DbmateFormat.cpp
const MigrationFormat& golangMigrate(); // GolangMigrateFormat.cpp
const MigrationFormat& goose();         // GooseFormat.cpp
const MigrationFormat& diesel();        // DieselFormat.cpp
const MigrationFormat& sqlx();          // SqlxFormat.cpp
const MigrationFormat& flyway();        // FlywayFormat.cpp
const MigrationFormat& prisma();        // PrismaFormat.cpp
const MigrationFormat& drizzle();       // DrizzleFormat.cpp

// Sorts by version and refuses two migrations with one version, naming both files.
Result<QVector<MigrationFile>> sortedUnique(QVector<MigrationFile> files);
// Whether a table exists. An error reading the schema is an error, never "no such table": otherwise a failing read
// makes a registry look empty and a rollback "succeed" by doing nothing (found by the fault-injection test).
Result<bool> tableExists(Connection& c, const QString& table);
// A timestamp a tool's table keeps as UTC text without a zone ("2024-01-01 12:00:00", SQLite's CURRENT_TIMESTAMP).
QDateTime utcText(const QVariant& value);
} // namespace steward::formats
