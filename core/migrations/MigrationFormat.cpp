#include "migrations/MigrationFormat.h"

#include "db/Connection.h"
#include "migrations/formats/Formats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace steward {

Result<FolderScan> FolderScan::of(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("steward::Migrations", "The migrations folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(folder)),
            QCoreApplication::translate("steward::Migrations", "Choose the folder that holds the migration files."));
    FolderScan scan;
    scan.folder = info.absoluteFilePath();
    const QDir dir(scan.folder);
    for (const QFileInfo& fi : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (fi.isFile()) {
            scan.files << fi.fileName();
            continue;
        }
        for (const QString& child : QDir(fi.absoluteFilePath()).entryList(QDir::Files, QDir::Name))
            scan.files << fi.fileName() + QLatin1Char('/') + child;
    }
    scan.files.sort();
    return scan;
}

QByteArray FolderScan::head(const QString& relative) const
{
    auto it = m_heads.constFind(relative);
    if (it != m_heads.constEnd())
        return *it;
    QFile f(path(relative));
    QByteArray bytes;
    if (f.open(QIODevice::ReadOnly))
        bytes = f.read(HeadBytes);
    m_heads.insert(relative, bytes);
    return bytes;
}

Result<ToolHistory> MigrationFormat::readHistory(Connection& c, const QVector<MigrationFile>& files) const
{
    ToolHistory h;
    auto exists = formats::tableExists(c, historyTable());
    if (!exists)
        return exists.error();
    if (!exists.value())
        return h;
    h.exists = true;
    if (auto r = readEntries(c, files, h); !r)
        return r.error();
    return h;
}

Result<bool> MigrationFormat::isRecorded(Connection& c, const MigrationFile& m) const
{
    auto exists = formats::tableExists(c, historyTable());
    if (!exists || !exists.value())
        return exists;
    return records(c, m);
}

namespace {
Error notWritten(const MigrationFormat& f)
{
    return makeError(ErrorCode::Internal, QStringLiteral("Steward does not write %1's history").arg(f.name()));
}
} // namespace

Result<void> MigrationFormat::ensureHistory(Connection&) const
{
    return notWritten(*this);
}
Result<void> MigrationFormat::readEntries(Connection&, const QVector<MigrationFile>&, ToolHistory&) const
{
    return makeError(ErrorCode::Internal, QStringLiteral("%1's history is kept by the migrator").arg(name()));
}
Result<bool> MigrationFormat::records(Connection&, const MigrationFile&) const
{
    return notWritten(*this);
}
Result<void> MigrationFormat::recordApplied(Connection&, const MigrationFile&, qint64) const
{
    return notWritten(*this);
}
Result<void> MigrationFormat::recordRolledBack(Connection&, const MigrationFile&) const
{
    return notWritten(*this);
}
Result<void> MigrationFormat::recordBaseline(Connection& c, const QVector<MigrationFile>& upTo) const
{
    for (const auto& m : upTo)
        if (auto r = recordApplied(c, m, 0); !r)
            return r;
    return {};
}
Result<int> MigrationFormat::repairHistory(Connection&, const QVector<MigrationFile>& failed,
                                           const QVector<MigrationFile>& modified) const
{
    if (failed.isEmpty() && modified.isEmpty())
        return 0;
    QStringList files;
    for (const auto& f : failed + modified)
        files << f.fileName;
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("steward::Migrations",
                                                 "Nothing was changed: %1 has no repair, and its table %2 stays as it "
                                                 "is (%3).")
                         .arg(name(), historyTable(), files.join(QStringLiteral(", "))),
                     QCoreApplication::translate("steward::Migrations",
                                                 "Restore the changed files from version control, or restore the "
                                                 "backup taken before the migration."));
}
Result<bool> MigrationFormat::recordFailed(Connection&, const MigrationFile&, const QString&) const
{
    return false;
}

const QVector<const MigrationFormat*>& migrationFormats()
{
    // The order breaks ties in detection: the layouts that say the most about themselves first.
    static const QVector<const MigrationFormat*> all{
        &formats::drizzle(), &formats::prisma(), &formats::diesel(),        &formats::flyway(),
        &formats::goose(),   &formats::dbmate(), &formats::golangMigrate(), &formats::sqlx(),
    };
    return all;
}

const MigrationFormat* migrationFormatNamed(const QString& name)
{
    for (const auto* f : migrationFormats())
        if (f->name().compare(name, Qt::CaseInsensitive) == 0)
            return f;
    return nullptr;
}

QStringList migrationFormatNames()
{
    QStringList names;
    for (const auto* f : migrationFormats())
        names << f->name();
    return names;
}

