// The Migrator's registry: the history tables of every tool, Steward's journal, status, history, validate,
// repair and baseline.
#include "migrations/MigratorInternal.h"

#include "Audit.h"
#include "Logging.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/Repository.h"
#include "db/SqliteErrors.h"
#include "migrations/MigrationFormat.h"
#include "migrations/MigrationJournal.h"
#include "migrations/MigrationSet.h"
#include "migrations/formats/Formats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace steward {

using namespace migrator_detail;

namespace migrator_detail {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime fromIso(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t;
}

// golang-migrate's table, as database/sqlite3/sqlite3.go creates and sets it: one row, the current version.
Result<void> ensureVersionTable(Connection& c)
{
    if (auto r = c.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version uint64,dirty bool)")); !r)
        return r;
    return c.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version)"));
}
Result<void> setVersion(Connection& c, qint64 version, bool dirty)
{
    if (auto r = ensureVersionTable(c); !r)
        return r;
    if (auto r = c.exec(QStringLiteral("DELETE FROM schema_migrations")); !r)
        return r;
    if (version < 0 && !dirty) // no version: the table stays, empty
        return {};
    return c.exec(QStringLiteral("INSERT INTO schema_migrations (version, dirty) VALUES (?, ?)"),
                  {version, dirty ? 1 : 0});
}
Result<std::pair<qint64, bool>> currentVersion(Connection& c)
{
    auto exists = formats::tableExists(c, QStringLiteral("schema_migrations"));
    if (!exists)
        return exists.error();
    if (!exists.value())
        return std::pair<qint64, bool>{-1, false};
    auto rows = c.select(QStringLiteral("SELECT version, dirty FROM schema_migrations LIMIT 1"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::pair<qint64, bool>{-1, false};
    return std::pair<qint64, bool>{rows->first().value(0).toLongLong(), rows->first().value(1).toLongLong() != 0};
}

namespace {

MigrationState stateOf(const MigrationFile& f)
{
    MigrationState s;
    s.version = f.version;
    s.versionText = f.versionText.isEmpty() ? QString::number(f.version) : f.versionText;
    s.name = f.name;
    s.fileName = f.fileName;
    s.fileChecksum = f.checksum;
    s.upSql = f.upSql;
    s.downSql = f.downSql;
    s.downSource = f.downSql.trimmed().isEmpty() ? QString() : QStringLiteral("file");
    s.hasDownFile = f.hasDown;
    s.downFileName = f.downFileName;
    s.downToolChecksum = f.downToolChecksum;
    s.repeatable = f.repeatable;
    s.upInTransaction = f.upInTransaction;
    s.downInTransaction = f.downInTransaction;
    s.upFirstLine = f.upFirstLine;
    s.downFirstLine = f.downFirstLine;
    return s;
}

// Status from a tool's own history table (every format but dbmate's): entries are matched to files by the tool's
// own version text; an entry without a file is missing; a file below the newest applied one is out of order.
QVector<MigrationState> statusFromToolHistory(const QVector<MigrationFile>& files, const ToolHistory& history)
{
    std::map<QString, ToolHistoryEntry> entries;
    for (const auto& e : history.entries)
        entries[e.versionText] = e;
    qint64 maxApplied = std::numeric_limits<qint64>::min(), maxKey = 0;
    for (const auto& f : files) {
        maxKey = std::max(maxKey, f.version);
        auto it = entries.find(f.versionText);
        if (it != entries.end() && !it->second.failed && !f.repeatable)
            maxApplied = std::max(maxApplied, f.version);
    }
    QVector<MigrationState> out;
    for (const auto& f : files) {
        MigrationState s = stateOf(f);
        if (!f.toolChecksum.isEmpty())
            s.fileChecksum = f.toolChecksum;
        auto it = entries.find(f.versionText);
        if (it == entries.end()) {
            s.status = f.version < maxApplied && !f.repeatable ? MigrationStatus::OutOfOrder : MigrationStatus::Pending;
        } else {
            s.appliedAt = it->second.appliedAt;
            s.executionMs = it->second.executionMs;
            s.appliedChecksum = it->second.checksum;
            const bool changed =
                !s.appliedChecksum.isEmpty() && !f.toolChecksum.isEmpty() && s.appliedChecksum != f.toolChecksum;
            if (it->second.failed)
                s.status = MigrationStatus::Failed;
            else if (changed && f.repeatable) // Flyway's "outdated": the next migrate runs it again
                s.status = MigrationStatus::Pending;
            else if (changed)
                s.status = MigrationStatus::Modified;
            else
                s.status = MigrationStatus::Applied;
            entries.erase(it);
        }
        out << s;
    }
    for (const auto& [text, e] : entries) {
        MigrationState s;
        bool numeric = false;
        const qint64 v = text.toLongLong(&numeric);
        s.version = numeric ? v : ++maxKey;
        s.versionText = text;
        s.name = text;
        s.appliedAt = e.appliedAt;
        s.appliedChecksum = e.checksum;
        s.status = e.failed ? MigrationStatus::Failed : MigrationStatus::Missing;
        out << s;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const MigrationState& a, const MigrationState& b) { return a.version < b.version; });
    return out;
}

} // namespace

// Writes the application's row with the columns its table has now.
Result<void> writeAppRow(Connection& c, const MigrationState& m, const QString& appliedAt)
{
    auto columns = c.engine().columns(c, QStringLiteral("schema_migrations"));
    if (!columns)
        return columns.error();
    QVariantMap values;
    for (const auto& col : columns.value()) {
        const QString n = col.name.toLower();
        if (n == QLatin1String("name"))
            values.insert(col.name, m.name);
        else if (n == QLatin1String("checksum"))
            values.insert(col.name, m.fileChecksum);
        else if (n == QLatin1String("applied_at"))
            values.insert(col.name, appliedAt);
        else if (n == QLatin1String("rolled_back_at"))
            values.insert(col.name, QVariant());
    }
    // The version as the table keeps it: a number in a column of integer affinity (a table an application or an
    // older Steward made), else the text of the file name, leading zeros and all, as dbmate writes it.
    bool integerVersion = false;
    for (const auto& col : columns.value())
        if (col.name.toLower() == QLatin1String("version"))
            integerVersion = col.type.contains(QLatin1String("INT"), Qt::CaseInsensitive);
    auto existing = c.scalar(
        QStringLiteral("SELECT count(*) FROM schema_migrations WHERE CAST(version AS INTEGER) = ?"), {m.version});
    if (!existing)
        return existing.error();
    auto quoted = [](const QString& name) {
        return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    QStringList names;
    QVariantList params;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        names << quoted(it.key());
        params << it.value();
    }
    if (existing->toLongLong() > 0) {
        if (names.isEmpty())
            return {};
        params << m.version;
        return c.exec(QStringLiteral("UPDATE schema_migrations SET %1 = ? WHERE CAST(version AS INTEGER) = ?")
                          .arg(names.join(QStringLiteral(" = ?, "))),
                      params);
    }
    names.prepend(QStringLiteral("version"));
    params.prepend(integerVersion || m.versionText.isEmpty() ? QVariant(m.version) : QVariant(m.versionText));
    return c.exec(QStringLiteral("INSERT INTO schema_migrations (%1) VALUES (%2)")
                      .arg(names.join(QStringLiteral(", ")),
                           QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                  params);
}

// Marks the application's row rolled back, or removes it when its table has no rolled_back_at column.
Result<void> markAppRolledBack(Connection& c, qint64 version, const QString& at)
{
    auto columns = c.engine().columns(c, QStringLiteral("schema_migrations"));
    if (!columns)
        return columns.error();
    const bool hasRolledBack = std::any_of(columns->begin(), columns->end(), [](const ColumnInfo& col) {
        return col.name.toLower() == QLatin1String("rolled_back_at");
    });
    if (hasRolledBack)
        return c.exec(
            QStringLiteral("UPDATE schema_migrations SET rolled_back_at = ? WHERE CAST(version AS INTEGER) = ?"),
            {at, version});
    return c.exec(QStringLiteral("DELETE FROM schema_migrations WHERE CAST(version AS INTEGER) = ?"), {version});
}

// A migration recorded as applied in the application's table (Steward's own record goes to its journal).
Result<void> recordApplied(Connection& c, const MigrationState& m, const QString& appliedAt)
{
    return writeAppRow(c, m, appliedAt);
}

// The journal's entry for a migration applied (or repaired, or baselined) now.
MigrationJournal::Entry appliedEntry(const MigrationState& m, const QString& event, const QString& at, qint64 ms,
                                     const QString& detail)
{
    MigrationJournal::Entry e;
    e.version = m.version;
    e.event = event;
    e.at = at;
    e.detail = detail;
    e.recordsApply = true;
    e.name = m.name;
    e.checksum = m.fileChecksum;
    e.upSql = m.upSql;
    e.downSql = m.downSql;
    e.executionMs = ms;
    return e;
}
MigrationJournal::Entry eventEntry(qint64 version, const QString& event, const QString& at, const QString& detail)
{
    MigrationJournal::Entry e;
    e.version = version;
    e.event = event;
    e.at = at;
    e.detail = detail;
    return e;
}

// What a format's history hooks need of a migration.
MigrationFile fileOf(const MigrationState& s)
{
    MigrationFile f;
    f.version = s.version;
    f.versionText = s.versionText;
    f.name = s.name;
    f.fileName = s.fileName;
    f.toolChecksum = s.fileChecksum;
    f.downFileName = s.downFileName;
    f.downToolChecksum = s.downToolChecksum;
    f.repeatable = s.repeatable;
    f.upSql = s.upSql;
    return f;
}

} // namespace migrator_detail

namespace {
// Whether schema_migrations has golang-migrate's dirty column (dbmate's and Steward's row-per-version table has none).
Result<bool> hasDirtyColumn(Connection& c)
{
    auto columns = c.engine().columns(c, kTable);
    if (!columns)
        return columns.error();
    return std::any_of(columns->begin(), columns->end(),
                       [](const ColumnInfo& col) { return col.name.toLower() == QLatin1String("dirty"); });
}
} // namespace

Result<Migrator::Resolved> Migrator::resolve(Connection& c)
{
    auto tables = c.select(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    if (!tables)
        return tables.error();
    QStringList names;
    for (const auto& row : tables.value())
        names << row.value(0).toString();
    auto folder = readMigrationFolder(m_folder, m_format, names);
    if (!folder && !QFileInfo(m_folder).exists()) {
        // No folder, but the database records migrations: show that history (every entry without its file), and
        // say how to get the rest. Nothing can be applied or rolled back without the files.
        const MigrationFormat* format = m_format.isEmpty() ? nullptr : migrationFormatNamed(m_format);
        if (!format)
            for (const auto* f : migrationFormats())
                if (names.contains(f->historyTable(), Qt::CaseInsensitive)) {
                    format = f;
                    break;
                }
        if (format && format->name() == QLatin1String("dbmate") && names.contains(kTable, Qt::CaseInsensitive)) {
            // golang-migrate keeps its one row in a table of the same name, with a dirty column.
            if (auto dirty = hasDirtyColumn(c); dirty && dirty.value())
                format = migrationFormatNamed(QStringLiteral("golang-migrate"));
        }
        if (format && names.contains(format->historyTable(), Qt::CaseInsensitive)) {
            // dbmate's history is read as the migrator keeps it (the application's rows and Steward's journal); the
            // others' by their tool's table. Nothing is written either way: folderMissing refuses every change.
            Resolved r{
                format, {}, format->name() == QLatin1String("dbmate") ? Registry::Steward : Registry::ReadOnly, {}};
            r.folderMissing = true;
            r.readOnlyReason = QCoreApplication::translate("steward::Migrations",
                                                           "There is no migrations folder at %1. The history the "
                                                           "database records is shown; choose the folder that holds "
                                                           "the migration files to see them, apply or roll back.")
                                   .arg(QDir::toNativeSeparators(m_folder));
            return r;
        }
    }
    if (!folder)
        return folder.error();
    Resolved r{folder->format, std::move(folder).value().files, Registry::ReadOnly, {}};
    QStringList notRunnable;
    for (const auto& f : r.files)
        if (!f.runnable)
            notRunnable << f.fileName;
    if (!notRunnable.isEmpty()) {
        r.readOnlyReason =
            QCoreApplication::translate("steward::Migrations",
                                        "%1 cannot be run from the folder (%2); Steward lists every migration and "
                                        "its status and leaves applying and rolling back to your application.")
                .arg(notRunnable.join(QStringLiteral(", ")), r.format->runnableHint());
        return r;
    }
    if (!r.format->writable())
        r.readOnlyReason = QCoreApplication::translate("steward::Migrations",
                                                       "Steward reads %1 migrations and %1's %2 table but does not "
                                                       "write them yet; use %1 itself.")
                               .arg(r.format->name(), r.format->historyTable());
    if (r.format->name() == QLatin1String("dbmate")) {
        r.registry = Registry::Steward;
    } else if (r.format->writable() && r.format->name() != QLatin1String("golang-migrate")) {
        r.registry = Registry::RowPerMigration;
    } else if (r.format->name() == QLatin1String("golang-migrate")) {
        // A schema_migrations with a row per version and no dirty column was written by dbmate or by Steward for
        // pairs of files: it stays that kind of table. golang-migrate's own has the dirty column.
        r.registry = Registry::GolangMigrate;
        if (names.contains(kTable, Qt::CaseInsensitive)) {
            auto dirty = hasDirtyColumn(c);
            if (!dirty)
                return dirty.error();
            r.registry = dirty.value() ? Registry::GolangMigrate : Registry::Steward;
        }
    }
    return r;
}

namespace {
MigrationLayout layoutOf(const MigrationFormat& format, bool writable, const QString& readOnlyReason,
                         bool folderMissing)
{
    return MigrationLayout{format.name(), format.historyTable(), writable, writable ? QString() : readOnlyReason,
                           folderMissing};
}
} // namespace

Result<MigrationLayout> Migrator::layout()
{
    OpenOptions ro;
    ro.readOnly = true;
    ro.busyTimeoutMs = m_busyTimeoutMs;
    if (auto file = requireFileDatabase(m_databasePath, QCoreApplication::translate("steward::Migrator", "Migrations"));
        !file)
        return file.error();
    auto opened = Connection::open(m_databasePath, ro);
    if (!opened)
        return opened.error();
    auto r = resolve(*opened.value());
    if (!r)
        return r.error();
    return layoutOf(*r->format, r->registry != Registry::ReadOnly && !r->folderMissing, r->readOnlyReason,
                    r->folderMissing);
}

Error Migrator::refuseReadOnly(const Resolved& r, const char* action)
{
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("steward::Migrations",
                                                 "Nothing was changed: Steward does not %1 the migrations of this "
                                                 "folder.")
                         .arg(QCoreApplication::translate("steward::Migrations", action)),
                     r.readOnlyReason);
}

Result<QVector<MigrationState>> Migrator::status()
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    return std::move(snapshot).value().states;
}

