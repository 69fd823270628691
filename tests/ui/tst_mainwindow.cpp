// The whole window on the bundled demo database: every page is there, the diff tree and the plan
// show the demo's pending migration, the status bar tells the lock state and the last check,
// "Backup now" works, and a migration applied from the GUI can be rolled back from the History page.
#include "guitesthelpers.h"

#include "models/historymodel.h"
#include "models/planmodel.h"
#include "models/schemadiffmodel.h"
#include "pages/backups/backupspage.h"
#include "pages/connections/connectionspage.h"
#include "pages/diff/schemadiffpage.h"
#include "pages/history/historypage.h"
#include "pages/plan/applycontroller.h"
#include "pages/plan/planpage.h"
#include "shell/mainwindow.h"
#include "models/backupmodel.h"

#include "dialects/dialectregistry.h"
#include "service/demodatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        auto demo = Core::prepareDemo(m_dir.path());
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        m_demo = *demo;
        m_session = std::make_unique<Gui::Session>(m_dialects);
        m_window = std::make_unique<Gui::MainWindow>(*m_session);
        m_window->show();
        auto url = Core::ConnectionUrl::parse(m_demo.databasePath);
        QVERIFY(url);
        QSignalSpy report(m_session.get(), &Gui::Session::reportChanged);
        m_window->connectionsPage()->setForm(*url, m_demo.desiredSchemaPath);
        m_window->connectionsPage()->connectToDatabase();
        QVERIFY(waitFor(report));
        QVERIFY2(m_session->report(), qPrintable(m_session->lastError()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void everyPageIsListed()
    {
        auto *list = m_window->findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(list);
        QStringList titles;
        for (int i = 0; i < list->count(); ++i)
            titles << list->item(i)->text();
        QCOMPARE(titles, (QStringList{"Connections", "Schema Diff", "Plan", "Backups", "History", "Health", "Settings"}));
        m_window->showPage(Gui::MainWindow::HealthPageIndex);
        QCOMPARE(m_window->currentPage(), int(Gui::MainWindow::HealthPageIndex));
    }

    void diffTreeShowsTheDemoChanges()
    {
        QAbstractItemModel *model = m_window->diffPage()->tree()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0);
        QStringList changed;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, Gui::SchemaDiffModel::NameColumn);
            const QString status = model->index(row, Gui::SchemaDiffModel::StatusColumn).data().toString();
            if (!status.isEmpty())
                changed << index.data().toString();
        }
        // The demo adds reviews and changes customers and products.
        QVERIFY2(changed.join(u' ').contains(QStringLiteral("customers")), qPrintable(changed.join(", ")));
        QVERIFY2(changed.join(u' ').contains(QStringLiteral("reviews")), qPrintable(changed.join(", ")));
    }

    void planShowsTheDemoOperations()
    {
        Gui::PlanModel *model = m_window->planPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), int(m_session->report()->plan.steps.size()));
        QVERIFY(model->rowCount() > 0);
        QVERIFY(m_window->dryRunAction()->isEnabled());
        QVERIFY(!m_window->planPage()->sqlView()->toPlainText().isEmpty());
    }

    void statusBarShowsLockAndLastCheck()
    {
        QVERIFY(m_window->checkLabel()->text().startsWith(QStringLiteral("Last check")));
        QVERIFY(m_window->connectionLabel()->text().contains(QStringLiteral("demo")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->lockLabel()->text(), QStringLiteral("Lock: free"), 10000);
    }

    void backupNowFromTheToolbar()
    {
        Gui::BackupsPage *page = m_window->backupsPage();
        QTRY_VERIFY(!page->isBusy());
        const int before = page->model()->rowCount();
        QSignalSpy done(page, &Gui::BackupsPage::operationFinished);
        m_window->backupAction()->trigger();
        QCOMPARE(m_window->currentPage(), int(Gui::MainWindow::BackupsPageIndex));
        QVERIFY(waitFor(done));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before + 1, 10000);
    }

    void applyThenRollBackFromHistory()
    {
        const QStringList before = columns(QStringLiteral("customers"));
        Gui::PlanPage *plan = m_window->planPage();
        plan->consentBox()->setChecked(true);
        QVERIFY(plan->applyButton()->isEnabled());
        QSignalSpy applied(m_window->applyController(), &Gui::ApplyController::runFinished);
        Gui::HistoryPage *history = m_window->historyPage();
        QSignalSpy historyLoaded(history, &Gui::HistoryPage::loaded);
        m_window->applyAction()->trigger();
        QVERIFY(waitFor(applied, 1, 60000));
        const auto &result = *m_window->applyController()->lastResult();
        QVERIFY2(result.status == Core::ApplyStatus::Applied, qPrintable(result.error ? result.error->toString() : QString()));
        QVERIFY(columns(QStringLiteral("customers")) != before);
        QVERIFY(waitFor(historyLoaded));
        QTRY_VERIFY_WITH_TIMEOUT(history->rollbackButton()->isEnabled(), 10000);
        QVERIFY(history->model()->rowCount() > 0);

        QStringList questions;
        history->setConfirm([&](QWidget *, const QString &, const QString &text) {
            questions << text;
            return true;
        });
        QSignalSpy rolledBack(history, &Gui::HistoryPage::operationFinished);
        history->rollbackButton()->click();
        QVERIFY(waitFor(rolledBack, 1, 60000));
        QVERIFY2(rolledBack.first().at(0).toBool(), qPrintable(rolledBack.first().at(1).toString()));
        QCOMPARE(columns(QStringLiteral("customers")), before);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->report() && !m_session->report()->plan.isEmpty(), 15000);
    }

private:
    QStringList columns(const QString &table) const
    {
        return querySqliteFile(m_demo.databasePath, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    }

    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    Core::DemoFiles m_demo;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
