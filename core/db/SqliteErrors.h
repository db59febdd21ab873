#pragma once

#include "Error.h"

struct sqlite3;

namespace steward {

// Maps an SQLite result code (primary or extended) and SQLite's own message to an Error a user understands.
// `context` (a path or a statement) and SQLite's message go into Error::detail for the log.
Error classifySqliteError(int code, const QString& sqliteMessage, const QString& context = {});

// The error of the last failed call on db (its extended code and message), or of rc when db has none to give.
Error sqliteErrorOf(sqlite3* db, int rc, const QString& context = {});

} // namespace steward
