// steward-cli backup create|list|verify|restore|cleanup|delete|compare|pin|unpin|import
#include "CliSupport.h"

#include "Audit.h"
#include "Settings.h"
#include "backup/BackupManager.h"
#include "jobs/Job.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

#include <unistd.h>

namespace steward::cli {

namespace {

struct BackupOptions {
    QCommandLineOption reason{QStringLiteral("reason"),
                              QCoreApplication::translate("steward::cli", "Why the backup is taken."),
                              QCoreApplication::translate("steward::cli", "TEXT")};
    QCommandLineOption all{QStringLiteral("all"), QCoreApplication::translate("steward::cli", "Verify every backup.")};
    QCommandLineOption keep{QStringLiteral("keep"),
                            QCoreApplication::translate("steward::cli", "How many backups retention keeps."),
                            QStringLiteral("N")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              QCoreApplication::translate("steward::cli", "Only say what would be deleted.")};
};

BackupOptions& options()
{
    static BackupOptions o;
    return o;
}

QJsonObject toJson(const BackupInfo& b)
{
    QJsonObject o{{"id", b.id},
                  {"path", QDir::toNativeSeparators(b.path)},
                  {"status", backupStatusName(b.status)},
                  {"status_reason", b.statusReason},
                  {"size", b.fileSize},
                  {"created", b.created().toString(Qt::ISODate)}};
    if (b.hasMetadata) {
        o.insert("reason", b.metadata.reason);
        o.insert("sha256", b.metadata.sha256);
        o.insert("pinned", b.metadata.pinned);
        o.insert("user_version", b.metadata.userVersion);
        o.insert("migration_version", b.metadata.migrationVersion);
        o.insert("page_size", b.metadata.pageSize);
        o.insert("page_count", b.metadata.pageCount);
        o.insert("source_path", b.metadata.sourcePath);
        if (b.metadata.verifiedAt.isValid())
            o.insert("verified_at", b.metadata.verifiedAt.toString(Qt::ISODate));
    }
    return o;
}

// Progress on a terminal: one line, rewritten.
std::function<void(qint64, qint64, const QString&)> progressPrinter(QTextStream& err)
{
    if (!::isatty(STDERR_FILENO))
        return {};
    return [&err](qint64 done, qint64 total, const QString& text) {
        if (!text.isEmpty())
            err << "\r\033[K" << text << Qt::flush;
        else if (total > 0)
            err << "\r\033[K" << QCoreApplication::translate("steward::cli", "%1% done").arg(100 * done / total)
                << Qt::flush;
    };
}

void endProgress(QTextStream& err)
{
    if (::isatty(STDERR_FILENO))
        err << "\r\033[K" << Qt::flush;
}

int runBackup(QCommandLineParser& p, QTextStream& out, QTextStream& err)
{
    const QStringList args = p.positionalArguments().mid(1);
    const QString sub = args.value(0);
    const QString id = args.value(1);
    static const QStringList subcommands{"create",  "list", "verify", "restore", "cleanup", "delete",
                                         "compare", "pin",  "unpin",  "import",  "move"};
    if (!subcommands.contains(sub))
        return usage(err,
                     sub.isEmpty()
                         ? QCoreApplication::translate("steward::cli", "backup needs a subcommand: %1.")
                               .arg(subcommands.join(QStringLiteral(", ")))
                         : QCoreApplication::translate("steward::cli", "Unknown backup subcommand '%1'.").arg(sub));
    static const QStringList needsId{"restore", "delete", "compare", "pin", "unpin", "import", "move"};
    if (sub == QLatin1String("move") && id.isEmpty())
        return usage(err, QCoreApplication::translate("steward::cli", "backup move needs the folder to move to."));
    if (needsId.contains(sub) && id.isEmpty())
        return usage(
            err, QCoreApplication::translate("steward::cli", "backup %1 needs a backup ID (its file name).").arg(sub));
    if (sub == QLatin1String("verify") && id.isEmpty() == !p.isSet(options().all))
        return usage(err, QCoreApplication::translate("steward::cli", "backup verify needs a backup ID or --all."));
    if (!needsId.contains(sub) && sub != QLatin1String("verify") && !id.isEmpty())
        return usage(err, QCoreApplication::translate("steward::cli", "Unexpected argument '%1'.").arg(id));

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
    // The database's services as the window builds them: its chosen backups folder unless --backups says otherwise.
    Workspace workspace(db, settings);
    if (p.isSet(backupsOption()))
        workspace.overrideBackupsFolder(p.value(backupsOption()));
    BackupManager manager = workspace.backupManager();
    manager.removeLeftovers();
    const bool json = p.isSet(globals().json);
    const QLocale locale;
    auto progress = progressPrinter(err);

    const QString refusal =
        QCoreApplication::translate("steward::cli", "backup %1 changes data and needs --yes when no one can be "
                                                    "asked (standard input is not a terminal).")
            .arg(sub);

    if (sub == QLatin1String("create") || sub == QLatin1String("import")) {
        const QString reason =
            p.isSet(options().reason)
                ? p.value(options().reason)
                : (sub == QLatin1String("create")
                       ? QCoreApplication::translate("steward::cli", "manual backup")
                       : QCoreApplication::translate("steward::cli", "imported from %1").arg(QFileInfo(id).fileName()));
        auto r = Job::runHere(
            [&](JobContext& ctx) -> Result<QVariant> {
                auto b = sub == QLatin1String("create") ? manager.create(reason, &ctx)
                                                        : manager.importFile(id, reason, &ctx);
                if (!b)
                    return b.error();
                return QVariant::fromValue(b->id);
            },
            progress);
        endProgress(err);
        if (!r)
            return fail(err, r.error(), r.error().code == ErrorCode::Busy ? CannotOpenDatabase : Failed);
        auto b = manager.find(r->toString());
        if (!b)
            return fail(err, b.error(), Failed);
        if (json)
            printJson(out, toJson(b.value()));
        else
            out << QCoreApplication::translate("steward::cli", "Created backup %1 (%2) in %3")
                       .arg(b->id, locale.formattedDataSize(b->fileSize), QDir::toNativeSeparators(manager.folder()))
                << Qt::endl;
        return Success;
    }

    if (sub == QLatin1String("move")) {
        // Every backup of the database's folder (or --backups) into DIR, which becomes the database's backups folder,
        // so that they stay listed (and counted by health, kept by retention).
        const QString from = manager.folder();
        auto r = Job::runHere<BackupManager::MoveOutcome>([&](JobContext& ctx) { return manager.moveAllTo(id, &ctx); },
                                                          progress);
        endProgress(err);
        if (!r)
            return fail(err, r.error(), Failed);
        const QString to = QFileInfo(id).absoluteFilePath();
        if (r->moved > 0 || r->stopped.isEmpty())
            workspace.setBackupsFolder(to);
        if (json)
            printJson(out, QJsonObject{{"moved", r->moved},
                                       {"left", r->left},
                                       {"stopped", r->stopped},
                                       {"from", QDir::toNativeSeparators(from)},
                                       {"folder", QDir::toNativeSeparators(to)}});
        else
            out << QCoreApplication::translate("steward::cli", "Moved %1 backups from %2 to %3; backups of this "
                                                               "database now go there.")
                       .arg(r->moved)
                       .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to))
                << Qt::endl;
        if (!r->stopped.isEmpty()) {
            err << "steward-cli: "
                << QCoreApplication::translate("steward::cli", "stopped (%1); %2 backups stay in %3.")
                       .arg(r->stopped)
                       .arg(r->left)
                       .arg(QDir::toNativeSeparators(from))
                << Qt::endl;
            return Failed;
        }
        return Success;
    }

