#include "Error.h"

namespace steward {

QString Error::toText() const
{
    if (hint.isEmpty())
        return message;
    return message + QStringLiteral(" — ") + hint;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read-only");
    case ErrorCode::NotADatabase:
        return QStringLiteral("not-a-database");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk-full");
    case ErrorCode::IoError:
        return QStringLiteral("io-error");
    case ErrorCode::CannotOpen:
        return QStringLiteral("cannot-open");
    case ErrorCode::Constraint:
        return QStringLiteral("constraint");
    case ErrorCode::SqlError:
        return QStringLiteral("sql-error");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case ErrorCode::Configuration:
        return QStringLiteral("configuration");
    case ErrorCode::NotSupported:
        return QStringLiteral("not-supported");
    }
    return QStringLiteral("internal");
}

} // namespace steward
