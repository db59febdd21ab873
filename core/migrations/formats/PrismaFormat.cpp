// Prisma Migrate: a folder per migration, {timestamp}_{name}/migration.sql, and migration_lock.toml beside them
// (schema-engine). Prisma has no down migrations; a down.sql beside migration.sql (the "generating down
// migrations" convention of Prisma's docs) is read as its down SQL. History: _prisma_migrations, a row per run,
// keyed by the folder name, with the SHA-256 of migration.sql.
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

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
