#pragma once

#include "Result.h"

#include <QString>

namespace steward {

// One migration, as a format reader found it (MigrationFormat.h). parse() reads dbmate's NNN_name.sql with
// "-- migrate:up" and "-- migrate:down" sections; the other formats' readers fill the same fields.
struct MigrationFile {
    qint64 version = 0;   // the order of the migrations: the tool's version number, or its rank where it has none
    QString versionText;  // the version as the tool writes it into its history table ("3", "1.2.3", "20230101_init")
    QString name;         // "create_projects" for 001_create_projects.sql
    QString fileName;     // relative to the migrations folder: "001_x.sql", "2023-01-01-000000_x/up.sql"
    QString toolChecksum; // the checksum the tool itself records (sqlx SHA-384, Flyway CRC32, …), when it has one
    QString upSql;
    QString downSql;
    bool hasDown = false;
    QString downFileName;     // where the down SQL is its own file (Flyway's U…, golang-migrate's .down.sql)
    QString downToolChecksum; // the tool's checksum of that file, when the tool records undo runs (Flyway)
    bool repeatable = false;  // re-run whenever it changes, after every versioned migration (Flyway's R__…)
    bool runnable = true;     // false for a migration Steward cannot run: goose's Go migrations, compiled into the app
    QString checksum;         // SHA-256 (hex) of the up SQL with line endings normalised to \n
    int upFirstLine = 1;      // line of the file where the up SQL starts, to name the line of a failing statement
    int downFirstLine = 1;
    bool upInTransaction = true; // false with "-- migrate:up transaction:false" (VACUUM, foreign_keys switches)
    bool downInTransaction = true;

    // Parses a file's text. Errors name the file and the line.
    static Result<MigrationFile> parse(const QString& fileName, const QString& content);
    static Result<MigrationFile> load(const QString& path);
    static QString checksumOf(const QString& upSql);
};

} // namespace steward
