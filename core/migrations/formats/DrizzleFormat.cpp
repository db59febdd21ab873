// Drizzle: meta/_journal.json lists the migrations in order (idx, when, tag); each is {tag}.sql with statements
// separated by "--> statement-breakpoint" (drizzle-orm migrator.ts). Files not in the journal are not migrations.
// History: __drizzle_migrations(id, hash, created_at): created_at is the journal's "when"; a migration is applied
// when its "when" is not newer than the newest created_at. Drizzle has no down migrations.
#include "migrations/formats/Formats.h"

#include "db/Connection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <map>

namespace steward::formats {

namespace {

const QString kJournal = QStringLiteral("meta/_journal.json");

class Drizzle final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("drizzle"); }
    QString historyTable() const override { return QStringLiteral("__drizzle_migrations"); }
    QString layout() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "meta/_journal.json and the {tag}.sql files it lists");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate(
            "steward::Migrations",
            "Drizzle has no down migrations: restore the backup taken before the migration instead.");
    }

    QStringList claims(const FolderScan& scan) const override
    {
        if (!scan.files.contains(kJournal))
            return {};
        QStringList out{kJournal};
        for (const QString& f : scan.files)
            if (f.startsWith(QLatin1String("meta/")) && f.endsWith(QLatin1String("_snapshot.json")))
                out << f;
        auto journal = entries(scan);
        if (journal)
            for (const auto& e : journal.value())
                if (scan.files.contains(e.toObject().value(QStringLiteral("tag")).toString() + QLatin1String(".sql")))
                    out << e.toObject().value(QStringLiteral("tag")).toString() + QLatin1String(".sql");
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        auto journal = entries(scan);
        if (!journal)
            return journal.error();
        QVector<MigrationFile> files;
        for (const auto& v : journal.value()) {
            const QJsonObject e = v.toObject();
            const QString tag = e.value(QStringLiteral("tag")).toString();
            const QString file = tag + QLatin1String(".sql");
            if (tag.isEmpty() || tag.contains(QLatin1Char('/')) || !scan.files.contains(file))
                return migrationformat::fileError(
                    kJournal, 0,
                    QCoreApplication::translate("steward::Migrations",
                                                "the journal lists '%1', and there is no such file.")
                        .arg(file),
                    QCoreApplication::translate("steward::Migrations",
                                                "Restore the file, or regenerate the journal with drizzle-kit."));
            QByteArray raw;
            auto text = migrationformat::readText(scan, file, &raw);
            if (!text)
                return text.error();
            MigrationFile mf;
            mf.version = e.value(QStringLiteral("idx")).toInteger(files.size());
            mf.versionText = QString::number(e.value(QStringLiteral("when")).toInteger());
            mf.name = tag;
            mf.fileName = file;
            // The migrator splits on the marker: as a ';' it ends a statement the same way, and keeps the lines.
            mf.upSql = QString(text.value()).replace(QLatin1String("--> statement-breakpoint"), QLatin1String(";"));
            mf.checksum = MigrationFile::checksumOf(text.value());
            mf.toolChecksum = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
            files << mf;
        }
        return sortedUnique(std::move(files));
    }

    bool writable() const override { return true; }

    // sqlite-core/dialect.ts migrate(): the table as Drizzle creates it. Its "SERIAL" is no rowid alias in SQLite:
    // Drizzle's own rows have id NULL, and so do Steward's.
    Result<void> ensureHistory(Connection& c) const override
    {
        return c.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS \"__drizzle_migrations\" (\n\t\t\tid SERIAL PRIMARY "
                                     "KEY,\n\t\t\thash text NOT NULL,\n\t\t\tcreated_at numeric\n\t\t)"));
    }
    Result<bool> records(Connection& c, const MigrationFile& m) const override
    {
        auto last = c.scalar(QStringLiteral("SELECT max(created_at) FROM __drizzle_migrations"));
        if (!last)
            return last.error();
        return !last->isNull() && m.versionText.toLongLong() <= last->toLongLong();
    }
    // The row Drizzle inserts after each migration's statements: the SHA-256 of the file and the journal's "when".
    Result<void> recordApplied(Connection& c, const MigrationFile& m, qint64) const override
    {
        return c.exec(QStringLiteral("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\") VALUES (?, ?)"),
                      {m.toolChecksum, m.versionText});
    }
    // Drizzle has no down migrations; undoing one by hand means removing its row, which is what this does.
    Result<void> recordRolledBack(Connection& c, const MigrationFile& m) const override
    {
        return c.exec(QStringLiteral("DELETE FROM __drizzle_migrations WHERE created_at = ?"), {m.versionText});
    }

    // Drizzle never compares its hash; an edited file (or one checked out with other line endings) blocks only
    // Steward's migrate, and repair accepts it: the row of that "when" takes the file's hash.
    Result<int> repairHistory(Connection& c, const QVector<MigrationFile>& failed,
                              const QVector<MigrationFile>& modified) const override
    {
        if (!failed.isEmpty())
            return MigrationFormat::repairHistory(c, failed, {});
        for (const auto& m : modified)
            if (auto r = c.exec(QStringLiteral("UPDATE __drizzle_migrations SET hash = ? WHERE created_at = ?"),
                                {m.toolChecksum, m.versionText});
                !r)
                return r.error();
        return int(modified.size());
    }

    // Applied: every migration whose "when" is not newer than the newest created_at (how Drizzle decides); its
    // hash, where a row has that created_at, is compared with the file's.
    Result<void> readEntries(Connection& c, const QVector<MigrationFile>& files, ToolHistory& h) const override
    {
        auto rows = c.select(QStringLiteral("SELECT created_at, hash FROM __drizzle_migrations"));
        if (!rows)
            return rows.error();
        std::map<qint64, QString> hashes;
        qint64 newest = std::numeric_limits<qint64>::min();
        for (const auto& r : rows.value()) {
            if (r.value(0).isNull())
                continue;
            newest = std::max(newest, r.value(0).toLongLong());
            hashes[r.value(0).toLongLong()] = r.value(1).toString().toLower();
        }
        for (const auto& f : files) {
            const qint64 when = f.versionText.toLongLong();
            if (when <= newest)
                h.entries << ToolHistoryEntry{f.versionText, false, QDateTime::fromMSecsSinceEpoch(when, Qt::UTC),
                                              hashes.count(when) ? hashes[when] : QString(), -1};
        }
        return {};
    }

private:
    static Result<QJsonArray> entries(const FolderScan& scan)
    {
        QFile f(scan.path(kJournal));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::CannotOpen,
                             QCoreApplication::translate("steward::Migrations", "%1 cannot be read.").arg(kJournal),
                             QCoreApplication::translate("steward::Migrations", "Check its permissions."));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.read(migrationformat::MaxFileBytes), &error);
        if (!doc.isObject() || !doc.object().value(QStringLiteral("entries")).isArray())
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("steward::Migrations", "%1 is not a drizzle journal (%2).")
                    .arg(kJournal, error.errorString()),
                QCoreApplication::translate("steward::Migrations",
                                            "Regenerate it with drizzle-kit, or restore it from version control."));
        return doc.object().value(QStringLiteral("entries")).toArray();
    }
};

} // namespace

const MigrationFormat& drizzle()
{
    static const Drizzle format;
    return format;
}

} // namespace steward::formats