    if (sub == QLatin1String("list")) {
        auto all = manager.list();
        if (!all)
            return fail(err, all.error(), Failed);
        if (json) {
            QJsonArray items;
            for (const auto& b : all.value())
                items.append(toJson(b));
            printJson(out, QJsonObject{{"folder", QDir::toNativeSeparators(manager.folder())}, {"backups", items}});
            return Success;
        }
        if (all->isEmpty()) {
            out << QCoreApplication::translate("steward::cli", "No backups in %1")
                       .arg(QDir::toNativeSeparators(manager.folder()))
                << Qt::endl;
            return Success;
        }
        int width = 2;
        for (const auto& b : all.value())
            width = std::max(width, int(b.id.size()));
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(QCoreApplication::translate("steward::cli", "ID").leftJustified(width),
                        QCoreApplication::translate("steward::cli", "CREATED (UTC)").leftJustified(19),
                        QCoreApplication::translate("steward::cli", "SIZE").rightJustified(10),
                        QCoreApplication::translate("steward::cli", "STATUS").leftJustified(10),
                        QCoreApplication::translate("steward::cli", "PINNED"),
                        QCoreApplication::translate("steward::cli", "REASON"))
            << '\n';
        for (const auto& b : all.value())
            out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(b.id.leftJustified(width), b.created().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            locale.formattedDataSize(b.fileSize).rightJustified(10),
                            backupStatusName(b.status).leftJustified(10),
                            (b.metadata.pinned ? QStringLiteral("yes") : QStringLiteral("-")).leftJustified(6),
                            b.hasMetadata ? b.metadata.reason : b.statusReason)
                << '\n';
        out.flush();
        return Success;
    }

