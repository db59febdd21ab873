#pragma once

#include <QString>

#include <atomic>

namespace steward::test {

// A test-only SQLite VFS that wraps the default one and, for files under a chosen folder, counts the I/O calls of
// an operation (its fault points) and can fail the Nth one: a write or a sync with SQLITE_FULL or SQLITE_IOERR, a
// short write, a read with SQLITE_IOERR, or an open with SQLITE_CANTOPEN — once (transient) or from then on
// (persistent). Installed as the default VFS, so Qt's driver and our own SQLite calls both go through it.
class FaultVfs {
public:
    enum class Kind { Write, Sync, Read, Open };
    enum class Effect { Full, IoError, ShortWrite };

    static void install();                       // once per process; becomes the default VFS
    static void setScope(const QString& folder); // only files under this folder are counted and failed
    static void startCounting();                 // resets the counters, no fault armed
    // Fails the nth (1-based) fault point counted from now; persistent: every later one fails too.
    static void arm(int nth, Effect effect, bool persistent);
    static void disarm();
    static int points();   // fault points counted since startCounting()/arm()
    static int injected(); // faults injected since arm()
    static int pointsOf(Kind kind);
};

} // namespace steward::test
