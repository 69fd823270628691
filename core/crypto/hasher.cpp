#include "crypto/hasher.h"

#include "common/tr.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <array>

namespace SchemaPilot::Core {

namespace {

constexpr qint64 kChunkSize = 1 << 20;

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0)
        return {};
    std::array<char, 256> buffer{};
    ERR_error_string_n(code, buffer.data(), buffer.size());
    return QString::fromLatin1(buffer.data());
}

} // namespace

struct Hasher::Private {
    MdCtx sha256{EVP_MD_CTX_new()};
    MdCtx md5{EVP_MD_CTX_new()};
    qint64 bytes = 0;
    bool ok = false;      // false once any EVP call failed; finish() reports it

    void init()
    {
        bytes = 0;
        ok = sha256 && md5 && EVP_DigestInit_ex(sha256.get(), EVP_sha256(), nullptr) == 1
             && EVP_DigestInit_ex(md5.get(), EVP_md5(), nullptr) == 1;
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
    if (!d->ok || data.isEmpty())
        return;
    d->ok = EVP_DigestUpdate(d->sha256.get(), data.data(), size_t(data.size())) == 1
            && EVP_DigestUpdate(d->md5.get(), data.data(), size_t(data.size())) == 1;
    d->bytes += data.size();
}

qint64 Hasher::bytesHashed() const
{
    return d->bytes;
}

Result<FileDigests> Hasher::finish()
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> shaOut{};
    std::array<unsigned char, EVP_MAX_MD_SIZE> md5Out{};
    unsigned int shaLength = 0;
    unsigned int md5Length = 0;
    const bool ok = d->ok && EVP_DigestFinal_ex(d->sha256.get(), shaOut.data(), &shaLength) == 1
                    && EVP_DigestFinal_ex(d->md5.get(), md5Out.data(), &md5Length) == 1;
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

Result<FileDigests> hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
                          Tr::tr("Cannot read the file to hash it"), {}, file.errorString(), path, 0});
    Hasher hasher;
    QByteArray buffer(kChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), kChunkSize);
        if (read < 0)
            return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Reading the file failed while hashing it"), {},
                              file.errorString(), path, 0});
        if (read == 0)
            break;
        hasher.update(QByteArrayView(buffer.constData(), read));
    }
    return hasher.finish();
}

Result<QString> sha256Hex(QByteArrayView data)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out.data(), &length, EVP_sha256(), nullptr) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Hashing failed inside OpenSSL"), openSslError());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), length).toHex());
}

} // namespace SchemaPilot::Core
