#include "common/session.h"

#include "backup/backupstore.h"
#include "common/asyncrun.h"
#include "dialects/executionruntime.h"

#include <utility>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

Session::Session(const DialectRegistry &dialects, QObject *parent)
    : QObject(parent)
    , m_dialects(dialects)
{
    m_pool.setMaxThreadCount(2);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &Session::onCheckFinished);
    connect(&m_lockWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_lockWatcher.isCanceled())
            return;
        const auto result = m_lockWatcher.result();
        if (result) {
            m_lock = *result;
            m_lockError.clear();
        } else {
            m_lock.reset();
            m_lockError = result.error().message;
        }
        emit lockStateChanged();
    });
    // Another process may take the lock at any time; a cheap peek keeps the status bar honest.
    m_lockTimer.setInterval(15000);
    connect(&m_lockTimer, &QTimer::timeout, this, &Session::refreshLockState);
    m_lockTimer.start();
}

Session::~Session()
{
    // A running check holds no GUI state; wait so its connection is closed on its own thread.
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_lockWatcher.cancel();
    m_lockWatcher.waitForFinished();
    m_pool.waitForDone();
}

CheckRequest Session::checkRequest() const
{
    CheckRequest request;
    if (m_url)
        request.url = *m_url;
    request.schemaFile = m_schemaFile;
    request.diff = m_diffOptions;
    request.inspect.schemaName = m_url ? m_url->params.value(QStringLiteral("schema")) : QString();
    request.reuseDesiredLoad = true;   // refreshes are frequent; the executor still loads afresh
    return request;
}

void Session::setTarget(const ConnectionUrl &url, const QString &schemaFile)
{
    m_url = url;
    m_schemaFile = schemaFile;
    m_diffOptions = {};
    m_report.reset();
    m_lastError.clear();
    m_lock.reset();
    m_lockError.clear();
    m_discardRunning = m_watcher.isRunning();
    emit targetChanged();
    emit databaseChanged();
    refreshLockState();
    refresh();
}

void Session::setSchemaFile(const QString &schemaFile)
{
    m_schemaFile = schemaFile;
    m_discardRunning = m_watcher.isRunning();
    emit targetChanged();
    refresh();
}

void Session::addColumnRename(const ColumnRenameHint &hint)
{
    m_diffOptions.columnRenames << hint;
    refresh();
}

void Session::addTableRename(const TableRenameHint &hint)
{
    m_diffOptions.tableRenames << hint;
    refresh();
}

void Session::clearRenames()
{
    m_diffOptions.tableRenames.clear();
    m_diffOptions.columnRenames.clear();
    refresh();
}

void Session::refresh()
{
    if (!m_url || m_schemaFile.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        // Coalesce: one more check after the running one, with the newest settings.
        m_refreshPending = true;
        return;
    }
    const CheckRequest request = checkRequest();
    const DialectRegistry *dialects = &m_dialects;
    emit checkStarted();
    m_watcher.setFuture(asyncRun(&m_pool, [dialects, request] { return runCheck(*dialects, request); }));
}

void Session::setSettings(const GuiSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    emit settingsChanged();
}

Result<QString> Session::backupDirectory() const
{
    if (!m_url)
        return fail(ErrorCode::Usage, tr("Connect to a database first"));
    if (!m_settings.backupDirectory.isEmpty())
        return m_settings.backupDirectory;
    return defaultBackupDirectory(*m_url);
}

void Session::notifyDatabaseChanged()
{
    emit databaseChanged();
    refreshLockState();
    refresh();
}

void Session::refreshLockState()
{
    if (!m_url || m_lockWatcher.isRunning())
        return;
    const ConnectionUrl url = *m_url;
    const DialectRegistry *dialects = &m_dialects;
    m_lockWatcher.setFuture(asyncRun(&m_pool, [dialects, url]() -> Result<LockInfo> {
        auto dialect = dialects->forUrl(url);
        if (!dialect)
            return std::unexpected(dialect.error());
        const ExecutionRuntime *runtime = (*dialect)->runtime();
        if (!runtime)
            return fail(ErrorCode::Unsupported, Session::tr("no migration lock for %1").arg((*dialect)->name()));
        return runtime->migrationLock(url)->peek();
    }));
}

void Session::onCheckFinished()
{
    if (m_watcher.isCanceled())
        return;
    if (std::exchange(m_discardRunning, false)) {
        // A report about the previous database would show the wrong tables; the pending check follows.
        if (std::exchange(m_refreshPending, false))
            refresh();
        return;
    }
    const Result<CheckReport> result = m_watcher.result();
    if (result) {
        m_report = *result;
        m_lastError.clear();
        emit reportChanged();
    } else {
        m_report.reset();
        m_lastError = result.error().toString();
        emit reportChanged();
        emit checkFailed(m_lastError);
    }
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

} // namespace SchemaPilot::Gui
