#include "crypto/backupcipher.h"

#include "common/tr.h"
#include "crypto/libcrypto.h"

#include <QFile>
#include <QtEndian>

#include <openssl/kdf.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace SchemaPilot::Core {

namespace {

// Header layout, version 1 (big-endian numbers):
//   0 magic "SPBKENC\0" | 8 version | 9 cipher (1 = AES-256-GCM) | 10 kdf (1 = scrypt) | 11 log2 N
//  12 r (u32) | 16 p (u32) | 20 record size (u32) | 24 salt (16) | 40 base nonce (12) | 52 key check (16)
constexpr std::array<char, 8> kMagic{'S', 'P', 'B', 'K', 'E', 'N', 'C', '\0'};
constexpr int kVersion = 1;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kKeyCheckSize = 16;
constexpr int kCheckedHeaderSize = 52;                    // what the key check covers
constexpr int kHeaderSize = kCheckedHeaderSize + kKeyCheckSize;
constexpr int kKeySize = 32;
// Bounds for headers read from disk, so that a hostile file cannot ask for gigabytes of scrypt.
constexpr quint64 kMaxScryptMemory = quint64(1) << 30;
constexpr quint32 kMaxRecordSize = 64u << 20;

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX *ctx) const { openssl().EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

// SHA-256 of the encrypted bytes, taken in the same pass (MD5 would halve the throughput; the
// store adds it on a second thread).
class Sha256Stream final
{
public:
    Sha256Stream()
        : m_ctx(openssl().EVP_MD_CTX_new())
    {
        m_ok = m_ctx && openssl().EVP_DigestInit_ex(m_ctx, openssl().EVP_sha256(), nullptr) == 1;
    }
    ~Sha256Stream() { openssl().EVP_MD_CTX_free(m_ctx); }
    Sha256Stream(const Sha256Stream &) = delete;
    Sha256Stream &operator=(const Sha256Stream &) = delete;

    void update(QByteArrayView data)
    {
        m_ok = m_ok && openssl().EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size())) == 1;
        m_size += data.size();
    }

    Result<FileDigests> finish()
    {
        std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
        unsigned int length = 0;
        if (!m_ok || openssl().EVP_DigestFinal_ex(m_ctx, out.data(), &length) != 1)
            return fail(ErrorCode::Internal, Tr::tr("Hashing failed inside OpenSSL"), openSslError());
        FileDigests digests;
        digests.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out.data()), length).toHex());
        digests.size = m_size;
        return digests;
    }

private:
    EVP_MD_CTX *m_ctx = nullptr;
    qint64 m_size = 0;
    bool m_ok = false;
};

Result<QByteArray> hmacSha256(const unsigned char *key, QByteArrayView label, QByteArrayView data)
{
    QByteArray message;
    message.reserve(label.size() + data.size());
    message.append(label.data(), label.size());
    message.append(data.data(), data.size());
    std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
    size_t length = 0;
    if (!openssl().EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, key, kKeySize,
                   reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), out.data(),
                   out.size(), &length))
        return fail(ErrorCode::Internal, Tr::tr("HMAC-SHA256 failed inside OpenSSL"), openSslError());
    return QByteArray(reinterpret_cast<const char *>(out.data()), qsizetype(length));
}

// Opens a new file with mode 0600 from the start (never world-readable, not even briefly).
Result<void> openNewPrivateFile(QFile &file, const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot create the file"), {},
                          QString::fromLocal8Bit(std::strerror(errno)), path, 0});
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot create the file"), {}, file.errorString(), path, 0});
    }
    return {};
}

// Reads up to `size` bytes, fewer only at the end of the file.
qint64 readFully(QFile &file, char *data, qint64 size)
{
    qint64 total = 0;
    while (total < size) {
        const qint64 n = file.read(data + total, size - total);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        total += n;
    }
    return total;
}

} // namespace

