#pragma once

#include "common/result.h"
#include "crypto/backupcipher.h"

#include <QString>

namespace SchemaPilot::Core {

// A decrypted, fully authenticated copy of an encrypted backup in a private (0600) temporary file
// next to it, for the engine to examine or restore from. Removed when this object goes away
// (a crash leaves a *.part file that BackupStore::cleanup removes a day later). Internal to core.
class DecryptedCopy final
{
public:
    // Decrypts `cipherPath` (in `directory`) for backup `id`. Errors: BackupInvalid for a changed,
    // truncated or reordered file; the plaintext never outlives a failure.
    static Result<DecryptedCopy> make(const QString &directory, const QString &id, const QString &cipherPath,
                                      const BackupKey &key);

    DecryptedCopy(DecryptedCopy &&other) noexcept;
    DecryptedCopy &operator=(DecryptedCopy &&) = delete;
    DecryptedCopy(const DecryptedCopy &) = delete;
    DecryptedCopy &operator=(const DecryptedCopy &) = delete;
    ~DecryptedCopy();

    QString path() const { return m_path; }
    // Digests of the encrypted file, taken in the same pass as the decryption.
    const FileDigests &encryptedDigests() const { return m_digests; }

private:
    DecryptedCopy(QString path, FileDigests digests);

    QString m_path;
    FileDigests m_digests;
};

} // namespace SchemaPilot::Core