Result<MigrationOverview> Migrator::overview()
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    const Resolved& r = snapshot->resolved;
    return MigrationOverview{
        layoutOf(*r.format, r.registry != Registry::ReadOnly && !r.folderMissing, r.readOnlyReason, r.folderMissing),
        std::move(snapshot).value().states};
}

// Steward's journal adds to what the database says (checksums, stored down SQL, failures, events); unreadable, it
// costs those details, logged, never the list: the database's own table decides what is applied.
void Migrator::warnJournalUnreadable(const Error& e) const
{
    spdlog::warn("migrations: Steward's journal {} cannot be read: {}", m_journalPath.toStdString(),
                 e.message.toStdString());
}
MigrationJournal::Records Migrator::journalRecords() const
{
    auto records = MigrationJournal(m_journalPath).records(m_databasePath);
    if (records)
        return std::move(records).value();
    warnJournalUnreadable(records.error());
    return {};
}

Result<Migrator::Snapshot> Migrator::read()
{
    if (auto file = requireFileDatabase(m_databasePath, QCoreApplication::translate("steward::Migrator", "Migrations"));
        !file)
        return file.error();
    OpenOptions ro;
    ro.readOnly = true;
    ro.busyTimeoutMs = m_busyTimeoutMs;
    auto opened = Connection::open(m_databasePath, ro);
    if (!opened)
        return opened.error();
    Connection& c = *opened.value();
    auto resolved = resolve(c);
    if (!resolved)
        return resolved.error();
    Snapshot snapshot{std::move(resolved).value(), {}};
    const QVector<MigrationFile>& files = snapshot.resolved.files;
    if (snapshot.resolved.registry != Registry::Steward) {
        auto history = snapshot.resolved.format->readHistory(c, files);
        if (!history)
            return history.error();
        snapshot.states = statusFromToolHistory(files, history.value());
        if (snapshot.resolved.registry == Registry::RowPerMigration && snapshot.resolved.format->stableVersions()) {
            // A failed run outside a transaction that the tool cannot record is in Steward's journal: failed until
            // it runs again or is repaired, never shown as merely pending.
            const MigrationJournal::Records records = journalRecords();
            for (auto& s : snapshot.states) {
                auto it = records.lastEvents.find(s.version);
                const bool notApplied = s.status == MigrationStatus::Pending || s.status == MigrationStatus::OutOfOrder;
                if (it == records.lastEvents.end() || !notApplied)
                    continue;
                if (it->second == QLatin1String("failed")) {
                    s.status = MigrationStatus::Failed;
                    snapshot.failedInJournal.insert(s.version);
                } else if (it->second == QLatin1String("rolled-back")) {
                    s.status = MigrationStatus::RolledBack; // Steward rolled it back: more than "pending"
                }
            }
        }
        return snapshot;
    }
    auto readRows = [&](const QString& table, std::map<qint64, QVariantMap>& into) -> Result<void> {
        auto exists = formats::tableExists(c, table);
        if (!exists)
            return exists.error();
        if (!exists.value())
            return {};
        Repository repo(c, table);
        if (auto r = repo.load(); !r)
            return r;
        auto all = repo.find();
        if (!all)
            return all.error();
        for (const auto& row : all.value()) {
            QVariantMap lower;
            for (auto it = row.begin(); it != row.end(); ++it)
                lower.insert(it.key().toLower(), it.value());
            into[lower.value(QStringLiteral("version")).toLongLong()] = lower;
        }
        return {};
    };
    std::map<qint64, QVariantMap> appRows, ownRows;
    if (auto r = readRows(kTable, appRows); !r)
        return r.error();
    // Steward's records: what an older Steward kept in the database (read, never written), then its journal.
    if (auto r = readRows(QStringLiteral("steward_migrations"), ownRows); !r)
        return r.error();
    std::map<qint64, QString> lastEvent;
    auto historyExists = formats::tableExists(c, kHistory);
    if (!historyExists)
        return historyExists.error();
    if (historyExists.value()) {
        auto events = c.select(QStringLiteral("SELECT version, event FROM schema_migrations_history ORDER BY id"));
        if (!events)
            return events.error();
        for (const auto& e : events.value())
            lastEvent[e[0].toLongLong()] = e[1].toString();
    }
    MigrationJournal::Records records = journalRecords();
    for (auto& [version, row] : records.rows)
        ownRows[version] = std::move(row);
    for (const auto& [version, event] : records.lastEvents)
        lastEvent[version] = event;

    std::map<qint64, MigrationState> states;
    for (const auto& f : files)
        states[f.version] = stateOf(f);
    for (const auto* rows : {&appRows, &ownRows})
        for (const auto& [version, row] : *rows)
            if (!states.count(version)) {
                MigrationState s;
                s.version = version;
                s.versionText = QString::number(version);
                s.name = row.value(QStringLiteral("name")).toString();
                states[version] = s;
            }

    auto applied = [&](qint64 v) {
        auto it = appRows.find(v);
        return it != appRows.end() && it->second.value(QStringLiteral("rolled_back_at")).isNull();
    };
    qint64 maxApplied = std::numeric_limits<qint64>::min();
    for (const auto& [version, row] : appRows)
        if (applied(version))
            maxApplied = std::max(maxApplied, version);

    QVector<MigrationState>& out = snapshot.states;
    for (auto& [version, s] : states) {
        const QVariantMap app = appRows.count(version) ? appRows[version] : QVariantMap();
        const QVariantMap own = ownRows.count(version) ? ownRows[version] : QVariantMap();
        auto pick = [&](const char* column) {
            const QVariant v = own.value(QLatin1String(column));
            return v.isNull() ? app.value(QLatin1String(column)) : v;
        };
        s.appliedAt = fromIso(pick("applied_at"));
        s.rolledBackAt =
            fromIso(own.value(QStringLiteral("rolled_back_at")).isNull() ? app.value(QStringLiteral("rolled_back_at"))
                                                                         : own.value(QStringLiteral("rolled_back_at")));
        s.executionMs = own.value(QStringLiteral("execution_ms")).isNull()
                            ? -1
                            : own.value(QStringLiteral("execution_ms")).toLongLong();
        s.appliedChecksum = pick("checksum").toString();
        const QString storedDown = own.value(QStringLiteral("down_sql")).toString();
        if (!storedDown.trimmed().isEmpty()) {
            s.downSql = storedDown;
            s.downSource = QStringLiteral("stored");
        }
        s.appliedUpSql = own.value(QStringLiteral("up_sql")).toString();
        if (s.fileName.isEmpty() && s.upSql.isEmpty())
            s.upSql = s.appliedUpSql;
        if (s.name.isEmpty())
            s.name = pick("name").toString();
        if (applied(version)) {
            s.rolledBackAt = {};
            if (s.fileName.isEmpty())
                s.status = MigrationStatus::Missing;
            else if (!s.appliedChecksum.isEmpty() && s.appliedChecksum != s.fileChecksum)
                s.status = MigrationStatus::Modified;
            else
                s.status = MigrationStatus::Applied;
        } else if (lastEvent.count(version) && lastEvent[version] == QLatin1String("failed")) {
            s.status = MigrationStatus::Failed;
        } else if (s.rolledBackAt.isValid() ||
                   (lastEvent.count(version) && lastEvent[version] == QLatin1String("rolled-back"))) {
            s.status = MigrationStatus::RolledBack;
        } else if (version < maxApplied) {
            s.status = MigrationStatus::OutOfOrder;
        } else {
            s.status = MigrationStatus::Pending;
        }
        if (s.status == MigrationStatus::RolledBack && s.fileName.isEmpty())
            continue; // rolled back and its file is gone: nothing to show but history
        out.push_back(s);
    }
    return snapshot;
}

