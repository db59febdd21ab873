// steward-test-helper: the "second process" of the tests.
//   lock exclusive|reserved DB  — takes the lock, prints "locked", holds it until stdin closes, then rolls back.
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <unistd.h>

int main(int argc, char** argv) {
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
    std::fprintf(stderr, "usage: steward-test-helper lock exclusive|reserved DATABASE\n");
    return 2;
}
