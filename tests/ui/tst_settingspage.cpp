// Settings: the form round-trips through QSettings, reaches the session at once, maps to the
// executor's options, and says when a restart is needed.
#include "guitesthelpers.h"

#include "pages/settings/settingspage.h"

#include "dialects/dialectregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init() { isolateSettings(); }

    void defaultsAreSafe()
    {
        Gui::Session session(m_dialects);
        Gui::SettingsPage page(session);
        QVERIFY(page.autoBackupBox()->isChecked());
        QCOMPARE(page.timeoutBox()->value(), 30);
        QVERIFY(!page.dryRunBox()->isChecked());
        QCOMPARE(session.settings(), Gui::GuiSettings{});
        QVERIFY(page.restartLabel()->text().isEmpty());
    }

    void editsReachTheSessionAndPersist()
    {
        {
            Gui::Session session(m_dialects);
            Gui::SettingsPage page(session);
            QSignalSpy changed(&session, &Gui::Session::settingsChanged);
            page.autoBackupBox()->setChecked(false);
            page.timeoutBox()->setValue(90);
            page.dryRunBox()->setChecked(true);
            page.backupDirEdit()->setText(QStringLiteral("/tmp/sp-backups"));
            emit page.backupDirEdit()->editingFinished();
            page.retentionBox()->setValue(7);
            page.languageBox()->setCurrentIndex(page.languageBox()->findData(QStringLiteral("de")));
            QVERIFY(changed.count() >= 5);
            QCOMPARE(session.settings().timeoutSeconds, 90);
            QCOMPARE(session.settings().backupDirectory, QStringLiteral("/tmp/sp-backups"));
            QVERIFY(!page.restartLabel()->text().isEmpty());
            const Core::ApplyOptions options = session.settings().applyOptions(Core::ApplyMode::Apply, true);
            QCOMPARE(options.autoBackup, false);
            QCOMPARE(options.maxExecutionTimeMs, 90000);
            QCOMPARE(options.backupDir, QStringLiteral("/tmp/sp-backups"));
            QCOMPARE(options.retentionDays, 7);
            QCOMPARE(options.allowDataLoss, true);
        }
        // A new window (a restart) reads them back.
        Gui::Session session(m_dialects);
        Gui::SettingsPage page(session);
        QCOMPARE(page.timeoutBox()->value(), 90);
        QVERIFY(!page.autoBackupBox()->isChecked());
        QVERIFY(page.dryRunBox()->isChecked());
        QCOMPARE(page.languageBox()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(session.settings().retentionDays, 7);
        QVERIFY(page.restartLabel()->text().isEmpty());   // the stored language is the running one
        // Nothing that looks like a password was written.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(key));
    }

private:
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
