#include "migrations/MigrationSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace steward {

namespace {

Result<QString> readText(const QFileInfo& fi)
{
    if (fi.size() > MigrationSet::MaxFileBytes)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "%1 is %2 MB; migration files over 10 MB are refused.")
                .arg(fi.fileName())
                .arg(fi.size() / (1024 * 1024)),
            QCoreApplication::translate("steward::Migrations", "Split the migration, or load large data another way."));
    QFile f(fi.absoluteFilePath());
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::CannotOpen,
                         QCoreApplication::translate("steward::Migrations", "The migration file %1 cannot be read.")
                             .arg(fi.fileName()),
                         QCoreApplication::translate("steward::Migrations", "Check its permissions."), f.errorString());
    const QByteArray bytes = f.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (bytes.contains('\0') || text.contains(QChar::ReplacementCharacter))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "%1 is not a text file (it contains binary data).")
                .arg(fi.fileName()),
            QCoreApplication::translate("steward::Migrations",
                                        "Remove it from the migrations folder or restore its text."));
    return text;
}

Result<void> addUnique(std::map<qint64, MigrationFile>& byVersion, const MigrationFile& m)
{
    if (byVersion.count(m.version))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Migrations", "Two migrations have the version %1: %2 and %3.")
                .arg(m.version)
                .arg(byVersion[m.version].fileName, m.fileName),
            QCoreApplication::translate("steward::Migrations", "Give one of them another number."));
    byVersion[m.version] = m;
    return {};
}

} // namespace

QString MigrationSet::defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("migrations"));
}

Result<QVector<MigrationFile>> MigrationSet::load(const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("steward::Migrations", "The migrations folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(folder)),
            QCoreApplication::translate("steward::Migrations", "Choose the folder that holds the NNN_name.sql files."));
    static const QRegularExpression pair(QStringLiteral("^(\\d+_.+)\\.(up|down)\\.sql$"));
    std::map<qint64, MigrationFile> byVersion;
    std::map<QString, std::pair<QString, QString>> pairs; // base name → up text, down text
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        auto text = readText(fi);
        if (!text)
            return text.error();
        const auto m = pair.match(fi.fileName());
        if (m.hasMatch()) {
            auto& p = pairs[m.captured(1)];
            (m.captured(2) == QLatin1String("up") ? p.first : p.second) = text.value();
            continue;
        }
        auto parsed = MigrationFile::parse(fi.fileName(), text.value());
        if (!parsed)
            return parsed.error();
        if (auto r = addUnique(byVersion, parsed.value()); !r)
            return r.error();
    }
    for (const auto& [base, texts] : pairs) {
        if (texts.first.isNull())
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("steward::Migrations", "%1.down.sql has no %1.up.sql.").arg(base),
                QCoreApplication::translate("steward::Migrations", "Add the up file or remove the down file."));
        QString combined = QStringLiteral("-- migrate:up\n") + texts.first;
        if (!texts.second.isNull())
            combined += QStringLiteral("\n-- migrate:down\n") + texts.second;
        auto parsed = MigrationFile::parse(base + QStringLiteral(".sql"), combined);
        if (!parsed)
            return parsed.error();
        parsed->fileName = base + QStringLiteral(".up.sql");
        parsed->upFirstLine = std::max(1, parsed->upFirstLine - 1);
        if (auto r = addUnique(byVersion, parsed.value()); !r)
            return r.error();
    }
    QVector<MigrationFile> out;
    for (auto& [v, m] : byVersion)
        out.push_back(m);
    return out;
}

} // namespace steward
