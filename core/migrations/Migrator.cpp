#include "migrations/Migrator.h"

#include "db/SqliteStatement.h"

#include "Audit.h"
#include "Logging.h"
#include "backup/BackupManager.h"
#include "backup/SqliteBackup.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "db/Repository.h"
#include "db/SqliteErrors.h"
#include "db/SqliteHandle.h"
#include "jobs/Job.h"
#include "migrations/MigrationFormat.h"
#include "migrations/MigrationJournal.h"
#include "migrations/MigrationSet.h"
#include "migrations/formats/Formats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace steward {

namespace {

const QString kTable = QStringLiteral("schema_migrations");
const QString kHistory = QStringLiteral("schema_migrations_history");

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

// Runs a script statement by statement with SQLite's own parser (trigger bodies with ';' included), so that a failure
// names the line of the statement that failed.
// "PRAGMA foreign_keys = OFF" (or 0, false, no): a table rebuilt the way SQLite documents it (Prisma and Drizzle
// write such migrations). Inside a transaction the pragma does nothing (SQLite's rule), and with foreign keys on,
// DROP TABLE of the old table would delete (ON DELETE CASCADE) or refuse the rows that refer to it. So the migrator
// switches them off itself around that one migration (ForeignKeysOff), and runSql checks before the commit that the
// migration left no row pointing nowhere that was not already so.
bool disablesForeignKeys(const QString& sql)
{
    static const QRegularExpression re(
        QStringLiteral("\\bPRAGMA\\s+(?:\"?main\"?\\.)?\"?foreign_keys\"?\\s*=\\s*['\"]?(?:off|0|false|no)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(sql).hasMatch();
}

// Set while the migrator has switched foreign keys off on this thread's connection: every script then run in a
// transaction is checked (runSql).
thread_local int t_foreignKeysOff = 0;

// Foreign keys off for one migration (or one rollback transaction) and on again afterwards, whatever happens; nothing
// when they were off already (SQLite's default, and then the script runs as the sqlite3 shell runs it).
class ForeignKeysOff final {
public:
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;
    static Result<std::unique_ptr<ForeignKeysOff>> ifNeeded(Connection& c, bool needed)
    {
        if (!needed)
            return std::unique_ptr<ForeignKeysOff>();
        auto on = c.scalar(QStringLiteral("PRAGMA foreign_keys"));
        if (!on)
            return on.error();
        if (on->toInt() == 0)
            return std::unique_ptr<ForeignKeysOff>();
        if (auto r = c.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
            return r.error();
        return std::unique_ptr<ForeignKeysOff>(new ForeignKeysOff(c));
    }
    ~ForeignKeysOff()
    {
        --t_foreignKeysOff;
        (void)m_c.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }

private:
    explicit ForeignKeysOff(Connection& c)
        : m_c(c)
    {
        ++t_foreignKeysOff;
    }
    Connection& m_c;
};

// PRAGMA foreign_key_check, as step 10 of SQLite's "making other kinds of table schema changes": how many rows point
// nowhere, per child table, parent and constraint (counted, not keyed by rowid: a rebuilt table gets new rowids, and
// a WITHOUT ROWID table reports none).
Result<std::map<QString, int>> foreignKeyViolations(Connection& c)
{
    auto rows = c.select(QStringLiteral("PRAGMA foreign_key_check"));
    if (!rows)
        return rows.error();
    std::map<QString, int> out;
    for (const auto& r : rows.value())
        ++out[QStringLiteral("%1|%2|%3").arg(r.value(0).toString(), r.value(2).toString(), r.value(3).toString())];
    return out;
}

// An error, so that the transaction is rolled back, when the script left more rows pointing nowhere than there were
// before it (rows that were already orphans are not the migration's doing).
Result<void> checkForeignKeys(Connection& c, const std::map<QString, int>& before, const QString& fileName)
{
    auto after = foreignKeyViolations(c);
    if (!after)
        return after.error();
    int added = 0;
    QStringList where;
    for (const auto& [key, n] : after.value()) {
        const auto it = before.find(key);
        const int more = n - (it == before.end() ? 0 : it->second);
        if (more > 0) {
            added += more;
            where << key;
        }
    }
    if (added == 0)
        return {};
    const QStringList first = where.first().split(QLatin1Char('|'));
    return makeError(ErrorCode::Constraint,
                     QCoreApplication::translate("steward::Migrations",
                                                 "%1 leaves %2 rows whose foreign key points to no row (the first: "
                                                 "table %3, referring to %4).")
                         .arg(fileName)
                         .arg(added)
                         .arg(first.value(0), first.value(1)),
                     QCoreApplication::translate("steward::Migrations",
                                                 "Nothing of it was kept. Fix the migration so that every reference "
                                                 "still has its row (or delete the orphans in it), then migrate "
                                                 "again."));
}

// Whether the last script that failed on this thread, run outside a transaction of the migrator's, left changes
// behind (statements outside any transaction, or a transaction of its own that it committed before failing). A
// script whose own transaction was still open when it failed is rolled back whole: nothing of it stays.
thread_local bool t_failedScriptKeptChanges = false;

Result<void> runSql(Connection& c, const QString& sql, const QString& fileName, int firstLine)
{
    auto handle = SqliteHandle::borrow(c.database());
    if (!handle)
        return handle.error();
    sqlite3* db = handle->get();
    const QByteArray utf8 = sql.toUtf8();
    const char* begin = utf8.constData();
    const char* p = begin;
    const char* end = begin + utf8.size();
    // A script that opens its own transaction and fails inside it must not leave it open on the connection.
    const bool wasAutocommit = sqlite3_get_autocommit(db) != 0;
    t_failedScriptKeptChanges = false;
    const bool checkForeignKeysAfter = t_foreignKeysOff > 0 && !wasAutocommit;
    bool keptChanges = false; // a statement that ended outside a transaction: committed, whatever follows
    std::map<QString, int> orphansBefore;
    if (checkForeignKeysAfter) {
        auto v = foreignKeyViolations(c);
        if (!v)
            return v.error();
        orphansBefore = std::move(v).value();
    }
    while (p < end) {
        // Skip white space and comments, so that the line named is the failing statement's, not a comment's above.
        for (;;) {
            while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
                ++p;
            if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
                while (p < end && *p != '\n')
                    ++p;
            } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
                const char* close = std::search(p + 2, end, "*/", "*/" + 2);
                p = close == end ? end : close + 2;
            } else {
                break;
            }
        }
        if (p >= end)
            break;
        SqliteStatement owned;
        const char* tail = nullptr;
        int rc = sqlite3_prepare_v2(db, p, int(end - p), owned.out(), &tail);
        sqlite3_stmt* stmt = owned.get();
        const int line = firstLine + int(std::count(begin, p, '\n'));
        const bool inTransactionBefore = sqlite3_get_autocommit(db) == 0;
        const bool onlyReadsOrSets = stmt && (sqlite3_stmt_readonly(stmt) != 0 ||
                                              QByteArray(sqlite3_sql(stmt)).trimmed().toUpper().startsWith("PRAGMA"));
        if (rc == SQLITE_OK && stmt) {
            do
                rc = sqlite3_step(stmt);
            while (rc == SQLITE_ROW);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        // Kept, whatever follows: the script's own COMMIT, or a change made outside any transaction.
        if (rc == SQLITE_OK && sqlite3_get_autocommit(db) != 0 && (inTransactionBefore || !onlyReadsOrSets))
            keptChanges = true;
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        const int code = sqlite3_extended_errcode(db);
        owned.reset(); // before a ROLLBACK
        if (rc != SQLITE_OK) {
            if (wasAutocommit && sqlite3_get_autocommit(db) == 0)
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            t_failedScriptKeptChanges = wasAutocommit && keptChanges;
            Error e = classifySqliteError(code, message, fileName);
            e.message = QCoreApplication::translate("steward::Migrations", "%1, line %2: %3")
                            .arg(fileName)
                            .arg(line)
                            .arg(message);
            return e;
        }
        if (!tail || tail <= p)
            break;
        p = tail;
    }
    t_failedScriptKeptChanges = wasAutocommit && keptChanges; // ran whole: a later failure leaves it applied
    if (checkForeignKeysAfter && sqlite3_get_autocommit(db) == 0)
        return checkForeignKeys(c, orphansBefore, fileName);
    return {};
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

QString migrationStatusName(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::Applied:
        return QStringLiteral("applied");
    case MigrationStatus::Pending:
        return QStringLiteral("pending");
    case MigrationStatus::RolledBack:
        return QStringLiteral("rolled-back");
    case MigrationStatus::Modified:
        return QStringLiteral("modified");
    case MigrationStatus::Missing:
        return QStringLiteral("missing");
    case MigrationStatus::Failed:
        return QStringLiteral("failed");
    case MigrationStatus::OutOfOrder:
        return QStringLiteral("out-of-order");
    }
    return {};
}

QStringList lineDiff(const QString& before, const QString& after)
{
    const QStringList a = before.split(QLatin1Char('\n')), b = after.split(QLatin1Char('\n'));
    const qsizetype n = a.size(), m = b.size();
    if (n * m > 4'000'000) // too large to diff line by line: show both
        return QStringList{QStringLiteral("- ") + before, QStringLiteral("+ ") + after};
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            out << QStringLiteral("  ") + a[i];
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            out << QStringLiteral("- ") + a[i++];
        } else {
            out << QStringLiteral("+ ") + b[j++];
        }
    }
    while (i < n)
        out << QStringLiteral("- ") + a[i++];
    while (j < m)
        out << QStringLiteral("+ ") + b[j++];
    return out;
}

Migrator::Migrator(QString databasePath, QString migrationsFolder, QString backupsFolder, const Clock& clock,
                   AuditTrail* audit)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_folder(migrationsFolder.isEmpty() ? MigrationSet::defaultFolder(databasePath) : migrationsFolder)
    , m_backupsFolder(std::move(backupsFolder))
    , m_clock(clock)
    , m_audit(audit)
    , m_journalPath(MigrationJournal::defaultPath())
{
}

void Migrator::record(AuditAction action, const QString& target, const Result<void>& outcome, const QString& detail)
{
    if (m_audit)
        (void)m_audit->recordOutcome(action, m_databasePath, target, outcome, detail);
}

Result<std::unique_ptr<Connection>> Migrator::open()
{
    OpenOptions o;
    o.busyTimeoutMs = m_busyTimeoutMs;
    return Connection::open(m_databasePath, o);
}

Result<void> Migrator::ensureTables(Connection& c)
{
    // The application's schema_migrations is adopted as it is: Steward adds no column to it, because the
    // application's own migrations may add those very columns (the demo's 016 adds name, checksum and
    // rolled_back_at) and would then fail. Steward keeps what it needs in its journal, in its own data folder
    // (MigrationJournal), and writes to schema_migrations only the columns it has.
    // A new one is created as dbmate creates it (its sqlite driver), so that dbmate reads what Steward writes.
    if (auto r =
            c.exec(QStringLiteral("create table if not exists schema_migrations (version varchar(128) primary key)"));
        !r)
        return r;
    auto columns = c.engine().columns(c, kTable);
    if (!columns)
        return columns.error();
    const bool hasVersion = std::any_of(columns->begin(), columns->end(), [](const ColumnInfo& col) {
        return col.name.toLower() == QLatin1String("version");
    });
    if (!hasVersion)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "The table schema_migrations has no version column."),
            QCoreApplication::translate("steward::Migrations",
                                        "Steward can adopt a schema_migrations table only when it has "
                                        "a version column."));
    return {};
}

