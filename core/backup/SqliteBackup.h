#pragma once

#include "Result.h"

#include <QString>

namespace steward {

class JobContext;

struct CopyOptions {
    int pagesPerStep = 4096;      // 16 MiB with 4 KiB pages: few steps, progress several times a second
    int busyTimeoutMs = 5000;     // how long to wait for another program's lock
    int maxRestarts = 3;          // after this many restarts (the source kept changing) the rest is copied in one step
    qint64 chunkBytes = 64 << 20; // file copy: bytes copied under one read lock before writers get a turn
};

struct CopyStats {
    int restarts = 0;
    qint64 pages = 0;
    bool finishedInOneStep = false;
    QString sha256; // of the written file, when the copy computed it on the way (empty otherwise)
};

// Backups of a database in rollback-journal mode are copied as a file, in large chunks, each under a read lock
// (SQLite's SHARED lock, which no writer can commit past); the file change counter in the header tells whether a
// writer committed between chunks, and the copy then restarts, as the backup API does. The bytes are hashed on the
// way. WAL databases, whose latest pages live in the -wal file, go through the online backup API.
//
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
