// libFuzzer: the SQL fingerprinter on any text; fingerprinting a fingerprint changes nothing.
#include "monitor/Fingerprint.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString sql = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString once = steward::fingerprint(sql);
    const QString twice = steward::fingerprint(once);
    if (once != twice)
        __builtin_trap();
    return 0;
}
