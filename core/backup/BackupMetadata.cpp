#include "backup/BackupMetadata.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace steward {

QJsonObject BackupMetadata::toJson() const
{
    QJsonObject o{{"format", FormatVersion},
                  {"reason", reason},
                  {"created", created.toUTC().toString(Qt::ISODateWithMs)},
                  {"size", size},
                  {"sha256", sha256},
                  {"source_path", sourcePath},
                  {"page_size", pageSize},
                  {"page_count", pageCount},
                  {"user_version", userVersion},
                  {"migration_version", migrationVersion},
                  {"sqlite_version", sqliteVersion},
                  {"steward_version", stewardVersion},
                  {"pinned", pinned},
                  {"restarts", restartCount}};
    if (verifiedAt.isValid()) {
        o.insert("verified_at", verifiedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert("verify_result", verifyResult);
        o.insert("verified_file_mtime_ms", verifiedFileMtimeMs);
    }
    return o;
}

QByteArray BackupMetadata::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<BackupMetadata> BackupMetadata::fromBytes(const QByteArray& bytes)
{
    auto bad = [](const QString& why) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("steward::Errors", "The backup's metadata is unreadable: %1").arg(why));
    };
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return bad(parseError.errorString());
    const QJsonObject o = doc.object();
    BackupMetadata m;
    m.reason = o.value("reason").toString();
    m.created = QDateTime::fromString(o.value("created").toString(), Qt::ISODateWithMs);
    m.size = o.value("size").toInteger(-1);
    m.sha256 = o.value("sha256").toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!m.created.isValid())
        return bad(QStringLiteral("no valid \"created\" time"));
    if (m.size < 0)
        return bad(QStringLiteral("no valid \"size\""));
    if (!hex.match(m.sha256).hasMatch())
        return bad(QStringLiteral("no valid \"sha256\""));
    m.sourcePath = o.value("source_path").toString();
    m.pageSize = o.value("page_size").toInteger();
    m.pageCount = o.value("page_count").toInteger();
    m.userVersion = o.value("user_version").toInteger();
    m.migrationVersion = o.value("migration_version").toInteger(-1);
    m.sqliteVersion = o.value("sqlite_version").toString();
    m.stewardVersion = o.value("steward_version").toString();
    m.pinned = o.value("pinned").toBool();
    m.restartCount = o.value("restarts").toInt();
    if (o.contains("verified_at")) {
        m.verifiedAt = QDateTime::fromString(o.value("verified_at").toString(), Qt::ISODateWithMs);
        m.verifyResult = o.value("verify_result").toString();
        m.verifiedFileMtimeMs = o.value("verified_file_mtime_ms").toInteger();
    }
    return m;
}

} // namespace steward
