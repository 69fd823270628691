#include "models/planmodel.h"

#include "common/icons.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 120000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 min").arg(double(ms) / 60000.0, 0, 'f', 1);
}

int worstSeverity(const PlanStep &step)
{
    int worst = -1;
    for (const Warning &w : step.warnings)
        worst = std::max(worst, int(w.severity));
    return worst;
}

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

const PlanStep *PlanModel::step(int row) const
{
    return row >= 0 && row < m_plan.steps.size() ? &m_plan.steps[row] : nullptr;
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    const PlanStep *s = index.isValid() ? step(index.row()) : nullptr;
    if (!s)
        return {};
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return index.row() + 1;
        case OperationColumn: return operationTypeName(s->type);
        case TargetColumn: return s->column.isEmpty() ? s->table : s->table + u'.' + s->column;
        case ComplexityColumn: return complexityName(s->complexity);
        case EstimateColumn: return formatDuration(s->estimatedMs);
        case WarningsColumn:
            if (s->warnings.isEmpty())
                return s->destructive ? tr("destructive") : QString();
            return (s->destructive ? tr("destructive · ") : QString()) + tr("%n warning(s)", nullptr, int(s->warnings.size()));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == WarningsColumn) {
            const int worst = worstSeverity(*s);
            if (s->destructive || worst == int(Severity::Danger))
                return icon(Icon::Danger);
            if (worst == int(Severity::Warning))
                return icon(Icon::Warning);
            if (worst == int(Severity::Info))
                return icon(Icon::Info);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == ComplexityColumn) {
            switch (s->complexity) {
            case Complexity::None:
            case Complexity::Simple: return QBrush(dark ? QColor(0x68, 0xd3, 0x91) : QColor(0x27, 0x6a, 0x3e));
            case Complexity::Moderate: return QBrush(dark ? QColor(0xf6, 0xc3, 0x4f) : QColor(0x97, 0x5a, 0x16));
            case Complexity::Complex: return QBrush(dark ? QColor(0xfc, 0x81, 0x81) : QColor(0xb0, 0x25, 0x25));
            }
        }
        break;
    case Qt::ToolTipRole:
        return s->comment + (s->complexityReason.isEmpty() ? QString() : u'\n' + s->complexityReason);
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == EstimateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StepIndexRole: return index.row();
    case DestructiveRole: return s->destructive;
    case SeverityRole: return worstSeverity(*s);
    }
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case OperationColumn: return tr("Operation");
    case TargetColumn: return tr("Target");
    case ComplexityColumn: return tr("Complexity");
    case EstimateColumn: return tr("Est. downtime");
    case WarningsColumn: return tr("Warnings");
    }
    return {};
}

} // namespace SchemaPilot::Gui
