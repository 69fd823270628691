#include "pages/health/migrationchart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

MigrationChart::MigrationChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setRuns({});
}

void MigrationChart::setRuns(const QList<RunSample> &runs)
{
    auto *chart = new QChart;
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setTitle(runs.isEmpty() ? tr("No migrations recorded yet") : tr("Recent migrations: duration and outcome"));
    chart->setMargins(QMargins(4, 4, 4, 4));

    // One bar per run; a run's value sits in the set of its outcome, zero in the others (stacked).
    auto *ok = new QBarSet(tr("succeeded"));
    auto *failed = new QBarSet(tr("failed"));
    auto *other = new QBarSet(tr("refused / undone"));
    ok->setColor(QColor(0x2e, 0x9d, 0x4f));
    failed->setColor(QColor(0xd3, 0x3b, 0x3b));
    other->setColor(QColor(0x8a, 0x8f, 0x98));
    QStringList labels;
    qint64 maxMs = 1;
    for (const RunSample &run : runs) {
        const bool good = run.outcome == HistoryStatus::Applied;
        const bool bad = run.outcome == HistoryStatus::Failed || run.outcome == HistoryStatus::TimedOut;
        *ok << (good ? run.ms : 0);
        *failed << (bad ? run.ms : 0);
        *other << (!good && !bad ? qMax<qint64>(run.ms, 1) : 0);
        labels << QLocale().toString(run.startedAt.toLocalTime(), QStringLiteral("MM-dd HH:mm"));
        maxMs = qMax(maxMs, run.ms);
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(runs.size() < 6 ? 0.2 : 0.7);   // a lone run should not fill the chart
    series->append(ok);
    series->append(failed);
    series->append(other);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsColor(palette.color(QPalette::Text));
    x->setLabelsAngle(labels.size() > 8 ? -60 : 0);
    auto *y = new QValueAxis;
    y->setRange(0, double(maxMs) * 1.1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("ms"));
    y->setLabelsColor(palette.color(QPalette::Text));
    y->setTitleBrush(palette.text());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);

    QChart *previous = this->chart();
    setChart(chart);
    delete previous;
    m_bars = int(runs.size());
}

} // namespace SchemaPilot::Gui
