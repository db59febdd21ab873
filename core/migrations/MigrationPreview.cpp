// The Migrator's preview: the dry run on a scratch copy, compared with the live database by content.
#include "migrations/MigratorInternal.h"

#include "backup/SqliteBackup.h"
#include "db/Connection.h"
#include "db/DatabaseEngine.h"
#include "diff/DatabaseDiff.h"
#include "migrations/MigrationFormat.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace steward {

using namespace migrator_detail;

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

} // namespace steward