Result<QVector<MigrationEvent>> Migrator::history(int limit)
{
    OpenOptions ro;
    ro.readOnly = true;
    if (auto file = requireFileDatabase(m_databasePath, QCoreApplication::translate("steward::Migrator", "Migrations"));
        !file)
        return file.error();
    auto c = Connection::open(m_databasePath, ro);
    if (!c)
        return c.error();
    // Steward's journal, newest first, then what an older Steward kept in the database itself.
    auto journal = MigrationJournal(m_journalPath).events(m_databasePath, limit);
    QVector<MigrationEvent> out;
    if (journal)
        out = std::move(journal).value();
    else
        warnJournalUnreadable(journal.error());
    auto exists = formats::tableExists(*c.value(), kHistory);
    if (!exists)
        return exists.error();
    if (!exists.value() || out.size() >= limit)
        return out;
    auto rows = c.value()->select(QStringLiteral("SELECT version, event, at, detail FROM schema_migrations_history "
                                                 "ORDER BY id DESC LIMIT ?"),
                                  {limit - int(out.size())});
    if (!rows)
        return rows.error();
    for (const auto& r : rows.value())
        out.push_back({r[0].toLongLong(), r[1].toString(), fromIso(r[2]), r[3].toString()});
    return out;
}

Result<QStringList> Migrator::validate()
{
    auto problems = findProblems();
    record(AuditAction::ValidateMigrations, m_folder,
           problems ? (problems->isEmpty()
                           ? Result<void>()
                           : Result<void>(makeError(ErrorCode::InvalidArgument, problems->join(QStringLiteral("; ")))))
                    : Result<void>(problems.error()));
    return problems;
}