struct BackupKey::Private {
    std::array<unsigned char, kKeySize> dataKey{};
    std::array<unsigned char, kKeySize> macKey{};
    QByteArray header;       // kHeaderSize bytes, the AAD of every record
    quint32 recordSize = 0;

    ~Private()
    {
        openssl().OPENSSL_cleanse(dataKey.data(), dataKey.size());
        openssl().OPENSSL_cleanse(macKey.data(), macKey.size());
    }

    const unsigned char *baseNonce() const { return reinterpret_cast<const unsigned char *>(header.constData()) + 40; }

    // Nonce of record `index`: the base nonce with the counter xor-ed into its last 8 bytes and the
    // final flag into byte 3, so that no two records (nor a final and a non-final one) share a nonce.
    std::array<unsigned char, kNonceSize> nonce(quint64 index, bool final) const
    {
        std::array<unsigned char, kNonceSize> n{};
        std::memcpy(n.data(), baseNonce(), kNonceSize);
        for (int i = 0; i < 8; ++i)
            n[11 - i] ^= static_cast<unsigned char>(index >> (8 * i));
        if (final)
            n[3] ^= 0x01;
        return n;
    }

    Result<QByteArray> keyCheck() const
    {
        auto mac = hmacSha256(macKey.data(), "schemapilot key check v1", QByteArrayView(header).first(kCheckedHeaderSize));
        if (!mac)
            return mac;
        return mac->first(kKeyCheckSize);
    }

    Result<void> derive(QByteArrayView passphrase, QByteArrayView salt, const ScryptParameters &parameters)
    {
        std::array<unsigned char, 2 * kKeySize> derived{};
        const quint64 n = quint64(1) << parameters.log2N;
        if (openssl().EVP_PBE_scrypt(passphrase.data(), size_t(passphrase.size()), reinterpret_cast<const unsigned char *>(salt.data()),
                           size_t(salt.size()), n, parameters.r, parameters.p, kMaxScryptMemory + (16u << 20),
                           derived.data(), derived.size())
            != 1)
            return fail(ErrorCode::Internal, Tr::tr("Deriving the backup key with scrypt failed inside OpenSSL"), openSslError());
        std::memcpy(dataKey.data(), derived.data(), kKeySize);
        std::memcpy(macKey.data(), derived.data() + kKeySize, kKeySize);
        openssl().OPENSSL_cleanse(derived.data(), derived.size());
        return {};
    }
};

BackupKey::BackupKey()
    : d(std::make_unique<Private>())
{
}

BackupKey::~BackupKey() = default;
BackupKey::BackupKey(BackupKey &&) noexcept = default;
BackupKey &BackupKey::operator=(BackupKey &&) noexcept = default;

Result<BackupKey> BackupKey::create(QByteArrayView passphrase, const EncryptOptions &options)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    if (passphrase.isEmpty())
        return fail(ErrorCode::Usage, Tr::tr("An empty passphrase cannot encrypt a backup"));
    const ScryptParameters &s = options.scrypt;
    if (s.log2N < 10 || s.log2N > 24 || s.r < 1 || s.r > 64 || s.p < 1 || s.p > 16
        || (quint64(128) * s.r << s.log2N) > kMaxScryptMemory)
        return fail(ErrorCode::Usage, Tr::tr("The scrypt parameters are out of range (N = 2^10 to 2^24, r 1 to 64, p 1 to 16, "
                                             "at most 1 GiB of memory)"));
    if (options.recordSize < 1024 || options.recordSize > kMaxRecordSize)
        return fail(ErrorCode::Usage, Tr::tr("The record size must be between 1 KiB and 64 MiB"));

    BackupKey key;
    QByteArray header(kHeaderSize, '\0');
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    std::memcpy(h, kMagic.data(), kMagic.size());
    h[8] = kVersion;
    h[9] = 1;
    h[10] = 1;
    h[11] = static_cast<unsigned char>(s.log2N);
    qToBigEndian<quint32>(s.r, h + 12);
    qToBigEndian<quint32>(s.p, h + 16);
    qToBigEndian<quint32>(options.recordSize, h + 20);
    if (openssl().RAND_bytes(h + 24, kSaltSize + kNonceSize) != 1)
        return fail(ErrorCode::Internal, Tr::tr("The system's random number generator failed"), openSslError());
    key.d->header = header;
    key.d->recordSize = options.recordSize;
    if (auto ok = key.d->derive(passphrase, QByteArrayView(header).sliced(24, kSaltSize), s); !ok)
        return fail(ok.error());
    auto check = key.d->keyCheck();
    if (!check)
        return fail(check.error());
    key.d->header.replace(kCheckedHeaderSize, kKeyCheckSize, *check);
    return key;
}

