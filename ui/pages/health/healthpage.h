#pragma once

#include "health/healthscore.h"
#include "history/historyrecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace SchemaPilot::Gui {

class MigrationChart;
class Session;

// One run for the chart: when, how long, how it ended.
struct RunSample {
    QString batchId;
    QDateTime startedAt;
    qint64 ms = 0;
    Core::HistoryStatus outcome = Core::HistoryStatus::Applied;
};

// The health score with its parts (score, weight, reason, the action that fixes it) and a chart
// of recent migration durations and outcomes. Gathered off-thread from the database, its
// backups, its lock and the latest check.
class HealthPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPage(Session &session, QWidget *parent = nullptr);

    QLabel *scoreLabel() const { return m_score; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *partsView() const { return m_parts; }
    MigrationChart *chart() const { return m_chart; }
    const Core::HealthReport &report() const { return m_report; }
    const QList<RunSample> &runs() const { return m_runs; }
    bool isBusy() const { return m_busy; }

public slots:
    void reload();

signals:
    void loaded();

private:
    Session &m_session;
    QLabel *m_score = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_parts = nullptr;
    MigrationChart *m_chart = nullptr;
    QPushButton *m_recheck = nullptr;
    Core::HealthReport m_report;
    QList<RunSample> m_runs;
    bool m_busy = false;
    bool m_reloadPending = false;
};

} // namespace SchemaPilot::Gui
