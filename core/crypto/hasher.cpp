#include "crypto/hasher.h"

#include "common/tr.h"
#include "crypto/libcrypto.h"

#include <QFile>


#include <array>
#include <future>

namespace SchemaPilot::Core {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { openssl().EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

} // namespace

struct Hasher::Private {
    MdCtx sha256;
    MdCtx md5;
    qint64 bytes = 0;
    bool ok = false;      // false once any EVP call failed; finish() reports it
    std::future<bool> md5Pending;   // MD5 of the previous overlapped chunk

    // The MD5 context is only ever touched by one thread at a time: every entry point waits here first.
    void settle()
    {
        if (md5Pending.valid() && !md5Pending.get())
            ok = false;
    }

    void init()
    {
        settle();
        bytes = 0;
        ok = false;
        if (!requireOpenSsl())
            return;   // finish() says why
        if (!sha256)
            sha256.reset(openssl().EVP_MD_CTX_new());
        if (!md5)
            md5.reset(openssl().EVP_MD_CTX_new());
        ok = sha256 && md5 && openssl().EVP_DigestInit_ex(sha256.get(), openssl().EVP_sha256(), nullptr) == 1
             && openssl().EVP_DigestInit_ex(md5.get(), openssl().EVP_md5(), nullptr) == 1;
    }
};

Hasher::Hasher()
    : d(std::make_unique<Private>())
{
    d->init();
}

Hasher::~Hasher() = default;
Hasher::Hasher(Hasher &&) noexcept = default;
Hasher &Hasher::operator=(Hasher &&) noexcept = default;

void Hasher::update(QByteArrayView data)
{
    d->settle();
    if (!d->ok || data.isEmpty())
        return;
    d->ok = openssl().EVP_DigestUpdate(d->sha256.get(), data.data(), size_t(data.size())) == 1
            && openssl().EVP_DigestUpdate(d->md5.get(), data.data(), size_t(data.size())) == 1;
    d->bytes += data.size();
}

void Hasher::updateOverlapped(QByteArrayView data)
{
    d->settle();
    if (!d->ok || data.isEmpty())
        return;
    EVP_MD_CTX *md5 = d->md5.get();
    d->md5Pending = std::async(std::launch::async, [md5, data] {
        return openssl().EVP_DigestUpdate(md5, data.data(), size_t(data.size())) == 1;
    });
    d->ok = openssl().EVP_DigestUpdate(d->sha256.get(), data.data(), size_t(data.size())) == 1;
    d->bytes += data.size();
}

qint64 Hasher::bytesHashed() const
{
    return d->bytes;
}

Result<FileDigests> Hasher::finish()
{
    d->settle();
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    std::array<unsigned char, EVP_MAX_MD_SIZE> shaOut{};
    std::array<unsigned char, EVP_MAX_MD_SIZE> md5Out{};
    unsigned int shaLength = 0;
    unsigned int md5Length = 0;
    const bool ok = d->ok && openssl().EVP_DigestFinal_ex(d->sha256.get(), shaOut.data(), &shaLength) == 1
                    && openssl().EVP_DigestFinal_ex(d->md5.get(), md5Out.data(), &md5Length) == 1;
    const qint64 bytes = d->bytes;
    const QString driverText = ok ? QString() : openSslError();
    d->init();
    if (!ok)
        return fail(ErrorCode::Internal, Tr::tr("Hashing failed inside OpenSSL (is the default provider available?)"),
                    driverText);
    FileDigests digests;
    digests.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(shaOut.data()), shaLength).toHex());
    digests.md5 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md5Out.data()), md5Length).toHex());
    digests.size = bytes;
    return digests;
}

namespace {

struct SingleDigest {
    QString hex;
    qint64 size = 0;
};

// One digest of a whole file, streamed in chunks.
Result<SingleDigest> digestFile(const QString &path, const EVP_MD *md)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
                          Tr::tr("Cannot read the file to hash it"), {}, file.errorString(), path, 0});
    MdCtx ctx{openssl().EVP_MD_CTX_new()};
    if (!ctx || openssl().EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Hashing failed inside OpenSSL (is the default provider available?)"),
                    openSslError());
    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        const qint64 read = file.read(buffer.data(), kChunkSize);
        if (read < 0)
            return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Reading the file failed while hashing it"), {},
                              file.errorString(), path, 0});
        if (read == 0)
            break;
        if (openssl().EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(read)) != 1)
            return fail(ErrorCode::Internal, Tr::tr("Hashing failed inside OpenSSL"), openSslError());
        size += read;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    unsigned int length = 0;
    if (openssl().EVP_DigestFinal_ex(ctx.get(), out.data(), &length) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Hashing failed inside OpenSSL"), openSslError());
    return SingleDigest{QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), length).toHex()), size};
}

} // namespace

Result<FileDigests> hashFile(const QString &path)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    auto md5 = std::async(std::launch::async, [path] { return digestFile(path, openssl().EVP_md5()); });
    auto sha = digestFile(path, openssl().EVP_sha256());
    auto md5Result = md5.get();
    if (!sha)
        return fail(sha.error());
    if (!md5Result)
        return fail(md5Result.error());
    if (sha->size != md5Result->size)
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("The file changed while it was being hashed"), {}, {}, path, 0});
    return FileDigests{sha->hex, md5Result->hex, sha->size};
}

Result<FileDigests> sha256File(const QString &path)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    auto sha = digestFile(path, openssl().EVP_sha256());
    if (!sha)
        return fail(sha.error());
    return FileDigests{sha->hex, {}, sha->size};
}

Result<QString> sha256Hex(QByteArrayView data)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    unsigned int length = 0;
    if (openssl().EVP_Digest(data.data(), size_t(data.size()), out.data(), &length, openssl().EVP_sha256(), nullptr) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Hashing failed inside OpenSSL"), openSslError());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), length).toHex());
}

} // namespace SchemaPilot::Core
