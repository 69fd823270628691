#include "pages/connections/connectionspage.h"

#include "common/asyncrun.h"
#include "common/icons.h"
#include "common/session.h"
#include "common/targettext.h"
#include "db/connection.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {

enum EngineIndex { SQLiteIndex, PostgresIndex, MySqlIndex };
const QString kRecentKey = QStringLiteral("connections/recent");

QHBoxLayout *pathRow(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

} // namespace

ConnectionsPage::ConnectionsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_engine(new QComboBox(this))
    , m_forms(new QStackedWidget(this))
    , m_sqlitePath(new QLineEdit(this))
    , m_host(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_pgSchema(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_recent(new QListWidget(this))
    , m_test(new QPushButton(icon(Icon::Connect), tr("Test connection"), this))
    , m_connect(new QPushButton(icon(Icon::Apply), tr("Connect"), this))
    , m_status(new QLabel(this))
{
    m_engine->addItem(icon(Icon::Connections), tr("SQLite file"));
    m_engine->addItem(icon(Icon::Connections), tr("PostgreSQL"));
    m_engine->addItem(icon(Icon::Connections), tr("MySQL / MariaDB"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not stored; or set SCHEMAPILOT_DB_PASSWORD"));
    m_pgSchema->setPlaceholderText(QStringLiteral("public"));
    m_pgSchema->setToolTip(tr("The PostgreSQL schema to compare and migrate (default: public)"));
    m_pgSchema->setEnabled(false);
    m_sqlitePath->setPlaceholderText(tr("/path/to/app.db"));
    m_schema->setPlaceholderText(tr("/path/to/desired-schema.sql"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *sqliteForm = new QWidget(this);
    auto *sqliteLayout = new QFormLayout(sqliteForm);
    auto *browseDb = new QPushButton(tr("Browse…"), this);
    sqliteLayout->addRow(tr("Database file:"), pathRow(m_sqlitePath, browseDb));

    auto *serverForm = new QWidget(this);
    auto *serverLayout = new QFormLayout(serverForm);
    serverLayout->addRow(tr("Host:"), m_host);
    serverLayout->addRow(tr("Port:"), m_port);
    serverLayout->addRow(tr("User:"), m_user);
    serverLayout->addRow(tr("Password:"), m_password);
    serverLayout->addRow(tr("Database:"), m_database);
    serverLayout->addRow(tr("PostgreSQL schema:"), m_pgSchema);
    m_forms->addWidget(sqliteForm);
    m_forms->addWidget(serverForm);

    auto *browseSchema = new QPushButton(tr("Browse…"), this);
    auto *target = new QGroupBox(tr("Database"), this);
    auto *targetLayout = new QVBoxLayout(target);
    auto *engineRow = new QFormLayout;
    engineRow->addRow(tr("Engine:"), m_engine);
    targetLayout->addLayout(engineRow);
    targetLayout->addWidget(m_forms);

    auto *desired = new QGroupBox(tr("Desired schema"), this);
    auto *desiredLayout = new QFormLayout(desired);
    desiredLayout->addRow(tr("DDL file:"), pathRow(m_schema, browseSchema));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_connect);
    m_connect->setDefault(true);

    auto *recentBox = new QGroupBox(tr("Recent connections"), this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(target);
    layout->addWidget(desired);
    layout->addLayout(buttons);
    layout->addWidget(recentBox, 1);

    connect(m_engine, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_forms->setCurrentIndex(index == SQLiteIndex ? 0 : 1);
        m_pgSchema->setEnabled(index == PostgresIndex);
        if (index == PostgresIndex && m_port->value() == 3306)
            m_port->setValue(5432);
        if (index == MySqlIndex && m_port->value() == 5432)
            m_port->setValue(3306);
    });
    connect(browseDb, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open SQLite database"), m_sqlitePath->text(),
                                                          tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
        if (!path.isEmpty())
            m_sqlitePath->setText(path);
    });
    connect(browseSchema, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the desired schema"), m_schema->text(),
                                                          tr("SQL files (*.sql);;All files (*)"));
        if (!path.isEmpty())
            m_schema->setText(path);
    });
    connect(m_test, &QPushButton::clicked, this, &ConnectionsPage::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionsPage::connectToDatabase);
    connect(&m_testWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_test->setEnabled(true);
        const QString error = m_testWatcher.result();
        m_status->setText(error.isEmpty() ? tr("✔ Connection works.") : tr("✖ %1").arg(error));
        emit testFinished(error);
    });
    connect(&m_session, &Session::reportChanged, this, &ConnectionsPage::showCheckOutcome);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QStringList parts = item->data(Qt::UserRole).toStringList();
        if (auto url = ConnectionUrl::parse(parts.value(0)))
            setForm(*url, parts.value(1));
    });
    loadRecent();
}

ConnectionsPage::~ConnectionsPage()
{
    m_testWatcher.waitForFinished();
}

