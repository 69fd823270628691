#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace SchemaPilot::Core {

struct SigningKeyFiles {
    QString privateKeyPath;   // PEM (PKCS#8), mode 0600
    QString publicKeyPath;    // PEM (SubjectPublicKeyInfo)
};

// Ed25519 signatures of backup manifests (OpenSSL 3 EVP). Keys live in PEM files so that other
// tools (openssl pkey, openssl pkeyutl -verify -rawin) can read them too.
class SCHEMAPILOT_CORE_EXPORT ManifestSigner final
{
public:
    // Writes a new key pair into `directory` (created 0700 when missing) as `<baseName>.key` and
    // `<baseName>.pub`. Refuses to overwrite existing files.
    static Result<SigningKeyFiles> generateKeyPair(const QString &directory,
                                                   const QString &baseName = QStringLiteral("schemapilot-signing"));
    // The 64-byte Ed25519 signature of `data` with the private key in `privateKeyPath`.
    static Result<QByteArray> sign(const QString &privateKeyPath, QByteArrayView data);
    // True when `signature` is a valid signature of `data` by the public key in `publicKeyPath`
    // (a private key file works too). Errors only when the key file cannot be used.
    static Result<bool> verify(const QString &publicKeyPath, QByteArrayView data, QByteArrayView signature);
};

} // namespace SchemaPilot::Core
