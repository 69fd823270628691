#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace SchemaPilot::Gui {

// Asks for the passphrase of encrypted backups (twice when `confirm`, for a new backup). nullopt:
// canceled or the two entries differed. Pages hold one so tests can answer without a person; the
// default is a QInputDialog with password echo. The answer is never stored.
using AskPassphrase = std::function<std::optional<QString>(QWidget *parent, const QString &title, bool confirm)>;

AskPassphrase inputDialogPassphrase();

// The passphrase for the backups in `backupDirectory`. With `useKeychain` (the user's opt-in) one
// remembered in the system keychain is used without asking, and an answer to `ask` is remembered;
// a keychain that cannot be reached only means asking. Without it: `ask` alone.
std::optional<QString> backupPassphrase(const AskPassphrase &ask, QWidget *parent, const QString &title, bool confirm,
                                        bool useKeychain, const QString &backupDirectory);

} // namespace SchemaPilot::Gui
