#pragma once

#include "common/guisettings.h"
#include "dialects/dialectregistry.h"
#include "exec/migrationlock.h"
#include "service/checkservice.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <optional>

namespace SchemaPilot::Gui {

// The GUI's one piece of shared state: which database, which desired schema, and the latest check.
// Every database call runs on the session's thread pool; results come back through watchers.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(const Core::DialectRegistry &dialects, QObject *parent = nullptr);
    ~Session() override;

    const Core::DialectRegistry &dialects() const { return m_dialects; }
    QThreadPool *pool() { return &m_pool; }

    bool hasConnection() const { return m_url.has_value(); }
    const Core::ConnectionUrl &url() const { return *m_url; }
    QString schemaFile() const { return m_schemaFile; }
    const Core::DiffOptions &diffOptions() const { return m_diffOptions; }
    Core::CheckRequest checkRequest() const;

    // The latest successful check, if any.
    const std::optional<Core::CheckReport> &report() const { return m_report; }
    QString lastError() const { return m_lastError; }
    bool isChecking() const { return m_watcher.isRunning(); }

    const GuiSettings &settings() const { return m_settings; }
    void setSettings(const GuiSettings &settings);
    // Where this database's backups live: the Settings folder, else core's default next to it.
    Core::Result<QString> backupDirectory() const;

    // The newest lock reading (nullopt: not read yet or the engine has no lock); lockError() else.
    const std::optional<Core::LockInfo> &lockState() const { return m_lock; }
    QString lockError() const { return m_lockError; }

public slots:
    void setTarget(const Core::ConnectionUrl &url, const QString &schemaFile);
    void setSchemaFile(const QString &schemaFile);
    void addColumnRename(const Core::ColumnRenameHint &hint);
    void addTableRename(const Core::TableRenameHint &hint);
    void clearRenames();
    void refresh();
    // After something changed the database (apply, restore, rollback): pages reload, a new check runs.
    void notifyDatabaseChanged();
    void refreshLockState();

signals:
    void targetChanged();
    void checkStarted();
    void reportChanged();          // a new report (or a new error) is available
    void checkFailed(const QString &message);
    void databaseChanged();        // backups, history and health reload
    void settingsChanged();
    void lockStateChanged();

private:
    void onCheckFinished();

    const Core::DialectRegistry &m_dialects;
    QThreadPool m_pool;
    std::optional<Core::ConnectionUrl> m_url;
    QString m_schemaFile;
    Core::DiffOptions m_diffOptions;
    std::optional<Core::CheckReport> m_report;
    QString m_lastError;
    QFutureWatcher<Core::Result<Core::CheckReport>> m_watcher;
    bool m_refreshPending = false;
    bool m_discardRunning = false;   // the running check is for an earlier target: never publish it
    GuiSettings m_settings;
    std::optional<Core::LockInfo> m_lock;
    QString m_lockError;
    QFutureWatcher<Core::Result<Core::LockInfo>> m_lockWatcher;
    QTimer m_lockTimer;
};

} // namespace SchemaPilot::Gui
