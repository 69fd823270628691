// The Schema Diff page on a real SQLite file: every object is marked with text as well as colour,
// the filter box and "Only changes" narrow the tree, and selecting a table shows its current and
// desired DDL side by side with the changed line marked in-line and both panes scrolling together.
#include "guitesthelpers.h"

#include "models/difffilterproxy.h"
#include "models/schemadiffmodel.h"
#include "pages/diff/schemadiffpage.h"
#include "widgets/sidebysidediffview.h"

#include "dialects/dialectregistry.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeView>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

class TestSchemaDiffPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::SchemaDiffPage> m_page;

    // Top-level rows of the page's (filtered) tree: name -> status text.
    QMap<QString, QString> visibleTopLevel() const
    {
        QMap<QString, QString> rows;
        const QAbstractItemModel *model = m_page->tree()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.insert(model->index(row, Gui::SchemaDiffModel::NameColumn).data().toString(),
                        model->index(row, Gui::SchemaDiffModel::StatusColumn).data().toString());
        return rows;
    }

    QModelIndex topLevel(const QString &name) const
    {
        const QAbstractItemModel *model = m_page->tree()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, 0);
        return {};
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(QStringLiteral("shop.sqlite"));
        QCOMPARE(createSqliteFile(db, QStringLiteral(
                     "CREATE TABLE customers(id INTEGER PRIMARY KEY, email TEXT NOT NULL);"
                     "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL);"
                     "CREATE TABLE legacy(id INTEGER PRIMARY KEY, note TEXT);"
                     "INSERT INTO customers VALUES (1, 'a@example.com'), (2, 'b@example.com');")),
                 QString());
        const QString schema = m_dir.filePath(QStringLiteral("desired.sql"));
        QVERIFY(writeText(schema, QStringLiteral(
            "CREATE TABLE customers(id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
            "CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL,\n"
            "                    shipped_at TEXT);\n"
            "CREATE TABLE invoices(id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id));\n")));
        m_session = std::make_unique<Gui::Session>(m_dialects);
        m_page = std::make_unique<Gui::SchemaDiffPage>(*m_session);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(connectAndCheck(*m_session, db, schema));
        QVERIFY2(m_session->report(), qPrintable(m_session->lastError()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
    }

    void everyObjectIsMarkedWithText()
    {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QMap<QString, QString> rows = visibleTopLevel();
        QCOMPARE(rows.value(QStringLiteral("invoices")), QStringLiteral("added"));
        QCOMPARE(rows.value(QStringLiteral("legacy")), QStringLiteral("removed"));
        QCOMPARE(rows.value(QStringLiteral("orders")), QStringLiteral("changed"));
        QVERIFY2(rows.value(QStringLiteral("customers")).isEmpty()
                     || rows.value(QStringLiteral("customers")) == QStringLiteral("unchanged"),
                 qPrintable(rows.value(QStringLiteral("customers"))));
        // The changed table's new column is marked as added beneath it.
        const QModelIndex orders = topLevel(QStringLiteral("orders"));
        QVERIFY(orders.isValid());
        const QAbstractItemModel *model = m_page->tree()->model();
        QString shippedStatus;
        for (int row = 0; row < model->rowCount(orders); ++row)
            if (model->index(row, 0, orders).data().toString().startsWith(QStringLiteral("shipped_at")))
                shippedStatus = model->index(row, Gui::SchemaDiffModel::StatusColumn, orders).data().toString();
        QCOMPARE(shippedStatus, QStringLiteral("added"));
    }

    void filterBoxNarrowsTheTree()
    {
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("invo"));
        QCOMPARE(visibleTopLevel().keys(), QStringList{QStringLiteral("invoices")});
        // A matching column keeps its table visible.
        m_page->filterEdit()->clear();
        QTest::keyClicks(m_page->filterEdit(), QStringLiteral("shipped"));
        QCOMPARE(visibleTopLevel().keys(), QStringList{QStringLiteral("orders")});
        m_page->filterEdit()->clear();
        QCOMPARE(visibleTopLevel().size(), 4);
    }

    void onlyChangesHidesUnchangedTables()
    {
        auto *only = m_page->findChild<QCheckBox *>();
        QVERIFY(only);
        only->setChecked(true);
        QVERIFY(!visibleTopLevel().contains(QStringLiteral("customers")));
        QCOMPARE(visibleTopLevel().size(), 3);
        only->setChecked(false);
        QCOMPARE(visibleTopLevel().size(), 4);
    }

    void selectingATableShowsBothDefinitionsSideBySide()
    {
        const QModelIndex orders = topLevel(QStringLiteral("orders"));
        QVERIFY(orders.isValid());
        m_page->tree()->setCurrentIndex(orders);
        Gui::SideBySideDiffView *view = m_page->ddlView();
        const QString left = view->leftEdit()->toPlainText();
        const QString right = view->rightEdit()->toPlainText();
        QVERIFY2(left.contains(QStringLiteral("orders")) && !left.contains(QStringLiteral("shipped_at")), qPrintable(left));
        QVERIFY2(right.contains(QStringLiteral("shipped_at")), qPrintable(right));
        bool marked = false;
        for (const Gui::DiffRow &row : view->rows())
            marked = marked || ((row.kind == Gui::DiffRow::Added || row.kind == Gui::DiffRow::Changed)
                                && row.right.contains(QStringLiteral("shipped_at")));
        QVERIFY2(marked, "the new column's line is not marked as added or changed");
        // Both panes hold the same number of lines (blank filler rows keep them aligned).
        QCOMPARE(view->leftEdit()->blockCount(), view->rightEdit()->blockCount());

        // A removed table has only a current side.
        m_page->tree()->setCurrentIndex(topLevel(QStringLiteral("legacy")));
        QVERIFY(view->leftEdit()->toPlainText().contains(QStringLiteral("legacy")));
        QVERIFY(!view->rightEdit()->toPlainText().contains(QStringLiteral("legacy")));
    }

    void panesScrollTogether()
    {
        // Enough lines to scroll: a long definition on both sides.
        QStringList lines;
        for (int i = 0; i < 200; ++i)
            lines << QStringLiteral("    c%1 INTEGER,").arg(i);
        Gui::SideBySideDiffView *view = m_page->ddlView();
        view->setTexts(lines.join(u'\n'), lines.join(u'\n') + QStringLiteral("\n    extra TEXT"));
        QScrollBar *left = view->leftEdit()->verticalScrollBar();
        QScrollBar *right = view->rightEdit()->verticalScrollBar();
        QVERIFY(left->maximum() > 0);
        left->setValue(left->maximum() / 2);
        QCOMPARE(right->value(), left->value());
        right->setValue(10);
        QCOMPARE(left->value(), 10);
    }
};

QTEST_MAIN(TestSchemaDiffPage)
#include "tst_schemadiffpage.moc"
