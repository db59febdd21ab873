#pragma once

#include "Result.h"

namespace steward {

// What the first 100 bytes of a file say, read without SQLite and without writing anything.
struct DatabaseFileHeader {
    qint64 fileSize = 0;
    bool empty = false; // a zero-length file: SQLite treats it as an empty database
    int pageSize = 0;
    qint64 headerPageCount = 0; // 0 when the header's count is not known to be valid
    bool walMode = false;
    quint32 userVersion = 0;
};

// Refuses, before SQLite sees it, what is certainly not a usable database: a missing path, a folder, an
// unreadable file, a file shorter than a header, a wrong magic string, an impossible page size, or a file
// shorter than its header says (truncated by a partial copy).
Result<DatabaseFileHeader> inspectDatabaseFile(const QString& path);

} // namespace steward
