#pragma once

#include "Result.h"
#include "migrations/MigrationFile.h"

#include <QVector>

namespace steward {

// The migrations of a folder, in whichever tool's layout it is (MigrationFormat.h: detected from the files).
// Refused, never guessed at: a folder that does not exist, files the format does not account for, duplicate
// versions, unreadable files, binary content, files over 10 MB, parse errors (file and line named).
class MigrationSet final {
public:
    static Result<QVector<MigrationFile>> load(const QString& folder); // sorted by version
    static QString defaultFolder(const QString& databasePath);         // migrations/ next to the database
};

} // namespace steward
