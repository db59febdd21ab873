// libFuzzer: the migration-file parser must return a value or an error for any bytes and any file name.
#include "migrations/MigrationFile.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first line (up to 64 bytes) is the file name; the rest is the content.
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QString name = QString::fromUtf8(newline >= 0 && newline < 64 ? bytes.left(newline) : "001_fuzz.sql");
    const QString content = QString::fromUtf8(newline >= 0 && newline < 64 ? bytes.mid(newline + 1) : bytes);
    auto parsed = steward::MigrationFile::parse(name, content);
    if (parsed) {
        // What a parsed file promises: a checksum of its up SQL, and a version from its name.
        if (parsed->checksum != steward::MigrationFile::checksumOf(parsed->upSql))
            __builtin_trap();
    }
    return 0;
}
