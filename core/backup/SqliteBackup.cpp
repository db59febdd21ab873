#include "backup/SqliteBackup.h"

#include "Logging.h"
#include "db/SqliteErrors.h"
#include "jobs/Job.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace steward {

namespace {

QString uriFor(const QString& path, const char* mode) {
    return QStringLiteral("file:%1?mode=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")),
             QLatin1String(mode));
}

struct Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close_v2(handle); }
};

Result<void> openDb(Db& db, const QString& path, const char* mode, int busyTimeoutMs) {
    const int flags = SQLITE_OPEN_URI |
                      (qstrcmp(mode, "ro") == 0 ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(uriFor(path, mode).toUtf8().constData(), &db.handle, flags, nullptr);
    if (rc != SQLITE_OK)
        return classifySqliteError(db.handle ? sqlite3_extended_errcode(db.handle) : rc,
                                   QString::fromUtf8(db.handle ? sqlite3_errmsg(db.handle) : sqlite3_errstr(rc)), path);
    sqlite3_extended_result_codes(db.handle, 1);
    sqlite3_busy_timeout(db.handle, busyTimeoutMs);
    return {};
}

Error errorOf(sqlite3* db, int rc, const QString& context) {
    const int code = db && sqlite3_extended_errcode(db) != SQLITE_OK ? sqlite3_extended_errcode(db) : rc;
    return classifySqliteError(code, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)), context);
}

Result<CopyStats> copy(sqlite3* source, sqlite3* destination, const QString& what, const CopyOptions& options,
                       JobContext* context) {
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return errorOf(destination, SQLITE_ERROR, what);
    CopyStats stats;
    qint64 done = 0;
    int step = options.pagesPerStep;
    QElapsedTimer busySince;
    int rc = SQLITE_OK;
    for (;;) {
        if (context && context->isCancelled()) {
            sqlite3_backup_finish(backup);
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("steward::Errors", "The operation was cancelled."));
        }
        rc = sqlite3_backup_step(backup, step);
        const qint64 total = sqlite3_backup_pagecount(backup);
        const qint64 nowDone = total - sqlite3_backup_remaining(backup);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another program holds a lock: wait for it, up to the busy timeout.
            if (!busySince.isValid())
                busySince.start();
            if (busySince.elapsed() >= options.busyTimeoutMs)
                break;
            QThread::msleep(10);
            continue;
        }
        busySince.invalidate();
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            break;
        if (nowDone < done || (rc == SQLITE_OK && nowDone == done && done > 0)) {
            // The source changed under the copy: SQLite started again from the first page.
            ++stats.restarts;
            logging::logger()->info("{}: the database changed during the copy; restart {}", what, stats.restarts);
            if (stats.restarts >= options.maxRestarts) {
                step = -1; // the rest in one step, holding the read lock: a consistent snapshot that cannot restart
                stats.finishedInOneStep = true;
            }
        }
        done = nowDone;
        if (context)
            context->setProgress(done, total);
        if (rc == SQLITE_DONE) {
            stats.pages = total;
            break;
        }
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        Error e = errorOf(destination, rc == SQLITE_OK ? finish : rc, what);
        if (e.code == ErrorCode::Busy)
            e.hint = QCoreApplication::translate("steward::Errors",
                                                 "Another program kept the database locked for more than %1 ms. Try "
                                                 "again when it is idle.")
                         .arg(options.busyTimeoutMs);
        return e;
    }
    if (finish != SQLITE_OK)
        return errorOf(destination, finish, what);
    return stats;
}

} // namespace

Result<CopyStats> backupToFile(const QString& sourcePath, const QString& destinationPath, const CopyOptions& options,
                               JobContext* context) {
    Db source, destination;
    if (auto r = openDb(source, sourcePath, "ro", options.busyTimeoutMs); !r)
        return r.error();
    if (auto r = openDb(destination, destinationPath, "rwc", options.busyTimeoutMs); !r)
        return r.error();
    // The destination is a private temporary file until it is renamed: no journal, no syncs; the caller flushes it.
    sqlite3_exec(destination.handle, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    auto stats = copy(source.handle, destination.handle, sourcePath, options, context);
    if (!stats)
        return stats;
    // A backup keeps the source's journal mode in its header; set DELETE so that opening it read-only later never
    // needs a -wal or -shm file next to it.
    sqlite3_exec(destination.handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    return stats;
}

Result<CopyStats> restoreFromFile(const QString& backupPath, const QString& livePath, const CopyOptions& options,
                                  JobContext* context) {
    Db source, live;
    if (auto r = openDb(source, backupPath, "ro", options.busyTimeoutMs); !r)
        return r.error();
    if (auto r = openDb(live, livePath, "rw", options.busyTimeoutMs); !r)
        return r.error();
    // Keep the live database's journal mode: the backup API does not change it.
    return copy(source.handle, live.handle, livePath, options, context);
}

} // namespace steward
