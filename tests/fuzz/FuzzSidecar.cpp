// libFuzzer: the backup sidecar reader on any bytes; what it accepts it writes back to the same metadata.
#include "backup/BackupMetadata.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto m = steward::BackupMetadata::fromBytes(bytes);
    if (m) {
        auto again = steward::BackupMetadata::fromBytes(m->toBytes());
        if (!again || again->sha256 != m->sha256 || again->size != m->size)
            __builtin_trap();
    }
    return 0;
}
