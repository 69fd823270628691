#include "crypto/manifestsigner.h"

#include "common/tr.h"
#include "crypto/libcrypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>


#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace SchemaPilot::Core {

namespace {

constexpr size_t kSignatureSize = 64;
constexpr qint64 kMaxKeyFileSize = 64 * 1024;

struct PkeyDeleter {
    void operator()(EVP_PKEY *key) const { openssl().EVP_PKEY_free(key); }
};
struct PkeyCtxDeleter {
    void operator()(EVP_PKEY_CTX *ctx) const { openssl().EVP_PKEY_CTX_free(ctx); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *ctx) const { openssl().EVP_MD_CTX_free(ctx); }
};
struct BioDeleter {
    void operator()(BIO *bio) const { openssl().BIO_free(bio); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
using Bio = std::unique_ptr<BIO, BioDeleter>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = openssl().BIO_ctrl(bio, BIO_CTRL_INFO, 0, reinterpret_cast<char *>(&data));
    return QByteArray(data, qsizetype(size));
}

Result<void> writeNewFile(const QString &path, const QByteArray &data, int mode)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
    if (fd < 0)
        return fail(Error{ErrorCode::FileUnreadable,
                          errno == EEXIST ? Tr::tr("The key file exists already; remove it or choose another folder")
                                          : Tr::tr("Cannot create the key file"),
                          {}, QString::fromLocal8Bit(std::strerror(errno)), path, 0});
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == ssize_t(data.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        QFile::remove(path);
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Writing the key file failed"), {}, {}, path, 0});
    }
    return {};
}

enum class KeyKind { Private, PublicOrPrivate };

Result<Pkey> readKey(const QString &path, KeyKind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
                          Tr::tr("Cannot read the signing key file"), {}, file.errorString(), path, 0});
    const QByteArray pem = file.read(kMaxKeyFileSize);
    Bio bio(openssl().BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Pkey key;
    if (bio && kind == KeyKind::PublicOrPrivate && pem.contains("PUBLIC KEY"))
        key.reset(openssl().PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    else if (bio)
        key.reset(openssl().PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        return fail(Error{ErrorCode::Usage,
                          kind == KeyKind::Private ? Tr::tr("The file is not an unencrypted PEM private key")
                                                   : Tr::tr("The file is not a PEM public key"),
                          {}, openSslError(), path, 0});
    if (!openssl().EVP_PKEY_is_a(key.get(), "ED25519"))
        return fail(Error{ErrorCode::Usage, Tr::tr("The key is not an Ed25519 key (`schemapilot-cli keys generate` makes one)"),
                          {}, {}, path, 0});
    return key;
}

} // namespace

Result<SigningKeyFiles> ManifestSigner::generateKeyPair(const QString &directory, const QString &baseName)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    const QString folder = QFileInfo(directory).absoluteFilePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Cannot create the folder for the keys"), {}, {}, folder, 0});
        ::chmod(QFile::encodeName(folder).constData(), 0700);
    }
    SigningKeyFiles files{folder + u'/' + baseName + QStringLiteral(".key"), folder + u'/' + baseName + QStringLiteral(".pub")};
    if (QFileInfo::exists(files.privateKeyPath) || QFileInfo::exists(files.publicKeyPath))
        return fail(Error{ErrorCode::Usage, Tr::tr("A key pair named %1 exists already in this folder; it was left as it is")
                                                .arg(baseName), {}, {}, folder, 0});

    PkeyCtx ctx(openssl().EVP_PKEY_CTX_new_from_name(nullptr, "ED25519", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || openssl().EVP_PKEY_keygen_init(ctx.get()) != 1 || openssl().EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Generating an Ed25519 key failed inside OpenSSL"), openSslError());
    Pkey key(raw);
    Bio privateBio(openssl().BIO_new(openssl().BIO_s_mem()));
    Bio publicBio(openssl().BIO_new(openssl().BIO_s_mem()));
    if (!privateBio || !publicBio
        || openssl().PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || openssl().PEM_write_bio_PUBKEY(publicBio.get(), key.get()) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Encoding the key as PEM failed inside OpenSSL"), openSslError());
    QByteArray privatePem = bioContents(privateBio.get());
    auto written = writeNewFile(files.privateKeyPath, privatePem, 0600);
    privatePem.fill('\0');
    if (!written)
        return fail(written.error());
    if (auto ok = writeNewFile(files.publicKeyPath, bioContents(publicBio.get()), 0644); !ok) {
        QFile::remove(files.privateKeyPath);
        return fail(ok.error());
    }
    return files;
}

Result<QByteArray> ManifestSigner::sign(const QString &privateKeyPath, QByteArrayView data)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    auto key = readKey(privateKeyPath, KeyKind::Private);
    if (!key)
        return fail(key.error());
    MdCtx ctx(openssl().EVP_MD_CTX_new());
    QByteArray signature(kSignatureSize, '\0');
    size_t length = kSignatureSize;
    // Ed25519 signs the message itself (no separate digest), hence the one-shot call.
    if (!ctx || openssl().EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key->get(), nullptr) != 1
        || openssl().EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                          reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size())) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Signing failed inside OpenSSL"), openSslError());
    signature.truncate(qsizetype(length));
    return signature;
}

Result<bool> ManifestSigner::verify(const QString &publicKeyPath, QByteArrayView data, QByteArrayView signature)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    auto key = readKey(publicKeyPath, KeyKind::PublicOrPrivate);
    if (!key)
        return fail(key.error());
    if (size_t(signature.size()) != kSignatureSize)
        return false;
    MdCtx ctx(openssl().EVP_MD_CTX_new());
    if (!ctx || openssl().EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key->get(), nullptr) != 1)
        return fail(ErrorCode::Internal, Tr::tr("Signature verification failed inside OpenSSL"), openSslError());
    const int verdict = openssl().EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()), size_t(signature.size()),
                                         reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()));
    openssl().ERR_clear_error();
    return verdict == 1;
}

} // namespace SchemaPilot::Core
