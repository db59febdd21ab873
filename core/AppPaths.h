#pragma once

#include <QString>

namespace steward {

// Where Steward keeps its own files. STEWARD_DATA_DIR overrides the platform's application data folder, so tests
// and the demo never write into a user's real profile.
class AppPaths {
public:
    static QString dataDir();        // created on first use
    static QString logDir();         // <data>/logs
    static QString auditStorePath(); // <data>/steward.db (Steward's own store, never the user's database)
    static QString demoDir();        // <data>/demo
};

} // namespace steward
