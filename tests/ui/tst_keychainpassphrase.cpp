// The GUI's opt-in to the system keychain for backup passphrases, against a real GNOME Keyring in a
// private D-Bus session (tests/support/with-keyring.sh): off, every operation asks; on, the first
// answer is remembered for that backup folder and later operations do not ask.
#include "guitesthelpers.h"

#include "models/backupmodel.h"
#include "pages/backups/backupspage.h"
#include "pages/settings/settingspage.h"

#include "crypto/passphrasekeychain.h"
#include "support/keyring.h"
#include "dialects/dialectregistry.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

class TestKeychainPassphrase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SCHEMAPILOT_REQUIRE_KEYRING();
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("shop.db"));
        m_schema = m_dir.filePath(QStringLiteral("desired.sql"));
        QCOMPARE(createSqliteFile(m_db, QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT);"
                                                       "INSERT INTO items(name) VALUES ('one');")),
                 QString());
        QVERIFY(writeText(m_schema, QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT);")));
    }

    void settingsCheckboxIsTheOptIn()
    {
        Gui::Session session(m_dialects);
        Gui::SettingsPage page(session);
        QVERIFY(page.keychainBox()->isEnabled());
        QVERIFY(!page.keychainBox()->isChecked());   // off unless the user turns it on
        page.keychainBox()->setChecked(true);
        QVERIFY(session.settings().passphraseInKeychain);
        page.keychainBox()->setChecked(false);
        QVERIFY(!session.settings().passphraseInKeychain);
    }

    void rememberedOnlyWhenOptedIn()
    {
        Gui::Session session(m_dialects);
        QVERIFY(connectAndCheck(session, m_db, m_schema));
        Gui::GuiSettings settings = session.settings();
        settings.encryptBackups = true;
        settings.passphraseInKeychain = false;
        session.setSettings(settings);
        Gui::BackupsPage page(session);
        int prompts = 0;
        page.setAskPassphrase([&](QWidget *, const QString &, bool) -> std::optional<QString> {
            ++prompts;
            return m_passphrase;
        });
        QSignalSpy done(&page, &Gui::BackupsPage::operationFinished);
        const QString account = Core::PassphraseKeychain::accountFor(*session.backupDirectory());

        // Off: asked, and the keychain stays empty.
        page.backupNow();
        QVERIFY(waitFor(done));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QCOMPARE(prompts, 1);
        auto stored = Core::PassphraseKeychain().read(account);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QVERIFY(!stored->has_value());

        // On: the next backup asks once more and remembers the answer...
        settings.passphraseInKeychain = true;
        session.setSettings(settings);
        QTRY_VERIFY(!page.isBusy());
        page.backupNow();
        QVERIFY(waitFor(done, 2));
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QCOMPARE(prompts, 2);
        stored = Core::PassphraseKeychain().read(account);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(**stored, m_passphrase);

        // ...so verifying does not ask at all, and succeeds with the remembered passphrase.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);
        QTRY_VERIFY(!page.isBusy());
        page.selectId(page.model()->backups().first().id);
        page.verifyButton()->click();
        QVERIFY(waitFor(done, 3));
        QVERIFY2(done.at(2).at(0).toBool(), qPrintable(done.at(2).at(1).toString()));
        QCOMPARE(prompts, 2);

        // The settings file never holds it.
        QSettings file;
        file.sync();
        QFile raw(file.fileName());
        if (raw.open(QIODevice::ReadOnly))
            QVERIFY(!raw.readAll().contains(m_passphrase.toUtf8()));
        QVERIFY(Core::PassphraseKeychain().forget(account));
    }

private:
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    QString m_db;
    QString m_schema;
    const QString m_passphrase = QStringLiteral("gui keychain 91c4");
};

QTEST_MAIN(TestKeychainPassphrase)
#include "tst_keychainpassphrase.moc"
