#pragma once

#include <QMetaType>
#include <QString>

namespace steward {

// The kinds of failure a user can tell apart and act on. Every core failure maps to one of these.
enum class ErrorCode {
    Busy,             // locked by another connection or process, still locked after the busy timeout
    ReadOnly,         // the file, its folder or the connection does not allow writing
    NotADatabase,     // the file is not an SQLite database (or is encrypted)
    Corrupt,          // the file is an SQLite database but damaged or truncated
    DiskFull,         // no space left (or the database reached its size limit)
    IoError,          // the operating system reported a read or write error
    CannotOpen,       // missing file, a folder, no permission to open
    Constraint,       // a UNIQUE, NOT NULL, CHECK or FOREIGN KEY rule refused a change
    SqlError,         // the statement itself is wrong (syntax, unknown table or column)
    InvalidArgument,  // the caller's input is wrong (bad name, bad value)
    NotFound,         // what was asked for does not exist
    Cancelled,        // the user cancelled the operation
    Internal,         // a bug or an unexpected state in Steward itself
    Unavailable,      // the database's circuit is open: calls are refused until it is tried again
    ConnectionFailed, // a database server could not be reached or dropped the connection (refused, starting,
                      // shutting down, too many clients, terminated): counts for the circuit
    Configuration,    // the connection is set up wrongly (password, pg_hba, missing database, TLS): retrying cannot
                      // help, the user must change something; never counts for the circuit
    NotSupported,     // this engine cannot do that yet (a feature built for SQLite files, asked of a server)
};

// What failed, why, and what to do: message and hint are for the user (translated); detail is technical
// (SQLite code, path, statement) and goes to the log.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString hint;
    QString detail;
    int nativeCode = 0; // SQLite extended result code, when there is one
    QString sqlState;   // PostgreSQL's SQLSTATE ("28P01"), when the server sent one

    // "message — hint" on one line, for a status bar, a banner or stderr.
    QString toText() const;
};

// A stable, untranslated identifier ("busy", "read-only", …) for JSON output and logs.
QString errorCodeName(ErrorCode code);

} // namespace steward

Q_DECLARE_METATYPE(steward::Error)
