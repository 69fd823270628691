#include "backup/decryptedcopy.h"

#include <QFile>
#include <QRandomGenerator>

namespace SchemaPilot::Core {

DecryptedCopy::DecryptedCopy(QString path, FileDigests digests)
    : m_path(std::move(path))
    , m_digests(std::move(digests))
{
}

DecryptedCopy::DecryptedCopy(DecryptedCopy &&other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
    , m_digests(std::move(other.m_digests))
{
}

DecryptedCopy::~DecryptedCopy()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

Result<DecryptedCopy> DecryptedCopy::make(const QString &directory, const QString &id, const QString &cipherPath,
                                          const BackupKey &key)
{
    // "<id>.plain-<random>.part": unique per use, and recognisable as a leftover by the store's cleanup.
    const QString path = QStringLiteral("%1/%2.plain-%3.part")
                             .arg(directory, id)
                             .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    auto digests = decryptFile(key, cipherPath, path);
    if (!digests)
        return fail(digests.error());
    return DecryptedCopy(path, *digests);
}

} // namespace SchemaPilot::Core
