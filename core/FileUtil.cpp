#include "FileUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace steward {

static Error ioError(const QString& message, const QString& path, int err)
{
    const ErrorCode code = err == ENOSPC || err == EDQUOT                  ? ErrorCode::DiskFull
                           : err == EROFS || err == EACCES || err == EPERM ? ErrorCode::ReadOnly
                                                                           : ErrorCode::IoError;
    const QString hint =
        code == ErrorCode::DiskFull
            ? QCoreApplication::translate("steward::Errors", "Free some disk space, then try again.")
        : code == ErrorCode::ReadOnly
            ? QCoreApplication::translate("steward::Errors", "Check that the folder is writable.")
            : QCoreApplication::translate("steward::Errors", "Check that the disk is still available, then try again.");
    return makeError(code, message, hint,
                     QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
}

static Result<void> syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return ioError(QCoreApplication::translate("steward::Errors", "%1 cannot be flushed to disk.").arg(path), path,
                       errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(QCoreApplication::translate("steward::Errors", "%1 cannot be flushed to disk.").arg(path), path,
                       err);
    return {};
}

Result<void> syncFile(const QString& path)
{
    return syncPath(path, O_RDONLY);
}

Result<void> syncFolder(const QString& folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY);
}

Result<void> writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const int err = errno ? errno : EIO;
        return ioError(QCoreApplication::translate("steward::Errors", "%1 cannot be written.").arg(path), path, err);
    }
    return syncFolder(QFileInfo(path).absolutePath());
}

Result<void> renameNoReplace(const QString& from, const QString& to)
{
    // link() + unlink() never replaces an existing target (rename() would, silently).
    const QByteArray a = QFile::encodeName(from), b = QFile::encodeName(to);
    if (::link(a.constData(), b.constData()) != 0)
        return ioError(QCoreApplication::translate("steward::Errors", "%1 cannot be created.").arg(to), to, errno);
    ::unlink(a.constData());
    return syncFolder(QFileInfo(to).absolutePath());
}

} // namespace steward
