// The Connections page driven like a user would: a SQLite file picked by path, the PostgreSQL and
// MariaDB forms filled in against the real test servers. "Test connection" answers without freezing
// the window (a 5 ms timer keeps ticking, also while a server stalls), errors are clear and never
// contain the password, the password never reaches the settings file, and connecting with a desired
// schema fills the Schema Diff and Plan pages for a scratch schema/database.
#include "guitesthelpers.h"

#include "models/difftree.h"
#include "models/planmodel.h"
#include "models/schemadiffmodel.h"
#include "pages/connections/connectionspage.h"
#include "pages/diff/schemadiffpage.h"
#include "pages/plan/applycontroller.h"
#include "pages/plan/planpage.h"
#include "shell/mainwindow.h"
#include "support/mysqlfixture.h"
#include "support/postgresfixture.h"
#include "support/serverfixture.h"

#include "dialects/dialectregistry.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace SchemaPilot;
using namespace SchemaPilot::Test;

namespace {

enum EngineRow { SQLiteRow, PostgresRow, MySqlRow };

constexpr auto kMysqlUrlVariable = "SCHEMAPILOT_TEST_MYSQL_URL";

// What a user types into the server form.
struct ServerForm {
    int engine = PostgresRow;
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;
    QString pgSchema;
};

// Ticks every 5 ms on the GUI thread and remembers the longest gap: a frozen event loop shows up
// as a long gap (or as no ticks at all).
class EventLoopProbe final
{
public:
    EventLoopProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            ++m_ticks;
            m_maxGapMs = qMax(m_maxGapMs, m_sinceLastTick.restart());
        });
        m_sinceLastTick.start();
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    qint64 maxGapMs() const { return qMax(m_maxGapMs, m_sinceLastTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    int m_ticks = 0;
    qint64 m_maxGapMs = 0;
};

// The test servers from the environment; the MariaDB password travels separately from its URL.
std::optional<ServerForm> serverForm(int engine)
{
    const QString text = serverUrlFromEnvironment(engine == PostgresRow ? kPostgresUrlVariable : kMysqlUrlVariable);
    auto url = Core::ConnectionUrl::parse(text);
    if (text.isEmpty() || !url)
        return std::nullopt;
    ServerForm form;
    form.engine = engine;
    form.host = url->host;
    form.port = url->effectivePort();
    form.user = url->user;
    form.database = url->database;
    form.password = QUrl(text).password();
    if (form.password.isEmpty())
        form.password = qEnvironmentVariable(engine == PostgresRow ? "SCHEMAPILOT_DB_PASSWORD" : "SCHEMAPILOT_TEST_MYSQL_PASSWORD");
    return form;
}

QString randomPassword()
{
    return QStringLiteral("Wr0ng-%1-pw").arg(QRandomGenerator::global()->generate64(), 0, 36);
}

// scripts/servers/postgres.sh configures trust authentication: such a server lets any password in,
// so there is no rejected password to show. Asked of the server itself, not assumed.
bool serverAcceptsAnyPassword(const ServerForm &form)
{
    Core::ConnectionUrl url;
    url.engine = form.engine == PostgresRow ? Core::Engine::PostgreSQL : Core::Engine::MySQL;
    url.scheme = url.engineName();
    url.host = form.host;
    url.port = form.port;
    url.user = form.user;
    url.password = randomPassword();
    url.database = form.database;
    return Core::Connection::open(url, Core::Connection::Access::ReadOnly, QStringLiteral("trust-probe")).has_value();
}

} // namespace

#define REQUIRE_ENGINE(engine)                                                                                   \
    do {                                                                                                         \
        if ((engine) == PostgresRow)                                                                             \
            SCHEMAPILOT_REQUIRE_POSTGRES();                                                                      \
        else                                                                                                     \
            SCHEMAPILOT_REQUIRE_SERVER(kMysqlUrlVariable, QStringLiteral("scripts/servers/mariadb.sh"));          \
    } while (false)

class TestConnectionsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<Gui::Session>(m_dialects);
        m_window = std::make_unique<Gui::MainWindow>(*m_session);
        m_window->show();
        m_window->showPage(Gui::MainWindow::ConnectionsPageIndex);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void sqliteFileTestsSuccessfully()
    {
        const QString path = m_dir.filePath(QStringLiteral("app.db"));
        QCOMPARE(createSqliteFile(path, QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")), QString());
        page()->engineBox()->setCurrentIndex(SQLiteRow);
        page()->sqlitePathEdit()->setText(path);
        QCOMPARE(clickTest(), QString());
        QVERIFY2(page()->statusLabel()->text().startsWith(QStringLiteral("✔")), qPrintable(page()->statusLabel()->text()));
    }

    void sqliteBadPathReportsClearError_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("setup");         // "", "folder" or "text"
        QTest::addColumn<QString>("expectedText");
        QTest::addColumn<bool>("mustStayAbsent");
        QTest::newRow("missing file in an existing folder") << "missing.db" << "" << "does not exist" << true;
        QTest::newRow("missing file in a missing folder") << "no-such-folder/missing.db" << "" << "does not exist" << true;
        QTest::newRow("a folder instead of a file") << "a-folder.db" << "folder" << "is a folder" << false;
        QTest::newRow("a text file that is not a database") << "notes.db" << "text" << "not a database" << false;
    }

    void sqliteBadPathReportsClearError()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, setup);
        QFETCH(QString, expectedText);
        QFETCH(bool, mustStayAbsent);
        const QString path = m_dir.filePath(relativePath);
        if (setup == u"folder")
            QVERIFY(QDir(m_dir.path()).mkpath(relativePath));
        if (setup == u"text")
            QVERIFY(writeText(path, QStringLiteral("shopping list: milk, bread, %1\n").arg(QString(4000, u'x'))));
        const QByteArray before = setup == u"text" ? readAll(path) : QByteArray();

        page()->engineBox()->setCurrentIndex(SQLiteRow);
        page()->sqlitePathEdit()->setText(path);
        const QString error = clickTest();
        QVERIFY2(error.contains(expectedText), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));   // says which file
        QVERIFY2(page()->statusLabel()->text().startsWith(QStringLiteral("✖")), qPrintable(page()->statusLabel()->text()));
        if (mustStayAbsent) {
            QVERIFY2(!QFileInfo::exists(path), "testing a missing file must not create it");
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        } else if (setup == u"text") {
            QCOMPARE(readAll(path), before);   // untouched
        }
    }

    // A second Connect while the first check still waits for a stalled server: when that server
    // finally hangs up, its failure must not replace the second database's report.
    void switchingDatabaseNeverShowsThePreviousOne()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        bool hangUp = false;   // once set, later attempts (libpq retries without SSL) are refused at once
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                accepted << socket;
                if (hangUp)
                    socket->abort();
            }
        });
        const QString second = m_dir.filePath(QStringLiteral("second.db"));
        const QString desired = m_dir.filePath(QStringLiteral("gamma.sql"));
        QCOMPARE(createSqliteFile(second, QStringLiteral("CREATE TABLE beta (id INTEGER PRIMARY KEY)")), QString());
        QVERIFY(writeText(desired, QStringLiteral("CREATE TABLE gamma (id INTEGER PRIMARY KEY);\n")));

        ServerForm stalled;
        stalled.host = QStringLiteral("127.0.0.1");
        stalled.port = silent.serverPort();
        stalled.user = QStringLiteral("nobody");
        stalled.database = QStringLiteral("nowhere");
        fillForm(stalled);
        page()->schemaEdit()->setText(desired);
        QSignalSpy report(m_session.get(), &Gui::Session::reportChanged);
        page()->connectButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 5000);   // the first check is now waiting

        page()->engineBox()->setCurrentIndex(SQLiteRow);
        page()->sqlitePathEdit()->setText(second);
        page()->connectButton()->click();
        hangUp = true;
        for (QTcpSocket *socket : std::as_const(accepted))
            socket->abort();
        QVERIFY(waitFor(report, 1, 15000));
        QVERIFY2(m_session->report(), qPrintable(m_session->lastError()));
        QStringList tables;
        for (const auto &table : m_session->report()->current.tables)
            tables << table.name;
        QCOMPARE(tables, QStringList{QStringLiteral("beta")});
        QTest::qWait(300);   // and no late report about the stalled server either
        QCOMPARE(report.count(), 1);
        QVERIFY2(page()->statusLabel()->text().startsWith(QStringLiteral("✔ Connected to sqlite")),
                 qPrintable(page()->statusLabel()->text()));
    }

    void serverTestConnectionKeepsWindowResponsive_data() { engineRows(); }
    void serverTestConnectionKeepsWindowResponsive()
    {
        QFETCH(int, engine);
        REQUIRE_ENGINE(engine);
        fillForm(*serverForm(engine));
        EventLoopProbe probe;
        QSignalSpy finished(page(), &Gui::ConnectionsPage::testFinished);
        QElapsedTimer clickTime;
        clickTime.start();
        page()->testButton()->click();
        // The click returns at once with the test still pending: the connection is opened elsewhere.
        QVERIFY2(clickTime.elapsed() < 50, qPrintable(QString::number(clickTime.elapsed())));
        QVERIFY2(page()->statusLabel()->text().startsWith(QStringLiteral("Testing")), qPrintable(page()->statusLabel()->text()));
        QVERIFY(!page()->testButton()->isEnabled());
        QVERIFY(waitFor(finished, 1, 15000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QVERIFY2(page()->statusLabel()->text().startsWith(QStringLiteral("✔")), qPrintable(page()->statusLabel()->text()));
        QVERIFY(page()->testButton()->isEnabled());
        QVERIFY2(probe.maxGapMs() < 100, qPrintable(QString::number(probe.maxGapMs())));
    }

    // A server that accepts the TCP connection and then says nothing: the test stays pending while
    // the window keeps handling events, and ends with a clear error once the server hangs up.
    void stalledServerDoesNotFreezeTheWindow_data() { engineRows(); }
    void stalledServerDoesNotFreezeTheWindow()
    {
        QFETCH(int, engine);
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        bool hangUp = false;   // once set, later attempts (libpq retries without SSL) are refused at once
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                accepted << socket;
                if (hangUp)
                    socket->abort();
            }
        });
        ServerForm form;
        form.engine = engine;
        form.host = QStringLiteral("127.0.0.1");
        form.port = silent.serverPort();
        form.user = QStringLiteral("nobody");
        form.password = randomPassword();
        form.database = QStringLiteral("nowhere");
        fillForm(form);

        EventLoopProbe probe;
        QSignalSpy finished(page(), &Gui::ConnectionsPage::testFinished);
        page()->testButton()->click();
        QTest::qWait(800);
        QVERIFY2(page()->isTesting() && finished.isEmpty(), "the stalled server should still be pending");
        QVERIFY(!accepted.isEmpty());   // the worker reached the server while the window kept running
        QVERIFY2(probe.ticks() > 50, qPrintable(QString::number(probe.ticks())));
        QVERIFY2(probe.maxGapMs() < 100, qPrintable(QString::number(probe.maxGapMs())));

        hangUp = true;
        for (QTcpSocket *socket : std::as_const(accepted))
            socket->abort();
        QVERIFY(waitFor(finished, 1, 10000));
        const QString error = finished.first().at(0).toString();
        QVERIFY2(error.contains(QStringLiteral("Could not connect to")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(form.port)), qPrintable(error));
        QVERIFY(!error.contains(form.password));
    }

    void wrongPasswordGivesClearErrorWithoutThePassword_data() { engineRows(); }
    void wrongPasswordGivesClearErrorWithoutThePassword()
    {
        QFETCH(int, engine);
        REQUIRE_ENGINE(engine);
        ServerForm form = *serverForm(engine);
        if (serverAcceptsAnyPassword(form))
            QSKIP("the test server uses trust authentication (scripts/servers/postgres.sh: pg_hba.conf): "
                  "it accepts any password, so a wrong one cannot be rejected");
        form.password = randomPassword();
        fillForm(form);
        const QString error = clickTest();
        QVERIFY2(error.startsWith(QStringLiteral("Could not connect to")), qPrintable(error));
        // The engine's own reason, so the user knows it is the password and not the host.
        const QString reason = engine == PostgresRow ? QStringLiteral("password authentication failed")
                                                     : QStringLiteral("Access denied");
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(form.password), qPrintable(error));
        QVERIFY(!page()->statusLabel()->text().contains(form.password));
    }

    // Connect (not just test) with a distinctive password: the recent list remembers the target, the
    // settings file never sees the password, and when the server rejects it the page says the check
    // failed instead of "connected".
    void passwordNeverReachesTheSettingsFile_data() { engineRows(); }
    void passwordNeverReachesTheSettingsFile()
    {
        QFETCH(int, engine);
        REQUIRE_ENGINE(engine);
        ServerForm form = *serverForm(engine);
        const bool rejectsWrongPassword = !serverAcceptsAnyPassword(form);
        form.password = randomPassword();
        fillForm(form);
        const QString schemaFile = m_dir.filePath(QStringLiteral("one-table.sql"));
        QVERIFY(writeText(schemaFile, QStringLiteral("CREATE TABLE t (id int);\n")));
        page()->schemaEdit()->setText(schemaFile);
        QVERIFY(connectAndWait());
        if (rejectsWrongPassword) {
            QVERIFY(!m_session->report());
            QVERIFY2(page()->statusLabel()->text().startsWith(QStringLiteral("✖ Could not connect")),
                     qPrintable(page()->statusLabel()->text()));
        }
        QVERIFY(!page()->statusLabel()->text().contains(form.password));
        QVERIFY(!m_session->lastError().contains(form.password));

        QSettings settings;
        settings.sync();
        const QByteArray stored = readAll(settings.fileName());
        // Not vacuous: the connection is in the file, only its password is not.
        QVERIFY2(stored.contains(QStringLiteral("%1@%2").arg(form.user, form.host).toUtf8()), stored.constData());
        QVERIFY2(!stored.contains(form.password.toUtf8()), stored.constData());
        QVERIFY(!stored.contains(QUrl::toPercentEncoding(form.password)));
        QVERIFY(!stored.contains(form.password.toUtf8().toBase64()));
    }

    void postgresScratchSchemaShowsPendingChanges()
    {
        SCHEMAPILOT_REQUIRE_POSTGRES();
        PostgresScratchSchema scratch;
        QCOMPARE(scratch.create(QStringLiteral("gui")), QString());
        QCOMPARE(scratch.exec(QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL)")), QString());
        ServerForm form = *serverForm(PostgresRow);
        form.pgSchema = scratch.name();
        checkPendingChanges(form);
        // The recent list keeps the schema, so choosing it again compares the same schema.
        const QStringList recent = page()->recentList()->item(0)->data(Qt::UserRole).toStringList();
        QVERIFY2(recent.value(0).endsWith(QStringLiteral("?schema=") + scratch.name()), qPrintable(recent.value(0)));
        page()->pgSchemaEdit()->clear();
        emit page()->recentList()->itemActivated(page()->recentList()->item(0));
        QCOMPARE(page()->pgSchemaEdit()->text(), scratch.name());
    }

    void mariadbScratchDatabaseShowsPendingChanges()
    {
        SCHEMAPILOT_REQUIRE_SERVER(kMysqlUrlVariable, QStringLiteral("scripts/servers/mariadb.sh"));
        SCHEMAPILOT_MYSQL_DATABASE(scratch);
        QCOMPARE(scratch.exec(QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name varchar(100) NOT NULL)")), QString());
        ServerForm form = *serverForm(MySqlRow);
        form.database = scratch.name();
        checkPendingChanges(form);
    }

    // The whole way on PostgreSQL: connect to a scratch schema in the form, Apply on the Plan page,
    // the result on the page, the change, the rows and the audit trail in that schema (not in public).
    void postgresApplyFromThePlanPage()
    {
        SCHEMAPILOT_REQUIRE_POSTGRES();
        auto dialect = m_dialects.forUrl(*Core::ConnectionUrl::parse(postgresTestUrl()));
        QVERIFY(dialect);
        if (!(*dialect)->runtime())
            QSKIP("the PostgreSQL dialect cannot execute plans in this build (Dialect::runtime() is null)");
        PostgresScratchSchema scratch;
        QCOMPARE(scratch.create(QStringLiteral("guiapply")), QString());
        QCOMPARE(scratch.exec(QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);"
                                             "INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')")), QString());
        Gui::GuiSettings settings = m_session->settings();
        settings.backupDirectory = m_dir.filePath(QStringLiteral("pg-backups"));
        settings.dryRunByDefault = false;
        m_session->setSettings(settings);

        ServerForm form = *serverForm(PostgresRow);
        form.pgSchema = scratch.name();
        checkPendingChanges(form);
        Gui::PlanPage *plan = m_window->planPage();
        QVERIFY(plan->applyButton()->isEnabled());   // additive: no consent needed
        QSignalSpy finished(m_window->applyController(), &Gui::ApplyController::runFinished);
        plan->applyButton()->click();
        QVERIFY(waitFor(finished, 1, 60000));
        const auto &result = m_window->applyController()->lastResult();
        QVERIFY(result);
        QVERIFY2(result->status == Core::ApplyStatus::Applied,
                 qPrintable(result->error ? result->error->toString() : plan->resultLabel()->text()));
        QVERIFY2(plan->resultLabel()->text().contains(QStringLiteral("Applied")), qPrintable(plan->resultLabel()->text()));

        const auto columns = [&](const QString &table) {
            return scratch.query(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = '%1' "
                                                "AND table_name = '%2' ORDER BY ordinal_position").arg(scratch.name(), table));
        };
        QCOMPARE(columns(QStringLiteral("customers")), (QStringList{"id", "name", "email"}));
        QCOMPARE(columns(QStringLiteral("orders")), (QStringList{"id", "customer_id"}));
        QCOMPARE(scratch.query(QStringLiteral("SELECT string_agg(name, ',' ORDER BY id) FROM \"%1\".customers").arg(scratch.name())),
                 QStringList{QStringLiteral("Ada,Grace")});
        QCOMPARE(scratch.query(QStringLiteral("SELECT count(*) > 0 FROM \"%1\".schemapilot_history WHERE status = 'applied' "
                                              "AND batch_id = '%2'").arg(scratch.name(), result->batchId)),
                 QStringList{QStringLiteral("true")});
        // The pages refresh: nothing is pending any more.
        QTRY_VERIFY_WITH_TIMEOUT(m_session->report() && m_session->report()->plan.isEmpty(), 15000);
        QVERIFY(!plan->applyButton()->isEnabled());
    }