    if (sub == QLatin1String("verify")) {
        QStringList ids;
        if (p.isSet(options().all)) {
            auto all = manager.list();
            if (!all)
                return fail(err, all.error(), Failed);
            for (const auto& b : all.value())
                ids << b.id;
        } else {
            ids << id;
        }
        QJsonArray results;
        bool allOk = true;
        for (const QString& one : ids) {
            auto r = Job::runHere(
                [&](JobContext& ctx) -> Result<QVariant> {
                    auto v = manager.verify(one, &ctx);
                    if (!v)
                        return v.error();
                    return QVariant(v->problems);
                },
                progress);
            endProgress(err);
            if (!r && r.error().code != ErrorCode::NotFound && ids.size() == 1)
                return fail(err, r.error(), Failed);
            const QStringList problems = r ? r->toStringList() : QStringList{r.error().message};
            allOk = allOk && problems.isEmpty();
            results.append(QJsonObject{
                {"id", one}, {"ok", problems.isEmpty()}, {"problems", QJsonArray::fromStringList(problems)}});
            if (!json)
                out << one << ": "
                    << (problems.isEmpty() ? QCoreApplication::translate("steward::cli", "ok")
                                           : QCoreApplication::translate("steward::cli", "FAILED — %1")
                                                 .arg(problems.join(QStringLiteral(" "))))
                    << Qt::endl;
        }
        if (json)
            printJson(out, QJsonObject{{"results", results}, {"ok", allOk}});
        if (!allOk)
            err << "steward-cli: " << QCoreApplication::translate("steward::cli", "Some backups failed verification.")
                << Qt::endl;
        return allOk ? Success : Failed;
    }

    if (sub == QLatin1String("restore")) {
        auto b = manager.find(id);
        if (!b)
            return fail(err, b.error(), Failed);
        if (int c = confirmOrRefuse(p, err, refusal,
                                    QCoreApplication::translate("steward::cli",
                                                                "Restore %1 (%2) into %3? A safety backup of the "
                                                                "live database is taken first.")
                                        .arg(id, b->created().toString(Qt::ISODate), db));
            c != Success)
            return c == Failed ? fail(err,
                                      makeError(ErrorCode::Cancelled,
                                                QCoreApplication::translate("steward::cli", "Nothing was restored.")),
                                      Failed)
                               : c;
        auto r = Job::runHere(
            [&](JobContext& ctx) -> Result<QVariant> {
                auto o = manager.restore(id, &ctx);
                if (!o)
                    return o.error();
                return QVariant(QStringList{o->safetyBackup.id} + o->quickCheckProblems);
            },
            progress);
        endProgress(err);
        if (!r)
            return fail(err, r.error(), r.error().code == ErrorCode::Busy ? CannotOpenDatabase : Failed);
        const QStringList parts = r->toStringList();
        const QStringList problems = parts.mid(1);
        if (json)
            printJson(out, QJsonObject{{"restored", id},
                                       {"safety_backup", parts.first()},
                                       {"quick_check", problems.isEmpty()
                                                           ? QJsonValue("ok")
                                                           : QJsonValue(QJsonArray::fromStringList(problems))}});
        else
            out << QCoreApplication::translate(
                       "steward::cli", "Restored %1 into %2. Safety backup of the previous state: %3. quick_check: %4")
                       .arg(id, db, parts.first(),
                            problems.isEmpty() ? QStringLiteral("ok") : problems.join(QStringLiteral("; ")))
                << Qt::endl;
        return problems.isEmpty() ? Success : Failed;
    }