Result<BackupKey> BackupKey::forFile(const QString &path, QByteArrayView passphrase)
{
    if (auto loaded = requireOpenSsl(); !loaded)
        return fail(loaded.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileNotFound,
                          Tr::tr("Cannot read the encrypted backup"), {}, file.errorString(), path, 0});
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayView(kMagic.data(), kMagic.size())))
        return fail(Error{ErrorCode::BackupInvalid, Tr::tr("This is not an encrypted backup (its header is missing)"), {}, {}, path, 0});
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    if (h[8] != kVersion || h[9] != 1 || h[10] != 1)
        return fail(Error{ErrorCode::BackupInvalid,
                          Tr::tr("The encrypted backup uses format version %1 (cipher %2, kdf %3), which this version of "
                                 "SchemaPilot cannot read").arg(h[8]).arg(h[9]).arg(h[10]),
                          {}, {}, path, 0});
    ScryptParameters s;
    s.log2N = h[11];
    s.r = qFromBigEndian<quint32>(h + 12);
    s.p = qFromBigEndian<quint32>(h + 16);
    const quint32 recordSize = qFromBigEndian<quint32>(h + 20);
    // Out-of-range values can only come from a changed header: refuse before spending memory on them.
    if (s.log2N < 10 || s.log2N > 24 || s.r < 1 || s.r > 64 || s.p < 1 || s.p > 16
        || (quint64(128) * s.r << s.log2N) > kMaxScryptMemory || recordSize < 1024 || recordSize > kMaxRecordSize)
        return fail(Error{ErrorCode::WrongPassphrase,
                          Tr::tr("Wrong passphrase or the backup was changed: its header holds impossible parameters"), {}, {}, path, 0});
    if (passphrase.isEmpty())
        return fail(ErrorCode::PassphraseRequired, Tr::tr("The backup is encrypted; its passphrase is needed"));
    BackupKey key;
    key.d->header = header;
    key.d->recordSize = recordSize;
    if (auto ok = key.d->derive(passphrase, QByteArrayView(header).sliced(24, kSaltSize), s); !ok)
        return fail(ok.error());
    auto check = key.d->keyCheck();
    if (!check)
        return fail(check.error());
    if (openssl().CRYPTO_memcmp(check->constData(), header.constData() + kCheckedHeaderSize, kKeyCheckSize) != 0)
        return fail(Error{ErrorCode::WrongPassphrase, Tr::tr("Wrong passphrase or the backup was changed"), {}, {}, path, 0});
    return key;
}

QByteArray BackupKey::header() const
{
    return d->header;
}

quint32 BackupKey::recordSize() const
{
    return d->recordSize;
}

Result<QString> BackupKey::metadataMac(QByteArrayView document) const
{
    auto mac = hmacSha256(d->macKey.data(), "schemapilot metadata v1", document);
    if (!mac)
        return fail(mac.error());
    return QString::fromLatin1(mac->toHex());
}

