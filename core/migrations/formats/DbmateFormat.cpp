// dbmate: NNN_name.sql files, each with a "-- migrate:up" and an optional "-- migrate:down" section
// ("transaction:false" on the marker line runs that section outside a transaction). History: schema_migrations,
// one row per applied version, kept by the Migrator together with Steward's own bookkeeping.
#include "migrations/formats/Formats.h"

#include <QCoreApplication>

namespace steward::formats {

namespace {

class Dbmate final : public MigrationFormat {
public:
    QString name() const override { return QStringLiteral("dbmate"); }
    QString historyTable() const override { return QStringLiteral("schema_migrations"); }
    QString layout() const override
    {
        return QCoreApplication::translate(
            "steward::Migrations", "NNN_name.sql files with a \"-- migrate:up\" line (and \"-- migrate:down\")");
    }
    QString addDownHint() const override
    {
        return QCoreApplication::translate("steward::Migrations",
                                           "Add a -- migrate:down section, or restore a backup instead.");
    }
    bool writable() const override { return true; }

    QStringList claims(const FolderScan& scan) const override
    {
        QStringList out;
        for (const QString& f : scan.files)
            if (!f.contains(QLatin1Char('/')) && f.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive) &&
                scan.head(f).contains("-- migrate:"))
                out << f;
        return out;
    }

    Result<QVector<MigrationFile>> read(const FolderScan& scan) const override
    {
        QVector<MigrationFile> files;
        for (const QString& f : claims(scan)) {
            auto text = migrationformat::readText(scan, f);
            if (!text)
                return text.error();
            auto parsed = MigrationFile::parse(f, text.value());
            if (!parsed)
                return parsed.error();
            files << parsed.value();
        }
        return sortedUnique(std::move(files));
    }
};

} // namespace

const MigrationFormat& dbmate()
{
    static const Dbmate format;
    return format;
}

} // namespace steward::formats
