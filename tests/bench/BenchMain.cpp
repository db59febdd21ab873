// steward-bench: figures measured against a floor in the same run, on the same data. Not run by ctest.
// Prints one JSON object per line: {"name", "value", "unit", "baseline_name", "baseline_value", "ratio"}.
//   steward-bench [--only NAME] [--large-mib N] [--runs N]
#include "FileUtil.h"
#include "Sha256.h"
#include "backup/BackupManager.h"
#include "backup/SqliteBackup.h"
#include "db/DatabaseEngine.h"
#include "db/DatabaseSession.h"
#include "db/SqliteHandle.h"
#include "db/TableReader.h"
#include "diff/DatabaseDiff.h"
#include "health/CircuitBreaker.h"
#include "health/HealthCheck.h"
#include "jobs/Job.h"
#include "migrations/MigrationFormat.h"
#include "migrations/MigrationJournal.h"
#include "migrations/Migrator.h"
#include "monitor/QueryMonitor.h"
#include "monitor/QueryReport.h"

#ifdef STEWARD_BENCH_GUI
#include "charts/QueryCharts.h"
#include "models/QueryChartFeed.h"
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QScatterSeries>
#endif

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace steward;

namespace {

void emitFigure(const QString& name, double value, const QString& unit, const QString& baselineName, double baseline)
{
    const QJsonObject o{{"name", name},
                        {"value", value},
                        {"unit", unit},
                        {"baseline_name", baselineName},
                        {"baseline_value", baseline},
                        {"ratio", baseline > 0 ? value / baseline : 0.0}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Median of `runs` timings in milliseconds.
double medianMs(int runs, const std::function<void()>& fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Runs a script on a database (created when missing) with SQLite alone: set-up for the figures, not measured.
bool execOn(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
                    sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

bool makeDatabase(const QString& path, qint64 mib)
{
    const QByteArray sql =
        QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                       "CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB);"
                       "CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT);"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO blobs (data) SELECT randomblob(1000000) FROM n;"
                       "INSERT INTO names (name) VALUES ('a'), ('b');")
            .arg(mib)
            .toUtf8();
    const bool ok = execOn(path, sql);
    return ok;
}

void benchOpen(const QString& dir, qint64 largeMib, int runs)
{
    const QString small = dir + "/small.db";
    const QString large = dir + "/large.db";
    if (!makeDatabase(small, 1) || !makeDatabase(large, largeMib)) {
        std::fprintf(stderr, "steward-bench: cannot create the databases in %s\n", qPrintable(dir));
        return;
    }
    auto openAndRead = [](const QString& path) {
        return [path] {
            auto s = DatabaseSession::open(path, OpenOptions{});
            if (!s || !s.value()->info())
                std::fprintf(stderr, "steward-bench: open failed\n");
        };
    };
    openAndRead(small)(); // warm the page cache and Qt's plugin loading for both
    openAndRead(large)();
    const double smallMs = medianMs(runs, openAndRead(small));
    const double largeMs = medianMs(runs, openAndRead(large));
    emitFigure(QStringLiteral("open_%1mib_database").arg(largeMib), largeMs, "ms", "open_1mib_database", smallMs);
}

void benchGridFirstPage(const QString& dir, int runs)
{
    // The data grid's first page of a 10-million-row table against the same page of a 1,000-row table.
    const QString big = dir + "/rows-10m.db";
    const QString small = dir + "/rows-1k.db";
    for (const auto& [path, rows] : {std::pair{big, 10'000'000}, std::pair{small, 1000}}) {
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        const QByteArray sql =
            QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                           "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, qty INTEGER);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                           "INSERT INTO t SELECT i, 'name ' || i, i % 97 FROM n;")
                .arg(rows)
                .toUtf8();
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    auto firstPage = [](const QString& path) {
        return [path] {
            auto c = Connection::open(path);
            if (!c)
                return;
            TableReader reader(*c.value(), QStringLiteral("t"));
            if (!reader.prepare() || !reader.next(256))
                std::fprintf(stderr, "steward-bench: reading failed\n");
        };
    };
    firstPage(big)();
    firstPage(small)();
    emitFigure("grid_first_page_10m_rows", medianMs(runs, firstPage(big)), "ms", "grid_first_page_1k_rows",
               medianMs(runs, firstPage(small)));
}

double timeMs(const std::function<void()>& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

void dropFile(const QString& path)
{
    QFile::remove(path);
}

void benchBackup(const QString& dir, qint64 largeMib, int runs)
{
    const QString live = dir + "/backup-live.db";
    if (!makeDatabase(live, largeMib)) {
        std::fprintf(stderr, "steward-bench: cannot create %s\n", qPrintable(live));
        return;
    }
    const QString copyTarget = dir + "/cp-target.db";
    const QString folder = dir + "/backups";
    // cp + fsync: the floor for a backup that reaches the disk.
    auto cpSync = [&] {
        dropFile(copyTarget);
        QProcess::execute("cp", {"--reflink=never", live, copyTarget});
        (void)syncFile(copyTarget);
    };
    auto backupOnly = [&] {
        const QString target = dir + "/api-target.db";
        dropFile(target);
        (void)backupToFile(live, target, CopyOptions{}, nullptr);
        (void)syncFile(target);
        dropFile(target);
    };
    cpSync(); // warm the page cache for both
    std::vector<double> cp, api, cpSha, full, restore;
    const int n = std::max(1, std::min(runs, 5));
    for (int i = 0; i < n; ++i) {
        cp.push_back(timeMs(cpSync));
        api.push_back(timeMs(backupOnly));
        cpSha.push_back(timeMs([&] {
            cpSync();
            QProcess p;
            p.start("sha256sum", {copyTarget});
            p.waitForFinished(-1);
        }));
        full.push_back(timeMs([&] {
            BackupManager m(live, folder);
            auto b = m.create("bench");
            if (b)
                (void)m.remove(b->id);
        }));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const QString size = QStringLiteral("%1mib").arg(largeMib);
    emitFigure("backup_copy_" + size, median(api), "ms", "cp_fsync_" + size, median(cp));
    emitFigure("backup_with_sha256_and_sidecar_" + size, median(full), "ms", "cp_fsync_sha256sum_" + size,
               median(cpSha));

    // Restore: the backup API into the live database (one transaction) against cp + fsync.
    BackupManager m(live, folder);
    auto b = m.create("restore source");
    if (b) {
        for (int i = 0; i < n; ++i)
            restore.push_back(timeMs([&] { (void)restoreFromFile(b->path, live, CopyOptions{}, nullptr); }));
        emitFigure("restore_" + size, median(restore), "ms", "cp_fsync_" + size, median(cp));
    }

    // The event loop's longest stall while a backup runs on a worker thread (the UI thread's view of it).
    {
        qint64 longest = 0, idleLongest = 0;
        auto probe = [&](qint64& worst, const std::function<bool()>& running) {
            QElapsedTimer gap;
            gap.start();
            QTimer timer;
            QEventLoop loop;
            QObject::connect(&timer, &QTimer::timeout, [&] {
                worst = std::max(worst, gap.restart());
                if (!running())
                    loop.quit();
            });
            timer.start(5);
            loop.exec();
        };
        QElapsedTimer idle;
        idle.start();
        probe(idleLongest, [&] { return idle.elapsed() < 1000; });
        Job job("bench backup", [&](JobContext& ctx) -> Result<QVariant> {
            BackupManager manager(live, folder);
            auto r = manager.create("stall probe", &ctx);
            if (!r)
                return r.error();
            return QVariant(r->id);
        });
        job.start();
        probe(longest, [&] { return !job.isFinished(); });
        emitFigure("event_loop_longest_stall_during_backup_" + size, double(longest), "ms",
                   "event_loop_longest_stall_idle", double(idleLongest));
    }

    // A small database's backup, in process.
    const QString small = dir + "/small48k.db";
    {
        execOn(small, "CREATE TABLE t (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                      "i < 10) INSERT INTO t SELECT randomblob(3500) FROM n;");
    }
    const QString smallFolder = dir + "/small-backups";
    const double smallBackup = medianMs(runs, [&] {
        BackupManager manager(small, smallFolder);
        auto r = manager.create("small");
        if (r)
            (void)manager.remove(r->id);
    });
    const double smallCopy = medianMs(runs, [&] {
        const QString t = dir + "/small-copy.db";
        dropFile(t);
        QFile::copy(small, t);
        (void)syncFile(t);
    });
    emitFigure(QStringLiteral("backup_%1kib_database").arg(QFileInfo(small).size() / 1024), smallBackup, "ms",
               "qfile_copy_fsync_same_file", smallCopy);

    // Listing 1,000 backups reads their sidecars only.
    const QString many = dir + "/many";
    QDir().mkpath(many);
    {
        BackupManager manager(small, many);
        auto first = manager.create("template");
        if (first) {
            const QByteArray data = QFile(first->path).exists() ? [&] {
                QFile f(first->path);
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }()
                                                                : QByteArray();
            QFile sc(first->path + ".json");
            sc.open(QIODevice::ReadOnly);
            const QByteArray sidecar = sc.readAll();
            for (int i = 0; i < 999; ++i) {
                const QString name =
                    QStringLiteral("%1/small48k-2020-01-01-%2.db").arg(many).arg(i, 6, 10, QLatin1Char('0'));
                QFile f(name);
                f.open(QIODevice::WriteOnly);
                f.write(data);
                QFile j(name + ".json");
                j.open(QIODevice::WriteOnly);
                j.write(sidecar);
            }
        }
    }
    const double listMs = medianMs(runs, [&] { (void)BackupManager(small, many).list(); });
    const double dirMs = medianMs(runs, [&] { (void)QDir(many).entryInfoList(QDir::Files); });
    emitFigure("list_1000_backups", listMs, "ms", "list_folder_entries", dirMs);
}

void benchMigrations(const QString& dir)
{
    // 1,000 small migrations: each creates a table and inserts a row.
    const QString folder = dir + "/migrations";
    QDir().mkpath(folder);
    QByteArray allUp, allDown;
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray up =
            QStringLiteral("CREATE TABLE m_%1 (id INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO m_%1 (v) "
                           "VALUES ('migration %1');\n")
                .arg(i)
                .toUtf8();
        const QByteArray down = QStringLiteral("DROP TABLE m_%1;\n").arg(i).toUtf8();
        QFile f(QStringLiteral("%1/%2_m_%3.sql").arg(folder).arg(i, 4, 10, QLatin1Char('0')).arg(i));
        f.open(QIODevice::WriteOnly);
        f.write("-- migrate:up\n" + up + "-- migrate:down\n" + down);
        allUp += up;
        allDown.prepend(down);
    }
    auto freshDb = [&](const QString& name) {
        const QString path = dir + "/" + name;
        QFile::remove(path);
        execOn(path, "PRAGMA user_version = 1");
        return path;
    };
    const QString plain = freshDb("plain.db");
    const double plainMs = timeMs([&] { execOn(plain, allUp); });
    const QString managed = freshDb("managed.db");
    Migrator m(managed, folder);
    m.setBackupsEnabled(false); // the backup taken first is measured by the backup figures
    const double applyMs = timeMs([&] { (void)m.migrate(); });
    emitFigure("apply_1000_migrations", applyMs, "ms", "sqlite3_exec_same_sql_autocommit", plainMs);

    const double plainDownMs = timeMs([&] { execOn(plain, "BEGIN;" + allDown + "COMMIT;"); });
    const double rollbackMs = timeMs([&] { (void)m.rollbackTo(0); });
    emitFigure("rollback_1000_migrations", rollbackMs, "ms", "sqlite3_exec_same_down_sql_one_transaction", plainDownMs);

    (void)m.migrate();
    const double validateMs = medianMs(5, [&] { (void)m.validate(); });
    const double readMs = medianMs(5, [&] {
        for (const QFileInfo& fi : QDir(folder).entryInfoList({"*.sql"}, QDir::Files)) {
            QFile f(fi.absoluteFilePath());
            f.open(QIODevice::ReadOnly);
            (void)f.readAll();
        }
    });
    emitFigure("validate_1000_checksums", validateMs, "ms", "read_1000_files", readMs);

    // 10,000 history events, in Steward's journal (its data folder).
    const QString journal = MigrationJournal::defaultPath();
    const QString key = MigrationJournal::keyOf(managed);
    execOn(journal, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) "
                                   "INSERT INTO events (database, version, event, at, detail) SELECT '%1', i % 1000, "
                                   "'applied', '2026-01-01T00:00:00.000Z', 'bench' FROM n;")
                        .arg(QString(key).replace("'", "''"))
                        .toUtf8());
    const double historyMs = medianMs(5, [&] { (void)m.history(10000); });
    const double selectMs = medianMs(5, [&] {
        sqlite3* db = nullptr;
        sqlite3_open_v2(journal.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_exec(db, "SELECT * FROM events ORDER BY id DESC LIMIT 10000", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
    emitFigure("history_10000_events", historyMs, "ms", "sqlite3_select_same_rows", selectMs);
}

// Other tools' folders: 1,000 goose migrations applied with goose's own history rows, against sqlite3 running the
// same SQL; recognising the format of a 1,000-file folder, against reading its files.
void benchMigrationFormats(const QString& dir)
{
    const QString folder = dir + "/goose";
    QDir().mkpath(folder);
    QByteArray allUp;
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray up = QStringLiteral("CREATE TABLE g_%1 (id INTEGER PRIMARY KEY, v TEXT);\nINSERT INTO g_%1 "
                                             "(v) VALUES ('migration %1');\n")
                                  .arg(i)
                                  .toUtf8();
        QFile f(QStringLiteral("%1/%2_g_%3.sql").arg(folder).arg(i, 5, 10, QLatin1Char('0')).arg(i));
        f.open(QIODevice::WriteOnly);
        f.write("-- +goose Up\n" + up + "\n-- +goose Down\n" + QStringLiteral("DROP TABLE g_%1;\n").arg(i).toUtf8());
        allUp += up;
    }
    auto freshDb = [&](const QString& name) {
        const QString path = dir + "/" + name;
        QFile::remove(path);
        execOn(path, "PRAGMA user_version = 1");
        return path;
    };
    const QString plain = freshDb("goose-plain.db");
    const double plainMs = timeMs([&] { execOn(plain, allUp); });
    const QString managed = freshDb("goose-managed.db");
    Migrator m(managed, folder);
    m.setBackupsEnabled(false);
    const double applyMs = timeMs([&] { (void)m.migrate(); });
    emitFigure("apply_1000_goose_migrations", applyMs, "ms", "sqlite3_exec_same_sql_autocommit", plainMs);

    const double detectMs = medianMs(5, [&] { (void)readMigrationFolder(folder); });
    const double readMs = medianMs(5, [&] {
        for (const QFileInfo& fi : QDir(folder).entryInfoList({"*.sql"}, QDir::Files)) {
            QFile f(fi.absoluteFilePath());
            f.open(QIODevice::ReadOnly);
            (void)f.readAll();
        }
    });
    emitFigure("detect_and_read_1000_file_folder", detectMs, "ms", "read_1000_files", readMs);
}

// Prepared primary-key SELECTs on a connection, with the monitor tracing it or not. Returns the elapsed ns.
qint64 primaryKeySelects(Connection& c, int statements, bool inTransaction = false)
{
    auto h = SqliteHandle::borrow(c.database());
    if (inTransaction)
        sqlite3_exec(h->get(), "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(h->get(), "SELECT name FROM names WHERE id = ?", -1, &stmt, nullptr);
    QElapsedTimer t;
    t.start();
    qint64 found = 0;
    for (int i = 0; i < statements; ++i) {
        sqlite3_bind_int64(stmt, 1, 1 + i % 10000);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            ++found;
        sqlite3_reset(stmt);
    }
    const qint64 ns = t.nsecsElapsed();
    sqlite3_finalize(stmt);
    if (inTransaction)
        sqlite3_exec(h->get(), "COMMIT", nullptr, nullptr, nullptr);
    if (found != statements)
        std::fprintf(stderr, "steward-bench: expected %d rows, found %lld\n", statements, found);
    return ns;
}

QString makeNamesDatabase(const QString& dir)
{
    const QString path = dir + "/names.db";
    execOn(path, "CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT);"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                 "INSERT INTO names (name) SELECT 'name ' || i FROM n;");
    return path;
}

// The monitor's cost on the traced statement's path: 200,000 prepared primary-key SELECTs with it on and off,
// alternating, on the same connection and data.
void benchMonitor(const QString& dir, int runs, int statements)
{
    const QString path = makeNamesDatabase(dir);
    auto c = Connection::open(path);
    if (!c) {
        std::fprintf(stderr, "steward-bench: %s\n", qPrintable(c.error().toText()));
        return;
    }
    QueryMonitor monitor;
    primaryKeySelects(*c.value(), statements); // warm the cache
    // Each autocommit SELECT takes and drops the file lock (system calls); inside one read transaction only the
    // statement itself is left, which shows the monitor's own cost most plainly.
    for (const bool inTransaction : {false, true}) {
        std::vector<double> on, off;
        for (int r = 0; r < runs; ++r) {
            off.push_back(double(primaryKeySelects(*c.value(), statements, inTransaction)) / 1e6);
            (void)monitor.start(*c.value());
            on.push_back(double(primaryKeySelects(*c.value(), statements, inTransaction)) / 1e6);
            monitor.stop(*c.value());
        }
        // SQLite's own cost of tracing: the same hooks with a callback that does nothing.
        std::vector<double> hookOnly;
        auto h = SqliteHandle::borrow(c.value()->database());
        for (int r = 0; r < runs; ++r) {
            sqlite3_trace_v2(
                h->get(), SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE,
                [](unsigned, void*, void*, void*) -> int { return 0; }, nullptr);
            hookOnly.push_back(double(primaryKeySelects(*c.value(), statements, inTransaction)) / 1e6);
            sqlite3_trace_v2(h->get(), 0, nullptr, nullptr);
        }
        std::sort(hookOnly.begin(), hookOnly.end());
        std::sort(on.begin(), on.end());
        std::sort(off.begin(), off.end());
        const QString mode = inTransaction ? QStringLiteral("_in_one_transaction") : QStringLiteral("_autocommit");
        emitFigure(QStringLiteral("pk_selects_%1%2_monitor_on").arg(statements).arg(mode), on[on.size() / 2], "ms",
                   QStringLiteral("pk_selects_%1%2_monitor_off").arg(statements).arg(mode), off[off.size() / 2]);
        emitFigure(QStringLiteral("pk_selects_%1%2_empty_trace_hook").arg(statements).arg(mode),
                   hookOnly[hookOnly.size() / 2], "ms",
                   QStringLiteral("pk_selects_%1%2_monitor_off").arg(statements).arg(mode), off[off.size() / 2]);
    }
}

// For valgrind --tool=callgrind: one loop with the monitor on or off, nothing else timed.
void monitorLoop(const QString& dir, bool withMonitor, int statements)
{
    const QString path = makeNamesDatabase(dir);
    auto c = Connection::open(path);
    if (!c)
        return;
    QueryMonitor monitor;
    if (withMonitor)
        (void)monitor.start(*c.value());
    primaryKeySelects(*c.value(), statements, true);
    if (withMonitor)
        monitor.stop(*c.value());
}

// Persisting 10,000 slow statements (one batch, its own connection, pruning) against inserting the same rows
// with a bare prepared statement in one transaction.
void benchPersist(const QString& dir, int runs)
{
    const QString path = makeNamesDatabase(dir);
    QVector<SlowQuery> batch;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10000; ++i)
        batch.push_back({QStringLiteral("SELECT name FROM names WHERE id = ?"),
                         QStringLiteral("SELECT name FROM names WHERE id = %1").arg(i),
                         QStringLiteral("SELECT name FROM names WHERE id = ?"), 150'000'000, now, "bench"});
    const double persist = medianMs(runs, [&] {
        auto r = SlowQueryStore::persist(path, batch, 10000);
        if (!r)
            std::fprintf(stderr, "steward-bench: %s\n", qPrintable(r.error().toText()));
    });
    const double floor = medianMs(runs, [&] {
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        // The same table shape as query_performance: a text key and two indexes.
        sqlite3_exec(db,
                     "CREATE TABLE IF NOT EXISTS floor (id TEXT PRIMARY KEY, sql TEXT NOT NULL, duration_ms INTEGER "
                     "NOT NULL, timestamp TEXT, params TEXT);"
                     "CREATE INDEX IF NOT EXISTS floor_duration ON floor(duration_ms DESC);"
                     "CREATE INDEX IF NOT EXISTS floor_timestamp ON floor(timestamp); BEGIN",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt* stmt = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO floor VALUES (?, ?, ?, ?, ?)", -1, &stmt, nullptr);
        int n = 0;
        for (const auto& q : batch) {
            const QByteArray sql = q.sql.toUtf8(), params = q.expanded.toUtf8();
            sqlite3_bind_int(stmt, 1, ++n);
            sqlite3_bind_text(stmt, 2, sql.constData(), int(sql.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(stmt, 3, 150);
            sqlite3_bind_text(stmt, 4, "2026-01-01 00:00:00", -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 5, params.constData(), int(params.size()), SQLITE_TRANSIENT);
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
        sqlite3_exec(db, "COMMIT; DELETE FROM floor", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
    emitFigure("persist_10000_slow_statements", persist, "ms", "bare_insert_10000_rows", floor);
}

#ifdef STEWARD_BENCH_GUI
// Loading 100,000 statements into the three charts and drawing them once, against drawing the empty charts.
void benchCharts(int runs)
{
    QVector<QueryEvent> events;
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    quint32 x = 12345;
    for (int i = 0; i < 100000; ++i) {
        x = x * 1664525u + 1013904223u;
        const double ms = 0.005 * std::pow(10.0, double(x >> 8) / double(1 << 24) * 5.5);
        events.push_back({t0 + i * 36, ms, QStringLiteral("SELECT %1").arg(i % 50), QString(), QString(),
                          i % 9 == 0 ? QuerySource::Application : QuerySource::Traced});
    }
    const auto summaries = summarize(events);
    QWidget host;
    host.resize(1200, 300);
    QueryCharts charts(&host);
    for (QChartView* v : {charts.timelineView(), charts.histogramView(), charts.topView()})
        v->resize(400, 280);
    QPixmap canvas(400, 280);
    const auto draw = [&] {
        for (QChartView* v : {charts.timelineView(), charts.histogramView(), charts.topView()}) {
            QPainter p(&canvas);
            v->render(&p);
        }
    };
    const double full = medianMs(runs, [&] {
        charts.setTimeline(timelineOf(events, 100.0), 100.0, t0, t0 + 3'600'000);
        charts.setHistogram(histogramOf(events));
        charts.setTop(topOf(summarize(events), TopBy::Total, 6), TopBy::Total);
        draw();
    });
    const int points = charts.timelinePoints();
    const double empty = medianMs(runs, [&] {
        charts.setTimeline({}, 100.0, t0, t0 + 3'600'000);
        charts.setHistogram(histogramOf({}));
        charts.setTop({}, TopBy::Total);
        draw();
    });
    Q_UNUSED(summaries);
    emitFigure(QStringLiteral("load_and_draw_100000_statements (%1 markers)").arg(points), full, "ms",
               "draw_empty_charts", empty);
}
#endif

// CircuitBreaker::execute() around a call that does almost nothing, against the bare call, per call.
void benchBreaker(int runs)
{
    const int calls = 2'000'000;
    CircuitBreaker breaker;
    volatile qint64 sink = 0;
    const auto bare = [&]() -> Result<void> {
        sink = sink + 1;
        return {};
    };
    std::vector<double> guarded, plain;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < calls; ++i)
            (void)bare();
        plain.push_back(double(t.nsecsElapsed()) / calls);
        t.restart();
        for (int i = 0; i < calls; ++i)
            (void)breaker.execute(bare);
        guarded.push_back(double(t.nsecsElapsed()) / calls);
    }
    std::sort(guarded.begin(), guarded.end());
    std::sort(plain.begin(), plain.end());
    emitFigure("breaker_execute_closed_per_call", guarded[guarded.size() / 2], "ns", "bare_call",
               plain[plain.size() / 2]);
}

// One round of health checks (quick_check) on the demo-sized and on a large database; quick_check alone beside it.
void benchHealth(const QString& dir, qint64 largeMib, int runs)
{
    const QString small = dir + "/health-small.db";
    const QString large = dir + "/health-large.db";
    execOn(small, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);"
                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                  "INSERT INTO t (v) SELECT hex(randomblob(40)) FROM n;");
    if (!QFileInfo::exists(large) && !makeDatabase(large, largeMib)) {
        std::fprintf(stderr, "steward-bench: cannot create %s\n", qPrintable(large));
        return;
    }
    for (const auto& [path, label] :
         {std::pair{small, QStringLiteral("demo_size")}, std::pair{large, QStringLiteral("%1_mib").arg(largeMib)}}) {
        CircuitBreaker breaker;
        HealthInputs in;
        in.databasePath = path;
        const double round = medianMs(runs, [&] { (void)runHealthChecks(in, breaker); });
        const double quick = medianMs(runs, [&] {
            auto c = Connection::open(path);
            if (c)
                (void)c.value()->engine().integrityCheck(*c.value(), true);
        });
        emitFigure(QStringLiteral("health_round_%1").arg(label), round, "ms",
                   QStringLiteral("quick_check_alone_%1").arg(label), quick);
    }
}

// How often a single flipped bit in a database file is detected by SHA-256 (the backup's checksum), by quick_check
// and by integrity_check: one random bit in each of `flips` copies of the same 2 MiB database.
void benchBitFlips(const QString& dir, int flips)
{
    const QString original = dir + "/bitflip.db";
    execOn(original, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, v BLOB);"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) "
                     "INSERT INTO t (name, v) SELECT 'n' || i, randomblob(200) FROM n;");
    QFile in(original);
    in.open(QIODevice::ReadOnly);
    const QByteArray bytes = in.readAll();
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    int bySha = 0, byQuick = 0, byFull = 0, unreadable = 0;
    const QString copy = dir + "/bitflip-copy.db";
    for (int i = 0; i < flips; ++i) {
        QByteArray damaged = bytes;
        const quint32 bit = QRandomGenerator::global()->bounded(quint32(damaged.size() * 8));
        damaged[bit / 8] = char(damaged[bit / 8] ^ (1 << (bit % 8)));
        bySha += QCryptographicHash::hash(damaged, QCryptographicHash::Sha256) != hash;
        QFile out(copy);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(damaged);
        out.close();
        for (const bool quick : {true, false}) {
            sqlite3* c = nullptr;
            bool detected = true; // a file SQLite refuses to open or read counts as detected
            if (sqlite3_open_v2(copy.toUtf8().constData(), &c, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
                sqlite3_stmt* s = nullptr;
                if (sqlite3_prepare_v2(c, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check", -1, &s, nullptr) ==
                        SQLITE_OK &&
                    sqlite3_step(s) == SQLITE_ROW)
                    detected = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))) != "ok";
                else if (quick)
                    ++unreadable;
                sqlite3_finalize(s);
            }
            sqlite3_close(c);
            (quick ? byQuick : byFull) += detected;
        }
    }
    std::printf("{\"name\":\"bit_flips\",\"flips\":%d,\"sha256_detected\":%d,\"quick_check_detected\":%d,"
                "\"integrity_check_detected\":%d,\"refused_to_open_or_read\":%d}\n",
                flips, bySha, byQuick, byFull, unreadable);
    std::fflush(stdout);
}

void benchFirstPaint(int runs)
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QString gui = bin + "/steward";
    const QString cli = bin + "/steward-cli";
    if (!QFileInfo::exists(gui)) {
        std::fprintf(stderr, "steward-bench: %s not built (GUI off); skipping first paint\n", qPrintable(gui));
        return;
    }
    QTemporaryDir data;
    auto run = [&](const QString& program, const QStringList& args, bool paint) {
        return [=, &data] {
            QProcess p;
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert("STEWARD_DATA_DIR", data.path());
            if (!env.contains("DISPLAY"))
                env.insert("QT_QPA_PLATFORM", "offscreen");
            if (paint)
                env.insert("STEWARD_EXIT_AFTER_FIRST_PAINT", "1");
            p.setProcessEnvironment(env);
            p.start(program, args);
            p.waitForFinished(60000);
        };
    };
    run(gui, {"--demo"}, true)(); // creates the demo once
    const double paint = medianMs(runs, run(gui, {"--demo"}, true));
    const double floor = medianMs(runs, run(cli, {"--version"}, false));
    emitFigure("start_to_first_paint_demo", paint, "ms", "steward_cli_version_process", floor);
}

} // namespace

// The content diff (issue 14): two databases of the same shape, one a copy of the other with 0.1 % of its rows
// changed, deleted or added, against the floor of reading both (every row of every table, every column stepped).
// Target: at most 3 times the floor.
void benchDiff(const QString& dir, qint64 mib, int runs)
{
    const QString before = dir + "/diff-before.db", after = dir + "/diff-after.db";
    const qint64 rows = mib * 1024 * 1024 / 160;
    const QByteArray make =
        QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                       "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, qty INTEGER, note TEXT);"
                       "CREATE TABLE tags (name TEXT PRIMARY KEY, uses INTEGER) WITHOUT ROWID;"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO items (name, qty, note) SELECT 'item ' || i, i % 1000, hex(randomblob(48)) FROM n;"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                       "INSERT INTO tags SELECT 'tag ' || hex(randomblob(8)) || i, i FROM n;")
            .arg(rows)
            .arg(rows / 20)
            .toUtf8();
    if (!execOn(before, make))
        return;
    QFile::remove(after);
    QFile::copy(before, after);
    const qint64 touched = std::max<qint64>(1, rows / 1000);
    execOn(after, QStringLiteral("UPDATE items SET qty = qty + 1 WHERE id % 3000 = 0;"
                                 "DELETE FROM items WHERE id % 3000 = 1;"
                                 "INSERT INTO items (name, qty, note) SELECT name, qty, note FROM items LIMIT %1;"
                                 "UPDATE tags SET uses = uses + 1 WHERE uses % 2000 = 0;")
                      .arg(touched)
                      .toUtf8());
    auto readAll = [](const QString& path) {
        sqlite3* db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        for (const char* sql : {"SELECT * FROM items", "SELECT * FROM tags"}) {
            sqlite3_stmt* stmt = nullptr;
            sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
            while (sqlite3_step(stmt) == SQLITE_ROW)
                for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                    (void)sqlite3_column_bytes(stmt, i);
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
    };
    const double floorMs = medianMs(runs, [&] {
        readAll(before);
        readAll(after);
    });
    const double diffMs = medianMs(runs, [&] { (void)diffDatabases(before, after); });
    const QString size = QStringLiteral("%1mib").arg(mib);
    emitFigure("content_diff_" + size, diffMs, "ms", "read_both_" + size, floorMs);
    QFile::remove(before);
    QFile::remove(after);
}

int main(int argc, char** argv)
{
#ifdef STEWARD_BENCH_GUI
    if (!qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.setApplicationDescription("Steward benchmarks: each figure against its floor, measured in the same run.");
    parser.addHelpOption();
    const QCommandLineOption only("only",
                                  "Run only this benchmark (open, backup, migrations, formats, grid, first-paint, "
                                  "monitor, persist, charts, breaker, "
                                  "health; "
                                  "monitor-loop runs one untimed loop for valgrind).",
                                  "NAME");
    const QCommandLineOption statements("statements", "Statements per monitor run (default 200000).", "N", "200000");
    const QCommandLineOption withMonitor("monitor", "For monitor-loop: on or off (default on).", "on|off", "on");
    const QCommandLineOption largeMib("large-mib", "Size of the large database in MiB (default 1024).", "N", "1024");
    const QCommandLineOption runs("runs", "Timed runs per figure; the median is reported (default 15).", "N", "15");
    const QCommandLineOption dir("dir", "Folder for the benchmark databases (default: a temporary folder).", "DIR");
    parser.addOptions({only, largeMib, runs, dir, statements, withMonitor});
    parser.process(app);
    const int n = std::max(1, parser.value(runs).toInt());
    QTemporaryDir temp(parser.isSet(dir) ? parser.value(dir) + "/steward-bench-XXXXXX" : QString());
    const QString what = parser.value(only);
    if (!qEnvironmentVariableIsSet("STEWARD_DATA_DIR")) // Steward's own files (the migrations journal) stay here too
        qputenv("STEWARD_DATA_DIR", (temp.path() + "/data").toUtf8());
    if (what.isEmpty() || what == "open")
        benchOpen(temp.path(), std::max(1LL, parser.value(largeMib).toLongLong()), n);
    if (what.isEmpty() || what == "backup")
        benchBackup(temp.path(), std::max(1LL, parser.value(largeMib).toLongLong()), n);
    if (what.isEmpty() || what == "migrations")
        benchMigrations(temp.path());
    if (what.isEmpty() || what == "migrations" || what == "formats")
        benchMigrationFormats(temp.path());
    if (what.isEmpty() || what == "grid")
        benchGridFirstPage(temp.path(), n);
    if (what.isEmpty() || what == "first-paint")
        benchFirstPaint(std::min(n, 5));
    const int count = std::max(1, parser.value(statements).toInt());
    if (what.isEmpty() || what == "monitor")
        benchMonitor(temp.path(), n, count);
    if (what == "monitor-loop")
        monitorLoop(temp.path(), parser.value(withMonitor) != "off", count);
    if (what.isEmpty() || what == "persist")
        benchPersist(temp.path(), std::min(n, 5));
    if (what.isEmpty() || what == "bitflip")
        benchBitFlips(temp.path(), 1000);
    if (what.isEmpty() || what == "breaker")
        benchBreaker(std::min(n, 9));
    if (what.isEmpty() || what == "diff")
        benchDiff(temp.path(), std::max(1LL, parser.value(largeMib).toLongLong()), std::min(n, 5));
    if (what.isEmpty() || what == "health")
        benchHealth(temp.path(), std::max(1LL, parser.value(largeMib).toLongLong()), std::min(n, 5));
#ifdef STEWARD_BENCH_GUI
    if (what.isEmpty() || what == "charts")
        benchCharts(std::min(n, 7));
#endif
    return 0;
}