namespace {

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

} // namespace

struct Migrator::Resolved {
    const MigrationFormat* format = nullptr;
    QVector<MigrationFile> files;
    Registry registry = Registry::Steward;
    QString readOnlyReason; // with Registry::ReadOnly
};
struct Migrator::Snapshot {
    Resolved resolved;
    QVector<MigrationState> states;
    // Failures only Steward's journal knows of: the tool (goose, diesel, sqlx, Drizzle) keeps no record of one.
    QSet<qint64> failedInJournal;
};

Result<Migrator::Resolved> Migrator::resolve(Connection& c)
{
    auto tables = c.select(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    if (!tables)
        return tables.error();
    QStringList names;
    for (const auto& row : tables.value())
        names << row.value(0).toString();
    auto folder = readMigrationFolder(m_folder, m_format, names);
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
            auto columns = c.engine().columns(c, kTable);
            if (!columns)
                return columns.error();
            r.registry = std::any_of(columns->begin(), columns->end(),
                                     [](const ColumnInfo& col) { return col.name.toLower() == QLatin1String("dirty"); })
                             ? Registry::GolangMigrate
                             : Registry::Steward;
        }
    }
    return r;
}

namespace {
MigrationLayout layoutOf(const MigrationFormat& format, bool writable, const QString& readOnlyReason)
{
    return MigrationLayout{format.name(), format.historyTable(), writable, writable ? QString() : readOnlyReason};
}
} // namespace

