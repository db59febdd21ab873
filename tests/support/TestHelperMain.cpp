// steward-test-helper: the "second process" of the tests.
//   lock exclusive|reserved DB  — takes the lock, prints "locked", holds it until stdin closes, then rolls back.
//   churn DB                    — keeps committing small transactions that preserve an invariant (every
//                                 transaction inserts a row v and a row -v into churn(v)), prints "churning" after
//                                 the first commit, and stops when stdin closes.
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "lock") == 0) {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(argv[3], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "helper: cannot open %s: %s\n", argv[3], sqlite3_errmsg(db));
            return 3;
        }
        const char* begin = std::strcmp(argv[2], "reserved") == 0 ? "BEGIN IMMEDIATE" : "BEGIN EXCLUSIVE";
        char* message = nullptr;
        if (sqlite3_exec(db, begin, nullptr, nullptr, &message) != SQLITE_OK) {
            std::fprintf(stderr, "helper: %s failed: %s\n", begin, message);
            return 1;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        char buffer[256];
        while (read(0, buffer, sizeof buffer) > 0) {
        }
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "churn") == 0) {
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(argv[2], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return 3;
        sqlite3_busy_timeout(db, 5000);
        sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS churn (v INTEGER)", nullptr, nullptr, nullptr);
        fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
        char buffer[64];
        for (long i = 1;; ++i) {
            char sql[160];
            std::snprintf(sql, sizeof sql,
                          "BEGIN IMMEDIATE; INSERT INTO churn VALUES (%ld); INSERT INTO churn VALUES (-%ld); COMMIT;",
                          i, i);
            if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
                sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            if (i == 1) {
                std::printf("churning\n");
                std::fflush(stdout);
            }
            const ssize_t n = read(0, buffer, sizeof buffer);
            if (n == 0)
                break; // stdin closed
        }
        sqlite3_close(db);
        return 0;
    }
    std::fprintf(stderr, "usage: steward-test-helper lock exclusive|reserved DATABASE | churn DATABASE\n");
    return 2;
}
