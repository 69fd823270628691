#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace SchemaPilot::Gui {

class ApplyController;
class BackupsPage;
class ConnectionsPage;
class HealthPage;
class HistoryPage;
class PlanPage;
class SettingsPage;
class SchemaDiffPage;
class Session;

// The shell: a page list on the left, the pages, a toolbar and a status bar. Pages do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { ConnectionsPageIndex, DiffPageIndex, PlanPageIndex, BackupsPageIndex, HistoryPageIndex, HealthPageIndex,
                SettingsPageIndex };

    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the list and the stack; returns its index.
    int addPage(QWidget *page, const QIcon &icon, const QString &title);
    void showPage(int index);
    int currentPage() const;

    ConnectionsPage *connectionsPage() const { return m_connections; }
    SchemaDiffPage *diffPage() const { return m_diff; }
    PlanPage *planPage() const { return m_plan; }
    BackupsPage *backupsPage() const { return m_backups; }
    HistoryPage *historyPage() const { return m_history; }
    HealthPage *healthPage() const { return m_health; }
    SettingsPage *settingsPage() const { return m_settings; }
    ApplyController *applyController() const { return m_applyController; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *applyAction() const { return m_apply; }
    QAction *dryRunAction() const { return m_dryRun; }
    QAction *backupAction() const { return m_backup; }
    QAction *connectAction() const { return m_connect; }
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QLabel *lockLabel() const { return m_lockLabel; }
    QLabel *checkLabel() const { return m_checkLabel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateStatus();
    void updateLockLabel();
    void restoreWindowState();

    Session &m_session;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    ConnectionsPage *m_connections = nullptr;
    SchemaDiffPage *m_diff = nullptr;
    PlanPage *m_plan = nullptr;
    BackupsPage *m_backups = nullptr;
    HistoryPage *m_history = nullptr;
    HealthPage *m_health = nullptr;
    SettingsPage *m_settings = nullptr;
    ApplyController *m_applyController = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_dryRun = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_backup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_lockLabel = nullptr;
    QLabel *m_checkLabel = nullptr;
};

} // namespace SchemaPilot::Gui