Result<ConnectionUrl> ConnectionsPage::formUrl() const
{
    if (m_engine->currentIndex() == SQLiteIndex) {
        if (m_sqlitePath->text().trimmed().isEmpty())
            return fail(ErrorCode::Usage, tr("Choose a SQLite database file."));
        ConnectionUrl url;
        url.path = m_sqlitePath->text().trimmed();
        url.scheme = QStringLiteral("sqlite");
        return url;
    }
    if (m_database->text().trimmed().isEmpty())
        return fail(ErrorCode::Usage, tr("Enter the database name."));
    ConnectionUrl url;
    url.engine = m_engine->currentIndex() == PostgresIndex ? Engine::PostgreSQL : Engine::MySQL;
    url.scheme = url.engine == Engine::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("mysql");
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    if (url.password.isEmpty())
        url.password = qEnvironmentVariable("SCHEMAPILOT_DB_PASSWORD");
    url.database = m_database->text().trimmed();
    if (url.engine == Engine::PostgreSQL && !m_pgSchema->text().trimmed().isEmpty())
        url.params.insert(QStringLiteral("schema"), m_pgSchema->text().trimmed());
    return url;
}

void ConnectionsPage::setForm(const ConnectionUrl &url, const QString &schemaFile)
{
    m_engine->setCurrentIndex(url.isSQLite() ? SQLiteIndex : url.engine == Engine::PostgreSQL ? PostgresIndex : MySqlIndex);
    if (url.isSQLite()) {
        m_sqlitePath->setText(url.path);
    } else {
        m_host->setText(url.host);
        m_port->setValue(url.effectivePort());
        m_user->setText(url.user);
        // A password given in the URL (or the environment) must survive the round trip through the form.
        m_password->setText(url.password);
        m_database->setText(url.database);
        m_pgSchema->setText(url.params.value(QStringLiteral("schema")));
    }
    m_schema->setText(schemaFile);
}

void ConnectionsPage::testConnection()
{
    auto url = formUrl();
    if (!url) {
        m_status->setText(tr("✖ %1").arg(url.error().message));
        return;
    }
    m_test->setEnabled(false);
    m_status->setText(tr("Testing %1 …").arg(targetText(*url)));
    // The connection is opened and closed on a worker thread: the window never waits for a server.
    m_testWatcher.setFuture(asyncRun(m_session.pool(), [u = *url] {
        auto connection = Connection::open(u, Connection::Access::ReadOnly, QStringLiteral("test"));
        return connection ? QString() : connection.error().toString();
    }));
}

void ConnectionsPage::connectToDatabase()
{
    auto url = formUrl();
    if (!url) {
        m_status->setText(tr("✖ %1").arg(url.error().message));
        return;
    }
    if (m_schema->text().trimmed().isEmpty()) {
        m_status->setText(tr("✖ Choose the desired schema file (.sql) to compare with."));
        return;
    }
    // Whether the server accepts us is only known after the first check; showCheckOutcome() says so.
    m_pendingTarget = targetText(*url);
    m_status->setText(tr("Connecting to %1 …").arg(m_pendingTarget));
    remember(*url, m_schema->text().trimmed());
    m_session.setTarget(*url, m_schema->text().trimmed());
    emit connected();
}

void ConnectionsPage::showCheckOutcome()
{
    if (m_pendingTarget.isEmpty())
        return;
    const QString target = std::exchange(m_pendingTarget, QString());
    const auto &report = m_session.report();
    if (!report) {
        m_status->setText(tr("✖ %1").arg(m_session.lastError()));
        return;
    }
    const qsizetype pending = report->plan.steps.size();
    m_status->setText(pending > 0 ? tr("✔ Connected to %1: %n pending operation(s) on the Plan page", "", int(pending)).arg(target)
                                  : tr("✔ Connected to %1: the database matches the desired schema").arg(target));
}

void ConnectionsPage::loadRecent()
{
    m_recent->clear();
    const QStringList entries = QSettings().value(kRecentKey).toStringList();
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u'\t');
        auto *item = new QListWidgetItem(icon(Icon::Connections),
                                         QStringLiteral("%1   ⇢   %2").arg(parts.value(0), parts.value(1)), m_recent);
        item->setData(Qt::UserRole, parts);
    }
}

void ConnectionsPage::remember(const ConnectionUrl &url, const QString &schemaFile)
{
    // Never a password in the settings file: drop it before turning the URL into text.
    ConnectionUrl safe = url;
    safe.password.clear();
    const QString entry = targetText(safe) + u'\t' + schemaFile;
    QStringList entries = QSettings().value(kRecentKey).toStringList();
    entries.removeAll(entry);
    entries.prepend(entry);
    while (entries.size() > 10)
        entries.removeLast();
    QSettings().setValue(kRecentKey, entries);
    loadRecent();
}

} // namespace SchemaPilot::Gui
