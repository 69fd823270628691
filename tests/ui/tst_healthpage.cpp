// The Health page on real SQLite files: the score and its parts from the audit trail, backups and
// the pending changes, and the chart of recent runs.
#include "guitesthelpers.h"

#include "pages/health/healthpage.h"
#include "pages/health/migrationchart.h"

#include "dialects/dialectregistry.h"
#include "history/historystore.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

class TestHealthPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void cleanDatabaseWithoutPendingChanges()
    {
        const QString db = m_dir.filePath(QStringLiteral("clean.db"));
        const QString schema = m_dir.filePath(QStringLiteral("clean.sql"));
        QCOMPARE(createSqliteFile(db, QStringLiteral("CREATE TABLE a(id INTEGER PRIMARY KEY);")), QString());
        QVERIFY(writeText(schema, QStringLiteral("CREATE TABLE a(id INTEGER PRIMARY KEY);")));
        Gui::Session session(m_dialects);
        QVERIFY(connectAndCheck(session, db, schema));
        Gui::HealthPage page(session);
        QVERIFY(waitUntilLoaded(page));
        const Core::HealthPart *pending = page.report().part(QStringLiteral("pending_changes"));
        QVERIFY(pending);
        QCOMPARE(pending->score, 100);
        const Core::HealthPart *integrity = page.report().part(QStringLiteral("integrity"));
        QVERIFY(integrity && integrity->evaluated && integrity->score == 100);
        QCOMPARE(page.partsView()->topLevelItemCount(), int(page.report().parts.size()));
        QVERIFY(page.scoreLabel()->text().contains(QString::number(page.report().score)));
        QCOMPARE(page.chart()->barCount(), 0);
    }

    void failedRunAndPendingDestructiveChangeLowerTheScore()
    {
        const QString db = m_dir.filePath(QStringLiteral("troubled.db"));
        const QString schema = m_dir.filePath(QStringLiteral("troubled.sql"));
        QCOMPARE(createSqliteFile(db, QStringLiteral("CREATE TABLE a(id INTEGER PRIMARY KEY, gone TEXT);")), QString());
        QVERIFY(writeText(schema, QStringLiteral("CREATE TABLE a(id INTEGER PRIMARY KEY);")));
        {
            auto url = Core::ConnectionUrl::parse(db);
            auto connection = Core::Connection::open(*url, Core::Connection::Access::ReadWrite, QStringLiteral("seed"));
            QVERIFY(connection);
            Core::HistoryStore store((*connection)->database());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Core::HistoryRecord ok;
            ok.batchId = QStringLiteral("b1");
            ok.migrationId = QStringLiteral("b1-1");
            ok.operationType = QStringLiteral("CREATE_TABLE");
            ok.status = Core::HistoryStatus::Applied;
            ok.startedAt = now.addSecs(-600);
            ok.finishedAt = now.addSecs(-599);
            ok.executionMs = 120;
            Core::HistoryRecord bad = ok;
            bad.batchId = QStringLiteral("b2");
            bad.migrationId = QStringLiteral("b2-1");
            bad.status = Core::HistoryStatus::Failed;
            bad.errorMessage = QStringLiteral("boom");
            bad.startedAt = now.addSecs(-60);
            bad.finishedAt = now.addSecs(-59);
            bad.executionMs = 300;
            QVERIFY(store.appendAll({ok, bad}));
        }
        Gui::Session session(m_dialects);
        QVERIFY(connectAndCheck(session, db, schema));
        Gui::HealthPage page(session);
        QVERIFY(waitUntilLoaded(page));
        const Core::HealthPart *last = page.report().part(QStringLiteral("last_migration"));
        QVERIFY(last);
        QCOMPARE(last->score, 0);
        QVERIFY(!last->action.isEmpty());
        QCOMPARE(page.report().part(QStringLiteral("pending_changes"))->score, 40);
        QVERIFY(page.report().score < 80);
        QCOMPARE(page.chart()->barCount(), 2);
        QCOMPARE(page.runs().last().outcome, Core::HistoryStatus::Failed);   // oldest left, newest right
        QCOMPARE(page.runs().last().ms, 300);
        bool actionShown = false;
        for (int i = 0; i < page.partsView()->topLevelItemCount(); ++i)
            actionShown = actionShown || page.partsView()->topLevelItem(i)->text(4) == last->action;
        QVERIFY(actionShown);
    }

private:
    static bool waitUntilLoaded(Gui::HealthPage &page)
    {
        // The page reloads after each check; wait until it is idle with a report.
        QSignalSpy loaded(&page, &Gui::HealthPage::loaded);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            if (!page.isBusy() && !page.report().parts.isEmpty() && page.report().part(QStringLiteral("pending_changes"))
                && page.report().part(QStringLiteral("pending_changes"))->evaluated)
                return true;
            loaded.wait(200);
        }
        qWarning() << "health page:" << page.scoreLabel()->text() << page.summaryLabel()->text() << page.report().parts.size();
        return false;
    }

    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
