#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// Helpers shared by the tests. They use SQLite's C API and QCryptographicHash directly, never Steward's code,
// so a test does not check Steward against itself.
namespace steward::test {

// Runs SQL on a database file (created when missing) through sqlite3_exec; fails the test on error.
void execSql(const QString& path, const QString& sql);
QString queryString(const QString& path, const QString& sql);
// A small database with a table `items(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, qty INTEGER)`.
// A dbmate folder (created if missing) of `count` migrations NNN_table_K.sql, each creating table t_K and dropping it
// in its down section.
void writeDbmateTables(const QString& folder, int count);
QString createSampleDatabase(const QString& dir, const QString& name = QStringLiteral("sample.db"), int rows = 100);
QByteArray fileHash(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// Files next to `databasePath` that SQLite leaves when a connection is open or crashed: -wal, -journal, -shm.
QStringList sideFiles(const QString& databasePath);

// Makes a file impossible to write, for real: chmod 0444 for a normal user, the immutable attribute for root
// (root ignores permissions). Returns false when neither is possible on this filesystem.
bool makeReadOnly(const QString& path);
void makeWritable(const QString& path);

// The path of a binary built next to the tests (STEWARD_BIN_DIR), e.g. "steward-cli".
QString binaryPath(const QString& name);

// Crash runs: steward-cli with STEWARD_DATA_DIR=dataDir.
// Runs a command to the end and returns how long it took (µs), to spread the kills over its lifetime.
qint64 runCliToEnd(const QString& dataDir, const QStringList& args);
// Starts a command and kills it with SIGKILL after a random pause within lifetimeUs. The pause picks the moment of
// the kill; it does not wait for any work to finish.
void runCliAndKill(const QString& dataDir, const QStringList& args, qint64 lifetimeUs);
// The number of kills per operation: STEWARD_CRASH_RUNS, or 200.
int crashRuns();

// A second process (steward-test-helper) holding a lock on a database until destroyed.
class LockHolder {
public:
    // mode: "exclusive" (BEGIN EXCLUSIVE: nobody may read) or "reserved" (BEGIN IMMEDIATE: others may read).
    LockHolder(const QString& databasePath, const QString& mode = QStringLiteral("exclusive"));
    ~LockHolder();
    bool isHolding() const { return m_holding; }
    void release();

private:
    std::unique_ptr<QProcess> m_process;
    bool m_holding = false;
};

// A second process (steward-test-helper churn) committing to a database until destroyed.
class Churner {
public:
    explicit Churner(const QString& databasePath);
    ~Churner();
    bool isRunning() const { return m_running; }

private:
    std::unique_ptr<QProcess> m_process;
    bool m_running = false;
};

// Recursively makes a folder writable again and removes the immutable attribute of it (root) or restores its
// permissions, so QTemporaryDir can clean up.
bool makeFolderReadOnly(const QString& path);
void makeFolderWritable(const QString& path);

} // namespace steward::test
