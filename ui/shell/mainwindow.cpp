#include "shell/mainwindow.h"

#include "common/icons.h"
#include "common/session.h"
#include "common/targettext.h"
#include "pages/backups/backupspage.h"
#include "pages/connections/connectionspage.h"
#include "pages/diff/schemadiffpage.h"
#include "pages/health/healthpage.h"
#include "pages/history/historypage.h"
#include "pages/plan/applycontroller.h"
#include "pages/plan/planpage.h"
#include "pages/settings/settingspage.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace SchemaPilot::Gui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_connectionLabel(new QLabel(this))
    , m_lockLabel(new QLabel(this))
    , m_checkLabel(new QLabel(this))
{
    setWindowTitle(tr("SchemaPilot"));
    setWindowIcon(icon(Icon::App));
    setObjectName(QStringLiteral("mainWindow"));

    m_pageList->setIconSize(QSize(22, 22));
    m_pageList->setFixedWidth(170);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setSpacing(2);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_pageList);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    // Settings first: the other pages read them while they are built.
    m_settings = new SettingsPage(session, this);
    m_connections = new ConnectionsPage(session, this);
    m_diff = new SchemaDiffPage(session, this);
    m_plan = new PlanPage(session, this);
    addPage(m_connections, icon(Icon::Connections), tr("Connections"));
    addPage(m_diff, icon(Icon::Diff), tr("Schema Diff"));
    m_backups = new BackupsPage(session, this);
    m_history = new HistoryPage(session, this);
    m_health = new HealthPage(session, this);
    addPage(m_plan, icon(Icon::Plan), tr("Plan"));
    addPage(m_backups, icon(Icon::Backup), tr("Backups"));
    addPage(m_history, icon(Icon::History), tr("History"));
    addPage(m_health, icon(Icon::Health), tr("Health"));
    addPage(m_settings, icon(Icon::Settings), tr("Settings"));
    m_applyController = new ApplyController(session, *m_plan, this);

    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_checkLabel);

    createActions();
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(&m_session, &Session::targetChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::checkStarted, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::reportChanged, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::lockStateChanged, this, &MainWindow::updateLockLabel);
    connect(m_plan->consentBox(), &QCheckBox::toggled, this, &MainWindow::updateStatus);
    connect(m_applyController, &ApplyController::runFinished, this, &MainWindow::updateStatus);
    connect(&m_session, &Session::targetChanged, this, &MainWindow::updateLockLabel);
    connect(m_connections, &ConnectionsPage::connected, this, [this] { showPage(PlanPageIndex); });
    showPage(ConnectionsPageIndex);
    updateStatus();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(QWidget *page, const QIcon &pageIcon, const QString &title)
{
    const int index = m_stack->addWidget(page);
    new QListWidgetItem(pageIcon, title, m_pageList);
    return index;
}

void MainWindow::showPage(int index)
{
    m_pageList->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);

    m_connect = toolbar->addAction(icon(Icon::Connect), tr("Connect"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_connect->setToolTip(tr("Choose a database and a desired schema (Ctrl+O)"));
    connect(m_connect, &QAction::triggered, this, [this] { showPage(ConnectionsPageIndex); });

    m_refresh = toolbar->addAction(icon(Icon::Refresh), tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Compare the database with the desired schema again (F5)"));
    connect(m_refresh, &QAction::triggered, &m_session, &Session::refresh);

    toolbar->addSeparator();
    m_dryRun = toolbar->addAction(icon(Icon::DryRun), tr("Dry run"));
    m_dryRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_dryRun->setToolTip(tr("Check the plan without changing anything (Ctrl+D)"));
    connect(m_dryRun, &QAction::triggered, m_plan, &PlanPage::dryRunRequested);

    m_apply = toolbar->addAction(icon(Icon::Apply), tr("Apply"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_apply->setToolTip(tr("Apply the plan: lock, checks, backup, transaction (Ctrl+Enter)"));
    connect(m_apply, &QAction::triggered, this, [this] {
        showPage(PlanPageIndex);
        m_plan->applyButton()->click();
    });

    toolbar->addSeparator();
    m_backup = toolbar->addAction(icon(Icon::Backup), tr("Backup now"));
    m_backup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backup->setToolTip(tr("Take a verified backup of the database (Ctrl+B)"));
    connect(m_backup, &QAction::triggered, this, [this] {
        showPage(BackupsPageIndex);
        m_backups->backupNow();
    });

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(DiffPageIndex);
        m_diff->filterEdit()->setFocus();
    });
    addAction(find);
    for (int i = 0; i < 9; ++i) {
        auto *jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(jump, &QAction::triggered, this, [this, i] {
            if (i < m_stack->count())
                showPage(i);
        });
        addAction(jump);
    }
}

void MainWindow::updateStatus()
{
    const bool connected = m_session.hasConnection();
    m_connectionLabel->setText(connected ? tr("Connected: %1  ⇢  %2").arg(targetText(m_session.url()), m_session.schemaFile())
                                         : tr("Not connected"));
    if (m_session.isChecking())
        m_checkLabel->setText(tr("Checking…"));
    else if (m_session.report())
        m_checkLabel->setText(tr("Last check %1 (%2 ms)")
                                  .arg(m_session.report()->checkedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                                  .arg(m_session.report()->checkTimeMs));
    else if (!m_session.lastError().isEmpty())
        m_checkLabel->setText(tr("Last check failed"));
    else
        m_checkLabel->clear();
    const bool hasPlan = m_session.report() && !m_session.report()->plan.isEmpty();
    m_refresh->setEnabled(connected);
    m_dryRun->setEnabled(hasPlan);
    m_apply->setEnabled(hasPlan && m_plan->canApply());   // consent for destructive plans, not while running
    m_backup->setEnabled(connected);
}

void MainWindow::updateLockLabel()
{
    const auto &lock = m_session.lockState();
    if (!m_session.hasConnection()) {
        m_lockLabel->clear();
        return;
    }
    if (!lock) {
        m_lockLabel->setText(m_session.lockError().isEmpty() ? tr("Lock: …") : tr("Lock: unknown"));
        m_lockLabel->setToolTip(m_session.lockError());
        return;
    }
    if (lock->held) {
        m_lockLabel->setText(tr("Locked by %1").arg(lock->owner));
        m_lockLabel->setToolTip(tr("A migration is running: %1").arg(lock->describe()));
    } else if (lock->stale) {
        m_lockLabel->setText(tr("Lock: stale record"));
        m_lockLabel->setToolTip(tr("Left behind by %1, which no longer runs; the next migration takes it over").arg(lock->describe()));
    } else {
        m_lockLabel->setText(tr("Lock: free"));
        m_lockLabel->setToolTip(tr("No migration is running on this database"));
    }
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace SchemaPilot::Gui