Result<MigrationFolder> readMigrationFolder(const QString& folder, const QString& format,
                                            const QStringList& tablesInDatabase)
{
    auto scan = FolderScan::of(folder);
    if (!scan)
        return scan.error();
    const MigrationFormat* chosen = nullptr;
    QStringList claimed;
    if (!format.isEmpty()) {
        chosen = migrationFormatNamed(format);
        if (!chosen)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("steward::Migrations", "Unknown migration format '%1'.").arg(format),
                QCoreApplication::translate("steward::Migrations", "Use one of: %1.")
                    .arg(migrationFormatNames().join(QStringLiteral(", "))));
        claimed = chosen->claims(scan.value());
    } else {
        bool chosenHasTable = false;
        for (const auto* f : migrationFormats()) {
            const QStringList c = f->claims(scan.value());
            const bool hasTable = tablesInDatabase.contains(f->historyTable(), Qt::CaseInsensitive);
            if (c.isEmpty())
                continue;
            if (!chosen || c.size() > claimed.size() || (c.size() == claimed.size() && hasTable && !chosenHasTable)) {
                chosen = f;
                claimed = c;
                chosenHasTable = hasTable;
            }
        }
    }
    QStringList sql;
    for (const QString& f : scan->files)
        if (f.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
            sql << f;
    if (!chosen) {
        if (sql.isEmpty()) // an empty folder: nothing to apply, whatever tool will fill it
            return MigrationFolder{&formats::dbmate(), {}};
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations",
                                        "No migration tool's layout accounts for the files in %1: %2.")
                .arg(QDir::toNativeSeparators(folder), sql.mid(0, 10).join(QStringLiteral(", "))),
            QCoreApplication::translate(
                "steward::Migrations",
                "Steward reads the folders of %1. Choose the folder your tool writes, or name the format with "
                "--format.")
                .arg(migrationFormatNames().join(QStringLiteral(", "))));
    }
    QStringList unclaimed;
    for (const QString& f : sql)
        if (!claimed.contains(f))
            unclaimed << f;
    for (const QString& f : unclaimed) // a file that cannot be read or is binary: say that, it is the cause
        if (auto text = migrationformat::readText(scan.value(), f); !text)
            return text.error();
    if (!unclaimed.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "%1 holds files that are not %2 migrations: %3.")
                .arg(QDir::toNativeSeparators(folder), chosen->name(), unclaimed.mid(0, 10).join(QStringLiteral(", "))),
            QCoreApplication::translate(
                "steward::Migrations",
                "%1 reads %2. Rename or move the other files, or name the format with --format if the "
                "folder is another tool's.")
                .arg(chosen->name(), chosen->layout()));
    auto files = chosen->read(scan.value());
    if (!files)
        return files.error();
    for (auto& m : files.value()) {
        if (migrationformat::opensOwnTransaction(m.upSql))
            m.upInTransaction = false;
        if (migrationformat::opensOwnTransaction(m.downSql))
            m.downInTransaction = false;
    }
    return MigrationFolder{chosen, std::move(files).value()};
}

namespace migrationformat {

Result<QString> readText(const FolderScan& scan, const QString& relative, QByteArray* raw)
{
    const QFileInfo fi(scan.path(relative));
    if (fi.size() > MaxFileBytes)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "%1 is %2 MB; migration files over 10 MB are refused.")
                .arg(relative)
                .arg(fi.size() / (1024 * 1024)),
            QCoreApplication::translate("steward::Migrations", "Split the migration, or load large data another way."));
    QByteArray bytes;
    if (fi.size() > 0 && fi.size() <= FolderScan::HeadBytes) // read whole already, when the format was recognised
        bytes = scan.head(relative);
    if (bytes.size() != fi.size() || fi.size() == 0) {
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::CannotOpen,
                             QCoreApplication::translate("steward::Migrations", "The migration file %1 cannot be read.")
                                 .arg(relative),
                             QCoreApplication::translate("steward::Migrations", "Check its permissions."),
                             f.errorString());
        bytes = f.readAll();
    }
    const QString text = QString::fromUtf8(bytes);
    if (bytes.contains('\0') || text.contains(QChar::ReplacementCharacter))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "%1 is not a text file (it contains binary data).")
                .arg(relative),
            QCoreApplication::translate("steward::Migrations",
                                        "Remove it from the migrations folder or restore its text."));
    if (raw)
        *raw = bytes;
    return text;
}

bool opensOwnTransaction(const QString& sql)
{
    // Comments, white space and PRAGMAs first (SQLite's documented "PRAGMA foreign_keys=OFF; BEGIN; …; COMMIT;"),
    // then BEGIN.
    static const QRegularExpression pragma(QStringLiteral("^PRAGMA\\s[^;]*;"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression begin(QStringLiteral("^BEGIN(\\s|;|$)"), QRegularExpression::CaseInsensitiveOption);
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        if (sql[i].isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == QLatin1String("--")) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (const auto m = pragma.match(sql.mid(i, 256)); m.hasMatch()) {
            i += m.capturedLength();
        } else {
            break;
        }
    }
    return begin.match(sql.mid(i, 32)).hasMatch();
}

Error fileError(const QString& file, int line, const QString& message, const QString& hint)
{
    return makeError(
        ErrorCode::InvalidArgument,
        line > 0
            ? QCoreApplication::translate("steward::Migrations", "%1, line %2: %3").arg(file).arg(line).arg(message)
            : QCoreApplication::translate("steward::Migrations", "%1: %2").arg(file, message),
        hint);
}

} // namespace migrationformat

} // namespace steward

namespace steward::formats {

Result<QVector<MigrationFile>> sortedUnique(QVector<MigrationFile> files)
{
    std::stable_sort(files.begin(), files.end(),
                     [](const MigrationFile& a, const MigrationFile& b) { return a.version < b.version; });
    for (qsizetype i = 1; i < files.size(); ++i)
        if (files[i].version == files[i - 1].version)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("steward::Migrations", "Two migrations have the version %1: %2 and %3.")
                    .arg(files[i].versionText.isEmpty() ? QString::number(files[i].version) : files[i].versionText)
                    .arg(files[i - 1].fileName, files[i].fileName),
                QCoreApplication::translate("steward::Migrations", "Give one of them another number."));
    return files;
}

QDateTime utcText(const QVariant& value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

Result<bool> tableExists(Connection& c, const QString& table)
{
    auto v = c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table});
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

} // namespace steward::formats
