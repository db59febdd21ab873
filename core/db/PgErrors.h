#pragma once

#include "Error.h"

namespace steward {

// Maps a PostgreSQL error to an Error a user understands. `sqlState` is the server's SQLSTATE when there is one (query
// errors); connection failures have none (libpq gives text only), so `message` is classified by its words, read in
// English (prepareLibpqEnvironment; the server's own words follow its lc_messages, and an unknown connection failure
// counts as one). Wrong password, no pg_hba entry, missing database or role, TLS required but unavailable →
// Configuration (never trips the circuit); refused, starting or shutting down (57P03), too many clients (53300),
// terminated (57P01) or lost (08006) → ConnectionFailed. `context` (the address without password, or a statement)
// goes into Error::detail for the log.
Error classifyPgError(const QString& sqlState, const QString& message, const QString& context = {},
                      bool connecting = false);

// After a failed connection whose words were not recognised: the server answered a ping (PQpingParams said
// PQPING_OK), so the failure is the set-up's, not the server's absence. Turns a counting ConnectionFailed into a
// Configuration error; anything else is returned as it is.
Error unrecognisedButServerAnswers(Error error);

// True when the server asked for a password and none was given (the CLI may then ask on the terminal).
bool pgNeedsPassword(const Error& error);

} // namespace steward
