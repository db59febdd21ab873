// The Migrator's runner: plans, and running them — each migration with its tool's bookkeeping in one transaction,
// foreign keys handled around table rebuilds, a backup first.
#include "migrations/MigratorInternal.h"

#include "db/SqliteStatement.h"

#include "Audit.h"
#include "Logging.h"
#include "backup/BackupManager.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
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

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace steward {

using namespace migrator_detail;

namespace {

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

} // namespace

Result<MigrationPlan> Migrator::planMigrate(std::optional<qint64> to)
{
    auto snapshot = read();
    if (!snapshot)
        return snapshot.error();
    const Registry registry = snapshot->resolved.registry;
    if (registry == Registry::ReadOnly || snapshot->resolved.folderMissing)
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
    if (snapshot->resolved.registry == Registry::ReadOnly || snapshot->resolved.folderMissing)
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

} // namespace steward
