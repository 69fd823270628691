#pragma once

#include "exec/applyoptions.h"

#include <QString>

class QSettings;

namespace SchemaPilot::Gui {

// What the Settings page edits. Stored with QSettings under "settings/"; never a password.
struct GuiSettings {
    bool autoBackup = true;
    int timeoutSeconds = 30;        // limit for the transaction (the write lock is held meanwhile)
    bool dryRunByDefault = false;   // Apply runs a dry run unless this is off
    QString backupDirectory;        // empty: next to the database (core's default)
    int retentionDays = 30;         // automatic backups older than this are pruned; 0 keeps all
    QString language;               // "" follows the system, else "en" or "de"; applies after restart
    bool encryptBackups = false;    // new backups are encrypted; the passphrase is asked for, never stored
    bool passphraseInKeychain = false;   // opt-in: remember it in the system keychain (never anywhere else)

    static GuiSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // The executor's options for a run in `mode`.
    Core::ApplyOptions applyOptions(Core::ApplyMode mode, bool allowDataLoss) const;

    friend bool operator==(const GuiSettings &, const GuiSettings &) = default;
};

} // namespace SchemaPilot::Gui
