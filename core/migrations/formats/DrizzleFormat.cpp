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

    Result<void> readEntries(Connection& c, const QVector<MigrationFile>& files, ToolHistory& h) const override
    {
        auto last = c.scalar(QStringLiteral("SELECT max(created_at) FROM __drizzle_migrations"));
        if (!last)
            return last.error();
        if (last->isNull())
            return {};
        const qint64 newest = last->toLongLong();
        for (const auto& f : files)
            if (f.versionText.toLongLong() <= newest)
                h.entries << ToolHistoryEntry{
                    f.versionText, false, QDateTime::fromMSecsSinceEpoch(f.versionText.toLongLong(), Qt::UTC), {}, -1};
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
