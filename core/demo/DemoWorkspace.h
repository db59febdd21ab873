#pragma once

#include "Result.h"

#include <QString>

namespace steward {

struct DemoWorkspace {
    QString folder;
    QString databasePath;  // <folder>/novelist.db
    QString migrationsDir; // <folder>/migrations
    bool created = false;  // false when an existing demo was reused
};

// Creates, or reuses, the demo: the database of a novel-writing application built by the 16 migration files
// shipped in resources/demo/migrations, and a copy of those files. Writes nothing outside `folder`. A new
// database is built under a temporary name and renamed into place, so a killed run leaves no half-built demo.
Result<DemoWorkspace> ensureDemoWorkspace(const QString& folder);

} // namespace steward
