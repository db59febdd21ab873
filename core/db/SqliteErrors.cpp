#include "db/SqliteErrors.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace steward {

Error classifySqliteError(int code, const QString& sqliteMessage, const QString& context)
{
    Error e;
    e.nativeCode = code;
    e.detail = QStringLiteral("SQLite %1 (%2): %3%4")
                   .arg(code)
                   .arg(QString::fromUtf8(sqlite3_errstr(code)), sqliteMessage,
                        context.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(context));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PROTOCOL:
        e.code = ErrorCode::Busy;
        e.message = QCoreApplication::translate("steward::Errors", "The database is locked by another program.");
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Wait until the other program finishes or close it, then try again.");
        break;
    case SQLITE_READONLY:
        if (code == SQLITE_READONLY_ROLLBACK) {
            e.code = ErrorCode::ReadOnly;
            e.message = QCoreApplication::translate(
                "steward::Errors", "A program stopped in the middle of writing to this database, and its unfinished "
                                   "change must be rolled back before the database can be read.");
            e.hint = QCoreApplication::translate(
                "steward::Errors", "Open the database once with write access, so that SQLite can roll it back.");
            break;
        }
        [[fallthrough]];
    case SQLITE_PERM:
        e.code = ErrorCode::ReadOnly;
        e.message = QCoreApplication::translate("steward::Errors",
                                                "The database cannot be changed: the file or its folder is read-only.");
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Check the permissions of the file and its folder, or work on a copy you can write.");
        break;
    case SQLITE_NOTADB:
        e.code = ErrorCode::NotADatabase;
        e.message = QCoreApplication::translate("steward::Errors", "The file is not an SQLite database.");
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Choose an SQLite database file; an encrypted database cannot be opened.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        e.code = ErrorCode::Corrupt;
        e.message = QCoreApplication::translate("steward::Errors", "The database file is damaged.");
        e.hint = QCoreApplication::translate(
            "steward::Errors",
            "Do not write to it; restore it from a backup or recover its data with the sqlite3 tool.");
        break;
    case SQLITE_FULL:
        e.code = ErrorCode::DiskFull;
        e.message = QCoreApplication::translate("steward::Errors",
                                                "The disk is full, or the database has reached its size limit.");
        e.hint = QCoreApplication::translate("steward::Errors", "Free some disk space, then try again.");
        break;
    case SQLITE_IOERR:
    case SQLITE_NOLFS:
        e.code = ErrorCode::IoError;
        e.message =
            QCoreApplication::translate("steward::Errors", "The operating system reported a read or write error.");
        e.hint = QCoreApplication::translate(
            "steward::Errors", "Check that the disk or network folder is still available, then try again.");
        break;
    case SQLITE_CANTOPEN:
        e.code = ErrorCode::CannotOpen;
        e.message = QCoreApplication::translate("steward::Errors", "The database file cannot be opened.");
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Check that the file exists, is not a folder, and that you may read it.");
        break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
        e.code = ErrorCode::Constraint;
        e.message = QCoreApplication::translate("steward::Errors", "The change breaks a rule of the database: %1")
                        .arg(sqliteMessage);
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Change the values so that they satisfy the table's constraints.");
        break;
    case SQLITE_INTERRUPT:
        e.code = ErrorCode::Cancelled;
        e.message = QCoreApplication::translate("steward::Errors", "The operation was cancelled.");
        break;
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
        e.code = ErrorCode::InvalidArgument;
        e.message = QCoreApplication::translate("steward::Errors", "A value is too large or out of range: %1")
                        .arg(sqliteMessage);
        e.hint = QCoreApplication::translate("steward::Errors", "Check the values passed to the statement.");
        break;
    case SQLITE_NOMEM:
    case SQLITE_MISUSE:
    case SQLITE_INTERNAL:
        e.code = ErrorCode::Internal;
        e.message = QCoreApplication::translate("steward::Errors", "SQLite reported an internal problem: %1")
                        .arg(sqliteMessage);
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Try again; if it keeps happening, report it with the log file.");
        break;
    default:
        e.code = ErrorCode::SqlError;
        e.message = QCoreApplication::translate("steward::Errors", "The SQL statement failed: %1").arg(sqliteMessage);
        e.hint = QCoreApplication::translate("steward::Errors",
                                             "Check the statement's syntax and the names of its tables and columns.");
        break;
    }
    return e;
}

Error sqliteErrorOf(sqlite3* db, int rc, const QString& context)
{
    const int code = db && sqlite3_extended_errcode(db) != SQLITE_OK ? sqlite3_extended_errcode(db) : rc;
    return classifySqliteError(code, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)), context);
}

} // namespace steward
