#include "crypto/passphrasekeychain.h"

#include "common/tr.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

#ifdef SCHEMAPILOT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace SchemaPilot::Core {

namespace {

Unexpected notBuiltIn()
{
    return fail(ErrorCode::Unsupported,
                Tr::tr("This SchemaPilot was built without system keychain support (Debian: qtkeychain-qt6-dev); "
                       "use SCHEMAPILOT_BACKUP_PASSPHRASE or enter the passphrase instead"));
}

#ifdef SCHEMAPILOT_HAVE_KEYCHAIN
// Runs a QtKeychain job to its end.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never the insecure plain-file fallback: the passphrase goes to a real keychain or nowhere.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Unexpected keychainError(const QKeychain::Job &job, const QString &what)
{
    return fail(ErrorCode::Unsupported,
                what + Tr::tr("; is a keyring (e.g. GNOME Keyring) running and unlocked in this session? "
                              "Otherwise use SCHEMAPILOT_BACKUP_PASSPHRASE"),
                job.errorString());
}
#endif

} // namespace

bool PassphraseKeychain::builtIn()
{
#ifdef SCHEMAPILOT_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PassphraseKeychain::accountFor(const QString &backupDirectory)
{
    const QFileInfo info(backupDirectory);
    const QString canonical = info.canonicalFilePath();
    return QStringLiteral("backups in ") + (canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical);
}

Result<std::optional<QString>> PassphraseKeychain::read(const QString &account) const
{
#ifdef SCHEMAPILOT_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(QString::fromLatin1(Service));
    job.setKey(account);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, Tr::tr("The system keychain could not be read"));
    return std::optional<QString>(job.textData());
#else
    Q_UNUSED(account)
    return notBuiltIn();
#endif
}

Result<void> PassphraseKeychain::store(const QString &account, const QString &passphrase) const
{
#ifdef SCHEMAPILOT_HAVE_KEYCHAIN
    if (passphrase.isEmpty())
        return fail(ErrorCode::Usage, Tr::tr("An empty passphrase is not stored"));
    QKeychain::WritePasswordJob job(QString::fromLatin1(Service));
    job.setKey(account);
    job.setTextData(passphrase);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, Tr::tr("The system keychain could not store the passphrase"));
    return {};
#else
    Q_UNUSED(account)
    Q_UNUSED(passphrase)
    return notBuiltIn();
#endif
}

Result<void> PassphraseKeychain::forget(const QString &account) const
{
#ifdef SCHEMAPILOT_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(QString::fromLatin1(Service));
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, Tr::tr("The system keychain could not forget the passphrase"));
    return {};
#else
    Q_UNUSED(account)
    return notBuiltIn();
#endif
}

} // namespace SchemaPilot::Core
