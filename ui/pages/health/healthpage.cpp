#include "pages/health/healthpage.h"

#include "common/icons.h"
#include "common/offthread.h"
#include "common/session.h"
#include "pages/health/migrationchart.h"

#include "backup/backupstore.h"
#include "dialects/executionruntime.h"
#include "health/healthgatherer.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {

struct Gathered {
    HealthReport report;
    QList<RunSample> runs;
};

Result<Gathered> gather(const DialectRegistry &dialects, const ConnectionUrl &url, const QString &backupDir,
                        const std::optional<CheckReport> &check)
{
    auto dialect = dialects.forUrl(url);
    if (!dialect)
        return std::unexpected(dialect.error());
    auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("health"));
    if (!connection)
        return std::unexpected(connection.error());
    HealthGatherOptions options;
    options.deep = true;   // default history options: reading needs no HMAC key
    auto input = gatherHealthInput((*connection)->database(), options);
    if (!input)
        return std::unexpected(input.error());
    if (check)
        addCheckReport(*input, *check);
    if (!backupDir.isEmpty()) {
        if (auto stats = BackupStore(backupDir).stats()) {
            input->backupsChecked = true;
            input->backupCount = stats->count;
            input->newestBackupAt = stats->newest;
            input->lastVerifiedAt = stats->lastVerified;
            input->lastVerifyOk = stats->lastVerifyOk;
        }
    }
    if (const ExecutionRuntime *runtime = (*dialect)->runtime()) {
        if (auto lock = runtime->migrationLock(url)->peek()) {
            input->lockChecked = true;
            input->lockHeld = lock->held;
            input->lockStale = lock->stale;
            input->lockSince = lock->acquiredAt;
            input->lockOwner = lock->owner;
        }
    }
    Gathered gathered;
    gathered.report = computeHealth(*input);
    const HistoryStore store((*connection)->database(), options.history);
    if (auto batches = store.batches(30)) {
        for (const HistoryBatch &batch : *batches) {
            if (batch.records.isEmpty())
                continue;
            RunSample run;
            run.batchId = batch.batchId;
            run.startedAt = batch.records.first().startedAt;
            for (const HistoryRecord &r : batch.records)
                run.ms += r.executionMs;
            run.outcome = batchOutcome(batch.records);
            gathered.runs << run;
        }
        std::reverse(gathered.runs.begin(), gathered.runs.end());   // oldest left
    }
    return gathered;
}

QColor scoreColor(int score)
{
    return score >= 80 ? QColor(0x2e, 0x9d, 0x4f) : score >= 50 ? QColor(0xd4, 0x8a, 0x10) : QColor(0xd3, 0x3b, 0x3b);
}

QString statusText(const QString &status)
{
    if (status == u"healthy")
        return HealthPage::tr("healthy");
    if (status == u"degraded")
        return HealthPage::tr("degraded");
    if (status == u"critical")
        return HealthPage::tr("critical");
    return status;
}

} // namespace

HealthPage::HealthPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_score(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_parts(new QTreeWidget(this))
    , m_chart(new MigrationChart(this))
    , m_recheck(new QPushButton(icon(Icon::Refresh), tr("Check again"), this))
{
    m_score->setObjectName(QStringLiteral("healthScore"));
    m_score->setTextFormat(Qt::RichText);
    m_score->setMinimumWidth(160);
    m_score->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_parts->setHeaderLabels({tr("Part"), tr("Score"), tr("Weight"), tr("Why"), tr("What to do")});
    m_parts->setRootIsDecorated(false);
    m_parts->setWordWrap(true);
    m_parts->setAlternatingRowColors(true);
    m_parts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parts->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_parts->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_parts->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_score);
    top->addWidget(m_summary, 1);
    top->addWidget(m_recheck, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_parts);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_recheck, &QPushButton::clicked, this, &HealthPage::reload);
    connect(&m_session, &Session::databaseChanged, this, &HealthPage::reload);
    connect(&m_session, &Session::reportChanged, this, &HealthPage::reload);
    reload();
}

void HealthPage::reload()
{
    if (!m_session.hasConnection()) {
        m_score->setText(QStringLiteral("<span style='font-size:28pt'>—</span>"));
        m_summary->setText(tr("Connect to a database to see its health."));
        emit loaded();
        return;
    }
    if (m_busy) {
        m_reloadPending = true;
        return;
    }
    m_busy = true;
    m_recheck->setEnabled(false);
    const auto directory = m_session.backupDirectory();
    const DialectRegistry *dialects = &m_session.dialects();
    runOffThread(this, m_session.pool(),
                 [dialects, url = m_session.url(), dir = directory ? *directory : QString(), check = m_session.report()] {
                     return gather(*dialects, url, dir, check);
                 },
                 [this](const Result<Gathered> &gathered) {
                     m_busy = false;
                     m_recheck->setEnabled(true);
                     if (m_reloadPending) {
                         m_reloadPending = false;
                         reload();
                         return;
                     }
                     m_parts->clear();
                     if (!gathered) {
                         m_score->setText(QStringLiteral("<span style='font-size:28pt'>?</span>"));
                         m_summary->setText(tr("<b>Cannot check the health:</b> %1").arg(gathered.error().message.toHtmlEscaped()));
                         emit loaded();
                         return;
                     }
                     m_report = gathered->report;
                     m_runs = gathered->runs;
                     m_score->setText(QStringLiteral("<span style='font-size:30pt;font-weight:600;color:%1'>%2</span><br>%3")
                                          .arg(scoreColor(m_report.score).name())
                                          .arg(m_report.score)
                                          .arg(statusText(m_report.status)));
                     int actions = 0;
                     for (const HealthPart &part : m_report.parts) {
                         auto *item = new QTreeWidgetItem(m_parts, {part.title,
                                                                   part.evaluated ? QString::number(part.score) : tr("not checked"),
                                                                   QString::number(part.weight), part.reason, part.action});
                         item->setIcon(0, icon(!part.evaluated ? Icon::Info : part.score >= 80 ? Icon::Verify
                                                              : part.score >= 50 ? Icon::Warning : Icon::Danger));
                         item->setForeground(1, scoreColor(part.evaluated ? part.score : 100));
                         item->setToolTip(3, part.reason);
                         item->setToolTip(4, part.action);
                         actions += part.action.isEmpty() ? 0 : 1;
                     }
                     m_summary->setText(actions == 0 ? tr("<b>Nothing to do.</b> %n part(s) checked.", nullptr, int(m_report.parts.size()))
                                                     : tr("<b>%n action(s) would raise the score</b>; see \"What to do\" below.", nullptr, actions));
                     m_chart->setRuns(m_runs);
                     emit loaded();
                 });
}

} // namespace SchemaPilot::Gui