Result<MigrationLayout> Migrator::layout()
{
    OpenOptions ro;
    ro.readOnly = true;
    ro.busyTimeoutMs = m_busyTimeoutMs;
    auto opened = Connection::open(m_databasePath, ro);
    if (!opened)
        return opened.error();
    auto r = resolve(*opened.value());
    if (!r)
        return r.error();
    return layoutOf(*r->format, r->registry != Registry::ReadOnly, r->readOnlyReason);
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
    return MigrationOverview{layoutOf(*r.format, r.registry != Registry::ReadOnly, r.readOnlyReason),
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

Result<MigrationPlan> Migrator::planMigrate(std::optional<qint64> to)
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    const Registry registry = snapshot->resolved.registry;
    if (registry == Registry::ReadOnly)
        return refuseReadOnly(snapshot->resolved, QT_TRANSLATE_NOOP("steward::Migrations", "apply"));
    const QVector<MigrationState>* states = &snapshot->states;
    // A run that stopped part way, recorded by the tool (or, where it keeps none, by Steward's journal), stops
    // migrate until it is looked at and cleared, as the tools themselves do. dbmate's failed ones run again.
    for (const auto& s : *states) {
        if (s.status != MigrationStatus::Failed || registry == Registry::Steward)
            continue;
        if (registry == Registry::GolangMigrate)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("steward::Migrations",
                                            "Nothing was applied: golang-migrate's table marks version %1 dirty "
                                            "(a run that failed part way).")
                    .arg(s.version),
                QCoreApplication::translate("steward::Migrations",
                                            "Check what %1 changed (or restore the backup taken before it), then "
                                            "clear the mark with repair (the version before it) or baseline %2 "
                                            "(it is complete), as golang-migrate's force does.")
                    .arg(s.fileName.isEmpty() ? QString::number(s.version) : s.fileName)
                    .arg(s.version));
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("steward::Migrations",
                                                     "Nothing was applied: %1 records %2 as failed (a run that stopped "
                                                     "part way).")
                             .arg(snapshot->failedInJournal.contains(s.version)
                                      ? QCoreApplication::translate("steward::Migrations", "Steward's journal")
                                      : snapshot->resolved.format->historyTable(),
                                  s.fileName),
                         QCoreApplication::translate("steward::Migrations",
                                                     "Check what %1 changed (or restore the backup taken before it), "
                                                     "then clear the failed record with repair and migrate again.")
                             .arg(s.fileName));
    }
    QStringList blocking;
    for (const auto& s : *states)
        if (s.status == MigrationStatus::Modified)
            blocking << QCoreApplication::translate("steward::Migrations", "%1 was changed after it was applied")
                            .arg(s.fileName);
    if (!blocking.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("steward::Migrations", "Nothing was applied: %1.")
                             .arg(blocking.join(QStringLiteral("; "))),
                         QCoreApplication::translate("steward::Migrations",
                                                     "Restore the applied file, or accept the change with repair."));
    MigrationPlan plan;
    plan.kind = MigrationPlan::Kind::Migrate;
    plan.currentVersionOnly = registry == Registry::GolangMigrate;
    if (registry == Registry::RowPerMigration)
        plan.rowPerMigration = snapshot->resolved.format->name();
    for (const auto& s : *states) {
        const bool runnable = s.status == MigrationStatus::Pending || s.status == MigrationStatus::RolledBack ||
                              s.status == MigrationStatus::Failed || s.status == MigrationStatus::OutOfOrder;
        if (runnable && !s.fileName.isEmpty() && (!to || s.version <= *to)) {
            plan.steps.push_back(s);
            plan.outsideTransaction = plan.outsideTransaction || !s.upInTransaction;
        }
    }
    plan.target = to ? *to : (plan.steps.isEmpty() ? 0 : plan.steps.last().version);
    return plan;
}

