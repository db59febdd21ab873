#pragma once

#include "Result.h"

#include <QString>

namespace steward {

class JobContext;

struct CopyOptions {
    int pagesPerStep = 4096;  // 16 MiB with 4 KiB pages: few steps, progress several times a second
    int busyTimeoutMs = 5000; // how long to wait for another program's lock
    int maxRestarts = 3;      // after this many restarts (the source kept changing) the rest is copied in one step
};

struct CopyStats {
    int restarts = 0;
    qint64 pages = 0;
    bool finishedInOneStep = false;
};

// SQLite's online backup API, step by step with progress and cancel. Used for both directions:
// - backupToFile: the live database (opened read-only) into a new file that is not yet anyone's database, so it is
//   written without a journal and without syncs; the caller flushes it once at the end.
// - restoreFromFile: a backup file (read-only) into the live database. The backup API writes the destination inside
//   one write transaction that commits only on the last step: other connections see the old or the new database,
//   never a mix, and a crash rolls back to the old one.
Result<CopyStats> backupToFile(const QString& sourcePath, const QString& destinationPath, const CopyOptions& options,
                               JobContext* context);
Result<CopyStats> restoreFromFile(const QString& backupPath, const QString& livePath, const CopyOptions& options,
                                  JobContext* context);

} // namespace steward
