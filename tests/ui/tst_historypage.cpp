// The History page over an audit trail written by core's HistoryStore into a real SQLite file:
// contents, sorting, every filter, the detail pane and the CSV/JSON export.
#include "guitesthelpers.h"

#include "models/historymodel.h"
#include "pages/history/historypage.h"

#include "dialects/dialectregistry.h"
#include "history/historystore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

namespace {

Core::HistoryRecord record(const QString &batch, int n, Core::HistoryStatus status, const QString &table, const QString &type,
                           const QDateTime &when, const QString &error = {})
{
    Core::HistoryRecord r;
    r.batchId = batch;
    r.migrationId = QStringLiteral("%1-%2").arg(batch).arg(n);
    r.description = QStringLiteral("%1 %2").arg(type, table);
    r.operationType = type;
    r.tableName = table;
    r.forwardSql = {QStringLiteral("CREATE TABLE %1(id INTEGER PRIMARY KEY)").arg(table)};
    r.rollbackSql = {QStringLiteral("DROP TABLE %1").arg(table)};
    r.status = status;
    r.startedAt = when;
    r.finishedAt = when.addMSecs(40 + n);
    r.executionMs = 40 + n;
    r.errorMessage = error;
    return r;
}

} // namespace

class TestHistoryPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("audited.db"));
        m_schema = m_dir.filePath(QStringLiteral("desired.sql"));
        QCOMPARE(createSqliteFile(m_db, QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY);")), QString());
        QVERIFY(writeText(m_schema, QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY);")));
        auto url = Core::ConnectionUrl::parse(m_db);
        auto connection = Core::Connection::open(*url, Core::Connection::Access::ReadWrite, QStringLiteral("seed"));
        QVERIFY(connection);
        Core::HistoryStore store((*connection)->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_threeDaysAgo = now.addDays(-3);
        auto appended = store.appendAll({
            record(QStringLiteral("batch-a"), 1, Core::HistoryStatus::Applied, QStringLiteral("customers"), QStringLiteral("CREATE_TABLE"), m_threeDaysAgo),
            record(QStringLiteral("batch-a"), 2, Core::HistoryStatus::Applied, QStringLiteral("customers"), QStringLiteral("CREATE_INDEX"), m_threeDaysAgo.addSecs(1)),
            record(QStringLiteral("batch-b"), 1, Core::HistoryStatus::Failed, QStringLiteral("orders"), QStringLiteral("ADD_COLUMN"), now.addDays(-1),
                   QStringLiteral("UNIQUE constraint failed: orders.code")),
            record(QStringLiteral("batch-c"), 1, Core::HistoryStatus::Refused, QString(), QStringLiteral("RUN"), now),
        });
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error().toString()));
    }

    void init()
    {
        m_session = std::make_unique<Gui::Session>(m_dialects);
        QVERIFY(connectAndCheck(*m_session, m_db, m_schema));
        m_page = std::make_unique<Gui::HistoryPage>(*m_session);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The page reads the trail on its own when built; wait until that read is in.
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_page->model()->rowCount() > 0, 10000);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    void showsEveryRecordNewestFirst()
    {
        QCOMPARE(m_page->model()->rowCount(), 4);
        QCOMPARE(m_page->proxy()->rowCount(), 4);
        const QModelIndex first = m_page->proxy()->index(0, Gui::HistoryModel::StatusColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("refused"));
        const QModelIndex last = m_page->proxy()->index(3, Gui::HistoryModel::OperationColumn);
        QCOMPARE(last.data().toString(), QStringLiteral("CREATE_TABLE"));
        // Only batch-a has applied rows: it is what "Roll back last batch" would undo.
        QVERIFY(m_page->rollbackButton()->isEnabled());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sinceDaysAgo");   // -1: no lower bound
        QTest::addColumn<int>("untilDaysAgo");   // -1: no upper bound
        QTest::addColumn<int>("expected");
        QTest::newRow("no filter") << QString() << QString() << QString() << -1 << -1 << 4;
        QTest::newRow("status failed") << QStringLiteral("failed") << QString() << QString() << -1 << -1 << 1;
        QTest::newRow("status applied") << QStringLiteral("applied") << QString() << QString() << -1 << -1 << 2;
        QTest::newRow("table customers") << QString() << QStringLiteral("customers") << QString() << -1 << -1 << 2;
        QTest::newRow("text in the error, any case") << QString() << QString() << QStringLiteral("unique CONSTRAINT") << -1 << -1 << 1;
        QTest::newRow("text in the SQL") << QString() << QString() << QStringLiteral("create table orders") << -1 << -1 << 1;
        QTest::newRow("since two days ago") << QString() << QString() << QString() << 2 << -1 << 2;
        QTest::newRow("until two days ago") << QString() << QString() << QString() << -1 << 2 << 2;
        QTest::newRow("status and table that never meet") << QStringLiteral("failed") << QStringLiteral("customers") << QString() << -1 << -1 << 0;
    }

    void filters()
    {
        QFETCH(QString, status);
        QFETCH(QString, table);
        QFETCH(QString, text);
        QFETCH(int, sinceDaysAgo);
        QFETCH(int, untilDaysAgo);
        QFETCH(int, expected);
        if (!status.isEmpty()) {
            const int index = m_page->statusBox()->findText(status);
            QVERIFY(index > 0);
            m_page->statusBox()->setCurrentIndex(index);
        }
        m_page->tableBox()->setEditText(table);
        m_page->textEdit()->setText(text);
        if (sinceDaysAgo >= 0) {
            m_page->sinceBox()->setChecked(true);
            m_page->sinceEdit()->setDate(QDate::currentDate().addDays(-sinceDaysAgo));
        }
        if (untilDaysAgo >= 0) {
            m_page->untilBox()->setChecked(true);
            m_page->untilEdit()->setDate(QDate::currentDate().addDays(-untilDaysAgo));
        }
        QCOMPARE(m_page->proxy()->rowCount(), expected);
        QCOMPARE(m_page->visibleRecords().size(), expected);
    }

    void detailPaneShowsSqlErrorAndTimings()
    {
        m_page->textEdit()->setText(QStringLiteral("UNIQUE"));
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        m_page->table()->setCurrentIndex(m_page->proxy()->index(0, 0));
        QCOMPARE(m_page->forwardView()->toPlainText(), QStringLiteral("CREATE TABLE orders(id INTEGER PRIMARY KEY);"));
        QCOMPARE(m_page->rollbackView()->toPlainText(), QStringLiteral("DROP TABLE orders;"));
        const QString detail = m_page->detailView()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("UNIQUE constraint failed: orders.code")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("41 ms")), qPrintable(detail));
    }

    void sortsByDuration()
    {
        m_page->table()->sortByColumn(Gui::HistoryModel::DurationColumn, Qt::AscendingOrder);
        QCOMPARE(m_page->proxy()->index(0, Gui::HistoryModel::DurationColumn).data().toString(), QStringLiteral("41 ms"));
        QCOMPARE(m_page->proxy()->index(3, Gui::HistoryModel::DurationColumn).data().toString(), QStringLiteral("42 ms"));
    }

    void exportsWhatTheFiltersShow()
    {
        m_page->statusBox()->setCurrentIndex(m_page->statusBox()->findText(QStringLiteral("applied")));
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        QCOMPARE(m_page->exportTo(csv, false), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);   // header + two applied rows
        QVERIFY(lines.at(0).contains(QStringLiteral("batch_id")));
        const QString json = m_dir.filePath(QStringLiteral("history.json"));
        QCOMPARE(m_page->exportTo(json, true), QString());
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("count")).toInt(), 2);
    }

private:
    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    QString m_db;
    QString m_schema;
    QDateTime m_threeDaysAgo;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::HistoryPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
