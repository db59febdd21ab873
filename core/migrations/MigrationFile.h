#pragma once

#include "Result.h"

#include <QString>

namespace steward {

// One migration file: NNN_name.sql with "-- migrate:up" and "-- migrate:down" sections.
struct MigrationFile {
    qint64 version = 0;
    QString name; // "create_projects" for 001_create_projects.sql
    QString fileName;
    QString upSql;
    QString downSql;
    bool hasDown = false;
    QString checksum;    // SHA-256 (hex) of the up SQL with line endings normalised to \n
    int upFirstLine = 1; // line of the file where the up SQL starts, to name the line of a failing statement
    int downFirstLine = 1;
    bool upInTransaction = true; // false with "-- migrate:up transaction:false" (VACUUM, foreign_keys switches)
    bool downInTransaction = true;

    // Parses a file's text. Errors name the file and the line.
    static Result<MigrationFile> parse(const QString& fileName, const QString& content);
    static Result<MigrationFile> load(const QString& path);
    static QString checksumOf(const QString& upSql);
};

} // namespace steward