Result<MigrationPlan> Migrator::planRollback(qint64 to)
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    if (snapshot->resolved.registry == Registry::ReadOnly)
        return refuseReadOnly(snapshot->resolved, QT_TRANSLATE_NOOP("steward::Migrations", "roll back"));
    const QVector<MigrationState>* states = &snapshot->states;
    MigrationPlan plan;
    plan.kind = MigrationPlan::Kind::Rollback;
    plan.target = to;
    plan.currentVersionOnly = snapshot->resolved.registry == Registry::GolangMigrate;
    if (snapshot->resolved.registry == Registry::RowPerMigration)
        plan.rowPerMigration = snapshot->resolved.format->name();
    for (const auto& f : snapshot->resolved.files)
        if (f.version <= to)
            plan.versionAfterRollback = std::max(plan.versionAfterRollback, f.version);
    QStringList noDown;
    for (auto it = states->crbegin(); it != states->crend(); ++it) {
        if (it->version <= to || !it->isApplied() || it->repeatable) // Flyway never undoes a repeatable
            continue;
        plan.steps.push_back(*it);
        plan.outsideTransaction = plan.outsideTransaction || !it->downInTransaction;
        // golang-migrate runs an empty down file as the no-op it is; a missing one is refused, not skipped.
        const bool emptyDownRuns = plan.currentVersionOnly && it->hasDownFile;
        if (it->downSql.trimmed().isEmpty() && !emptyDownRuns)
            noDown << QStringLiteral("%1 (%2)").arg(it->version).arg(it->name);
    }
    if (!noDown.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("steward::Migrations",
                                                     "Cannot roll back to %1: these migrations have no down SQL: %2.")
                             .arg(to)
                             .arg(noDown.join(QStringLiteral(", "))),
                         snapshot->resolved.format->addDownHint());
    return plan;
}

Result<QString> Migrator::takeBackup(const QString& reason, JobContext* context)
{
    if (!m_backups)
        return QString();
    BackupManager backups(m_databasePath, m_backupsFolder, m_clock, m_audit);
    CopyOptions copy;
    copy.busyTimeoutMs = m_busyTimeoutMs;
    backups.setCopyOptions(copy);
    auto b = backups.create(reason, context);
    if (!b)
        return makeError(
            b.error().code,
            QCoreApplication::translate("steward::Migrations", "Nothing was changed: the backup taken first failed. %1")
                .arg(b.error().message),
            b.error().hint);
    return b->id;
}

Result<void> Migrator::applyOne(Connection& c, const MigrationState& m)
{
    QElapsedTimer timer;
    timer.start();
    bool ran = false;
    auto body = [&]() -> Result<void> {
        // Another process may have applied it while this one waited for the write lock.
        auto already = c.scalar(
            QStringLiteral("SELECT count(*) FROM schema_migrations WHERE CAST(version AS INTEGER) = ?"), {m.version});
        if (!already)
            return already.error();
        if (already->toInt() > 0) {
            auto columns = c.engine().columns(c, kTable);
            bool rolledBackColumn = false;
            if (columns)
                for (const auto& col : columns.value())
                    rolledBackColumn = rolledBackColumn || col.name.toLower() == QLatin1String("rolled_back_at");
            auto live = rolledBackColumn ? c.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE "
                                                                   "CAST(version AS INTEGER) = ? AND rolled_back_at "
                                                                   "IS NULL"),
                                                    {m.version})
                                         : Result<QVariant>(QVariant(1));
            if (!live)
                return live.error();
            if (live->toInt() > 0)
                return {};
        }
        if (auto r = runSql(c, m.upSql, m.fileName, m.upFirstLine); !r)
            return r;
        if (auto r = ensureTables(c); !r)
            return r;
        if (auto r = recordApplied(c, m, iso(m_clock.nowUtc())); !r)
            return r;
        ran = true;
        return {};
    };
    auto r = m.upInTransaction ? c.transaction(body) : body();
    if (r && ran) // committed: Steward's record of it, written by migrate() after the run
        m_journalPending << appliedEntry(m, QStringLiteral("applied"), iso(m_clock.nowUtc()), timer.elapsed(),
                                         m.fileName);
    return r;
}

