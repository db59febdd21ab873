#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace steward {

class JobContext;

// SHA-256 through OpenSSL's EVP, which uses the CPU's SHA instructions (about 5× Qt 6.4's plain-C
// QCryptographicHash here): for gigabyte backups that is the difference between hashing in under a second or
// in several.
class Sha256 final {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const char* data, qsizetype size);
    void add(const QByteArray& data) { add(data.constData(), data.size()); }
    QByteArray finish(); // raw 32 bytes; the object can be reused afterwards

    static QString hex(const QByteArray& data);
    // Hash of a whole file, read in 4 MiB blocks; with a context, progress in bytes and cancel between blocks.
    static Result<QString> fileHex(const QString& path, JobContext* context = nullptr);

private:
    void* m_ctx;
};

} // namespace steward
