#pragma once

#include "common/guisettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace SchemaPilot::Gui {

class Session;

// Auto backup, timeout, dry-run default, backup folder, retention and language. Changes apply at
// once (the language after a restart) and are stored with QSettings; no password is ever stored.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Session &session, QWidget *parent = nullptr);

    GuiSettings formSettings() const;
    void setForm(const GuiSettings &settings);

    QCheckBox *autoBackupBox() const { return m_autoBackup; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *dryRunBox() const { return m_dryRun; }
    QLineEdit *backupDirEdit() const { return m_backupDir; }
    QSpinBox *retentionBox() const { return m_retention; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *restartLabel() const { return m_restart; }
    QCheckBox *encryptBackupsBox() const { return m_encryptBackups; }
    QCheckBox *keychainBox() const { return m_keychain; }

private:
    void commit();

    Session &m_session;
    QCheckBox *m_autoBackup = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QLineEdit *m_backupDir = nullptr;
    QSpinBox *m_retention = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_restart = nullptr;
    QCheckBox *m_encryptBackups = nullptr;
    QCheckBox *m_keychain = nullptr;
    QString m_startupLanguage;
    bool m_loading = false;
};

} // namespace SchemaPilot::Gui
