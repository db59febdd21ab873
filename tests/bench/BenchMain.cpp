// steward-bench: figures measured against a floor in the same run, on the same data. Not run by ctest.
// Prints one JSON object per line: {"name", "value", "unit", "baseline_name", "baseline_value", "ratio"}.
//   steward-bench [--only NAME] [--large-mib N] [--runs N]
#include "db/DatabaseEngine.h"
#include "db/DatabaseSession.h"
#include "db/TableReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace steward;

namespace {

void emitFigure(const QString& name, double value, const QString& unit, const QString& baselineName, double baseline) {
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
double medianMs(int runs, const std::function<void()>& fn) {
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

bool makeDatabase(const QString& path, qint64 mib) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const QByteArray sql =
        QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
                       "CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB);"
                       "CREATE TABLE names (id INTEGER PRIMARY KEY, name TEXT);"
                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO blobs (data) SELECT randomblob(1000000) FROM n;"
                       "INSERT INTO names (name) VALUES ('a'), ('b');")
            .arg(mib)
            .toUtf8();
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

void benchOpen(const QString& dir, qint64 largeMib, int runs) {
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

void benchGridFirstPage(const QString& dir, int runs) {
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

void benchFirstPaint(int runs) {
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

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Steward benchmarks: each figure against its floor, measured in the same run.");
    parser.addHelpOption();
    const QCommandLineOption only("only", "Run only this benchmark (open, grid, first-paint).", "NAME");
    const QCommandLineOption largeMib("large-mib", "Size of the large database in MiB (default 1024).", "N", "1024");
    const QCommandLineOption runs("runs", "Timed runs per figure; the median is reported (default 15).", "N", "15");
    const QCommandLineOption dir("dir", "Folder for the benchmark databases (default: a temporary folder).", "DIR");
    parser.addOptions({only, largeMib, runs, dir});
    parser.process(app);
    const int n = std::max(1, parser.value(runs).toInt());
    QTemporaryDir temp(parser.isSet(dir) ? parser.value(dir) + "/steward-bench-XXXXXX" : QString());
    const QString what = parser.value(only);
    if (what.isEmpty() || what == "open")
        benchOpen(temp.path(), std::max(1LL, parser.value(largeMib).toLongLong()), n);
    if (what.isEmpty() || what == "grid")
        benchGridFirstPage(temp.path(), n);
    if (what.isEmpty() || what == "first-paint")
        benchFirstPaint(std::min(n, 5));
    return 0;
}
