// diesel: a folder per migration, {version}_{name}/up.sql with an optional down.sql and metadata.toml
// (run_in_transaction). The version is the folder name before the first '_' with every '-' removed
// ("2023-01-01-000000" → "20230101000000"), kept as text (migrations_internals). History:
// __diesel_schema_migrations(version, run_on), a row per applied version.
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace steward::formats {

namespace {

class Diesel final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("diesel"); }
    QString historyTable() const override { return QStringLiteral("__diesel_schema_migrations"); }
    QString layout() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "a folder per migration, {version}_{name}/up.sql and down.sql");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate("steward::Migrations", "Add its down.sql, or restore a backup instead.");
    }

    QStringList claims(const FolderScan& scan) const override
    {
        QSet<QString> withUp;
        for (const QString& f : scan.files)
            if (f.endsWith(QLatin1String("/up.sql")))
                withUp.insert(f.section(QLatin1Char('/'), 0, 0));
        QStringList out;
        for (const QString& f : scan.files) {
            const QString dir = f.section(QLatin1Char('/'), 0, 0);
            const QString leaf = f.section(QLatin1Char('/'), 1);
            if (f.contains(QLatin1Char('/')) && withUp.contains(dir) &&
                (leaf == QLatin1String("up.sql") || leaf == QLatin1String("down.sql") ||
                 leaf == QLatin1String("metadata.toml")))
                out << f;
        }
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        QVector<MigrationFile> files;
        const QStringList claimed = claims(scan);
        for (const QString& f : claimed) {
            if (!f.endsWith(QLatin1String("/up.sql")))
                continue;
            const QString dir = f.section(QLatin1Char('/'), 0, 0);
            MigrationFile m;
            const qsizetype cut = dir.indexOf(QLatin1Char('_'));
            m.versionText = QString(cut < 0 ? dir : dir.left(cut)).remove(QLatin1Char('-'));
            m.name = cut < 0 ? QString() : dir.mid(cut + 1);
            m.fileName = f;
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
            if (!digits.match(m.versionText).hasMatch())
                return migrationformat::fileError(
                    dir, 0,
                    QCoreApplication::translate(
                        "steward::Migrations",
                        "Steward orders diesel migrations by a numeric version (as \"2023-01-01-000000\")."),
                    QCoreApplication::translate("steward::Migrations",
                                                "Rename the folder with a timestamp or number before the first '_'."));
            m.version = m.versionText.toLongLong();
            QByteArray raw;
            auto up = migrationformat::readText(scan, f, &raw);
            if (!up)
                return up.error();
            if (raw.isEmpty()) // diesel refuses an empty up.sql
                return migrationformat::fileError(
                    f, 0,
                    QCoreApplication::translate("steward::Migrations",
                                                "the file is empty; diesel refuses an empty up.sql."),
                    QCoreApplication::translate("steward::Migrations",
                                                "Put the migration's SQL in it, or a comment for a no-op."));
            m.upSql = up.value();
            m.checksum = MigrationFile::checksumOf(m.upSql);
            if (claimed.contains(dir + QLatin1String("/down.sql"))) {
                auto down = migrationformat::readText(scan, dir + QLatin1String("/down.sql"));
                if (!down)
                    return down.error();
                m.downSql = down.value();
                m.hasDown = true;
            }
            if (claimed.contains(dir + QLatin1String("/metadata.toml"))) {
                auto toml = migrationformat::readText(scan, dir + QLatin1String("/metadata.toml"));
                if (!toml)
                    return toml.error();
                // diesel: a metadata.toml without the key reads as run_in_transaction = false.
                static const QRegularExpression key(QStringLiteral("^\\s*run_in_transaction\\s*=\\s*(true|false)"),
                                                    QRegularExpression::MultilineOption);
                const auto k = key.match(toml.value());
                m.upInTransaction = m.downInTransaction = k.hasMatch() && k.captured(1) == QLatin1String("true");
            }
            files << m;
        }
        return sortedUnique(std::move(files));
    }

    bool writable() const override { return true; }

    // migrations_internals: CREATE_MIGRATIONS_TABLE before every read; INSERT of the version; DELETE on revert.
    Result<void> ensureHistory(Connection& c) const override
    {
        return c.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (\n       version "
                                     "VARCHAR(50) PRIMARY KEY NOT NULL,\n       run_on TIMESTAMP NOT NULL DEFAULT "
                                     "CURRENT_TIMESTAMP\n)"));
    }
    Result<bool> records(Connection& c, const MigrationFile& m) const override
    {
        auto v = c.scalar(QStringLiteral("SELECT count(*) FROM __diesel_schema_migrations WHERE version = ?"),
                          {m.versionText});
        if (!v)
            return v.error();
        return v->toLongLong() > 0;
    }
    Result<void> recordApplied(Connection& c, const MigrationFile& m, qint64) const override
    {
        return c.exec(QStringLiteral("INSERT INTO `__diesel_schema_migrations` (`version`) VALUES (?)"),
                      {m.versionText});
    }
    Result<void> recordRolledBack(Connection& c, const MigrationFile& m) const override
    {
        return c.exec(QStringLiteral("DELETE FROM `__diesel_schema_migrations` WHERE `version` = ?"), {m.versionText});
    }

    Result<void> readEntries(Connection& c, const QVector<MigrationFile>&, ToolHistory& h) const override
    {
        auto rows = c.select(QStringLiteral("SELECT version, run_on FROM __diesel_schema_migrations ORDER BY version"));
        if (!rows)
            return rows.error();
        for (const auto& r : rows.value())
            h.entries << ToolHistoryEntry{r.value(0).toString(), false, utcText(r.value(1)), {}, -1};
        return {};
    }
};

} // namespace

const MigrationFormat& diesel()
{
    static const Diesel format;
    return format;
}

} // namespace steward::formats
