#include "crypto/passphrasekeychain.h"

#include "common/corelibrary.h"
#include "common/tr.h"
#include "keychainmodule/keychainmodule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>


namespace SchemaPilot::Core {

namespace {

Unexpected notBuiltIn()
{
    return fail(ErrorCode::Unsupported,
                Tr::tr("This SchemaPilot was built without system keychain support (Debian: qtkeychain-qt6-dev); "
                       "use SCHEMAPILOT_BACKUP_PASSPHRASE or enter the passphrase instead"));
}

// Loads libschemapilot-keychain.so once per process; QtKeychain and its D-Bus stack come with it.
Result<KeychainModule::EntryPoint> entryPoint()
{
    static QMutex mutex;
    static KeychainModule::EntryPoint resolved = nullptr;
    static QString loadError;
    const QMutexLocker locker(&mutex);
    if (!resolved && loadError.isEmpty()) {
        // The module sits next to this library, in the build tree and once installed; never a
        // relative name, which the loader would look up elsewhere.
        const QFileInfo core = coreLibraryFile();
        if (core.filePath().isEmpty()) {
            loadError = QStringLiteral("the folder of the SchemaPilot core library is unknown");
        } else {
            QLibrary library(core.absoluteDir().filePath(QString::fromLatin1(KeychainModule::FileBaseName)));
            resolved = reinterpret_cast<KeychainModule::EntryPoint>(library.resolve(KeychainModule::EntryPointName));
            if (!resolved)
                loadError = library.errorString();   // the library stays loaded on success: nothing unloads it
        }
    }
    if (resolved)
        return resolved;
    return fail(ErrorCode::Unsupported,
                Tr::tr("The system keychain module of this SchemaPilot could not be loaded; reinstall SchemaPilot, "
                       "or use SCHEMAPILOT_BACKUP_PASSPHRASE instead"),
                loadError);
}

// Runs one keychain operation; nullopt when the entry does not exist.
Result<std::optional<QString>> run(KeychainModule::Operation operation, const QString &account, QString data,
                                   const QString &failure)
{
    auto call = entryPoint();
    if (!call)
        return fail(call.error());
    QString errorText;
    switch ((*call)(operation, QString::fromLatin1(PassphraseKeychain::Service), account, data, errorText)) {
    case KeychainModule::Outcome::Done:
        return std::optional<QString>(data);
    case KeychainModule::Outcome::NotFound:
        return std::optional<QString>();
    case KeychainModule::Outcome::Failed:
        break;
    }
    return fail(ErrorCode::Unsupported,
                failure + Tr::tr("; is a keyring (e.g. GNOME Keyring) running and unlocked in this session? "
                                 "Otherwise use SCHEMAPILOT_BACKUP_PASSPHRASE"),
                errorText);
}

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
    if (!builtIn())
        return notBuiltIn();
    return run(KeychainModule::Operation::Read, account, {}, Tr::tr("The system keychain could not be read"));
}

Result<void> PassphraseKeychain::store(const QString &account, const QString &passphrase) const
{
    if (!builtIn())
        return notBuiltIn();
    if (passphrase.isEmpty())
        return fail(ErrorCode::Usage, Tr::tr("An empty passphrase is not stored"));
    auto stored = run(KeychainModule::Operation::Store, account, passphrase,
                      Tr::tr("The system keychain could not store the passphrase"));
    if (!stored)
        return fail(stored.error());
    return {};
}

Result<void> PassphraseKeychain::forget(const QString &account) const
{
    if (!builtIn())
        return notBuiltIn();
    auto forgotten = run(KeychainModule::Operation::Forget, account, {},
                         Tr::tr("The system keychain could not forget the passphrase"));
    if (!forgotten)
        return fail(forgotten.error());
    return {};   // NotFound: nothing was stored, which is what forgetting asks for
}

} // namespace SchemaPilot::Core