    if (sub == QLatin1String("cleanup")) {
        int keep = int(settings.intValue(SettingKey::BackupKeep));
        if (p.isSet(options().keep)) {
            bool ok = false;
            keep = p.value(options().keep).toInt(&ok);
            if (!ok || keep < 1)
                return usage(err,
                             QCoreApplication::translate("steward::cli", "--keep takes a whole number of at least 1."));
        }
        const bool dry = p.isSet(options().dryRun);
        auto plan = manager.cleanup(keep, dry);
        if (!plan)
            return fail(err, plan.error(), Failed);
        if (json) {
            printJson(out, QJsonObject{{"dry_run", dry},
                                       {"keep", keep},
                                       {dry ? "would_delete" : "deleted", QJsonArray::fromStringList(plan->remove)},
                                       {"kept", QJsonArray::fromStringList(plan->keep)},
                                       {"protected", QJsonArray::fromStringList(plan->protectedIds)}});
            return Success;
        }
        for (const QString& one : plan->remove)
            out << (dry ? QCoreApplication::translate("steward::cli", "would delete %1")
                        : QCoreApplication::translate("steward::cli", "deleted %1"))
                       .arg(one)
                << '\n';
        out << QCoreApplication::translate("steward::cli",
                                           "%1 kept (%2 protected: pinned, newest valid, or before a migration)")
                   .arg(plan->keep.size())
                   .arg(plan->protectedIds.size())
            << Qt::endl;
        return Success;
    }

    if (sub == QLatin1String("delete")) {
        if (int c = confirmOrRefuse(p, err, refusal,
                                    QCoreApplication::translate("steward::cli", "Delete the backup %1?").arg(id));
            c != Success)
            return c == Failed ? fail(err,
                                      makeError(ErrorCode::Cancelled,
                                                QCoreApplication::translate("steward::cli", "Nothing was deleted.")),
                                      Failed)
                               : c;
        if (auto r = manager.remove(id); !r)
            return fail(err, r.error(), Failed);
        if (json)
            printJson(out, QJsonObject{{"deleted", id}});
        else
            out << QCoreApplication::translate("steward::cli", "Deleted %1").arg(id) << Qt::endl;
        return Success;
    }

    if (sub == QLatin1String("pin") || sub == QLatin1String("unpin")) {
        const bool pin = sub == QLatin1String("pin");
        if (auto r = manager.setPinned(id, pin); !r)
            return fail(err, r.error(), Failed);
        if (json)
            printJson(out, QJsonObject{{"id", id}, {"pinned", pin}});
        else
            out << (pin ? QCoreApplication::translate("steward::cli", "Pinned %1: retention will keep it.")
                        : QCoreApplication::translate("steward::cli", "Unpinned %1."))
                       .arg(id)
                << Qt::endl;
        return Success;
    }

