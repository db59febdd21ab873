#pragma once

#include "Error.h"

namespace steward {

// Maps an SQLite result code (primary or extended) and SQLite's own message to an Error a user understands.
// `context` (a path or a statement) and SQLite's message go into Error::detail for the log.
Error classifySqliteError(int code, const QString& sqliteMessage, const QString& context = {});

} // namespace steward
