// Encrypted backups in the GUI, on real SQLite files: the Settings checkbox, Backup now asking
// for a passphrase (twice) and encrypting, Verify/Restore of an encrypted backup asking for it,
// and a canceled prompt doing nothing.
#include "guitesthelpers.h"

#include "models/backupmodel.h"
#include "pages/backups/backupspage.h"
#include "pages/settings/settingspage.h"

#include "backup/backupstore.h"
#include "dialects/dialectregistry.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

namespace {

const QString kPassphrase = QStringLiteral("gui passphrase 5e2a");

} // namespace

class TestEncryptedBackupsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("shop-%1.db").arg(++m_counter));
        m_schema = m_dir.filePath(QStringLiteral("desired-%1.sql").arg(m_counter));
        QCOMPARE(createSqliteFile(m_db, QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT);"
                                                       "INSERT INTO items(name) VALUES ('one'), ('two');")),
                 QString());
        QVERIFY(writeText(m_schema, QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, name TEXT);")));
        m_session = std::make_unique<Gui::Session>(m_dialects);
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema));
        Gui::GuiSettings settings = m_session->settings();
        settings.encryptBackups = true;
        m_session->setSettings(settings);
        m_page = std::make_unique<Gui::BackupsPage>(*m_session);
        m_page->setConfirm([](QWidget *, const QString &, const QString &) { return true; });
        m_page->setAskPassphrase([this](QWidget *, const QString &, bool confirm) -> std::optional<QString> {
            m_prompts << confirm;
            return m_answer;
        });
        m_prompts.clear();
        m_answer = kPassphrase;
        QTRY_VERIFY(!m_page->isBusy());
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void settingsCheckboxTurnsEncryptionOn()
    {
        isolateSettings();
        {
            Gui::Session session(m_dialects);
            Gui::SettingsPage page(session);
            QVERIFY(!page.encryptBackupsBox()->isChecked());
            page.encryptBackupsBox()->setChecked(true);
            QVERIFY(session.settings().encryptBackups);
            QVERIFY(session.settings().applyOptions(Core::ApplyMode::Apply, false).encryptBackups);
        }
        Gui::Session session(m_dialects);
        Gui::SettingsPage page(session);
        QVERIFY(page.encryptBackupsBox()->isChecked());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive), qPrintable(key));
    }

    void backupNowEncryptsAndVerifyAsksForThePassphrase()
    {
        QSignalSpy done(m_page.get(), &Gui::BackupsPage::operationFinished);
        m_page->backupNow();
        QVERIFY(waitFor(done));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QCOMPARE(m_prompts, QList<bool>{true});   // a new backup: asked twice (confirm)
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 10000);
        const Core::BackupMetadata created = m_page->model()->backups().first();
        QVERIFY(created.encrypted);
        QVERIFY(QFileInfo::exists(m_db + QStringLiteral(".backups/") + created.id + QStringLiteral(".enc")));

        m_page->selectId(created.id);
        m_answer = QStringLiteral("wrong");
        m_page->verifyButton()->click();
        QVERIFY(waitFor(done, 2));
        QCOMPARE(done.at(1).at(0).toBool(), false);
        QVERIFY2(done.at(1).at(1).toString().contains(QStringLiteral("Wrong passphrase")), qPrintable(done.at(1).at(1).toString()));

        QTRY_VERIFY(!m_page->isBusy());
        m_page->selectId(created.id);
        m_answer = kPassphrase;
        m_page->verifyButton()->click();
        QVERIFY(waitFor(done, 3));
        QVERIFY2(done.at(2).at(0).toBool(), qPrintable(done.at(2).at(1).toString()));
        QCOMPARE(m_prompts, (QList<bool>{true, false, false}));
    }

    void restoreOfAnEncryptedBackupUsesThePassphrase()
    {
        QSignalSpy done(m_page.get(), &Gui::BackupsPage::operationFinished);
        m_page->backupNow();
        QVERIFY(waitFor(done));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 10000);
        const QString id = m_page->model()->backups().first().id;
        QCOMPARE(execSqliteFile(m_db, QStringLiteral("DELETE FROM items")), QString());
        QTRY_VERIFY(!m_page->isBusy());
        m_page->selectId(id);
        m_page->restoreButton()->click();
        QVERIFY(waitFor(done, 2));
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT name FROM items ORDER BY id")), (QStringList{"one", "two"}));
    }

    void canceledPromptDoesNothing()
    {
        m_answer = std::nullopt;
        m_page->backupNow();
        QVERIFY(!m_page->isBusy());
        QTest::qWait(100);
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".backups")) || QDir(m_db + QStringLiteral(".backups")).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;
    QString m_schema;
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::BackupsPage> m_page;
    std::optional<QString> m_answer;
    QList<bool> m_prompts;
};

QTEST_MAIN(TestEncryptedBackupsPage)
#include "tst_encryptedbackupspage.moc"