namespace {
// A migration's up SQL with the bookkeeping of a tool's table. In a transaction: `already` (another process applied
// it meanwhile: skip), the SQL and `record`, all in one. Outside one, as the tools do it: `before` in a transaction of
// its own (golang-migrate marks the version dirty there), the SQL, then `record` in another.
template <typename Already, typename Before, typename Record>
Result<void> runWithBookkeeping(Connection& c, const MigrationState& m, Already already, Before before, Record record)
{
    auto run = [&]() -> Result<void> {
        auto done = already();
        if (!done)
            return done.error();
        if (done.value())
            return {};
        if (!m.upInTransaction)
            if (auto r = c.transaction(before); !r)
                return r;
        if (auto r = runSql(c, m.upSql, m.fileName, m.upFirstLine); !r)
            return r;
        return m.upInTransaction ? record() : c.transaction(record);
    };
    return m.upInTransaction ? c.transaction(run) : run();
}
} // namespace

// golang-migrate: the migration and its version row in one transaction (the tool writes the row dirty, runs the
// file, writes it clean, in three: the table ends the same, and nothing is left half-done). A migration outside a
// transaction runs the way the tool runs it, so that a failure leaves the version marked dirty.
Result<void> Migrator::applyOneKeepingVersion(Connection& c, const MigrationState& m)
{
    return runWithBookkeeping(
        c, m,
        [&]() -> Result<bool> {
            auto current = currentVersion(c);
            if (!current)
                return current.error();
            return current->first >= m.version && !current->second;
        },
        [&] { return setVersion(c, m.version, true); }, [&] { return setVersion(c, m.version, false); });
}

namespace {
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
} // namespace

// goose, diesel, sqlx: the migration and the tool's row in one transaction, as the tools do. Outside a transaction the
// tool writes its row after the SQL ran; a failure leaves no row (the tools have no way to record it).
Result<void> Migrator::applyOneWithToolRow(Connection& c, const MigrationFormat& format, const MigrationState& m)
{
    const MigrationFile f = fileOf(m);
    QElapsedTimer timer;
    timer.start();
    return runWithBookkeeping(
        c, m, [&] { return format.isRecorded(c, f); }, [] { return Result<void>(); },
        [&]() -> Result<void> {
            if (auto r = format.ensureHistory(c); !r)
                return r;
            return format.recordApplied(c, f, timer.elapsed());
        });
}

Result<void> Migrator::rollbackKeepingVersion(Connection& c, const MigrationPlan& plan, QVector<qint64>* done)
{
    auto run = [&](const MigrationState& step) {
        return runSql(c, step.downSql, step.fileName.isEmpty() ? QString::number(step.version) : step.fileName,
                      step.downSource == QLatin1String("file") ? step.downFirstLine : 1);
    };
    if (!plan.outsideTransaction) { // every down section and the new version in one transaction
        auto r = c.transaction([&]() -> Result<void> {
            for (const auto& step : plan.steps)
                if (auto e = run(step); !e)
                    return e;
            return setVersion(c, plan.versionAfterRollback, false);
        });
        if (r && done)
            for (const auto& step : plan.steps)
                done->push_back(step.version);
        return r;
    }
    // As the tool: each step marks the version it goes back to dirty, runs its down SQL, marks it clean.
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const qint64 previous = i + 1 < plan.steps.size() ? plan.steps[i + 1].version : plan.versionAfterRollback;
        if (auto r = c.transaction([&] { return setVersion(c, previous, true); }); !r)
            return r;
        if (auto r = run(plan.steps[i]); !r)
            return r;
        if (auto r = c.transaction([&] { return setVersion(c, previous, false); }); !r)
            return r;
        if (done)
            done->push_back(plan.steps[i].version);
    }
    return {};
}

Result<void> Migrator::rollbackWithToolRows(Connection& c, const MigrationFormat& format, const MigrationPlan& plan,
                                            QVector<qint64>* done)
{
    auto undo = [&](const MigrationState& step) -> Result<void> {
        if (auto r = runSql(c, step.downSql, step.fileName,
                            step.downSource == QLatin1String("file") ? step.downFirstLine : 1);
            !r)
            return r;
        if (!plan.outsideTransaction)
            return format.recordRolledBack(c, fileOf(step));
        return c.transaction([&] { return format.recordRolledBack(c, fileOf(step)); });
    };
    auto journal = [&](const MigrationState& step) {
        if (format.stableVersions())
            m_journalPending << eventEntry(step.version, QStringLiteral("rolled-back"), iso(m_clock.nowUtc()),
                                           step.fileName);
    };
    if (plan.outsideTransaction) {
        for (const auto& step : plan.steps) {
            if (auto r = undo(step); !r)
                return r;
            journal(step);
            if (done)
                done->push_back(step.version);
        }
        return {};
    }
    auto r = c.transaction([&]() -> Result<void> { // every down section and row in one transaction
        for (const auto& step : plan.steps)
            if (auto e = undo(step); !e)
                return e;
        return {};
    });
    if (r)
        for (const auto& step : plan.steps) {
            journal(step);
            if (done)
                done->push_back(step.version);
        }
    return r;
}

