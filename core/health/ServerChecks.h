#pragma once

#include "health/HealthCheck.h"

namespace steward {

class Connection;

// The checks of a database on a server (PostgreSQL), on an open connection; none of them writes: connections in use
// against max_connections, long-running statements and sessions idle in a transaction, the database's size, standby
// or primary (with its replicas), indexes left INVALID, and whether pg_stat_statements can be read.
QVector<HealthCheck> serverHealthChecks(Connection& c);

} // namespace steward
