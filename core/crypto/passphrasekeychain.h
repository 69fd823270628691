#pragma once

#include "schemapilot/core_export.h"
#include "common/result.h"

#include <QString>

#include <optional>

namespace SchemaPilot::Core {

// The backup passphrase in the system keychain (the Secret Service, e.g. GNOME Keyring, or KWallet,
// through QtKeychain), only when the user opts in: SchemaPilot never stores it anywhere else. One
// entry per backup folder. The calls wait for the keychain (a local event loop): use them on a
// thread with a Qt event dispatcher (the main thread of the CLI or the GUI).
class SCHEMAPILOT_CORE_EXPORT PassphraseKeychain
{
public:
    // False when this build has no QtKeychain (Debian: qtkeychain-qt6-dev).
    static bool builtIn();

    // The entry's name for the backups in `backupDirectory` (its absolute, canonical path).
    static QString accountFor(const QString &backupDirectory);

    // nullopt when nothing is stored for the account; an error when the keychain cannot be reached.
    Result<std::optional<QString>> read(const QString &account) const;
    Result<void> store(const QString &account, const QString &passphrase) const;
    // Succeeds when nothing was stored.
    Result<void> forget(const QString &account) const;

    static constexpr char Service[] = "SchemaPilot backup passphrase";
};

} // namespace SchemaPilot::Core