    // compare
    auto cmp = manager.compare(id);
    if (!cmp)
        return fail(err, cmp.error(), Failed);
    auto kindName = [](SchemaChange::Kind k) {
        return k == SchemaChange::Kind::Added     ? QStringLiteral("only-in-live")
               : k == SchemaChange::Kind::Removed ? QStringLiteral("only-in-backup")
                                                  : QStringLiteral("changed");
    };
    auto samplesJson = [](const QVector<RowSample>& samples) {
        QJsonArray array;
        for (const auto& r : samples) {
            QJsonObject o{{"key", QJsonArray::fromStringList(r.key)}};
            if (!r.before.isEmpty())
                o.insert("backup", QJsonArray::fromStringList(r.before));
            if (!r.after.isEmpty())
                o.insert("live", QJsonArray::fromStringList(r.after));
            if (!r.changedColumns.isEmpty())
                o.insert("changed_columns", QJsonArray::fromStringList(r.changedColumns));
            array.append(o);
        }
        return array;
    };
    if (json) {
        QJsonArray schema, tables;
        for (const auto& c : cmp->schemaChanges)
            schema.append(
                QJsonObject{{"change", kindName(c.kind)}, {"type", schemaObjectTypeName(c.type)}, {"name", c.name}});
        for (const auto& t : cmp->tables) {
            QJsonObject o{{"table", t.table}, {"backup_rows", t.rowsBefore}, {"live_rows", t.rowsAfter}};
            if (!t.readable()) {
                o.insert("problem", t.problem);
            } else {
                // "added": rows only in the live database (a restore loses them), "removed": only in the backup.
                o.insert("added", t.added);
                o.insert("removed", t.removed);
                o.insert("changed", t.changed);
                o.insert("key", QJsonArray::fromStringList(t.keyColumns));
                o.insert("columns", QJsonArray::fromStringList(t.columns));
                o.insert("added_rows", samplesJson(t.addedSamples));
                o.insert("removed_rows", samplesJson(t.removedSamples));
                o.insert("changed_rows", samplesJson(t.changedSamples));
            }
            tables.append(o);
        }
        printJson(out,
                  QJsonObject{
                      {"backup", id}, {"identical", cmp->identical()}, {"schema_changes", schema}, {"tables", tables}});
        return Success;
    }
    if (cmp->identical())
        out << QCoreApplication::translate("steward::cli", "%1 has the same schema and rows as the live database.")
                   .arg(id)
            << '\n';
    for (const auto& c : cmp->schemaChanges)
        out << QStringLiteral("%1 %2 %3")
                   .arg(kindName(c.kind).leftJustified(15), schemaObjectTypeName(c.type).leftJustified(8), c.name)
            << '\n';
    auto count = [](qint64 n) { return n < 0 ? QStringLiteral("-") : QString::number(n); };
    out << QCoreApplication::translate("steward::cli", "TABLE  BACKUP ROWS  LIVE ROWS  ADDED  REMOVED  CHANGED")
        << '\n';
    for (const auto& t : cmp->tables) {
        if (!t.readable()) {
            out << QCoreApplication::translate("steward::cli", "%1  not compared: %2").arg(t.table, t.problem) << '\n';
            continue;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(t.table, count(t.rowsBefore), count(t.rowsAfter), QString::number(t.added),
                        QString::number(t.removed), QString::number(t.changed))
            << '\n';
        auto values = [&](const QStringList& v) { return v.join(QStringLiteral(", ")); };
        for (const auto& r : t.addedSamples)
            out << QStringLiteral("  + %1: %2").arg(values(r.key), values(r.after)) << '\n';
        for (const auto& r : t.removedSamples)
            out << QStringLiteral("  - %1: %2").arg(values(r.key), values(r.before)) << '\n';
        for (const auto& r : t.changedSamples)
            out << QStringLiteral("  ~ %1: %2 -> %3").arg(values(r.key), values(r.before), values(r.after)) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace

Command backupCommand()
{
    Command c;
    c.summary = QCoreApplication::translate("steward::cli",
                                            "Create, list, verify, restore, compare, pin and clean up backups.");
    c.options = {backupsOption(), options().reason, options().all, options().keep, options().dryRun};
    c.positionals = 2;
    c.usage = QCoreApplication::translate(
        "steward::cli",
        "              backup create [--reason TEXT] | list | verify ID|--all | restore ID [--yes]\n"
        "              backup cleanup [--keep N] [--dry-run] | delete ID [--yes] | compare ID\n"
        "              backup pin ID | unpin ID | import FILE [--reason TEXT] | move DIR   (all take --backups DIR)\n");
    c.run = runBackup;
    return c;
}

} // namespace steward::cli
