#include "Sha256.h"

#include <QCoreApplication>
#include <QFile>

#include "jobs/Job.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace steward {

namespace {

// OpenSSL 3 keeps state per thread that uses a digest; a thread that exits before OpenSSL's own cleanup can leave it
// behind (LeakSanitizer reported 904 bytes from CRYPTO_zalloc after a hashing worker thread ended). Every thread that
// hashes frees its state when it exits.
struct OpenSslThreadState {
    ~OpenSslThreadState() { OPENSSL_thread_stop(); }
};

void noteThreadUsesOpenSsl()
{
    thread_local OpenSslThreadState state;
    (void)state;
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    noteThreadUsesOpenSsl();
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(m_ctx), EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_ctx));
}

void Sha256::add(const char* data, qsizetype size)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_ctx), data, size_t(size));
}

QByteArray Sha256::finish()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    auto* ctx = static_cast<EVP_MD_CTX*>(m_ctx);
    EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()), &len);
    out.resize(int(len));
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    return out;
}

QString Sha256::hex(const QByteArray& data)
{
    Sha256 h;
    h.add(data);
    return QString::fromLatin1(h.finish().toHex());
}

Result<QString> Sha256::fileHex(const QString& path, JobContext* context)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::CannotOpen,
            QCoreApplication::translate("steward::Errors", "The file %1 cannot be read.").arg(path),
            QCoreApplication::translate("steward::Errors", "Check that it exists and that you may read it."),
            f.errorString());
    Sha256 h;
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    const qint64 total = f.size();
    qint64 done = 0;
    for (;;) {
        if (context && context->isCancelled())
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("steward::Errors", "The operation was cancelled."));
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::IoError,
                             QCoreApplication::translate("steward::Errors", "Reading %1 failed.").arg(path), {},
                             f.errorString());
        if (n == 0)
            break;
        h.add(buffer.constData(), n);
        done += n;
        if (context)
            context->setProgress(done, total);
    }
    return QString::fromLatin1(h.finish().toHex());
}

} // namespace steward