bool BackupKey::checkMetadataMac(QByteArrayView document, const QString &mac) const
{
    auto expected = metadataMac(document);
    if (!expected || expected->size() != mac.size())
        return false;
    const QByteArray a = expected->toLatin1();
    const QByteArray b = mac.toLatin1();
    return openssl().CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

bool isEncryptedBackupFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagic.size()) == QByteArrayView(kMagic.data(), kMagic.size());
}

Result<FileDigests> encryptFile(const BackupKey &key, const QString &plainPath, const QString &cipherPath)
{
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Cannot read the backup to encrypt it"), {}, in.errorString(), plainPath, 0});
    QFile out;
    if (auto ok = openNewPrivateFile(out, cipherPath); !ok)
        return fail(ok.error());
    auto failed = [&](Error error) {
        out.close();
        QFile::remove(cipherPath);
        return fail(std::move(error));
    };
    CipherCtx ctx(openssl().EVP_CIPHER_CTX_new());
    if (!ctx || openssl().EVP_EncryptInit_ex(ctx.get(), openssl().EVP_aes_256_gcm(), nullptr, key.d->dataKey.data(), nullptr) != 1)
        return failed(Error{ErrorCode::Internal, Tr::tr("AES-256-GCM is not available in OpenSSL"), {}, openSslError(), {}, 0});

    Sha256Stream hasher;
    const QByteArray &header = key.d->header;
    hasher.update(header);
    if (out.write(header) != header.size())
        return failed(Error{ErrorCode::BackupFailed, Tr::tr("Writing the encrypted backup failed"), {}, out.errorString(), cipherPath, 0});
    const qint64 recordSize = key.d->recordSize;
    QByteArray plain(recordSize, Qt::Uninitialized);
    QByteArray sealed(recordSize + kTagSize, Qt::Uninitialized);
    auto *sealedData = reinterpret_cast<unsigned char *>(sealed.data());
    // Full records are never final; the last record is short (possibly empty) and flagged final,
    // so a file cut at a record boundary is noticed as well as one cut inside a record.
    for (quint64 index = 0;; ++index) {
        const qint64 n = readFully(in, plain.data(), recordSize);
        if (n < 0)
            return failed(Error{ErrorCode::FileUnreadable, Tr::tr("Reading the backup failed while encrypting it"), {},
                                in.errorString(), plainPath, 0});
        const bool final = n < recordSize;
        const auto nonce = key.d->nonce(index, final);
        int length = 0;
        int tail = 0;
        const bool ok = openssl().EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, nullptr, nonce.data()) == 1
                        && openssl().EVP_EncryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(header.constData()),
                                             int(header.size())) == 1
                        && openssl().EVP_EncryptUpdate(ctx.get(), sealedData, &length, reinterpret_cast<const unsigned char *>(plain.constData()),
                                             int(n)) == 1
                        && openssl().EVP_EncryptFinal_ex(ctx.get(), sealedData + length, &tail) == 1
                        && openssl().EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, sealedData + n) == 1;
        if (!ok)
            return failed(Error{ErrorCode::Internal, Tr::tr("Encryption failed inside OpenSSL"), {}, openSslError(), {}, 0});
        const QByteArrayView record(sealed.constData(), n + kTagSize);
        hasher.update(record);
        if (out.write(record.data(), record.size()) != record.size())
            return failed(Error{ErrorCode::BackupFailed, Tr::tr("Writing the encrypted backup failed"), {}, out.errorString(),
                                cipherPath, 0});
        if (final)
            break;
    }
    openssl().OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return failed(Error{ErrorCode::BackupFailed, Tr::tr("Flushing the encrypted backup to disk failed"), {}, out.errorString(),
                            cipherPath, 0});
    out.close();
    return hasher.finish();
}