Result<void> Migrator::runPlanOn(Connection& c, const MigrationPlan& plan, JobContext* context, QVector<qint64>* done)
{
    m_journalPending.clear();
    // A rollback runs its down sections in one transaction: foreign keys off for all of it when one of them
    // switches them off (each script then checked). A migrate switches them per migration (runPlanSteps).
    bool downsSwitchOff = false;
    if (plan.kind == MigrationPlan::Kind::Rollback)
        for (const auto& step : plan.steps)
            downsSwitchOff = downsSwitchOff || disablesForeignKeys(step.downSql);
    auto off = ForeignKeysOff::ifNeeded(c, downsSwitchOff);
    if (!off)
        return off.error();
    return runPlanSteps(c, plan, context, done);
}

Result<void> Migrator::runPlanSteps(Connection& c, const MigrationPlan& plan, JobContext* context,
                                    QVector<qint64>* done)
{
    const MigrationFormat* rows = plan.rowPerMigration.isEmpty() ? nullptr : migrationFormatNamed(plan.rowPerMigration);
    if (rows && plan.kind == MigrationPlan::Kind::Rollback)
        return rollbackWithToolRows(c, *rows, plan, done);
    if (plan.currentVersionOnly && plan.kind == MigrationPlan::Kind::Rollback)
        return rollbackKeepingVersion(c, plan, done);
    if (!plan.currentVersionOnly && !rows)
        if (auto r = c.transaction([&] { return ensureTables(c); }); !r)
            return r;
    if (plan.kind == MigrationPlan::Kind::Migrate) {
        int i = 0;
        for (const auto& step : plan.steps) {
            if (context && context->isCancelled())
                return makeError(ErrorCode::Cancelled, QCoreApplication::translate(
                                                           "steward::Migrations", "Cancelled before %1; the migrations "
                                                                                  "before it are applied.")
                                                           .arg(step.fileName));
            if (context)
                context->setProgress(
                    i++, plan.steps.size(),
                    QCoreApplication::translate("steward::Migrations", "Applying %1…").arg(step.fileName));
            t_failedScriptKeptChanges = false; // a failure before its script runs has kept nothing
            auto off = ForeignKeysOff::ifNeeded(c, disablesForeignKeys(step.upSql));
            if (!off)
                return off.error();
            if (auto r = rows                      ? applyOneWithToolRow(c, *rows, step)
                         : plan.currentVersionOnly ? applyOneKeepingVersion(c, step)
                                                   : applyOne(c, step);
                !r)
                return r;
            if (rows && rows->stableVersions()) // the tool's row says applied; Steward's journal keeps the event
                m_journalPending << eventEntry(step.version, QStringLiteral("applied"), iso(m_clock.nowUtc()),
                                               step.fileName);
            flushJournal(); // after each commit: a kill later in the run keeps the record of this one
            if (done)
                done->push_back(step.version);
        }
        return {};
    }
    // A rollback: every down section in one transaction — all undone or none.
    auto body = [&]() -> Result<void> {
        for (const auto& step : plan.steps) {
            if (auto r =
                    runSql(c, step.downSql, step.fileName.isEmpty() ? QString::number(step.version) : step.fileName,
                           step.downSource == QLatin1String("file") ? step.downFirstLine : 1);
                !r)
                return r;
        }
        // The down SQL may have changed schema_migrations itself (the demo's 016 drops columns): mark the
        // application's rows with the columns it has left.
        if (auto r = ensureTables(c); !r)
            return r;
        for (const auto& step : plan.steps) {
            if (auto r = markAppRolledBack(c, step.version, iso(m_clock.nowUtc())); !r)
                return r;
            if (done)
                done->push_back(step.version);
        }
        return {};
    };
    auto r = plan.outsideTransaction ? body() : c.transaction(body);
    if (!r && done && !plan.outsideTransaction)
        done->clear();
    if (r)
        for (const auto& step : plan.steps)
            m_journalPending << eventEntry(step.version, QStringLiteral("rolled-back"), iso(m_clock.nowUtc()),
                                           QStringLiteral("down SQL: %1").arg(step.downSource));
    return r;
}

void Migrator::flushJournal()
{
    if (m_journalPending.isEmpty() || !m_journalOn) { // off: a dry run on a scratch copy remembers nothing
        m_journalPending.clear();
        return;
    }
    // After the database committed: a journal that cannot be written costs Steward's record, never the migration.
    if (auto r = MigrationJournal(m_journalPath).write(m_databasePath, m_journalPending); !r)
        spdlog::warn("migrations: Steward's journal {} was not written: {}", m_journalPath.toStdString(),
                     r.error().message.toStdString());
    m_journalPending.clear();
}

