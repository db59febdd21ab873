// golang-migrate: {version}_{title}.up.{ext} and {version}_{title}.down.{ext}, paired by version (a number, leading
// zeros allowed); either half may be missing or empty, and an empty one runs nothing (source/parse.go,
// migrate.go). History: schema_migrations(version, dirty) holding one row, the current version; dirty marks a run
// that failed part way. Steward keeps that row the way the tool does (Migrator.cpp, golang-migrate registry).
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace steward::formats {

namespace {

const QRegularExpression& pattern()
{
    // As source/parse.go: any extension, matched against the whole name.
    static const QRegularExpression re(QStringLiteral("^([0-9]+)_(.*)\\.(down|up)\\.(.*)$"));
    return re;
}

class GolangMigrate final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("golang-migrate"); }
    QString historyTable() const override { return QStringLiteral("schema_migrations"); }
    QString layout() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "{version}_{title}.up.sql and {version}_{title}.down.sql pairs");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "Add its {version}_{title}.down.sql file, or restore a backup instead.");
    }
    bool writable() const override { return true; }

    QStringList claims(const FolderScan& scan) const override
    {
        QStringList out;
        for (const QString& f : scan.files)
            if (!f.contains(QLatin1Char('/')) && pattern().match(f).hasMatch())
                out << f;
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        std::map<qint64, MigrationFile> byVersion;
        std::map<qint64, QString> upFile, downFile;
        for (const QString& f : claims(scan)) {
            const auto m = pattern().match(f);
            bool ok = false;
            const qint64 version = m.captured(1).toLongLong(&ok);
            if (!ok)
                return migrationformat::fileError(
                    f, 0, QCoreApplication::translate("steward::Migrations", "the version number is too large."),
                    QCoreApplication::translate("steward::Migrations", "Use a version number of at most 18 digits."));
            const bool up = m.captured(3) == QLatin1String("up");
            auto& seen = up ? upFile : downFile;
            if (seen.count(version))
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("steward::Migrations",
                                                             "Two %1 migrations have the version %2: %3 and %4.")
                                     .arg(up ? QStringLiteral("up") : QStringLiteral("down"))
                                     .arg(version)
                                     .arg(seen[version], f),
                                 QCoreApplication::translate(
                                     "steward::Migrations",
                                     "golang-migrate refuses a duplicate migration file: give one of them another "
                                     "number."));
            seen[version] = f;
            auto text = migrationformat::readText(scan, f);
            if (!text)
                return text.error();
            MigrationFile& mf = byVersion[version];
            mf.version = version;
            mf.versionText = QString::number(version);
            if (up || mf.name.isEmpty())
                mf.name = m.captured(2);
            const QString& sql = text.value(); // run as written, line endings and all, as the tool does
            if (up) {
                mf.fileName = f;
                mf.upSql = sql;
                mf.checksum = MigrationFile::checksumOf(sql);
            } else {
                if (mf.fileName.isEmpty())
                    mf.fileName = f;
                mf.downSql = sql;
                mf.hasDown = true;
            }
        }
        QVector<MigrationFile> out;
        for (auto& [v, m] : byVersion) {
            if (m.checksum.isEmpty())
                m.checksum = MigrationFile::checksumOf(QString());
            out << m;
        }
        return out;
    }

    // `SELECT version, dirty FROM schema_migrations LIMIT 1`: no row is version -1 (nothing applied); every file at
    // or below the version counts as applied; a dirty row marks its version failed. More than one row is not
    // golang-migrate's table: refused, never guessed at.
    Result<void> readEntries(Connection& c, const QVector<MigrationFile>& files, ToolHistory& h) const override
    {
        auto rows = c.select(QStringLiteral("SELECT version, dirty FROM schema_migrations"));
        if (!rows)
            return rows.error();
        if (rows->size() > 1)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "steward::Migrations",
                                 "schema_migrations has %1 rows; golang-migrate keeps exactly one (the current "
                                 "version), so this table was written by another tool.")
                                 .arg(rows->size()),
                             QCoreApplication::translate(
                                 "steward::Migrations",
                                 "Nothing was changed. Choose the format that wrote it with --format (dbmate keeps a "
                                 "row per migration), or repair the table with golang-migrate's force command."));
        if (rows->isEmpty())
            return {};
        bool ok = false;
        const qint64 current = rows->first().value(0).toLongLong(&ok);
        if (!ok)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("steward::Migrations",
                                            "schema_migrations holds the version '%1', which is not a number.")
                    .arg(rows->first().value(0).toString()),
                QCoreApplication::translate(
                    "steward::Migrations",
                    "Nothing was changed. Set the version with golang-migrate's force command."));
        const bool dirty = rows->first().value(1).toLongLong() != 0;
        bool currentHasFile = false;
        for (const auto& f : files) {
            if (f.version > current)
                break;
            ToolHistoryEntry e;
            e.versionText = f.versionText;
            e.failed = dirty && f.version == current;
            h.entries << e;
            currentHasFile = currentHasFile || f.version == current;
        }
        if (!currentHasFile && current >= 0) // the recorded version has no file: shown as missing
            h.entries << ToolHistoryEntry{QString::number(current), dirty, {}, {}, -1};
        return {};
    }
};

} // namespace

const MigrationFormat& golangMigrate()
{
    static const GolangMigrate format;
    return format;
}

} // namespace steward::formats