Result<FileDigests> decryptFile(const BackupKey &key, const QString &cipherPath, const QString &plainPath)
{
    QFile in(cipherPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Cannot read the encrypted backup"), {}, in.errorString(), cipherPath, 0});
    const QByteArray &header = key.d->header;
    if (in.read(header.size()) != header)
        return fail(Error{ErrorCode::BackupInvalid, Tr::tr("The encrypted backup's header changed while it was read"), {}, {},
                          cipherPath, 0});
    QFile out;
    if (auto ok = openNewPrivateFile(out, plainPath); !ok)
        return fail(ok.error());
    auto failed = [&](Error error) {
        out.close();
        QFile::remove(plainPath);
        return fail(std::move(error));
    };
    CipherCtx ctx(openssl().EVP_CIPHER_CTX_new());
    if (!ctx || openssl().EVP_DecryptInit_ex(ctx.get(), openssl().EVP_aes_256_gcm(), nullptr, key.d->dataKey.data(), nullptr) != 1)
        return failed(Error{ErrorCode::Internal, Tr::tr("AES-256-GCM is not available in OpenSSL"), {}, openSslError(), {}, 0});

    Sha256Stream hasher;
    hasher.update(header);
    const qint64 recordSize = key.d->recordSize;
    QByteArray sealed(recordSize + kTagSize, Qt::Uninitialized);
    QByteArray plain(recordSize, Qt::Uninitialized);
    auto *plainData = reinterpret_cast<unsigned char *>(plain.data());
    for (quint64 index = 0;; ++index) {
        const qint64 n = readFully(in, sealed.data(), recordSize + kTagSize);
        if (n < 0)
            return failed(Error{ErrorCode::FileUnreadable, Tr::tr("Reading the encrypted backup failed"), {}, in.errorString(),
                                cipherPath, 0});
        if (n < kTagSize)
            return failed(Error{ErrorCode::BackupInvalid,
                                Tr::tr("The encrypted backup is truncated: its final record is missing (after record %1)").arg(index),
                                {}, {}, cipherPath, 0});
        hasher.update(QByteArrayView(sealed.constData(), n));
        const bool final = n < recordSize + kTagSize;
        const qint64 payload = n - kTagSize;
        const auto nonce = key.d->nonce(index, final);
        int length = 0;
        int tail = 0;
        auto *sealedData = reinterpret_cast<unsigned char *>(sealed.data());
        const bool setUp = openssl().EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, nullptr, nonce.data()) == 1
                           && openssl().EVP_DecryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(header.constData()),
                                                int(header.size())) == 1
                           && openssl().EVP_DecryptUpdate(ctx.get(), plainData, &length, sealedData, int(payload)) == 1
                           && openssl().EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, sealedData + payload) == 1;
        if (!setUp)
            return failed(Error{ErrorCode::Internal, Tr::tr("Decryption failed inside OpenSSL"), {}, openSslError(), {}, 0});
        if (openssl().EVP_DecryptFinal_ex(ctx.get(), plainData + length, &tail) != 1) {
            openssl().ERR_clear_error();
            return failed(Error{ErrorCode::BackupInvalid,
                                Tr::tr("The encrypted backup was changed or damaged: record %1 (at byte %2) failed authentication")
                                    .arg(index).arg(header.size() + qint64(index) * (recordSize + kTagSize)),
                                {}, {}, cipherPath, 0});
        }
        if (out.write(plain.constData(), payload) != payload)
            return failed(Error{ErrorCode::BackupFailed, Tr::tr("Writing the decrypted backup failed"), {}, out.errorString(),
                                plainPath, 0});
        if (final)
            break;
    }
    openssl().OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    if (!in.atEnd())
        return failed(Error{ErrorCode::BackupInvalid, Tr::tr("The encrypted backup has extra bytes after its final record"), {}, {},
                            cipherPath, 0});
    if (!out.flush())
        return failed(Error{ErrorCode::BackupFailed, Tr::tr("Writing the decrypted backup failed"), {}, out.errorString(), plainPath, 0});
    out.close();
    return hasher.finish();
}

} // namespace SchemaPilot::Core
