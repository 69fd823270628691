#pragma once

#include "exec/applyresult.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace SchemaPilot::Gui {

// Follows one executor run: the stages as they start, with elapsed times, a Cancel that interrupts
// the running statement (the transaction rolls back), and the result. Never blocks: the run lives
// on a worker thread and reports through the watcher.
class ApplyDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ApplyDialog(const QString &title, QWidget *parent = nullptr);
    ~ApplyDialog() override;

    void start(const QFuture<Core::ApplyResult> &future);
    bool isRunning() const { return m_watcher.isRunning(); }
    bool wasCanceled() const { return m_canceled; }
    const std::optional<Core::ApplyResult> &result() const { return m_result; }

    QTreeWidget *stageList() const { return m_stages; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void runFinished();

protected:
    void reject() override;

private:
    void onProgressText(const QString &text);
    void onFinished();
    void tick();
    void closeCurrentRow();

    QLabel *m_current = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_stages = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<Core::ApplyResult> m_watcher;
    QTimer m_ticker;
    QElapsedTimer m_total;
    QElapsedTimer m_rowTimer;
    QTreeWidgetItem *m_runningRow = nullptr;
    std::optional<Core::ApplyResult> m_result;
    bool m_canceled = false;
};

} // namespace SchemaPilot::Gui
