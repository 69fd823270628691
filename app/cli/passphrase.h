#pragma once

#include "cliio.h"

#include "common/result.h"

#include <QString>

namespace SchemaPilot::Cli {

// The environment variable that carries the backup passphrase (never a flag: argv is visible to
// every user of the machine).
inline constexpr char kPassphraseVariable[] = "SCHEMAPILOT_BACKUP_PASSPHRASE";

enum class PassphrasePrompt { Once, Confirm };

// The backup passphrase: SCHEMAPILOT_BACKUP_PASSPHRASE, else a no-echo prompt on the terminal
// (only when stdin is a terminal and not in --json mode; Confirm asks twice). Without either:
// ErrorCode::Usage naming both ways. An empty answer is an error too.
// With a `keychainAccount` (--keychain), the system keychain comes between the two: a remembered
// passphrase is used, and one typed at the prompt is remembered for the next time.
Core::Result<QString> readBackupPassphrase(Io &io, bool json, PassphrasePrompt prompt, const QString &keychainAccount = {});

// The hint appended to "passphrase required" errors.
QString passphraseHint();

} // namespace SchemaPilot::Cli