Result<QStringList> Migrator::findProblems()
{
    auto states = status();
    if (!states)
        return states.error();
    QStringList problems;
    for (const auto& s : states.value()) {
        switch (s.status) {
        case MigrationStatus::Modified:
            problems << QCoreApplication::translate("steward::Migrations",
                                                    "%1: changed after it was applied (checksum %2, file %3)")
                            .arg(s.fileName, s.appliedChecksum.left(12), s.fileChecksum.left(12));
            break;
        case MigrationStatus::Missing:
            problems << QCoreApplication::translate("steward::Migrations", "%1 (%2): applied, but its file is gone")
                            .arg(s.version)
                            .arg(s.name);
            break;
        case MigrationStatus::Failed:
            problems << QCoreApplication::translate("steward::Migrations", "%1: failed the last time it ran")
                            .arg(s.fileName);
            break;
        default:
            break;
        }
    }
    return problems;
}

Result<int> Migrator::repair()
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    if (snapshot->resolved.registry == Registry::ReadOnly || snapshot->resolved.folderMissing)
        return refuseReadOnly(snapshot->resolved, QT_TRANSLATE_NOOP("steward::Migrations", "repair"));
    if (snapshot->resolved.registry == Registry::RowPerMigration) { // the tool's own repair, where it has one
        QVector<MigrationFile> failed, modified;
        m_journalPending.clear();
        for (const auto& s : snapshot->states) {
            if (s.status == MigrationStatus::Failed && snapshot->failedInJournal.contains(s.version))
                m_journalPending << eventEntry(s.version, QStringLiteral("repaired"), iso(m_clock.nowUtc()),
                                               QStringLiteral("cleared the failed entry"));
            else if (s.status == MigrationStatus::Failed)
                failed << fileOf(s);
            else if (s.status == MigrationStatus::Modified)
                modified << fileOf(s);
        }
        auto c = open();
        if (!c)
            return c.error();
        int changed = 0;
        auto r = c.value()->transaction([&]() -> Result<void> {
            auto n = snapshot->resolved.format->repairHistory(*c.value(), failed, modified);
            if (!n)
                return n.error();
            changed = n.value();
            return {};
        });
        if (r) {
            changed += int(m_journalPending.size());
            flushJournal();
        }
        m_journalPending.clear();
        record(AuditAction::Repair, m_folder, r,
               QStringLiteral("%1: %2 entries").arg(snapshot->resolved.format->name()).arg(changed));
        if (!r)
            return r.error();
        return changed;
    }
    if (snapshot->resolved.registry == Registry::GolangMigrate) {
        // Like golang-migrate's force to the version before the dirty one: the failed migration counts as not
        // applied, so that migrate runs it again (baseline V forces V instead).
        int changed = 0;
        qint64 before = -1;
        for (const auto& s : snapshot->states) {
            if (s.status != MigrationStatus::Failed) {
                before = s.version;
                continue;
            }
            auto c = open();
            if (!c)
                return c.error();
            auto r = c.value()->transaction([&] { return setVersion(*c.value(), before, false); });
            record(AuditAction::Repair, m_folder, r,
                   QStringLiteral("golang-migrate: dirty version %1 forced to %2").arg(s.version).arg(before));
            if (!r)
                return r.error();
            changed = 1;
            break;
        }
        return changed;
    }
    const QVector<MigrationState>* states = &snapshot->states;
    auto c = open();
    if (!c)
        return c.error();
    int changed = 0;
    auto r = c.value()->transaction([&]() -> Result<void> {
        m_journalPending.clear(); // a retried transaction starts again
        if (auto e = ensureTables(*c.value()); !e)
            return e;
        for (const auto& s : *states) {
            const QString now = iso(m_clock.nowUtc());
            if (s.status == MigrationStatus::Modified) {
                const QString appliedAt = iso(s.appliedAt.isValid() ? s.appliedAt : m_clock.nowUtc());
                if (auto e = recordApplied(*c.value(), s, appliedAt); !e)
                    return e;
                auto entry = appliedEntry(
                    s, QStringLiteral("repaired"), now, s.executionMs,
                    QStringLiteral("accepted checksum %1 (was %2)").arg(s.fileChecksum, s.appliedChecksum));
                entry.appliedAt = appliedAt;
                m_journalPending << entry;
            } else if (s.status == MigrationStatus::Failed) {
                m_journalPending << eventEntry(s.version, QStringLiteral("repaired"), now,
                                               QStringLiteral("cleared the failed entry"));
            } else {
                continue;
            }
            ++changed;
        }
        return {};
    });
    if (r)
        flushJournal();
    m_journalPending.clear();
    record(AuditAction::Repair, m_folder, r, QStringLiteral("%1 entries").arg(changed));
    if (!r)
        return r.error();
    return changed;
}

