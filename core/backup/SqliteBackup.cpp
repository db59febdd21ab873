#include "backup/SqliteBackup.h"

#include "Logging.h"
#include "Sha256.h"
#include "db/SqliteErrors.h"
#include "jobs/Job.h"

#include <QFile>

#include <future>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace steward {

namespace {

QString uriFor(const QString& path, const char* mode)
{
    return QStringLiteral("file:%1?mode=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")),
             QLatin1String(mode));
}

struct Db {
    sqlite3* handle = nullptr;
    ~Db() { sqlite3_close_v2(handle); }
};

Result<void> openDb(Db& db, const QString& path, const char* mode, int busyTimeoutMs)
{
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

Result<CopyStats> copy(sqlite3* source, sqlite3* destination, const QString& what, const CopyOptions& options,
                       JobContext* context)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqliteErrorOf(destination, SQLITE_ERROR, what);
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
        Error e = sqliteErrorOf(destination, rc == SQLITE_OK ? finish : rc, what);
        if (e.code == ErrorCode::Busy)
            e.hint = QCoreApplication::translate("steward::Errors",
                                                 "Another program kept the database locked for more than %1 ms. Try "
                                                 "again when it is idle.")
                         .arg(options.busyTimeoutMs);
        return e;
    }
    if (finish != SQLITE_OK)
        return sqliteErrorOf(destination, finish, what);
    return stats;
}

// Copies the file of a rollback-journal database in chunks, each under a read lock; see the header.
Result<CopyStats> copyFile(sqlite3* source, const QString& sourcePath, const QString& destinationPath,
                           const CopyOptions& options, JobContext* context)
{
    auto lockShared = [&]() -> Result<void> {
        // A read transaction holds SHARED from its first read until COMMIT. Against a writer that commits in a
        // tight loop, SQLite's own busy handler (which sleeps longer and longer) can starve; polling every few
        // hundred microseconds finds the gap between two of its transactions.
        sqlite3_busy_timeout(source, 0);
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const int rc =
                sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
            if (rc == SQLITE_OK)
                return {};
            Error e = sqliteErrorOf(source, rc, sourcePath);
            sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
            if (e.code != ErrorCode::Busy || waited.elapsed() >= options.busyTimeoutMs) {
                if (e.code == ErrorCode::Busy)
                    e.hint = QCoreApplication::translate(
                                 "steward::Errors", "Another program kept the database locked for more than %1 ms. "
                                                    "Try again when it is idle.")
                                 .arg(options.busyTimeoutMs);
                return e;
            }
            if (context && context->isCancelled())
                return makeError(ErrorCode::Cancelled,
                                 QCoreApplication::translate("steward::Errors", "The operation was cancelled."));
            QThread::usleep(250);
        }
    };
    auto unlock = [&] { sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr); };
    auto cancelled = [] {
        return makeError(ErrorCode::Cancelled,
                         QCoreApplication::translate("steward::Errors", "The operation was cancelled."));
    };

    CopyStats stats;
    // The copy goes through the kernel (copy_file_range, like cp) where the filesystem allows it, through a buffer
    // otherwise; the hash is computed on a second thread at the same time.
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    QByteArray hashBuffer(4 << 20, Qt::Uninitialized);
    bool kernelCopy = true;
    for (;;) {
        const bool holdThroughout = stats.restarts >= options.maxRestarts;
        stats.finishedInOneStep = holdThroughout;
        QFile in(sourcePath);
        QFile out(destinationPath);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::CannotOpen,
                QCoreApplication::translate("steward::Errors", "The file %1 cannot be read.").arg(sourcePath), {},
                in.errorString());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(
                ErrorCode::ReadOnly,
                QCoreApplication::translate("steward::Errors", "%1 cannot be written.").arg(destinationPath),
                QCoreApplication::translate("steward::Errors", "Check that the folder is writable."),
                out.errorString());
        Sha256 hash;
        std::future<void> hashing;
        bool hashFailed = false;
        const int hashFd = ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_CLOEXEC);
        if (hashFd < 0)
            return makeError(
                ErrorCode::CannotOpen,
                QCoreApplication::translate("steward::Errors", "The file %1 cannot be read.").arg(sourcePath));
        struct CloseFd {
            int fd;
            ~CloseFd() { ::close(fd); }
        } closeHashFd{hashFd};
        auto waitHash = [&] {
            if (hashing.valid())
                hashing.get();
        };
        QByteArray counter;
        qint64 size = 0, offset = 0;
        bool restarted = false;
        bool locked = false;
        while (!restarted) {
            if (context && context->isCancelled()) {
                if (locked)
                    unlock();
                return cancelled();
            }
            if (!locked) {
                if (auto r = lockShared(); !r)
                    return r.error();
                locked = true;
                // The file change counter (header bytes 24-27) moves on every commit in rollback-journal mode.
                // A 0-byte file is a valid, empty database (no page yet): nothing to read, nothing that can move.
                QByteArray header(100, '\0');
                if (in.size() > 0 && (!in.seek(0) || in.read(header.data(), 100) != 100)) {
                    unlock();
                    return makeError(
                        ErrorCode::IoError,
                        QCoreApplication::translate("steward::Errors", "Reading %1 failed.").arg(sourcePath), {},
                        in.errorString());
                }
                if (counter.isEmpty()) {
                    counter = header.mid(24, 4);
                    size = in.size();
                } else if (header.mid(24, 4) != counter || in.size() != size) {
                    unlock();
                    waitHash();
                    locked = false;
                    restarted = true;
                    ++stats.restarts;
                    logging::logger()->info("{}: the database changed during the copy; restart {}", sourcePath,
                                            stats.restarts);
                    break;
                }
            }
            const qint64 chunkEnd = holdThroughout ? size : std::min(size, offset + options.chunkBytes);
            if (!in.seek(offset))
                return makeError(ErrorCode::IoError,
                                 QCoreApplication::translate("steward::Errors", "Reading %1 failed.").arg(sourcePath));
            while (offset < chunkEnd) {
                const qint64 piece = std::min<qint64>(4 << 20, chunkEnd - offset);
                // The piece is hashed on another thread, read from the source (it is in the page cache and cannot
                // change: we hold the read lock), while this thread copies it.
                hashing = std::async(std::launch::async, [&, at = offset, piece] {
                    qint64 done = 0;
                    while (done < piece) {
                        const ssize_t r = ::pread(hashFd, hashBuffer.data(), size_t(piece - done), off_t(at + done));
                        if (r <= 0) {
                            hashFailed = true;
                            return;
                        }
                        hash.add(hashBuffer.constData(), r);
                        done += r;
                    }
                });
                auto writeFailed = [&](int err) {
                    waitHash();
                    unlock();
                    const bool full = err == ENOSPC || err == EDQUOT;
                    return makeError(
                        full ? ErrorCode::DiskFull : ErrorCode::IoError,
                        QCoreApplication::translate("steward::Errors", "%1 cannot be written.").arg(destinationPath),
                        full ? QCoreApplication::translate("steward::Errors", "Free some disk space, then try again.")
                             : QCoreApplication::translate("steward::Errors",
                                                           "Check that the disk is still available, then try again."),
                        QString::fromLocal8Bit(std::strerror(err)));
                };
                qint64 copied = 0;
                while (copied < piece) {
                    ssize_t n = -1;
                    if (kernelCopy) {
                        loff_t from = offset + copied, to = offset + copied;
                        n = ::copy_file_range(in.handle(), &from, out.handle(), &to, size_t(piece - copied), 0);
                        if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP)) {
                            kernelCopy = false; // another filesystem or an old kernel: copy through a buffer
                            continue;
                        }
                    } else {
                        n = ::pread(in.handle(), buffer.data(), size_t(std::min<qint64>(buffer.size(), piece - copied)),
                                    off_t(offset + copied));
                        if (n > 0 && ::pwrite(out.handle(), buffer.constData(), size_t(n), off_t(offset + copied)) != n)
                            return writeFailed(errno);
                    }
                    if (n < 0)
                        return writeFailed(errno);
                    if (n == 0)
                        return writeFailed(EIO); // the source ended early
                    copied += n;
                }
                waitHash();
                if (hashFailed) {
                    unlock();
                    return makeError(
                        ErrorCode::IoError,
                        QCoreApplication::translate("steward::Errors", "Reading %1 failed.").arg(sourcePath));
                }
                offset += piece;
                if (context) {
                    context->setProgress(offset, size);
                    if (context->isCancelled()) {
                        unlock();
                        return cancelled();
                    }
                }
            }
            if (offset >= size) {
                // Still under the lock of the last chunk: check that no commit slipped in before it was taken.
                unlock();
                stats.pages = 0;
                waitHash();
                stats.sha256 = QString::fromLatin1(hash.finish().toHex());
                if (!out.flush())
                    return makeError(
                        ErrorCode::IoError,
                        QCoreApplication::translate("steward::Errors", "%1 cannot be written.").arg(destinationPath),
                        {}, out.errorString());
                return stats;
            }
            if (!holdThroughout) {
                unlock();
                locked = false;
            }
        }
    }
}

} // namespace

