// Prisma Migrate: a folder per migration, {timestamp}_{name}/migration.sql, and migration_lock.toml beside them
// (schema-engine). Prisma has no down migrations; a down.sql beside migration.sql (the "generating down
// migrations" convention of Prisma's docs) is read as its down SQL. History: _prisma_migrations, a row per run,
// keyed by the folder name, with the SHA-256 of migration.sql.
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUuid>

#include <map>

namespace steward::formats {

namespace {

class Prisma final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("prisma"); }
    QString historyTable() const override { return QStringLiteral("_prisma_migrations"); }
    QString layout() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "a folder per migration, {timestamp}_{name}/migration.sql");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "Add a down.sql beside its migration.sql (prisma migrate diff --script can "
                                           "write one), or restore a backup instead.");
    }

    QStringList claims(const FolderScan& scan) const override
    {
        QStringList out;
        for (const QString& f : scan.files) {
            const QString leaf = f.section(QLatin1Char('/'), 1);
            if (f == QLatin1String("migration_lock.toml") || leaf == QLatin1String("migration.sql"))
                out << f;
            else if (leaf == QLatin1String("down.sql") &&
                     scan.files.contains(f.section(QLatin1Char('/'), 0, 0) + QLatin1String("/migration.sql")))
                out << f;
        }
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        static const QRegularExpression dirName(QStringLiteral("^([0-9]{1,18})(?:_(.*))?$"));
        QVector<MigrationFile> files;
        const QStringList claimed = claims(scan);
        for (const QString& f : claimed) {
            if (!f.endsWith(QLatin1String("/migration.sql")))
                continue;
            const QString dir = f.section(QLatin1Char('/'), 0, 0);
            const auto m = dirName.match(dir);
            if (!m.hasMatch())
                return migrationformat::fileError(
                    dir, 0,
                    QCoreApplication::translate("steward::Migrations",
                                                "Prisma's migration folders start with a timestamp."),
                    QCoreApplication::translate("steward::Migrations",
                                                "Name the folder {timestamp}_{name}, as prisma migrate dev "
                                                "does."));
            QByteArray raw;
            auto text = migrationformat::readText(scan, f, &raw);
            if (!text)
                return text.error();
            MigrationFile mf;
            mf.version = m.captured(1).toLongLong();
            mf.versionText = dir; // Prisma records the folder name
            mf.name = m.captured(2);
            mf.fileName = f;
            mf.upSql = text.value();
            mf.checksum = MigrationFile::checksumOf(mf.upSql);
            mf.toolChecksum = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
            if (claimed.contains(dir + QLatin1String("/down.sql"))) {
                auto down = migrationformat::readText(scan, dir + QLatin1String("/down.sql"));
                if (!down)
                    return down.error();
                mf.downSql = down.value();
                mf.hasDown = true;
            }
            files << mf;
        }
        return sortedUnique(std::move(files));
    }

    bool writable() const override { return true; }

    // schema-engine's sqlite flavour, create_migrations_table: the table as Prisma creates it.
    Result<void> ensureHistory(Connection& c) const override
    {
        auto exists = tableExists(c, historyTable());
        if (!exists)
            return exists.error();
        if (exists.value())
            return {};
        return c.exec(QStringLiteral(
            "CREATE TABLE \"_prisma_migrations\" (\n    \"id\"                    TEXT PRIMARY KEY NOT NULL,\n"
            "    \"checksum\"              TEXT NOT NULL,\n    \"finished_at\"           DATETIME,\n"
            "    \"migration_name\"        TEXT NOT NULL,\n    \"logs\"                  TEXT,\n"
            "    \"rolled_back_at\"        DATETIME,\n"
            "    \"started_at\"            DATETIME NOT NULL DEFAULT current_timestamp,\n"
            "    \"applied_steps_count\"   INTEGER UNSIGNED NOT NULL DEFAULT 0\n)"));
    }
    Result<bool> records(Connection& c, const MigrationFile& m) const override
    {
        auto n = c.scalar(QStringLiteral("SELECT count(*) FROM _prisma_migrations WHERE migration_name = ? AND "
                                         "finished_at IS NOT NULL AND rolled_back_at IS NULL"),
                          {m.versionText});
        if (!n)
            return n.error();
        return n->toInt() > 0;
    }
    // record_migration_started (a new UUID, the checksum, started_at, the folder name), then record_successful_step
    // and record_migration_finished: applied_steps_count 1 and finished_at. Prisma binds times as Unix milliseconds.
    Result<void> recordApplied(Connection& c, const MigrationFile& m, qint64 executionMs) const override
    {
        const qint64 finished = QDateTime::currentMSecsSinceEpoch();
        return c.exec(QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, "
                                     "applied_steps_count, finished_at) VALUES (?, ?, ?, ?, 1, ?)"),
                      {QUuid::createUuid().toString(QUuid::WithoutBraces), m.toolChecksum,
                       finished - std::max<qint64>(0, executionMs), m.versionText, finished});
    }
    // What Prisma's documented way of undoing a migration leaves (db execute --file down.sql, then migrate resolve
    // --rolled-back): every row of the migration marked rolled back, so that migrate deploy applies it again.
    Result<void> recordRolledBack(Connection& c, const MigrationFile& m) const override
    {
        return c.exec(QStringLiteral("UPDATE _prisma_migrations SET rolled_back_at = ? WHERE migration_name = ? AND "
                                     "rolled_back_at IS NULL"),
                      {QDateTime::currentMSecsSinceEpoch(), m.versionText});
    }
    // record_failed_step: the row started and never finished, with the error in logs; migrate deploy stops on it
    // (P3009) until migrate resolve.
    Result<bool> recordFailed(Connection& c, const MigrationFile& m, const QString& message) const override
    {
        if (auto r = ensureHistory(c); !r)
            return r.error();
        if (auto r = c.exec(QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name, "
                                           "logs, applied_steps_count) VALUES (?, ?, ?, ?, ?, 0)"),
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), m.toolChecksum,
                             QDateTime::currentMSecsSinceEpoch(), m.versionText, message});
            !r)
            return r.error();
        return true;
    }
    // migrate resolve --applied (mark_migration_applied): a row finished when it started, no steps, empty logs.
    Result<void> recordBaseline(Connection& c, const QVector<MigrationFile>& upTo) const override
    {
        for (const auto& m : upTo) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (auto r = c.exec(
                    QStringLiteral("INSERT INTO _prisma_migrations (id, checksum, started_at, finished_at, "
                                   "migration_name, logs, applied_steps_count) VALUES (?, ?, ?, ?, ?, '', "
                                   "0)"),
                    {QUuid::createUuid().toString(QUuid::WithoutBraces), m.toolChecksum, now, now, m.versionText});
                !r)
                return r;
        }
        return {};
    }
    // migrate resolve --rolled-back for each failed migration. An edited migration's live row takes the file's
    // checksum (Prisma has no command for it; migrate deploy only warns, and then no longer does).
    Result<int> repairHistory(Connection& c, const QVector<MigrationFile>& failed,
                              const QVector<MigrationFile>& modified) const override
    {
        for (const auto& m : modified)
            if (auto r =
                    c.exec(QStringLiteral("UPDATE _prisma_migrations SET checksum = ? WHERE migration_name = ? AND "
                                          "finished_at IS NOT NULL AND rolled_back_at IS NULL"),
                           {m.toolChecksum, m.versionText});
                !r)
                return r.error();
        for (const auto& m : failed)
            if (auto r = c.exec(QStringLiteral("UPDATE _prisma_migrations SET rolled_back_at = ? WHERE migration_name "
                                               "= ? AND finished_at IS NULL AND rolled_back_at IS NULL"),
                                {QDateTime::currentMSecsSinceEpoch(), m.versionText});
                !r)
                return r.error();
        return int(failed.size() + modified.size());
    }

    // The newest row of each migration that is not rolled back decides: finished → applied; not finished → failed.
    Result<void> readEntries(Connection& c, const QVector<MigrationFile>&, ToolHistory& h) const override
    {
        auto rows = c.select(QStringLiteral("SELECT migration_name, checksum, started_at, finished_at FROM "
                                            "_prisma_migrations WHERE rolled_back_at IS NULL ORDER BY started_at"));
        if (!rows)
            return rows.error();
        auto time = [](const QVariant& v) {
            bool isNumber = false;
            const qint64 ms = v.toLongLong(&isNumber);
            return isNumber ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                            : QDateTime::fromString(v.toString(), Qt::ISODate);
        };
        std::map<QString, ToolHistoryEntry> latest;
        for (const auto& r : rows.value()) {
            ToolHistoryEntry e;
            e.versionText = r.value(0).toString();
            e.checksum = r.value(1).toString().toLower();
            e.failed = r.value(3).isNull();
            e.appliedAt = time(r.value(e.failed ? 2 : 3));
            if (!e.failed && !r.value(2).isNull())
                e.executionMs = std::max<qint64>(0, time(r.value(2)).msecsTo(e.appliedAt));
            latest[e.versionText] = e;
        }
        for (const auto& [name, e] : latest)
            h.entries << e;
        return {};
    }
};

} // namespace

const MigrationFormat& prisma()
{
    static const Prisma format;
    return format;
}

} // namespace steward::formats
