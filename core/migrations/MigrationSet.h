#pragma once

#include "Result.h"
#include "migrations/MigrationFile.h"

#include <QVector>

namespace steward {

// The migrations of a folder: NNN_name.sql files with -- migrate:up/-- migrate:down sections, or pairs
// NNN_name.up.sql / NNN_name.down.sql. Other files are ignored. Refused, never guessed at: a folder that does not
// exist, duplicate versions, unreadable files, binary content, files over 10 MB, parse errors (file and line named).
class MigrationSet {
public:
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
    static Result<QVector<MigrationFile>> load(const QString& folder); // sorted by version
    static QString defaultFolder(const QString& databasePath);         // migrations/ next to the database
};

} // namespace steward
