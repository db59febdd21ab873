// steward-cli migrations list|migrate|rollback|validate|repair|baseline
#include "CliSupport.h"

#include "Audit.h"
#include "Settings.h"
#include "jobs/Job.h"
#include "migrations/MigrationSet.h"
#include "migrations/Migrator.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace steward::cli {

namespace {

struct MigrationOptions {
    QCommandLineOption migrations{QStringLiteral("migrations"),
                                  QCoreApplication::translate("steward::cli",
                                                              "The migrations folder (default: migrations/ next to the "
                                                              "database)."),
                                  QCoreApplication::translate("steward::cli", "DIR")};
    QCommandLineOption format{QStringLiteral("format"),
                              QCoreApplication::translate(
                                  "steward::cli",
                                  "The migration tool whose folder and history table to use: dbmate, golang-migrate, "
                                  "goose, diesel, sqlx, flyway, prisma, drizzle (default: detected from the folder)."),
                              QStringLiteral("TOOL")};
    QCommandLineOption to{QStringLiteral("to"),
                          QCoreApplication::translate("steward::cli", "Migrate up to this version."),
                          QStringLiteral("V")};
    QCommandLineOption dryRun{
        QStringLiteral("dry-run"),
        QCoreApplication::translate("steward::cli", "Run on a scratch copy and report; the database is not touched.")};
};

MigrationOptions& options()
{
    static MigrationOptions o;
    return o;
}

QJsonObject toJson(const MigrationState& s)
{
    QJsonObject o{{"version", s.version},
                  {"version_text", s.versionText},
                  {"name", s.name},
                  {"file", s.fileName},
                  {"status", migrationStatusName(s.status)},
                  {"checksum", s.appliedChecksum.isEmpty() ? s.fileChecksum : s.appliedChecksum},
                  {"has_down", !s.downSql.trimmed().isEmpty()}};
    if (s.appliedAt.isValid())
        o.insert("applied_at", s.appliedAt.toString(Qt::ISODate));
    if (s.rolledBackAt.isValid())
        o.insert("rolled_back_at", s.rolledBackAt.toString(Qt::ISODate));
    if (s.executionMs >= 0)
        o.insert("execution_ms", s.executionMs);
    return o;
}

QJsonObject previewJson(const MigrationPreview& p)
{
    QJsonArray tables, columns;
    for (const auto& t : p.droppedTables)
        tables.append(QJsonObject{{"table", t.table}, {"rows", t.rows}});
    for (const auto& c : p.droppedColumns)
        columns.append(QJsonObject{{"table", c.table}, {"column", c.column}, {"non_null_values", c.nonNullValues}});
    QJsonArray deleted;
    for (const auto& t : p.deletedRows)
        deleted.append(QJsonObject{{"table", t.table}, {"rows", t.rows}});
    QJsonArray changed, unreadable;
    for (const auto& t : p.changedRows)
        changed.append(QJsonObject{{"table", t.table}, {"rows", t.rows}});
    for (const auto& t : p.unreadable)
        unreadable.append(QJsonObject{{"table", t.table}, {"problem", t.problem}});
    return QJsonObject{{"succeeded", p.succeeded},   {"deleted_rows", deleted},
                       {"changed_rows", changed},    {"unreadable_tables", unreadable},
                       {"failure", p.failure},       {"schema_changes", QJsonArray::fromStringList(p.schemaChanges)},
                       {"dropped_tables", tables},   {"dropped_columns", columns},
                       {"loses_data", p.losesData()}};
}

void printPreview(QTextStream& out, const MigrationPreview& p)
{
    out << (p.succeeded
                ? QCoreApplication::translate("steward::cli", "Dry run on a scratch copy: succeeded.")
                : QCoreApplication::translate("steward::cli", "Dry run on a scratch copy: FAILED — %1").arg(p.failure))
        << '\n';
    for (const auto& c : p.schemaChanges)
        out << "  " << c << '\n';
    for (const auto& t : p.droppedTables)
        out << QCoreApplication::translate("steward::cli", "  data lost: table %1 with %2 rows")
                   .arg(t.table)
                   .arg(t.rows)
            << '\n';
    for (const auto& c : p.droppedColumns)
        out << QCoreApplication::translate("steward::cli", "  data lost: column %1.%2 with %3 values")
                   .arg(c.table, c.column)
                   .arg(c.nonNullValues)
            << '\n';
    for (const auto& t : p.deletedRows)
        out << QCoreApplication::translate("steward::cli", "  data lost: %1 rows of table %2").arg(t.rows).arg(t.table)
            << '\n';
    for (const auto& t : p.changedRows)
        out << QCoreApplication::translate("steward::cli", "  data lost: %1 rows of table %2 get other values")
                   .arg(t.rows)
                   .arg(t.table)
            << '\n';
    for (const auto& t : p.unreadable)
        out << QCoreApplication::translate("steward::cli", "  unknown: table %1 could not be compared (%2)")
                   .arg(t.table, t.problem)
            << '\n';
    if (!p.losesData())
        out << QCoreApplication::translate("steward::cli", "  no data would be lost") << '\n';
    out.flush();
}

int runMigrations(QCommandLineParser& p, QTextStream& out, QTextStream& err)
{
    const QStringList args = p.positionalArguments().mid(1);
    const QString sub = args.value(0);
    static const QStringList subcommands{"list", "migrate", "rollback", "validate", "repair", "baseline"};
    if (!subcommands.contains(sub))
        return usage(err,
                     sub.isEmpty()
                         ? QCoreApplication::translate("steward::cli", "migrations needs a subcommand: %1.")
                               .arg(subcommands.join(QStringLiteral(", ")))
                         : QCoreApplication::translate("steward::cli", "Unknown migrations subcommand '%1'.").arg(sub));
    const bool needsVersion = sub == QLatin1String("rollback") || sub == QLatin1String("baseline");
    bool versionOk = false;
    const qint64 version = args.value(1).toLongLong(&versionOk);
    if (needsVersion && !versionOk)
        return usage(err,
                     QCoreApplication::translate("steward::cli", "migrations %1 needs a version number.").arg(sub));
    if (!needsVersion && args.size() > 1)
        return usage(err, QCoreApplication::translate("steward::cli", "Unexpected argument '%1'.").arg(args.value(1)));
    std::optional<qint64> to;
    if (p.isSet(options().to)) {
        bool ok = false;
        to = p.value(options().to).toLongLong(&ok);
        if (!ok)
            return usage(err, QCoreApplication::translate("steward::cli", "--to takes a version number."));
    }

    int code = Success;
    const QString db = databasePath(p, err, code);
    if (db.isEmpty())
        return code;
    if (!QFileInfo(db).isFile())
        return fail(err,
                    makeError(ErrorCode::CannotOpen,
                              QCoreApplication::translate("steward::cli", "The database %1 does not exist.").arg(db),
                              QCoreApplication::translate("steward::cli", "Check the --db path.")),
                    CannotOpenDatabase);
    Settings settings;
    // The folders and format chosen for this database (in the window or settings.ini) unless given here.
    Workspace workspace(db, settings);
    if (p.isSet(options().migrations))
        workspace.overrideMigrationsFolder(p.value(options().migrations));
    if (p.isSet(backupsOption()))
        workspace.overrideBackupsFolder(p.value(backupsOption()));
    if (p.isSet(options().format))
        workspace.overrideMigrationFormat(p.value(options().format));
    Migrator migrator = workspace.migrator();
    const bool json = p.isSet(globals().json);
    auto openCode = [](const Error& e) {
        return e.code == ErrorCode::Busy || e.code == ErrorCode::NotADatabase || e.code == ErrorCode::Corrupt
                   ? CannotOpenDatabase
                   : Failed;
    };

    if (sub == QLatin1String("list")) {
        auto overview = migrator.overview();
        if (!overview)
            return fail(err, overview.error(), openCode(overview.error()));
        const MigrationLayout* layout = &overview->layout;
        const QVector<MigrationState>* states = &overview->states;
        if (json) {
            QJsonArray items;
            for (const auto& s : *states)
                items.append(toJson(s));
            printJson(out, QJsonObject{{"folder", QDir::toNativeSeparators(migrator.folder())},
                                       {"format", layout->format},
                                       {"history_table", layout->historyTable},
                                       {"writable", layout->writable},
                                       {"folder_missing", layout->folderMissing},
                                       {"migrations", items}});
            return Success;
        }
        out << (layout->writable ? QCoreApplication::translate("steward::cli", "%1 migrations in %2; history: %3")
                                 : QCoreApplication::translate(
                                       "steward::cli", "%1 migrations in %2; history: %3 (read only: apply with %1)"))
                   .arg(layout->format, QDir::toNativeSeparators(migrator.folder()), layout->historyTable)
            << '\n';
        if (layout->folderMissing)
            out << layout->readOnlyReason << '\n';
        qsizetype width = 6;
        for (const auto& s : *states)
            width = std::max(width, s.versionText.size());
        for (const auto& s : *states)
            out << QStringLiteral("%1  %2  %3  %4")
                       .arg(s.versionText.rightJustified(width), migrationStatusName(s.status).leftJustified(12),
                            s.appliedAt.isValid() ? s.appliedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                  : QString(19, QLatin1Char(' ')),
                            s.fileName.isEmpty() ? s.name : s.fileName)
                << '\n';
        out.flush();
        return Success;
    }

    if (sub == QLatin1String("validate")) {
        auto problems = migrator.validate();
        if (!problems)
            return fail(err, problems.error(), openCode(problems.error()));
        if (json)
            printJson(out, QJsonObject{{"valid", problems->isEmpty()},
                                       {"problems", QJsonArray::fromStringList(problems.value())}});
        else if (problems->isEmpty())
            out << QCoreApplication::translate("steward::cli", "All applied migrations match their files.") << Qt::endl;
        else
            for (const auto& line : problems.value())
                out << line << '\n';
        out.flush();
        if (!problems->isEmpty()) {
            err << "steward-cli: "
                << QCoreApplication::translate("steward::cli", "%1 migrations are modified, missing or failed.")
                       .arg(problems->size())
                << Qt::endl;
            return Failed;
        }
        return Success;
    }

    if (sub == QLatin1String("repair")) {
        if (int c = confirmOrRefuse(
                p, err,
                QCoreApplication::translate("steward::cli", "migrations repair changes recorded checksums and "
                                                            "needs --yes when no one can be asked."),
                QCoreApplication::translate("steward::cli", "Accept the current files' checksums and clear failed "
                                                            "entries?"));
            c != Success)
            return c;
        auto n = migrator.repair();
        if (!n)
            return fail(err, n.error(), openCode(n.error()));
        if (json)
            printJson(out, QJsonObject{{"repaired", n.value()}});
        else
            out << QCoreApplication::translate("steward::cli", "%1 entries repaired.").arg(n.value()) << Qt::endl;
        return Success;
    }

    if (sub == QLatin1String("baseline")) {
        if (auto r = migrator.baseline(version); !r)
            return fail(err, r.error(), openCode(r.error()));
        if (json)
            printJson(out, QJsonObject{{"baseline", version}});
        else
            out << QCoreApplication::translate("steward::cli", "Marked as migrated up to %1 (nothing was run).")
                       .arg(version)
                << Qt::endl;
        return Success;
    }

    // migrate / rollback
    const bool rollback = sub == QLatin1String("rollback");
    auto plan = rollback ? migrator.planRollback(version) : migrator.planMigrate(to);
    if (!plan)
        return fail(err, plan.error(), openCode(plan.error()));
    if (p.isSet(options().dryRun)) {
        auto preview = migrator.dryRun(plan.value());
        if (!preview)
            return fail(err, preview.error(), Failed);
        QJsonArray steps;
        for (const auto& s : plan->steps)
            steps.append(toJson(s));
        if (json) {
            QJsonObject o = previewJson(preview.value());
            o.insert("steps", steps);
            printJson(out, o);
        } else {
            for (const auto& s : plan->steps)
                out << (rollback ? QCoreApplication::translate("steward::cli", "would undo %1 %2")
                                 : QCoreApplication::translate("steward::cli", "would apply %1 %2"))
                           .arg(s.version)
                           .arg(s.fileName.isEmpty() ? s.name : s.fileName)
                    << '\n';
            printPreview(out, preview.value());
        }
        return preview->succeeded ? Success : Failed;
    }
    if (rollback && !plan->steps.isEmpty()) {
        QStringList names;
        for (const auto& s : plan->steps)
            names << QString::number(s.version);
        if (int c = confirmOrRefuse(
                p, err,
                QCoreApplication::translate("steward::cli", "migrations rollback changes data and needs --yes when "
                                                            "no one can be asked (standard input is not a "
                                                            "terminal)."),
                QCoreApplication::translate("steward::cli", "Undo migrations %1? A backup is taken first.")
                    .arg(names.join(QStringLiteral(", "))));
            c != Success)
            return c;
    }
    auto outcome = Job::runHere([&](JobContext& ctx) -> Result<QVariant> {
        auto o = rollback ? migrator.rollbackTo(version, &ctx) : migrator.migrate(to, &ctx);
        if (!o)
            return o.error();
        QVariantList versions;
        for (qint64 v : o->versions)
            versions << v;
        return QVariant(QVariantMap{{"versions", versions}, {"backup", o->backupId}});
    });
    if (!outcome)
        return fail(err, outcome.error(), openCode(outcome.error()));
    const QVariantMap m = outcome->toMap();
    if (json) {
        printJson(out, QJsonObject{
                           {rollback ? "rolled_back" : "applied", QJsonArray::fromVariantList(m["versions"].toList())},
                           {"backup", m["backup"].toString()}});
    } else if (m["versions"].toList().isEmpty()) {
        out << (rollback ? QCoreApplication::translate("steward::cli", "Nothing to roll back.")
                         : QCoreApplication::translate("steward::cli", "Nothing to apply: the database is up to date."))
            << Qt::endl;
    } else {
        QStringList vs;
        for (const auto& v : m["versions"].toList())
            vs << v.toString();
        out << (rollback ? QCoreApplication::translate("steward::cli", "Rolled back %1. Backup taken first: %2.")
                         : QCoreApplication::translate("steward::cli", "Applied %1. Backup taken first: %2."))
                   .arg(vs.join(QStringLiteral(", ")), m["backup"].toString())
            << Qt::endl;
    }
    return Success;
}

} // namespace

Command migrationsCommand()
{
    Command c;
    c.summary = QCoreApplication::translate("steward::cli",
                                            "List, apply, roll back, validate, repair and baseline migrations.");
    c.options = {options().migrations, options().format, backupsOption(), options().to, options().dryRun};
    c.positionals = 2;
    c.usage = QCoreApplication::translate(
        "steward::cli",
        "              migrations list | migrate [--to V] [--dry-run] | rollback V [--dry-run] [--yes]\n"
        "              migrations validate | repair [--yes] | baseline V   (all take --migrations DIR, --format "
        "TOOL)\n");
    c.run = runMigrations;
    return c;
}

} // namespace steward::cli
