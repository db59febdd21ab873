// sqlx: {version}_{description}.sql (up only) or {version}_{description}.up.sql / .down.sql; "-- no-transaction"
// as the file's first bytes runs it outside a transaction (sqlx-core migrate/source.rs). History:
// _sqlx_migrations(version, description, installed_on, success, checksum, execution_time); the checksum is SHA-384
// of the file's exact bytes.
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <map>

namespace steward::formats {

namespace {

const QRegularExpression& pattern()
{
    static const QRegularExpression re(QStringLiteral("^([0-9]+)_(.+?)(\\.up|\\.down)?\\.sql$"));
    return re;
}

class Sqlx final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("sqlx"); }
    QString historyTable() const override { return QStringLiteral("_sqlx_migrations"); }
    QString layout() const override
    {
        return QCoreApplication::translate(
            "steward::Migrations", "{version}_{description}.sql files of plain SQL (or .up.sql/.down.sql pairs)");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate(
            "steward::Migrations",
            "Add its .down.sql file (sqlx migrate add -r writes pairs), or restore a backup instead.");
    }

    // Plain SQL files: a dbmate or goose marker makes a file that tool's, not sqlx's.
    QStringList claims(const FolderScan& scan) const override
    {
        QStringList out;
        for (const QString& f : scan.files) {
            if (f.contains(QLatin1Char('/')) || !pattern().match(f).hasMatch())
                continue;
            const QByteArray head = scan.head(f);
            if (!head.contains("-- migrate:") && !head.contains("+goose"))
                out << f;
        }
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        std::map<qint64, MigrationFile> byVersion;
        for (const QString& f : claims(scan)) {
            const auto m = pattern().match(f);
            bool ok = false;
            const qint64 version = m.captured(1).toLongLong(&ok);
            if (!ok)
                return migrationformat::fileError(
                    f, 0, QCoreApplication::translate("steward::Migrations", "the version number is too large."),
                    QCoreApplication::translate("steward::Migrations", "Use a version number of at most 18 digits."));
            QByteArray raw;
            auto text = migrationformat::readText(scan, f, &raw);
            if (!text)
                return text.error();
            const bool down = m.captured(3) == QLatin1String(".down");
            MigrationFile& mf = byVersion[version];
            if (!down && !mf.fileName.isEmpty() && !mf.fileName.endsWith(QLatin1String(".down.sql")))
                return makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("steward::Migrations", "Two migrations have the version %1: %2 and %3.")
                        .arg(version)
                        .arg(mf.fileName, f),
                    QCoreApplication::translate("steward::Migrations", "Give one of them another number."));
            mf.version = version;
            mf.versionText = QString::number(version);
            mf.name = m.captured(2);
            const bool noTx = raw.startsWith("-- no-transaction");
            if (down) {
                mf.downSql = text.value();
                mf.hasDown = true;
                mf.downInTransaction = !noTx;
                if (mf.fileName.isEmpty())
                    mf.fileName = f;
            } else {
                mf.fileName = f;
                mf.upSql = text.value();
                mf.upInTransaction = !noTx;
                mf.checksum = MigrationFile::checksumOf(mf.upSql);
                mf.toolChecksum =
                    QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha384).toHex());
            }
        }
        QVector<MigrationFile> out;
        for (auto& [v, m] : byVersion) {
            if (m.toolChecksum.isEmpty())
                return migrationformat::fileError(
                    m.fileName, 0,
                    QCoreApplication::translate("steward::Migrations", "a down migration without its up migration."),
                    QCoreApplication::translate("steward::Migrations",
                                                "Add the .up.sql file or remove the .down.sql file."));
            out << m;
        }
        return out;
    }

    bool writable() const override { return true; }

    // sqlx-sqlite/src/migrate.rs: ensure_migrations_table; apply inserts (success TRUE, the SHA-384 as a BLOB) in the
    // migration's transaction and sets execution_time (nanoseconds) after it; revert deletes the row.
    Result<void> ensureHistory(Connection& c) const override
    {
        return c.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS _sqlx_migrations (\n    version BIGINT PRIMARY KEY,\n"
                                     "    description TEXT NOT NULL,\n    installed_on TIMESTAMP NOT NULL DEFAULT "
                                     "CURRENT_TIMESTAMP,\n    success BOOLEAN NOT NULL,\n    checksum BLOB NOT NULL,\n"
                                     "    execution_time BIGINT NOT NULL\n)"));
    }
    Result<bool> records(Connection& c, const MigrationFile& m) const override
    {
        auto v = c.scalar(QStringLiteral("SELECT count(*) FROM _sqlx_migrations WHERE version = ?"), {m.version});
        if (!v)
            return v.error();
        return v->toLongLong() > 0;
    }
    Result<void> recordApplied(Connection& c, const MigrationFile& m, qint64 executionMs) const override
    {
        // The row ends as sqlx leaves it once its UPDATE of execution_time has run.
        return c.exec(QStringLiteral("INSERT INTO _sqlx_migrations ( version, description, success, checksum, "
                                     "execution_time ) VALUES ( ?, ?, TRUE, ?, ? )"),
                      {m.version, QString(m.name).replace(QLatin1Char('_'), QLatin1Char(' ')),
                       QByteArray::fromHex(m.toolChecksum.toLatin1()), executionMs * 1000000});
    }
    Result<void> recordRolledBack(Connection& c, const MigrationFile& m) const override
    {
        return c.exec(QStringLiteral("DELETE FROM _sqlx_migrations WHERE version = ?"), {m.version});
    }

    // A row is applied when success is true; sqlx refuses to go on past a row with success false.
    Result<void> readEntries(Connection& c, const QVector<MigrationFile>&, ToolHistory& h) const override
    {
        auto rows = c.select(QStringLiteral("SELECT version, success, hex(checksum), installed_on, execution_time FROM "
                                            "_sqlx_migrations ORDER BY version"));
        if (!rows)
            return rows.error();
        for (const auto& r : rows.value()) {
            const qint64 ns = r.value(4).toLongLong();
            h.entries << ToolHistoryEntry{r.value(0).toString(), r.value(1).toLongLong() == 0, utcText(r.value(3)),
                                          r.value(2).toString().toLower(), ns >= 0 ? ns / 1000000 : -1};
        }
        return {};
    }
};

} // namespace

const MigrationFormat& sqlx()
{
    static const Sqlx format;
    return format;
}

} // namespace steward::formats
