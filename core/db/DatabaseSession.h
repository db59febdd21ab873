#pragma once

#include "Result.h"
#include "db/Connection.h"
#include "db/Schema.h"

#include <memory>

namespace steward {

class Settings;

// The database a window (or a CLI command) is working on: its path, the connection of the thread that opened
// it, and what the status bar shows. Opening changes nothing in the file.
class DatabaseSession {
public:
    static Result<std::unique_ptr<DatabaseSession>> open(const QString& path, const OpenOptions& options);
    static OpenOptions optionsFrom(const Settings& settings);

    Connection& connection() { return *m_connection; }
    const QString& path() const { return m_connection->path(); }
    // Fresh figures (size, pages, journal mode, user_version) without counting rows.
    Result<DatabaseInfo> info();
    const OpenOptions& options() const { return m_options; }

private:
    DatabaseSession(std::unique_ptr<Connection> c, OpenOptions o)
        : m_connection(std::move(c))
        , m_options(o)
    {
    }
    std::unique_ptr<Connection> m_connection;
    OpenOptions m_options;
};

} // namespace steward
