// The plan page's Apply / Dry run / Rehearse, carried out by ApplyController through the real
// executor on worker threads against real SQLite files.
#include "guitesthelpers.h"

#include "dialogs/applydialog.h"
#include "models/planmodel.h"
#include "pages/plan/applycontroller.h"
#include "pages/plan/planpage.h"

#include "dialects/dialectregistry.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

namespace {

const QString kCurrent = QStringLiteral(
    "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, legacy TEXT);"
    "INSERT INTO t(name, legacy) VALUES ('a', 'x'), ('b', 'y'), ('c', NULL);");
const QString kSame = QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, legacy TEXT);");
const QString kAdditive = QStringLiteral(
    "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT, legacy TEXT, note TEXT);"
    "CREATE TABLE extra(id INTEGER PRIMARY KEY, label TEXT);");
const QString kDestructive = QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT);");

QStringList columnsOf(const QString &db, const QString &table)
{
    return querySqliteFile(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
}

} // namespace

class TestApplyFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("app-%1.db").arg(++m_counter));
        m_schema = m_dir.filePath(QStringLiteral("desired-%1.sql").arg(m_counter));
        m_session = std::make_unique<Gui::Session>(m_dialects);
        m_page = std::make_unique<Gui::PlanPage>(*m_session);
        m_controller = new Gui::ApplyController(*m_session, *m_page, m_page.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void enablingRules_data()
    {
        QTest::addColumn<QString>("desired");
        QTest::addColumn<bool>("expectPlan");
        QTest::addColumn<bool>("enabledWithoutConsent");
        QTest::addColumn<bool>("consentVisible");
        QTest::newRow("no plan: database already matches") << kSame << false << false << false;
        QTest::newRow("additive plan needs no consent") << kAdditive << true << true << false;
        QTest::newRow("dropping a column needs consent") << kDestructive << true << false << true;
    }

    void enablingRules()
    {
        QFETCH(QString, desired);
        QFETCH(bool, expectPlan);
        QFETCH(bool, enabledWithoutConsent);
        QFETCH(bool, consentVisible);
        QCOMPARE(createSqliteFile(m_db, kCurrent), QString());
        QVERIFY(writeText(m_schema, desired));
        QVERIFY(!m_page->applyButton()->isEnabled());   // nothing checked yet
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema));
        QVERIFY2(m_session->report(), qPrintable(m_session->lastError()));
        QCOMPARE(m_page->model()->rowCount() > 0, expectPlan);
        QCOMPARE(m_page->applyButton()->isEnabled(), enabledWithoutConsent);
        QCOMPARE(m_page->canApply(), enabledWithoutConsent);
        QCOMPARE(m_page->consentBox()->isVisibleTo(m_page.get()), consentVisible);
        QCOMPARE(m_page->dryRunButton()->isEnabled(), expectPlan);
        m_page->consentBox()->setChecked(true);
        QCOMPARE(m_page->applyButton()->isEnabled(), expectPlan);
        m_page->consentBox()->setChecked(false);
        QCOMPARE(m_page->applyButton()->isEnabled(), enabledWithoutConsent);
    }

    void applyChangesTheDatabase()
    {
        QCOMPARE(createSqliteFile(m_db, kCurrent), QString());
        QVERIFY(writeText(m_schema, kAdditive));
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema));
        QVERIFY(m_page->applyButton()->isEnabled());
        QSignalSpy finished(m_controller, &Gui::ApplyController::runFinished);
        QSignalSpy databaseChanged(m_session.get(), &Gui::Session::databaseChanged);
        m_page->applyButton()->click();
        QVERIFY(m_controller->dialog());
        QVERIFY(m_controller->isBusy());
        QVERIFY(!m_page->applyButton()->isEnabled());   // no second run while one is going
        QVERIFY(waitFor(finished));
        QVERIFY(m_controller->lastResult());
        QCOMPARE(m_controller->lastResult()->status, Core::ApplyStatus::Applied);
        QCOMPARE(columnsOf(m_db, QStringLiteral("t")), (QStringList{"id", "name", "legacy", "note"}));
        QCOMPARE(columnsOf(m_db, QStringLiteral("extra")), (QStringList{"id", "label"}));
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT count(*) FROM t")), QStringList{"3"});
        // The dialog lists the worker's stages, including the backup and the commit.
        QStringList stages;
        for (int i = 0; i < m_controller->dialog()->stageList()->topLevelItemCount(); ++i)
            stages << m_controller->dialog()->stageList()->topLevelItem(i)->text(0);
        QVERIFY2(stages.contains(QStringLiteral("Backup")) && stages.contains(QStringLiteral("Commit")), qPrintable(stages.join(", ")));
        QVERIFY(!m_controller->lastResult()->backupId.isEmpty());
        QVERIFY(m_page->resultLabel()->text().contains(QStringLiteral("Applied")));
        QVERIFY(databaseChanged.count() >= 1);
        // The history in the database recorded the run.
        QVERIFY(querySqliteFile(m_db, QStringLiteral("SELECT count(*) FROM schemapilot_history WHERE status = 'applied'")).value(0).toInt() >= 2);
        // After the refresh the plan is empty and Apply is disabled again.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->report() && m_session->report()->plan.isEmpty(), 15000);
        QVERIFY(!m_page->applyButton()->isEnabled());
    }

    void dryRunAndRehearsalChangeNothing_data()
    {
        QTest::addColumn<bool>("rehearse");
        QTest::newRow("dry run") << false;
        QTest::newRow("rehearse on a copy") << true;
    }

    void dryRunAndRehearsalChangeNothing()
    {
        QFETCH(bool, rehearse);
        QCOMPARE(createSqliteFile(m_db, kCurrent), QString());
        QVERIFY(writeText(m_schema, kAdditive));
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema));
        QSignalSpy finished(m_controller, &Gui::ApplyController::runFinished);
        (rehearse ? m_page->rehearseButton() : m_page->dryRunButton())->click();
        QVERIFY(waitFor(finished));
        QVERIFY(m_controller->lastResult());
        QVERIFY2(m_controller->lastResult()->succeeded(), qPrintable(m_page->resultLabel()->text()));
        QCOMPARE(m_controller->lastResult()->rehearsed, rehearse);
        QCOMPARE(columnsOf(m_db, QStringLiteral("t")), (QStringList{"id", "name", "legacy"}));
        QVERIFY(columnsOf(m_db, QStringLiteral("extra")).isEmpty());
        QVERIFY(!m_page->resultLabel()->text().isEmpty());
        QVERIFY(!m_controller->dialog());   // shown in place, not in the dialog
    }

    void destructiveApplyWithConsentDropsTheColumn()
    {
        QCOMPARE(createSqliteFile(m_db, kCurrent), QString());
        QVERIFY(writeText(m_schema, kDestructive));
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema));
        QSignalSpy finished(m_controller, &Gui::ApplyController::runFinished);
        m_page->applyButton()->click();   // disabled: nothing happens
        QTest::qWait(50);
        QVERIFY(!m_controller->dialog());
        m_page->consentBox()->setChecked(true);
        m_page->applyButton()->click();
        QVERIFY(waitFor(finished));
        QCOMPARE(m_controller->lastResult()->status, Core::ApplyStatus::Applied);
        QCOMPARE(columnsOf(m_db, QStringLiteral("t")), (QStringList{"id", "name"}));
    }

    // The event loop keeps turning while a large rebuild (type change of a 200,000-row table,
    // with its verified backup) runs: no gap between timer ticks above 100 ms.
    void guiThreadStaysResponsiveDuringLargeRebuild()
    {
        QCOMPARE(createSqliteFile(m_db, QStringLiteral(
                     "CREATE TABLE big(id INTEGER PRIMARY KEY, name TEXT, amount REAL);"
                     "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
                     "INSERT INTO big SELECT x, 'name-' || x, x * 1.5 FROM c;")), QString());
        QVERIFY(writeText(m_schema, QStringLiteral("CREATE TABLE big(id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount TEXT);")));
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema, 30000));
        QVERIFY(m_session->report() && !m_session->report()->plan.isEmpty());
        m_page->consentBox()->setChecked(true);
        QVERIFY(m_page->applyButton()->isEnabled());

        QSignalSpy finished(m_controller, &Gui::ApplyController::runFinished);
        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = qMax(worstGap, now - lastTick);
            lastTick = now;
        });
        clock.start();
        ticker.start();
        m_page->applyButton()->click();
        QVERIFY(waitFor(finished, 1, 120000));
        const qint64 applyMs = clock.elapsed();
        ticker.stop();
        QCOMPARE(m_controller->lastResult()->status, Core::ApplyStatus::Applied);
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT type FROM pragma_table_info('big') WHERE name = 'amount'")),
                 QStringList{"TEXT"});
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT count(*) FROM big")), QStringList{"200000"});
        qInfo("apply took %lld ms; worst event-loop gap %lld ms", applyMs, worstGap);
        QVERIFY2(applyMs > 150, "the apply must take long enough for the measurement to mean something");
        QVERIFY2(worstGap < 100, qPrintable(QStringLiteral("GUI thread blocked for %1 ms").arg(worstGap)));
    }

    // Cancel during the transaction: the running statement is interrupted, the transaction rolls
    // back and the table keeps its old definition and rows.
    void cancelDuringTheTransactionLeavesTheDatabaseUnchanged()
    {
        QCOMPARE(createSqliteFile(m_db, QStringLiteral(
                     "CREATE TABLE big(id INTEGER PRIMARY KEY, name TEXT, amount REAL);"
                     "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 400000) "
                     "INSERT INTO big SELECT x, 'name-' || x, x * 1.5 FROM c;")), QString());
        QVERIFY(writeText(m_schema, QStringLiteral("CREATE TABLE big(id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount TEXT);")));
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema, 30000));
        m_page->consentBox()->setChecked(true);
        QSignalSpy finished(m_controller, &Gui::ApplyController::runFinished);
        m_page->applyButton()->click();
        Gui::ApplyDialog *dialog = m_controller->dialog();
        QVERIFY(dialog);
        const auto inTransaction = [dialog] {
            QTreeWidget *stages = dialog->stageList();
            for (int i = 0; i < stages->topLevelItemCount(); ++i)
                if (stages->topLevelItem(i)->text(0).startsWith(QStringLiteral("Starting the transaction")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(inTransaction() || finished.count() > 0, 60000);
        QVERIFY2(finished.isEmpty(), "the run ended before it could be canceled");
        dialog->cancelButton()->click();
        QVERIFY(waitFor(finished, 1, 60000));
        QVERIFY(dialog->wasCanceled());
        QVERIFY(!m_controller->lastResult());
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT type FROM pragma_table_info('big') WHERE name = 'amount'")),
                 QStringList{"REAL"});
        QCOMPARE(querySqliteFile(m_db, QStringLiteral("SELECT count(*) FROM big")), QStringList{"400000"});
        QVERIFY(m_page->resultLabel()->text().contains(QStringLiteral("Canceled")));
    }

private:
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    QString m_db;
    QString m_schema;
    int m_counter = 0;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::PlanPage> m_page;
    Gui::ApplyController *m_controller = nullptr;
};

QTEST_MAIN(TestApplyFlow)
#include "tst_applyflow.moc"
