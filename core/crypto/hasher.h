#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace SchemaPilot::Core {

// Hex digests of one stream of bytes.
struct FileDigests {
    QString sha256;
    QString md5;
    qint64 size = 0;     // bytes hashed

    friend bool operator==(const FileDigests &, const FileDigests &) = default;
};

// Streaming SHA-256 and MD5 over the same bytes in one pass (OpenSSL 3 EVP). The OpenSSL types
// stay behind a private pointer so that no OpenSSL header leaks out of core/crypto.
// MD5 is only an extra fingerprint for tools that expect it; SHA-256 is what verification trusts.
class SCHEMAPILOT_CORE_EXPORT Hasher final
{
public:
    Hasher();
    ~Hasher();
    Hasher(Hasher &&) noexcept;
    Hasher &operator=(Hasher &&) noexcept;
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    void update(QByteArrayView data);
    // As update(), but MD5 runs on a second thread while SHA-256 runs on this one, so hashing
    // costs no more than MD5 alone. `data` must stay unchanged until the next update call or
    // finish() returns: callers alternate two buffers.
    void updateOverlapped(QByteArrayView data);
    qint64 bytesHashed() const;
    // Ends the stream; the Hasher is then reset and can hash a new stream.
    Result<FileDigests> finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Hashes a file in 1 MiB chunks (memory stays flat whatever the file size). SHA-256 and MD5 run
// on two threads, each reading the file: MD5 is the slower one, so together they take no longer
// than MD5 alone.
SCHEMAPILOT_CORE_EXPORT Result<FileDigests> hashFile(const QString &path);

// SHA-256 only (md5 stays empty): what verification trusts, at the speed of the CPU's SHA extensions.
SCHEMAPILOT_CORE_EXPORT Result<FileDigests> sha256File(const QString &path);

// One-shot SHA-256 (hex) of a small buffer, e.g. a metadata document.
SCHEMAPILOT_CORE_EXPORT Result<QString> sha256Hex(QByteArrayView data);

} // namespace SchemaPilot::Core
