#include "db/DatabaseFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace steward {

Result<DatabaseFileHeader> inspectDatabaseFile(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return makeError(ErrorCode::CannotOpen,
                         QCoreApplication::translate("steward::Errors", "The file %1 does not exist.").arg(path),
                         QCoreApplication::translate(
                             "steward::Errors", "Check the path. Steward does not create a database when opening one."),
                         QStringLiteral("missing: %1").arg(path));
    if (fi.isDir())
        return makeError(
            ErrorCode::CannotOpen,
            QCoreApplication::translate("steward::Errors", "%1 is a folder, not a database file.").arg(path),
            QCoreApplication::translate("steward::Errors", "Choose the database file inside the folder."),
            QStringLiteral("folder: %1").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::CannotOpen,
                         QCoreApplication::translate("steward::Errors", "The file %1 cannot be read.").arg(path),
                         QCoreApplication::translate("steward::Errors", "Check that you have permission to read it."),
                         QStringLiteral("%1: %2").arg(path, file.errorString()));

    DatabaseFileHeader h;
    h.fileSize = file.size();
    if (h.fileSize == 0) {
        h.empty = true;
        return h;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return makeError(
            ErrorCode::NotADatabase,
            QCoreApplication::translate("steward::Errors", "%1 is not an SQLite database.").arg(path),
            QCoreApplication::translate("steward::Errors",
                                        "Choose an SQLite database file; an encrypted database cannot be opened."),
            QStringLiteral("bad magic or short header (%1 bytes): %2").arg(h.fileSize).arg(path));
    }
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool powerOfTwo = h.pageSize >= 512 && h.pageSize <= 65536 && (h.pageSize & (h.pageSize - 1)) == 0;
    if (!powerOfTwo)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("steward::Errors", "The header of %1 is damaged.").arg(path),
                         QCoreApplication::translate("steward::Errors", "Restore the database from a backup."),
                         QStringLiteral("invalid page size %1: %2").arg(rawPageSize).arg(path));
    const quint32 schemaFormat = qFromBigEndian<quint32>(bytes + 44);
    const quint32 textEncoding = qFromBigEndian<quint32>(bytes + 56);
    if (schemaFormat > 4 || textEncoding > 3)
        return makeError(
            ErrorCode::Corrupt,
            QCoreApplication::translate("steward::Errors", "The header of %1 is damaged.").arg(path),
            QCoreApplication::translate("steward::Errors", "Restore the database from a backup."),
            QStringLiteral("schema format %1, text encoding %2: %3").arg(schemaFormat).arg(textEncoding).arg(path));
    h.walMode = bytes[18] == 2 && bytes[19] == 2;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    h.userVersion = qFromBigEndian<quint32>(bytes + 60);
    if (pageCount != 0 && changeCounter == validFor)
        h.headerPageCount = pageCount;

    qint64 pagesInFile = h.fileSize / h.pageSize;
    bool shorter = h.fileSize % h.pageSize != 0 || (h.headerPageCount > 0 && pagesInFile < h.headerPageCount);
    if (shorter) {
        // This check runs without SQLite's locks. Another process committing writes the new header before the file
        // has all its new pages, with its journal beside it: then the verdict is SQLite's, under its lock (found by
        // four processes migrating at once under ASan). Without a journal, look once more before saying so.
        if (QFileInfo::exists(path + QStringLiteral("-journal")) || QFileInfo::exists(path + QStringLiteral("-wal"))) {
            h.headerPageCount = 0;
            shorter = false;
        } else {
            file.seek(0);
            const QByteArray again = file.read(100);
            const qint64 size = QFileInfo(path).size();
            const quint32 pages = again.size() == 100
                                      ? qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(again.constData()) + 28)
                                      : 0;
            shorter = size % h.pageSize != 0 || (h.headerPageCount > 0 && size / h.pageSize < pages);
            if (!shorter) {
                h.fileSize = size;
                h.headerPageCount = pages;
            }
        }
    }
    if (shorter) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("steward::Errors",
                                                     "%1 is incomplete: the file is shorter than its header says.")
                             .arg(path),
                         QCoreApplication::translate(
                             "steward::Errors",
                             "It was probably copied or downloaded only in part. Copy it again, or restore it from "
                             "a backup."),
                         QStringLiteral("size %1, page size %2, header pages %3: %4")
                             .arg(h.fileSize)
                             .arg(h.pageSize)
                             .arg(h.headerPageCount)
                             .arg(path));
    }
    return h;
}

} // namespace steward