Result<MigrationOutcome> Migrator::migrate(std::optional<qint64> to, JobContext* context)
{
    auto plan = planMigrate(to);
    if (!plan)
        return plan.error();
    MigrationOutcome outcome;
    if (plan->steps.isEmpty())
        return outcome;
    auto backup = takeBackup(QStringLiteral("before migration %1").arg(plan->steps.last().version), context);
    if (!backup)
        return backup.error();
    outcome.backupId = backup.value();
    auto c = open();
    if (!c)
        return c.error();
    auto r = runPlanOn(*c.value(), plan.value(), context, &outcome.versions);
    if (!r) {
        const MigrationState& failedStep = plan->steps.value(outcome.versions.size());
        const qint64 failed = failedStep.version;
        // Steward's own record of the failure, in its journal (dbmate folders). golang-migrate's table records a
        // failure outside a transaction itself, as dirty, and nothing else.
        bool recordedFailed = plan->currentVersionOnly; // golang-migrate's dirty flag
        if (!plan->currentVersionOnly && plan->rowPerMigration.isEmpty() && r.error().code != ErrorCode::Cancelled) {
            m_journalPending << eventEntry(failed, QStringLiteral("failed"), iso(m_clock.nowUtc()), r.error().message);
            recordedFailed = true;
        }
        flushJournal();
        const MigrationFormat* rows = migrationFormatNamed(plan->rowPerMigration);
        // Outside a transaction, what stayed: nothing when the file's own transaction was rolled back whole.
        const bool partial =
            !failedStep.upInTransaction && (plan->currentVersionOnly || t_failedScriptKeptChanges); // golang: dirty
        bool inJournalOnly = false;
        if (rows && partial && r.error().code != ErrorCode::Cancelled) {
            (void)c.value()->transaction([&]() -> Result<void> {
                auto done = rows->recordFailed(*c.value(), fileOf(failedStep), r.error().message);
                if (!done)
                    return done.error();
                recordedFailed = done.value();
                return {};
            });
            if (!recordedFailed) { // the tool keeps no record of a failed run: Steward's journal does
                m_journalPending << eventEntry(failed, QStringLiteral("failed"), iso(m_clock.nowUtc()),
                                               r.error().message);
                flushJournal();
                inJournalOnly = true;
            }
        }
        record(AuditAction::Migrate, QString::number(failed), r);
        Error e = r.error();
        const QString backupId = outcome.backupId.isEmpty() ? QStringLiteral("-") : outcome.backupId;
        if (e.code != ErrorCode::Cancelled && !partial)
            e.hint = QCoreApplication::translate("steward::Migrations",
                                                 "The failed migration was rolled back; %1 migrations before it are "
                                                 "applied. Fix the file and migrate again. Backup taken first: %2.")
                         .arg(outcome.versions.size())
                         .arg(backupId);
        else if (e.code != ErrorCode::Cancelled && inJournalOnly)
            e.hint = QCoreApplication::translate(
                         "steward::Migrations",
                         "%1 runs outside a transaction: the statements before the failing one stay applied and were "
                         "not undone. %2 keeps no record of a failed run; Steward's journal does, and it is listed "
                         "as failed. %3 migrations before it are applied. Restore the backup taken first (%4), or "
                         "finish or undo it by hand and then repair.")
                         .arg(failedStep.fileName, rows->historyTable())
                         .arg(outcome.versions.size())
                         .arg(backupId);
        else if (e.code != ErrorCode::Cancelled && recordedFailed)
            e.hint = QCoreApplication::translate(
                         "steward::Migrations",
                         "%1 runs outside a transaction: the statements before the failing one stay applied and were "
                         "not undone, and it is recorded as failed. %2 migrations before it are applied. Restore the "
                         "backup taken first (%3), or finish or undo it by hand and then repair.")
                         .arg(failedStep.fileName)
                         .arg(outcome.versions.size())
                         .arg(backupId);
        else if (e.code != ErrorCode::Cancelled)
            e.hint = QCoreApplication::translate(
                         "steward::Migrations",
                         "%1 runs outside a transaction: the statements before the failing one stay applied and were "
                         "not undone. %2 keeps no record of a failed run, so it shows as pending. %3 migrations before "
                         "it are applied. Restore the backup taken first (%4), or undo it by hand before migrating "
                         "again.")
                         .arg(failedStep.fileName, rows ? rows->historyTable() : QString())
                         .arg(outcome.versions.size())
                         .arg(backupId);
        return e;
    }
    flushJournal();
    record(AuditAction::Migrate, QString::number(plan->steps.last().version), {},
           QStringLiteral("%1 migrations; backup %2").arg(outcome.versions.size()).arg(outcome.backupId));
    return outcome;
}