Result<CopyStats> backupToFile(const QString& sourcePath, const QString& destinationPath, const CopyOptions& options,
                               JobContext* context)
{
    Db source, destination;
    if (auto r = openDb(source, sourcePath, "ro", options.busyTimeoutMs); !r)
        return r.error();
    if (auto r = openDb(destination, destinationPath, "rwc", options.busyTimeoutMs); !r)
        return r.error();
    // The destination is a private temporary file until it is renamed: no journal, no syncs; the caller flushes it.
    sqlite3_exec(destination.handle, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    char** table = nullptr;
    int rows = 0, columns = 0;
    QString journalMode;
    if (sqlite3_get_table(source.handle, "PRAGMA journal_mode", &table, &rows, &columns, nullptr) == SQLITE_OK &&
        rows == 1)
        journalMode = QString::fromLatin1(table[1]).toLower();
    sqlite3_free_table(table);
    if (journalMode != QLatin1String("wal")) {
        sqlite3_close_v2(destination.handle);
        destination.handle = nullptr;
        return copyFile(source.handle, sourcePath, destinationPath, options, context);
    }
    auto stats = copy(source.handle, destination.handle, sourcePath, options, context);
    if (!stats)
        return stats;
    // A backup keeps the source's journal mode in its header; set DELETE so that opening it read-only later never
    // needs a -wal or -shm file next to it.
    sqlite3_exec(destination.handle, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    return stats;
}

Result<CopyStats> restoreFromFile(const QString& backupPath, const QString& livePath, const CopyOptions& options,
                                  JobContext* context)
{
    Db source, live;
    if (auto r = openDb(source, backupPath, "ro", options.busyTimeoutMs); !r)
        return r.error();
    if (auto r = openDb(live, livePath, "rw", options.busyTimeoutMs); !r)
        return r.error();
    // Keep the live database's journal mode: the backup API does not change it.
    return copy(source.handle, live.handle, livePath, options, context);
}

} // namespace steward