private:
    Gui::ConnectionsPage *page() const { return m_window->connectionsPage(); }

    void engineRows()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("postgresql") << int(PostgresRow);
        QTest::newRow("mariadb") << int(MySqlRow);
    }

    void fillForm(const ServerForm &form)
    {
        page()->engineBox()->setCurrentIndex(form.engine);
        page()->hostEdit()->setText(form.host);
        page()->portBox()->setValue(form.port);
        page()->userEdit()->setText(form.user);
        page()->passwordEdit()->setText(form.password);
        page()->databaseEdit()->setText(form.database);
        page()->pgSchemaEdit()->setText(form.pgSchema);
    }

    // Clicks "Test connection" and returns the error ("" when the connection works).
    QString clickTest()
    {
        QSignalSpy finished(page(), &Gui::ConnectionsPage::testFinished);
        page()->testButton()->click();
        if (!waitFor(finished, 1, 15000))
            return QStringLiteral("<test connection never finished>");
        return finished.first().at(0).toString();
    }

    // Clicks Connect and waits for the first check of that target.
    bool connectAndWait()
    {
        QElapsedTimer idle;
        idle.start();
        while (m_session->isChecking() && idle.elapsed() < 30000)
            QTest::qWait(10);
        QSignalSpy report(m_session.get(), &Gui::Session::reportChanged);
        page()->connectButton()->click();
        return waitFor(report, 1, 30000);
    }

    // Desired: customers gains a column, orders is new. Both pages must show exactly that.
    void checkPendingChanges(const ServerForm &form)
    {
        const QString desired = m_dir.filePath(QStringLiteral("desired-%1.sql").arg(form.engine));
        QVERIFY(writeText(desired, form.engine == PostgresRow
                                       ? QStringLiteral("CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL, email text);\n"
                                                        "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers (id));\n")
                                       : QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name varchar(100) NOT NULL, email varchar(200));\n"
                                                        "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, "
                                                        "FOREIGN KEY (customer_id) REFERENCES customers (id));\n")));
        fillForm(form);
        page()->schemaEdit()->setText(desired);
        QVERIFY(connectAndWait());
        QVERIFY2(m_session->report(), qPrintable(m_session->lastError()));
        QVERIFY2(page()->statusLabel()->text().startsWith(QStringLiteral("✔ Connected to")), qPrintable(page()->statusLabel()->text()));
        QVERIFY2(page()->statusLabel()->text().contains(QStringLiteral("%1 pending operation").arg(m_session->report()->plan.steps.size())),
                 qPrintable(page()->statusLabel()->text()));
        QCOMPARE(m_window->currentPage(), int(Gui::MainWindow::PlanPageIndex));
        if (!form.pgSchema.isEmpty()) {
            // The user sees which schema is compared, here and in the status bar.
            QVERIFY2(page()->statusLabel()->text().contains(QStringLiteral("?schema=") + form.pgSchema), qPrintable(page()->statusLabel()->text()));
            QVERIFY2(m_window->connectionLabel()->text().contains(QStringLiteral("?schema=") + form.pgSchema),
                     qPrintable(m_window->connectionLabel()->text()));
        }

        // Schema Diff: top-level table rows with their status; customers changed proves the scratch
        // schema/database was read (elsewhere it would be "added").
        QAbstractItemModel *tree = m_window->diffPage()->tree()->model();
        QMap<QString, int> statusOf;
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex name = tree->index(row, Gui::SchemaDiffModel::NameColumn);
            statusOf.insert(name.data().toString(), name.data(Gui::SchemaDiffModel::StatusRole).toInt());
        }
        QCOMPARE(statusOf.value(QStringLiteral("customers"), -1), int(Gui::DiffStatus::Changed));
        QCOMPARE(statusOf.value(QStringLiteral("orders"), -1), int(Gui::DiffStatus::Added));
        QCOMPARE(statusOf.size(), 2);

        // Plan: the operations with their targets, in the table the user reads.
        Gui::PlanModel *plan = m_window->planPage()->model();
        QStringList operations;
        for (int row = 0; row < plan->rowCount(); ++row)
            operations << plan->index(row, Gui::PlanModel::OperationColumn).data().toString() + u' '
                              + plan->index(row, Gui::PlanModel::TargetColumn).data().toString();
        QVERIFY2(operations.contains(QStringLiteral("ADD_COLUMN customers.email")), qPrintable(operations.join(", ")));
        QVERIFY2(operations.contains(QStringLiteral("CREATE_TABLE orders")), qPrintable(operations.join(", ")));
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Core::DialectRegistry m_dialects = Core::DialectRegistry::withBuiltins();
    QTemporaryDir m_dir;
    std::unique_ptr<Gui::Session> m_session;
    std::unique_ptr<Gui::MainWindow> m_window;
};

QTEST_MAIN(TestConnectionsPage)
#include "tst_connectionspage.moc"
