#include "common/guisettings.h"

#include <QSettings>

namespace SchemaPilot::Gui {

GuiSettings GuiSettings::load(QSettings &settings)
{
    GuiSettings s;
    settings.beginGroup(QStringLiteral("settings"));
    s.autoBackup = settings.value(QStringLiteral("autoBackup"), s.autoBackup).toBool();
    s.timeoutSeconds = qBound(1, settings.value(QStringLiteral("timeoutSeconds"), s.timeoutSeconds).toInt(), 86400);
    s.dryRunByDefault = settings.value(QStringLiteral("dryRunByDefault"), s.dryRunByDefault).toBool();
    s.backupDirectory = settings.value(QStringLiteral("backupDirectory")).toString();
    s.retentionDays = qBound(0, settings.value(QStringLiteral("retentionDays"), s.retentionDays).toInt(), 3650);
    s.language = settings.value(QStringLiteral("language")).toString();
    s.encryptBackups = settings.value(QStringLiteral("encryptBackups"), s.encryptBackups).toBool();
    s.passphraseInKeychain = settings.value(QStringLiteral("useSystemKeychain"), s.passphraseInKeychain).toBool();
    settings.endGroup();
    return s;
}

void GuiSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("settings"));
    settings.setValue(QStringLiteral("autoBackup"), autoBackup);
    settings.setValue(QStringLiteral("timeoutSeconds"), timeoutSeconds);
    settings.setValue(QStringLiteral("dryRunByDefault"), dryRunByDefault);
    settings.setValue(QStringLiteral("backupDirectory"), backupDirectory);
    settings.setValue(QStringLiteral("retentionDays"), retentionDays);
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("encryptBackups"), encryptBackups);
    settings.setValue(QStringLiteral("useSystemKeychain"), passphraseInKeychain);
    settings.endGroup();
}

Core::ApplyOptions GuiSettings::applyOptions(Core::ApplyMode mode, bool allowDataLoss) const
{
    Core::ApplyOptions options;
    options.mode = mode;
    options.allowDataLoss = allowDataLoss;
    options.autoBackup = autoBackup;
    options.backupDir = backupDirectory;
    options.retentionDays = retentionDays;
    options.maxExecutionTimeMs = qint64(timeoutSeconds) * 1000;
    options.encryptBackups = encryptBackups;
    return options;
}

} // namespace SchemaPilot::Gui
