// The Backups page against real backups of real SQLite files: listing, Backup now, Verify,
// Restore (with its safety backup), Delete and Cleanup, all through core on worker threads.
#include "guitesthelpers.h"

#include "models/backupmodel.h"
#include "pages/backups/backupspage.h"

#include "backup/backupstore.h"
#include "dialects/dialectregistry.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

class TestBackupsPage final : public QObject
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
        m_page = std::make_unique<Gui::BackupsPage>(*m_session);
        m_page->setConfirm([this](QWidget *, const QString &, const QString &text) {
            m_lastQuestion = text;
            return m_answer;
        });
        m_answer = true;
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!m_page->isBusy());
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    void listsBackupsMadeByCore()
    {
        const QString first = makeBackup(Core::BackupReason::Manual);
        const QString second = makeBackup(Core::BackupReason::PreMigration);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        reload();
        QCOMPARE(m_page->model()->rowCount(), 2);
        QStringList ids;
        for (const auto &b : m_page->model()->backups())
            ids << b.id;
        QVERIFY(ids.contains(first) && ids.contains(second));
        const int row = ids.indexOf(second);
        QCOMPARE(m_page->model()->index(row, Gui::BackupModel::ReasonColumn).data().toString(), QStringLiteral("before migration"));
        QVERIFY(m_page->model()->index(row, Gui::BackupModel::ChecksumColumn).data().toString().startsWith(QStringLiteral("verified")));
        QVERIFY(m_page->statsLabel()->text().contains(QStringLiteral("2 backup(s)")));
    }

    void backupNowAddsAVerifiedBackup()
    {
        QCOMPARE(m_page->model()->rowCount(), 0);
        QSignalSpy done(m_page.get(), &Gui::BackupsPage::operationFinished);
        QSignalSpy loaded(m_page.get(), &Gui::BackupsPage::loaded);
        m_page->backupNow();
        QVERIFY(waitFor(done));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(waitFor(loaded));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->backups().first().reason, Core::BackupReason::Manual);
        QVERIFY(m_page->model()->backups().first().isVerifiedOk());
    }

    void restoreBringsTheDataBackWithASafetyBackupFirst()
    {
        const QString id = makeBackup(Core::BackupReason::Manual);
        QCOMPARE(execSqliteFile(m_db, QStringLiteral("DELETE FROM items; CREATE TABLE junk(x);")), QString());
        reload();
        m_page->selectId(id);
        QCOMPARE(m_page->selectedId(), id);
        QVERIFY(m_page->restoreButton()->isEnabled());
        QSignalSpy done(m_page.get(), &Gui::BackupsPage::operationFinished);
        m_page->restoreButton()->click();
        QVERIFY2(m_lastQuestion.contains(QStringLiteral("safety backup")), qPrintable(m_lastQuestion));
        QVERIFY(waitFor(done));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT name FROM items ORDER BY id")), (QStringList{"one", "two"}));
        QVERIFY(querySqliteFile(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'junk'")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, 10000);   // the backup and the safety backup
        bool safety = false;
        for (const auto &b : m_page->model()->backups())
            safety = safety || b.reason == Core::BackupReason::PreRestore;
        QVERIFY(safety);
    }

    void declinedRestoreChangesNothing()
    {
        const QString id = makeBackup(Core::BackupReason::Manual);
        QCOMPARE(execSqliteFile(m_db, QStringLiteral("DELETE FROM items")), QString());
        reload();
        m_page->selectId(id);
        m_answer = false;
        m_page->restoreButton()->click();
        QVERIFY(!m_page->isBusy());
        QTest::qWait(100);
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT count(*) FROM items")), QStringList{"0"});
    }

    void verifyNoticesATamperedFile()
    {
        const QString id = makeBackup(Core::BackupReason::Manual);
        reload();
        const QString file = Core::BackupStore(m_db + QStringLiteral(".backups")).backupFilePath(id).value();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("tampered");
        f.close();
        m_page->selectId(id);
        QSignalSpy done(m_page.get(), &Gui::BackupsPage::operationFinished);
        m_page->verifyButton()->click();
        QVERIFY(waitFor(done));
        QCOMPARE(done.first().at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->index(0, Gui::BackupModel::ChecksumColumn).data().toString().startsWith(QStringLiteral("FAILED")), 10000);
    }

    void deleteAndCleanup()
    {
        const QString a = makeBackup(Core::BackupReason::Manual);
        const QString b = makeBackup(Core::BackupReason::Manual);
        reload();
        m_page->selectId(a);
        QSignalSpy done(m_page.get(), &Gui::BackupsPage::operationFinished);
        m_page->deleteButton()->click();
        QVERIFY(waitFor(done));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 10000);
        QCOMPARE(m_page->model()->backups().first().id, b);
        // Nothing is older than 0 days except what was just made; the newest verified one is kept.
        m_page->keepDaysBox()->setValue(0);
        m_page->cleanupButton()->click();
        QVERIFY(waitFor(done, 2));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, 10000);
    }

private:
    void reload()
    {
        QSignalSpy loaded(m_page.get(), &Gui::BackupsPage::loaded);
        m_page->reload();
        QVERIFY(waitFor(loaded));
        QTRY_VERIFY(!m_page->isBusy());
    }

    QString makeBackup(Core::BackupReason reason)
    {
        auto url = Core::ConnectionUrl::parse(m_db);
        auto dialect = m_dialects.forUrl(*url);
        auto connection = Core::Connection::open(*url, Core::Connection::Access::ReadOnly, QStringLiteral("test-backup"));
        if (!dialect || !connection)
            return {};
        Core::BackupStore store(m_db + QStringLiteral(".backups"));
        if (!store.ensureDirectory())
            return {};
        Core::BackupRequest request;
        request.reason = reason;
        auto created = store.create(**connection, **dialect, request);
        if (!created)
            qWarning() << created.error().toString();
        QTest::qWait(5);   // distinct creation times
        return created ? created->id : QString();
    }

    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    QString m_db;
    QString m_schema;
    int m_counter = 0;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::BackupsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_lastQuestion;
    bool m_answer = true;
};

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
