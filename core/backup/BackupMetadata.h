#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace steward {

// The sidecar <backup>.json: what a backup is, written atomically after the backup file is in place.
struct BackupMetadata {
    static constexpr int FormatVersion = 1;

    QString reason;
    QDateTime created; // UTC
    qint64 size = 0;   // bytes of the backup file
    QString sha256;    // hex
    QString sourcePath;
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    qint64 userVersion = 0;
    qint64 migrationVersion = -1; // highest applied migration in the backup, -1 when it has none
    QString sqliteVersion;
    QString stewardVersion;
    bool pinned = false;
    QDateTime verifiedAt;           // UTC; invalid when never verified
    QString verifyResult;           // "ok", or what verification found
    qint64 verifiedFileMtimeMs = 0; // the file's modification time when it was verified
    int restartCount = 0;           // times the copy restarted because the source changed

    QJsonObject toJson() const;
    QByteArray toBytes() const;
    // Fails on malformed JSON or missing required fields (reason, created, size, sha256).
    static Result<BackupMetadata> fromBytes(const QByteArray& bytes);
};

} // namespace steward
