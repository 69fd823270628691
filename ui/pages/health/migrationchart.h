#pragma once

#include "pages/health/healthpage.h"

#include <QChartView>

class QBarSet;

namespace SchemaPilot::Gui {

// Durations of the recent runs as bars, oldest left; green succeeded, red failed, grey other
// (refused, rolled back, restored). Colours come from fixed hues that read on light and dark.
class MigrationChart final : public QChartView
{
    Q_OBJECT

public:
    explicit MigrationChart(QWidget *parent = nullptr);

    void setRuns(const QList<RunSample> &runs);
    int barCount() const { return m_bars; }

private:
    int m_bars = 0;
};

} // namespace SchemaPilot::Gui
