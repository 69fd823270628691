#include "pages/settings/settingspage.h"

#include "crypto/passphrasekeychain.h"

#include "common/icons.h"
#include "common/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace SchemaPilot::Gui {

SettingsPage::SettingsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_autoBackup(new QCheckBox(tr("Take a verified backup before every migration"), this))
    , m_timeout(new QSpinBox(this))
    , m_dryRun(new QCheckBox(tr("Apply only does a dry run (turn off to change databases)"), this))
    , m_backupDir(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_restart(new QLabel(this))
    , m_encryptBackups(new QCheckBox(tr("Encrypt new backups with a passphrase (AES-256-GCM)"), this))
    , m_keychain(new QCheckBox(tr("Remember the passphrase in the system keychain"), this))
{
    m_keychain->setEnabled(Core::PassphraseKeychain::builtIn());
    m_keychain->setToolTip(Core::PassphraseKeychain::builtIn()
                               ? tr("Off: SchemaPilot asks every time. On: the first answer for a backup folder goes into the "
                                    "system keychain (e.g. GNOME Keyring), and only there")
                               : tr("This build has no system keychain support (Debian: qtkeychain-qt6-dev)"));
    m_encryptBackups->setToolTip(tr("SchemaPilot asks for the passphrase when it makes, verifies or restores a backup; "
                                    "it is never stored, and a lost passphrase means a lost backup"));
    m_timeout->setRange(1, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A migration whose transaction runs longer is interrupted and rolled back"));
    m_backupDir->setPlaceholderText(tr("Next to the database (<file>.backups)"));
    m_backupDir->setClearButtonEnabled(true);
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("keep all"));
    m_retention->setToolTip(tr("Automatic backups older than this are removed after a migration; the newest verified one is always kept"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_restart->setWordWrap(true);
    m_restart->setObjectName(QStringLiteral("restartNote"));
    auto *browse = new QPushButton(tr("Browse…"), this);

    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_backupDir, 1);
    dirRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Automatic backup:"), m_autoBackup);
    form->addRow(tr("Transaction timeout:"), m_timeout);
    form->addRow(tr("Dry run by default:"), m_dryRun);
    form->addRow(tr("Backup folder:"), dirRow);
    form->addRow(tr("Keep automatic backups:"), m_retention);
    form->addRow(tr("Encryption:"), m_encryptBackups);
    form->addRow(QString(), m_keychain);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_restart);

    auto *note = new QLabel(tr("Passwords are never stored: SchemaPilot asks for them when it connects, "
                               "or reads them from the URL or the environment."), this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);

    QSettings settings;
    const GuiSettings stored = GuiSettings::load(settings);
    m_startupLanguage = stored.language;
    setForm(stored);
    m_session.setSettings(stored);

    connect(m_autoBackup, &QCheckBox::toggled, this, &SettingsPage::commit);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SettingsPage::commit);
    connect(m_dryRun, &QCheckBox::toggled, this, &SettingsPage::commit);
    connect(m_backupDir, &QLineEdit::editingFinished, this, &SettingsPage::commit);
    connect(m_retention, &QSpinBox::valueChanged, this, &SettingsPage::commit);
    connect(m_encryptBackups, &QCheckBox::toggled, this, &SettingsPage::commit);
    connect(m_keychain, &QCheckBox::toggled, this, &SettingsPage::commit);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::commit);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupDir->text());
        if (!dir.isEmpty()) {
            m_backupDir->setText(dir);
            commit();
        }
    });
}

GuiSettings SettingsPage::formSettings() const
{
    GuiSettings s;
    s.autoBackup = m_autoBackup->isChecked();
    s.timeoutSeconds = m_timeout->value();
    s.dryRunByDefault = m_dryRun->isChecked();
    s.backupDirectory = m_backupDir->text().trimmed();
    s.retentionDays = m_retention->value();
    s.language = m_language->currentData().toString();
    s.encryptBackups = m_encryptBackups->isChecked();
    s.passphraseInKeychain = m_keychain->isChecked();
    return s;
}

void SettingsPage::setForm(const GuiSettings &s)
{
    m_loading = true;
    m_autoBackup->setChecked(s.autoBackup);
    m_timeout->setValue(s.timeoutSeconds);
    m_dryRun->setChecked(s.dryRunByDefault);
    m_backupDir->setText(s.backupDirectory);
    m_retention->setValue(s.retentionDays);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_encryptBackups->setChecked(s.encryptBackups);
    m_keychain->setChecked(s.passphraseInKeychain);
    m_loading = false;
}

void SettingsPage::commit()
{
    if (m_loading)
        return;
    const GuiSettings s = formSettings();
    QSettings settings;
    s.save(settings);
    m_session.setSettings(s);
    m_restart->setText(s.language != m_startupLanguage ? tr("The new language applies after SchemaPilot is restarted.") : QString());
}

} // namespace SchemaPilot::Gui
