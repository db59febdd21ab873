#include "migrations/MigrationFile.h"

#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace steward {

QString MigrationFile::checksumOf(const QString& upSql)
{
    QString normalised = upSql;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return Sha256::hex(normalised.toUtf8());
}

Result<MigrationFile> MigrationFile::parse(const QString& fileName, const QString& content)
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d+)_([^/]+)\\.sql$"));
    const auto match = namePattern.match(fileName);
    if (!match.hasMatch())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "steward::Errors", "%1: the file name must start with a version number, as in 001_create_users.sql.")
                .arg(fileName),
            QCoreApplication::translate("steward::Errors",
                                        "Rename the file: a version number, an underscore, a name, .sql."));
    MigrationFile m;
    m.fileName = fileName;
    bool ok = false;
    m.version = match.captured(1).toLongLong(&ok);
    m.versionText = match.captured(1); // as dbmate records it: "001" stays "001"
    if (!ok)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Errors", "%1: the version number is too large.").arg(fileName),
            QCoreApplication::translate("steward::Errors", "Use a version number of at most 18 digits."));
    m.name = match.captured(2);

    enum class Section { None, Up, Down } section = Section::None;
    QStringList up, down;
    bool sawUp = false;
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString marker = line.trimmed();
        if (marker.startsWith(QLatin1String("-- migrate:up"))) {
            if (sawUp)
                return makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("steward::Errors", "%1, line %2: a second \"-- migrate:up\" section.")
                        .arg(fileName)
                        .arg(i + 1),
                    QCoreApplication::translate("steward::Errors",
                                                "Keep one up section and one down section per file."));
            section = Section::Up;
            sawUp = true;
            m.upInTransaction = !marker.contains(QLatin1String("transaction:false"));
            continue;
        }
        if (marker.startsWith(QLatin1String("-- migrate:down"))) {
            if (m.hasDown)
                return makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("steward::Errors", "%1, line %2: a second \"-- migrate:down\" section.")
                        .arg(fileName)
                        .arg(i + 1),
                    QCoreApplication::translate("steward::Errors",
                                                "Keep one up section and one down section per file."));
            section = Section::Down;
            m.hasDown = true;
            m.downInTransaction = !marker.contains(QLatin1String("transaction:false"));
            continue;
        }
        // Remember where each section's SQL starts (after trimming), to name the line of a failing statement.
        if (section == Section::Up) {
            if (up.join(QString()).trimmed().isEmpty() && !marker.isEmpty())
                m.upFirstLine = i + 1;
            up << line;
        } else if (section == Section::Down) {
            if (down.join(QString()).trimmed().isEmpty() && !marker.isEmpty())
                m.downFirstLine = i + 1;
            down << line;
        } else if (!marker.isEmpty() && !marker.startsWith(QLatin1String("--")))
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("steward::Errors", "%1, line %2: SQL before the \"-- migrate:up\" line.")
                    .arg(fileName)
                    .arg(i + 1),
                QCoreApplication::translate("steward::Errors",
                                            "Move the SQL below the \"-- migrate:up\" line, or make it a comment."));
    }
    if (!sawUp || up.join(QString()).trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Errors", "%1: the \"-- migrate:up\" section is missing or empty.")
                .arg(fileName),
            QCoreApplication::translate(
                "steward::Errors",
                "Start the file with a \"-- migrate:up\" line followed by the SQL that applies the migration."));
    m.upSql = up.join(QLatin1Char('\n')).trimmed() + QLatin1Char('\n');
    m.downSql = down.join(QLatin1Char('\n')).trimmed();
    if (!m.downSql.isEmpty())
        m.downSql += QLatin1Char('\n');
    m.checksum = checksumOf(m.upSql);
    return m;
}

Result<MigrationFile> MigrationFile::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::CannotOpen,
            QCoreApplication::translate("steward::Errors", "The migration file %1 cannot be read.").arg(path),
            QCoreApplication::translate("steward::Errors", "Check that it exists and that you may read it."),
            f.errorString());
    return parse(QFileInfo(path).fileName(), QString::fromUtf8(f.readAll()));
}

} // namespace steward
