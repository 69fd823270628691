#include "dialogs/applydialog.h"

#include "common/applyresulttext.h"
#include "common/icons.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {
enum Column { StageColumn, TimeColumn, DetailColumn };

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("SchemaPilot::Gui::ApplyDialog", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}
} // namespace

ApplyDialog::ApplyDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_current(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stages(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("applyDialog"));
    setMinimumSize(560, 380);
    m_current->setWordWrap(true);
    m_stages->setHeaderLabels({tr("Stage"), tr("Time"), tr("Details")});
    m_stages->setRootIsDecorated(false);
    m_stages->header()->setSectionResizeMode(StageColumn, QHeaderView::ResizeToContents);
    m_stages->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_stages->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("applySummary"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_progress);
    layout->addWidget(m_stages, 1);
    layout->addWidget(m_summary);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ApplyDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this, &ApplyDialog::onProgressText);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ApplyDialog::onFinished);
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &ApplyDialog::tick);
}

ApplyDialog::~ApplyDialog()
{
    // The worker owns its connection and rolls back on cancel; wait so it never outlives us.
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

void ApplyDialog::start(const QFuture<ApplyResult> &future)
{
    m_stages->clear();
    m_summary->clear();
    m_result.reset();
    m_canceled = false;
    m_runningRow = nullptr;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(true);
    m_current->setText(tr("Starting…"));
    m_total.start();
    m_ticker.start();
    m_watcher.setFuture(future);
}

void ApplyDialog::closeCurrentRow()
{
    if (!m_runningRow)
        return;
    m_runningRow->setText(TimeColumn, seconds(m_rowTimer.elapsed()));
    m_runningRow->setIcon(StageColumn, icon(Icon::Apply));
    m_runningRow = nullptr;
}

void ApplyDialog::onProgressText(const QString &text)
{
    if (text.isEmpty())
        return;
    closeCurrentRow();
    m_runningRow = new QTreeWidgetItem(m_stages, {text, seconds(0), QString()});
    m_rowTimer.start();
    m_stages->scrollToItem(m_runningRow);
    m_current->setText(text);
}

void ApplyDialog::tick()
{
    if (m_runningRow)
        m_runningRow->setText(TimeColumn, seconds(m_rowTimer.elapsed()));
    setWindowTitle(windowTitle().section(QStringLiteral(" — "), 0, 0) + QStringLiteral(" — ") + seconds(m_total.elapsed()));
}

void ApplyDialog::onFinished()
{
    m_ticker.stop();
    closeCurrentRow();
    m_cancel->setText(tr("Close"));
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        m_canceled = true;
        m_current->setText(tr("Canceled."));
        m_summary->setText(tr("<b>Canceled.</b> The running statement was interrupted and the transaction rolled back; "
                              "the database is unchanged."));
        emit runFinished();
        return;
    }
    m_result = m_watcher.result();
    // The worker's own account replaces the live list: every stage, with its outcome and time.
    m_stages->clear();
    for (const StageReport &stage : m_result->stages) {
        auto *item = new QTreeWidgetItem(m_stages, {stageTitle(stage.name), QStringLiteral("%1 ms").arg(stage.ms),
                                                    stage.detail.isEmpty() ? stageOutcomeText(stage.outcome) : stage.detail});
        item->setIcon(StageColumn, icon(stage.outcome == StageOutcome::Failed ? Icon::Danger
                                        : stage.outcome == StageOutcome::Skipped ? Icon::Info
                                                                                  : Icon::Apply));
        item->setToolTip(DetailColumn, stage.detail);
    }
    m_current->setText(applyStatusText(m_result->status));
    m_summary->setText(applyResultHtml(*m_result));
    emit runFinished();
}

void ApplyDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Canceling…"));
        m_current->setText(tr("Canceling: interrupting the running statement…"));
        m_watcher.cancel();
        return;   // the dialog stays until the worker has rolled back
    }
    QDialog::reject();
}

} // namespace SchemaPilot::Gui
