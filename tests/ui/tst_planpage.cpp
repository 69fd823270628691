// The Plan page on a real SQLite file: a dropped and an added column, and a dropped and a created
// table, are paired as renames with a click (the re-check then plans data-preserving renames);
// RN101 suggestions can be accepted from their list; the plan exports as a commented .sql script.
#include "guitesthelpers.h"

#include "models/planmodel.h"
#include "pages/plan/planpage.h"

#include "dialects/dialectregistry.h"
#include "plan/plan.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

class TestPlanPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::PlanPage> m_page;
    int m_files = 0;

    bool open(const QString &live, const QString &desired)
    {
        const QString db = m_dir.filePath(QStringLiteral("plan%1.sqlite").arg(++m_files));
        const QString schema = m_dir.filePath(QStringLiteral("plan%1.sql").arg(m_files));
        if (!createSqliteFile(db, live).isEmpty() || !writeText(schema, desired))
            return false;
        m_session = std::make_unique<Gui::Session>(m_dialects);
        m_page = std::make_unique<Gui::PlanPage>(*m_session);
        m_page->resize(1100, 700);
        m_page->show();
        return connectAndCheck(*m_session, db, schema) && m_session->report().has_value();
    }

    int rowOf(Core::OperationType type, const QString &table) const
    {
        const auto &steps = m_session->report()->plan.steps;
        for (int i = 0; i < steps.size(); ++i)
            if (steps[i].type == type && steps[i].table == table)
                return i;
        return -1;
    }

    QList<Core::OperationType> types() const
    {
        QList<Core::OperationType> list;
        for (const Core::PlanStep &step : m_session->report()->plan.steps)
            list << step.type;
        return list;
    }

    void selectRows(const QList<int> &rows)
    {
        QItemSelectionModel *selection = m_page->table()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(m_page->table()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    // Clicks a button and waits for the re-check it starts.
    bool clickAndWaitForCheck(QPushButton *button)
    {
        QSignalSpy spy(m_session.get(), &Gui::Session::reportChanged);
        QTest::mouseClick(button, Qt::LeftButton);
        return waitFor(spy) && m_session->report().has_value();
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void pairColumnsAsRenameKeepsTheValues()
    {
        QVERIFY(open(QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, fax TEXT);"
                                    "INSERT INTO people VALUES (1, 'Ada', '+44 1'), (2, 'Bob', '+44 2');"),
                     QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, telefax TEXT);\n")));
        const int drop = rowOf(Core::OperationType::DropColumn, QStringLiteral("people"));
        const int add = rowOf(Core::OperationType::AddColumn, QStringLiteral("people"));
        QVERIFY2(drop >= 0 && add >= 0, "expected a native DROP COLUMN and ADD COLUMN");
        QVERIFY(!m_page->pairButton()->isEnabled());
        selectRows({drop});
        QVERIFY(!m_page->pairButton()->isEnabled());   // one row is no pair
        selectRows({drop, add});
        QVERIFY(m_page->pairButton()->isEnabled());
        QVERIFY(clickAndWaitForCheck(m_page->pairButton()));
        QCOMPARE(types(), QList<Core::OperationType>{Core::OperationType::RenameColumn});
        QVERIFY(!m_session->report()->plan.isDestructive());
        QVERIFY(m_page->canApply());   // nothing destructive left: no consent needed
    }

    void pairTablesAsRenameKeepsTheRows()
    {
        QVERIFY(open(QStringLiteral("CREATE TABLE old_logs(id INTEGER PRIMARY KEY, msg TEXT NOT NULL);"
                                    "INSERT INTO old_logs VALUES (1, 'boot'), (2, 'login');"),
                     QStringLiteral("CREATE TABLE logs(id INTEGER PRIMARY KEY, msg TEXT NOT NULL);\n")));
        const int drop = rowOf(Core::OperationType::DropTable, QStringLiteral("old_logs"));
        const int create = rowOf(Core::OperationType::CreateTable, QStringLiteral("logs"));
        QVERIFY2(drop >= 0 && create >= 0, "expected DROP TABLE old_logs and CREATE TABLE logs");
        QVERIFY(!m_page->canApply());   // destructive without consent
        selectRows({create, drop});
        QVERIFY(m_page->pairButton()->isEnabled());
        QVERIFY(clickAndWaitForCheck(m_page->pairButton()));
        QCOMPARE(types(), QList<Core::OperationType>{Core::OperationType::RenameTable});
        QVERIFY(!m_session->report()->plan.isDestructive());
    }

    void suggestionCanBeAcceptedFromTheList()
    {
        QVERIFY(open(QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, fax TEXT); INSERT INTO people VALUES (1, 'x');"),
                     QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, telefax TEXT);\n")));
        QListWidget *list = m_page->suggestionList();
        QVERIFY2(list->count() >= 1, "RN101 suggestion missing from the list");
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("telefax")), qPrintable(list->item(0)->text()));
        list->setCurrentRow(0);
        auto buttons = m_page->findChildren<QPushButton *>();
        QPushButton *accept = nullptr;
        for (QPushButton *b : buttons)
            if (b != m_page->pairButton() && b->isEnabled() && b->text().contains(QStringLiteral("rename"), Qt::CaseInsensitive))
                accept = b;
        QVERIFY2(accept, "no enabled button to accept the suggestion");
        QVERIFY(clickAndWaitForCheck(accept));
        QCOMPARE(types(), QList<Core::OperationType>{Core::OperationType::RenameColumn});
    }

    void scriptHasEveryStepWithItsComment()
    {
        QVERIFY(open(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY);"),
                     QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, note TEXT);\nCREATE TABLE u(id INTEGER PRIMARY KEY);\n")));
        const QString script = m_page->planSqlScript();
        for (const Core::PlanStep &step : m_session->report()->plan.steps)
            for (const QString &sql : step.sql)
                QVERIFY2(script.contains(sql), qPrintable(sql));
        QVERIFY2(script.contains(QStringLiteral("--")), "the script has no comments");
    }
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
