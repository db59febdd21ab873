#pragma once

#include <QString>

namespace steward {

// The shape of a statement, so that statements that differ only in their values are counted together (as
// pg_stat_statements does): literals (strings, numbers, blobs, parameters) become ?, a list of them in IN (…) or
// VALUES (…), (…) collapses to one, comments go, white space shrinks to single spaces, keywords are upper case.
// Identifiers keep their spelling; quoted identifiers stay quoted.
QString fingerprint(const QString& sql);

} // namespace steward