Result<MigrationOutcome> Migrator::rollbackTo(qint64 version, JobContext* context)
{
    auto plan = planRollback(version);
    if (!plan)
        return plan.error();
    MigrationOutcome outcome;
    if (plan->steps.isEmpty())
        return outcome;
    auto backup = takeBackup(QStringLiteral("before rollback to %1").arg(version), context);
    if (!backup)
        return backup.error();
    outcome.backupId = backup.value();
    auto c = open();
    if (!c)
        return c.error();
    auto r = runPlanOn(*c.value(), plan.value(), context, &outcome.versions);
    flushJournal();
    record(AuditAction::Rollback, QString::number(version), r, QStringLiteral("backup %1").arg(outcome.backupId));
    if (!r) {
        Error e = r.error();
        e.hint = QCoreApplication::translate("steward::Migrations",
                                             "Nothing was rolled back: all down sections run in one transaction. "
                                             "Backup taken first: %1.")
                     .arg(outcome.backupId);
        return e;
    }
    return outcome;
}

Result<MigrationPreview> Migrator::dryRun(const MigrationPlan& plan, JobContext* context)
{
    QTemporaryDir scratchDir;
    if (!scratchDir.isValid())
        return makeError(ErrorCode::IoError,
                         QCoreApplication::translate("steward::Migrations", "No temporary folder for the dry run."));
    const QString scratch = scratchDir.filePath(QStringLiteral("dry-run.db"));
    CopyOptions copy;
    copy.busyTimeoutMs = m_busyTimeoutMs;
    if (auto r = backupToFile(m_databasePath, scratch, copy, context); !r)
        return r.error();
    MigrationPreview preview;
    {
        auto c = Connection::open(scratch);
        if (!c)
            return c.error();
        m_journalOn = false; // a scratch copy: nothing to remember
        auto r = runPlanOn(*c.value(), plan, nullptr, nullptr);
        m_journalOn = true;
        m_journalPending.clear();
        preview.succeeded = bool(r);
        if (!r)
            preview.failure = r.error().message;
    }
    // Bookkeeping (Steward's, or the tool's own history table) is not part of what the user asked to change.
    const MigrationFormat* rows = plan.rowPerMigration.isEmpty() ? nullptr : migrationFormatNamed(plan.rowPerMigration);
    DiffOptions options;
    options.ignore = [rows](const SchemaObject& o) {
        return o.table == kTable || o.table == kHistory || o.table == QLatin1String("steward_migrations") ||
               (rows && o.table == rows->historyTable());
    };
    auto content = diffDatabases(m_databasePath, scratch, options, context);
    if (!content)
        return content.error();
    preview.content = content.value();
    auto key = [](SchemaObjectType type, const QString& name) {
        return schemaObjectTypeName(type) + QLatin1Char(' ') + name;
    };
    for (const auto& c : preview.content.schemaChanges)
        preview.schemaChanges << (c.kind == SchemaChange::Kind::Removed
                                      ? QCoreApplication::translate("steward::Migrations", "%1 dropped")
                                  : c.kind == SchemaChange::Kind::Changed
                                      ? QCoreApplication::translate("steward::Migrations", "%1 changed")
                                      : QCoreApplication::translate("steward::Migrations", "%1 created"))
                                     .arg(key(c.type, c.name));
    for (const auto& t : preview.content.tables) {
        if (!t.readable()) {
            preview.unreadable.push_back({t.table, t.problem});
            continue;
        }
        if (t.rowsAfter < 0)
            preview.droppedTables.push_back({t.table, t.removed});
        else if (t.rowsBefore >= 0 && t.removed > 0)
            preview.deletedRows.push_back({t.table, t.removed});
        if (t.rowsBefore >= 0 && t.rowsAfter >= 0 && t.changed > 0)
            preview.changedRows.push_back({t.table, t.changed});
    }
    // Columns a changed table no longer has, with how many values they held.
    OpenOptions ro;
    ro.readOnly = true;
    std::unique_ptr<Connection> before, after;
    for (const auto& c : preview.content.schemaChanges) {
        if (c.kind != SchemaChange::Kind::Changed || c.type != SchemaObjectType::Table)
            continue;
        if (!before) {
            auto b = Connection::open(m_databasePath, ro);
            auto a = Connection::open(scratch, ro);
            if (!b)
                return b.error();
            if (!a)
                return a.error();
            before = std::move(b.value());
            after = std::move(a.value());
        }
        const auto& engine = DatabaseEngine::sqlite();
        auto colsBefore = engine.columns(*before, c.name);
        auto colsAfter = engine.columns(*after, c.name);
        if (!colsBefore || !colsAfter) {
            preview.unreadable.push_back({c.name, (colsBefore ? colsAfter : colsBefore).error().message});
            continue;
        }
        QSet<QString> remaining;
        for (const auto& col : colsAfter.value())
            remaining.insert(col.name);
        for (const auto& col : colsBefore.value()) {
            if (remaining.contains(col.name))
                continue;
            auto n = before->scalar(QStringLiteral("SELECT count(%1) FROM %2")
                                        .arg(engine.quoteIdentifier(col.name), engine.quoteIdentifier(c.name)));
            if (!n)
                preview.unreadable.push_back({c.name, n.error().message});
            else
                preview.droppedColumns.push_back({c.name, col.name, n->toLongLong()});
        }
    }
    return preview;
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
    if (snapshot->resolved.registry == Registry::ReadOnly)
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
    if (snapshot->resolved.registry == Registry::ReadOnly)
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
