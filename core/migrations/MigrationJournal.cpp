#include "migrations/MigrationJournal.h"

#include "AppPaths.h"
#include "db/Connection.h"
#include "migrations/Migrator.h"

#include <QFileInfo>

namespace steward {

namespace {

Result<std::unique_ptr<Connection>> openJournal(const QString& path, bool forWriting)
{
    if (!forWriting && !QFileInfo::exists(path))
        return std::unique_ptr<Connection>();
    OpenOptions options;
    options.create = forWriting;
    options.busyTimeoutMs = 5000;
    options.readOnly = !forWriting;
    auto c = Connection::open(path, options);
    if (!c || !forWriting)
        return c;
    // WAL and synchronous=NORMAL: a record per migration costs no fsync of its own (a power cut may lose the last
    // ones, never corrupt the journal), so writing after each migration does not slow a run down.
    if (auto r = c.value()->execScript(QStringLiteral(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
            "CREATE TABLE IF NOT EXISTS migrations (database TEXT NOT NULL, version INTEGER NOT NULL, name TEXT, "
            "checksum TEXT, applied_at TEXT, rolled_back_at TEXT, execution_ms INTEGER, up_sql TEXT, down_sql TEXT, "
            "PRIMARY KEY (database, version));"
            "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, database TEXT NOT NULL, version INTEGER NOT "
            "NULL, event TEXT NOT NULL, at TEXT NOT NULL, detail TEXT);"
            "CREATE INDEX IF NOT EXISTS events_database ON events (database, id);"));
        !r)
        return r.error();
    return c;
}

} // namespace

MigrationJournal::MigrationJournal(QString storePath)
    : m_storePath(std::move(storePath))
{
}

QString MigrationJournal::defaultPath()
{
    return AppPaths::dataDir() + QStringLiteral("/migrations.db");
}

QString MigrationJournal::keyOf(const QString& databasePath)
{
    const QFileInfo fi(databasePath);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

Result<void> MigrationJournal::write(const QString& database, const QVector<Entry>& entries)
{
    if (entries.isEmpty())
        return {};
    auto c = openJournal(m_storePath, true);
    if (!c)
        return c.error();
    Connection& db = *c.value();
    const QString key = keyOf(database);
    return db.transaction([&]() -> Result<void> {
        for (const Entry& e : entries) {
            if (e.recordsApply) {
                if (auto r = db.exec(
                        QStringLiteral("INSERT INTO migrations (database, version, name, checksum, applied_at, "
                                       "rolled_back_at, execution_ms, up_sql, down_sql) VALUES (?,?,?,?,?,NULL,?,?,?) "
                                       "ON CONFLICT (database, version) DO UPDATE SET name = excluded.name, checksum "
                                       "= excluded.checksum, applied_at = excluded.applied_at, rolled_back_at = NULL, "
                                       "execution_ms = excluded.execution_ms, up_sql = excluded.up_sql, down_sql = "
                                       "excluded.down_sql"),
                        {key, e.version, e.name, e.checksum, e.appliedAt.isEmpty() ? e.at : e.appliedAt, e.executionMs,
                         e.upSql, e.downSql});
                    !r)
                    return r;
            } else if (e.event == QLatin1String("rolled-back")) {
                if (auto r = db.exec(QStringLiteral("UPDATE migrations SET rolled_back_at = ? WHERE database = ? AND "
                                                    "version = ?"),
                                     {e.at, key, e.version});
                    !r)
                    return r;
            }
            if (auto r = db.exec(QStringLiteral("INSERT INTO events (database, version, event, at, detail) VALUES "
                                                "(?, ?, ?, ?, ?)"),
                                 {key, e.version, e.event, e.at, e.detail});
                !r)
                return r;
        }
        return {};
    });
}

Result<MigrationJournal::Records> MigrationJournal::records(const QString& database)
{
    Records out;
    auto c = openJournal(m_storePath, false);
    if (!c)
        return c.error();
    if (!c.value())
        return out;
    const QString key = keyOf(database);
    auto rows = c.value()->select(QStringLiteral("SELECT version, name, checksum, applied_at, rolled_back_at, "
                                                 "execution_ms, up_sql, down_sql FROM migrations WHERE database = ?"),
                                  {key});
    if (!rows)
        return rows.error();
    static const char* const names[] = {"version",        "name",         "checksum", "applied_at",
                                        "rolled_back_at", "execution_ms", "up_sql",   "down_sql"};
    for (const auto& r : rows.value()) {
        QVariantMap row;
        for (int i = 0; i < 8; ++i)
            row.insert(QLatin1String(names[i]), r.value(i));
        out.rows[r.value(0).toLongLong()] = row;
    }
    // The newest event of each version.
    auto events = c.value()->select(QStringLiteral("SELECT version, event FROM events WHERE id IN (SELECT max(id) "
                                                   "FROM events WHERE database = ? GROUP BY version)"),
                                    {key});
    if (!events)
        return events.error();
    for (const auto& r : events.value())
        out.lastEvents[r.value(0).toLongLong()] = r.value(1).toString();
    return out;
}

Result<QVector<MigrationEvent>> MigrationJournal::events(const QString& database, int limit)
{
    QVector<MigrationEvent> out;
    auto c = openJournal(m_storePath, false);
    if (!c)
        return c.error();
    if (!c.value())
        return out;
    auto rows = c.value()->select(QStringLiteral("SELECT version, event, at, detail FROM events WHERE database = ? "
                                                 "ORDER BY id DESC LIMIT ?"),
                                  {keyOf(database), limit});
    if (!rows)
        return rows.error();
    for (const auto& r : rows.value())
        out.push_back({r.value(0).toLongLong(), r.value(1).toString(),
                       QDateTime::fromString(r.value(2).toString(), Qt::ISODateWithMs), r.value(3).toString()});
    return out;
}

} // namespace steward
