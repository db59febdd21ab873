#include "demo/DemoWorkspace.h"

#include "Logging.h"
#include "db/Connection.h"
#include "migrations/MigrationFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace steward {

static Result<QVector<MigrationFile>> shippedMigrations()
{
    QVector<MigrationFile> files;
    QDirIterator it(QStringLiteral(":/demo/migrations"), {QStringLiteral("*.sql")}, QDir::Files);
    while (it.hasNext()) {
        auto m = MigrationFile::load(it.next());
        if (!m)
            return m.error();
        files.push_back(m.value());
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return files;
}

// What the novelist application's own monitor would have written to query_performance over the last day: a few
// statement shapes with spread-out durations (deterministic), so the slow-query view has something to show.
static Result<void> seedQueryPerformance(Connection& c)
{
    struct Shape {
        const char* sql;
        const char* params;
        double baseMs;
    };
    const Shape shapes[] = {
        {"SELECT * FROM chapters WHERE book_id = ? ORDER BY number", "book_id=%1", 110},
        {"SELECT count(*), sum(words_written) FROM writing_sessions WHERE chapter_id IN (SELECT id FROM chapters "
         "WHERE book_id = ?)",
         "book_id=%1", 180},
        {"UPDATE chapters SET word_count = ?, content = ? WHERE id = ?", "id=%1", 140},
        {"SELECT c.name, count(*) FROM characters c JOIN chapter_characters cc ON cc.character_id = c.id GROUP BY c.id "
         "ORDER BY 2 DESC",
         "", 320},
        {"SELECT * FROM books WHERE title LIKE ?", "title=%1", 120},
    };
    return c.transaction([&]() -> Result<void> {
        quint32 x = 2463534242u; // xorshift: the same rows in every demo
        const auto next = [&x] {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            return double(x) / 4294967296.0;
        };
        for (int i = 0; i < 480; ++i) {
            const Shape& shape = shapes[i % 5 == 4 && next() < 0.5 ? 3 : int(next() * 5) % 5];
            const double u = next();
            const double ms = shape.baseMs * (0.92 + u * u * u * 9.0); // most near the base, a long tail
            const int minutesAgo = int(next() * 24 * 60);
            if (auto r =
                    c.exec(QStringLiteral("INSERT INTO query_performance (id, sql, duration_ms, timestamp, params) "
                                          "VALUES (?, ?, ?, datetime('now', ?), ?)"),
                           {QStringLiteral("novelist-%1").arg(i), QString::fromLatin1(shape.sql), qint64(ms),
                            QStringLiteral("-%1 minutes").arg(minutesAgo),
                            *shape.params ? QString::fromLatin1(shape.params).arg(1 + i % 40) : QString()});
                !r)
                return r;
        }
        return {};
    });
}

static Result<void> buildDatabase(const QString& path, const QVector<MigrationFile>& migrations)
{
    OpenOptions options;
    options.create = true;
    auto opened = Connection::open(path, options);
    if (!opened)
        return opened.error();
    Connection& c = *opened.value();
    if (auto r = c.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                       "applied_at TEXT NOT NULL DEFAULT (datetime('now')))"));
        !r)
        return r;
    for (const auto& m : migrations) {
        auto r = c.transaction([&]() -> Result<void> {
            if (auto s = c.execScript(m.upSql); !s) {
                Error e = s.error();
                e.message = QCoreApplication::translate("steward::Errors", "Demo migration %1 failed: %2")
                                .arg(m.fileName, e.message);
                return e;
            }
            return c.exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"), {m.version});
        });
        if (!r)
            return r;
    }
    // Migration 016 added name and checksum: fill them for every applied migration, as the application's own
    // migration tool would have done.
    auto r = c.transaction([&]() -> Result<void> {
        for (const auto& m : migrations) {
            if (auto u = c.exec(QStringLiteral("UPDATE schema_migrations SET name = ?, checksum = ? WHERE version = ?"),
                                {m.name, m.checksum, m.version});
                !u)
                return u;
        }
        return c.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(migrations.isEmpty() ? 0 : migrations.last().version));
    });
    if (!r)
        return r;
    return seedQueryPerformance(c);
}

Result<DemoWorkspace> ensureDemoWorkspace(const QString& folder)
{
    DemoWorkspace ws;
    ws.folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    ws.databasePath = ws.folder + QStringLiteral("/novelist.db");
    ws.migrationsDir = ws.folder + QStringLiteral("/migrations");
    if (!QDir().mkpath(ws.migrationsDir))
        return makeError(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("steward::Errors", "The demo folder %1 cannot be created.")
                .arg(ws.migrationsDir),
            QCoreApplication::translate(
                "steward::Errors", "Check that the folder is writable, or set STEWARD_DATA_DIR to another folder."));

    auto migrations = shippedMigrations();
    if (!migrations)
        return migrations.error();

    // Copy any missing migration file; an existing one is left alone (a user may be trying out an edit).
    for (const auto& m : migrations.value()) {
        const QString target = ws.migrationsDir + QLatin1Char('/') + m.fileName;
        if (QFileInfo::exists(target))
            continue;
        QFile source(QStringLiteral(":/demo/migrations/") + m.fileName);
        QSaveFile out(target);
        if (!source.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) || out.write(source.readAll()) < 0 ||
            !out.commit())
            return makeError(
                ErrorCode::ReadOnly,
                QCoreApplication::translate("steward::Errors", "The demo migration %1 cannot be written.").arg(target),
                QCoreApplication::translate("steward::Errors",
                                            "Check that the folder is writable and the disk is not full."),
                out.errorString());
    }

    if (QFileInfo::exists(ws.databasePath))
        return ws;

    const QString temporary = ws.databasePath + QStringLiteral(".building");
    QFile::remove(temporary);
    QFile::remove(temporary + QStringLiteral("-journal"));
    if (auto r = buildDatabase(temporary, migrations.value()); !r) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return r.error();
    }
    if (!QFile::rename(temporary, ws.databasePath)) {
        QFile::remove(temporary);
        return makeError(
            ErrorCode::IoError,
            QCoreApplication::translate("steward::Errors", "The demo database cannot be moved into place."),
            QCoreApplication::translate("steward::Errors", "Check that the demo folder is writable."), ws.databasePath);
    }
    ws.created = true;
    logging::logger()->info("created the demo database {}", ws.databasePath);
    return ws;
}

} // namespace steward