Result<void> Migrator::baseline(qint64 version)
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    if (snapshot->resolved.registry == Registry::ReadOnly || snapshot->resolved.folderMissing)
        return refuseReadOnly(snapshot->resolved, QT_TRANSLATE_NOOP("steward::Migrations", "baseline"));
    if (snapshot->resolved.registry == Registry::RowPerMigration) { // the tool's row for each file up to V
        const MigrationFormat& format = *snapshot->resolved.format;
        auto c = open();
        if (!c)
            return c.error();
        auto r = c.value()->transaction([&]() -> Result<void> {
            if (auto e = format.ensureHistory(*c.value()); !e)
                return e;
            QVector<MigrationFile> upTo; // never a repeatable: a baseline marks versions
            for (const auto& s : snapshot->states)
                if (s.version <= version && !s.isApplied() && !s.fileName.isEmpty() && !s.repeatable)
                    upTo << fileOf(s);
            if (upTo.isEmpty())
                return {};
            return format.recordBaseline(*c.value(), upTo);
        });
        record(AuditAction::Baseline, QString::number(version), r);
        return r;
    }
    if (snapshot->resolved.registry == Registry::GolangMigrate) { // golang-migrate's force V
        auto c = open();
        if (!c)
            return c.error();
        auto r = c.value()->transaction([&] { return setVersion(*c.value(), version, false); });
        record(AuditAction::Baseline, QString::number(version), r);
        return r;
    }
    const QVector<MigrationState>* states = &snapshot->states;
    auto c = open();
    if (!c)
        return c.error();
    auto r = c.value()->transaction([&]() -> Result<void> {
        m_journalPending.clear(); // a retried transaction starts again
        if (auto e = ensureTables(*c.value()); !e)
            return e;
        for (const auto& s : *states) {
            if (s.version > version || s.isApplied() || s.fileName.isEmpty())
                continue;
            const QString now = iso(m_clock.nowUtc());
            if (auto e = recordApplied(*c.value(), s, now); !e)
                return e;
            m_journalPending << appliedEntry(s, QStringLiteral("baselined"), now, 0,
                                             QStringLiteral("baseline %1").arg(version));
        }
        return {};
    });
    if (r)
        flushJournal();
    m_journalPending.clear();
    record(AuditAction::Baseline, QString::number(version), r);
    return r;
}

} // namespace steward
