#pragma once

#include "plan/plan.h"

#include <QAbstractTableModel>

namespace SchemaPilot::Gui {

// The ordered operations of a plan, one row each.
class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, OperationColumn, TargetColumn, ComplexityColumn, EstimateColumn, WarningsColumn, ColumnCount };
    enum Role { StepIndexRole = Qt::UserRole + 1, DestructiveRole, SeverityRole };

    explicit PlanModel(QObject *parent = nullptr);
    void setPlan(const Core::Plan &plan);
    const Core::Plan &plan() const { return m_plan; }
    const Core::PlanStep *step(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::Plan m_plan;
};

QString formatDuration(qint64 ms);
// The worst severity among a step's warnings, or -1 when it has none.
int worstSeverity(const Core::PlanStep &step);

} // namespace SchemaPilot::Gui
