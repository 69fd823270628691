#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"
#include "crypto/hasher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace SchemaPilot::Core {

// scrypt cost: N = 2^log2N, r, p. The defaults take ~0.1 s and 32 MiB once per backup operation.
struct ScryptParameters {
    int log2N = 15;
    quint32 r = 8;
    quint32 p = 1;
};

struct EncryptOptions {
    ScryptParameters scrypt;
    quint32 recordSize = 1u << 20;   // plaintext bytes per authenticated record
};

class BackupKey;

// True when the file starts with the encrypted-backup magic (any version).
SCHEMAPILOT_CORE_EXPORT bool isEncryptedBackupFile(const QString &path);

// Streams `plainPath` into a new owner-only (0600) file `cipherPath`: header, then records of
// recordSize bytes, each with its own nonce (base nonce xor counter, final-record flag) and tag.
// Memory stays at one record whatever the size. Returns the size and SHA-256 of the written file
// (md5 empty).
SCHEMAPILOT_CORE_EXPORT Result<FileDigests> encryptFile(const BackupKey &key, const QString &plainPath,
                                                        const QString &cipherPath);

// The reverse into a new 0600 file `plainPath`; every record is authenticated before its bytes
// are written. A flipped byte, a reordered, missing or extra record, or a truncated file is an
// error (BackupInvalid) and `plainPath` is removed. Returns the size and SHA-256 of the encrypted file.
SCHEMAPILOT_CORE_EXPORT Result<FileDigests> decryptFile(const BackupKey &key, const QString &cipherPath,
                                                        const QString &plainPath);

// Keys derived from a passphrase with scrypt for one encrypted backup file: an AES-256-GCM data
// key and an HMAC-SHA256 key for the backup's metadata. The file starts with a versioned header
// (magic, version, scrypt parameters, salt, base nonce, record size, key check) that is the
// additional authenticated data of every record. The passphrase itself is never kept.
class SCHEMAPILOT_CORE_EXPORT BackupKey final
{
public:
    ~BackupKey();
    BackupKey(BackupKey &&) noexcept;
    BackupKey &operator=(BackupKey &&) noexcept;
    BackupKey(const BackupKey &) = delete;
    BackupKey &operator=(const BackupKey &) = delete;

    // Fresh salt and nonce, for a new file.
    static Result<BackupKey> create(QByteArrayView passphrase, const EncryptOptions &options = {});
    // Reads the header of an encrypted file and derives its keys. Errors: BackupInvalid when the
    // file is not an encrypted backup; WrongPassphrase when the key check fails.
    static Result<BackupKey> forFile(const QString &path, QByteArrayView passphrase);

    QByteArray header() const;
    quint32 recordSize() const;
    // HMAC-SHA256 (hex) of a metadata document under the metadata key.
    Result<QString> metadataMac(QByteArrayView document) const;
    // Constant-time comparison with a stored MAC.
    bool checkMetadataMac(QByteArrayView document, const QString &mac) const;

private:
    BackupKey();
    friend Result<FileDigests> encryptFile(const BackupKey &, const QString &, const QString &);
    friend Result<FileDigests> decryptFile(const BackupKey &, const QString &, const QString &);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace SchemaPilot::Core
