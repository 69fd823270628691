#include "plan/complexity.h"

#include "common/tr.h"
#include "plan/warningcodes.h"

#include <QSet>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

QString rowsText(qint64 rows)
{
    return rows < 0 ? Tr::tr("unknown number of rows") : Tr::tr("%1 rows").arg(rows);
}

QString subject(const PlanStep &step)
{
    return step.column.isEmpty() ? step.table : step.table + u'.' + step.column;
}

bool hasWarning(const PlanStep &step, QLatin1StringView code)
{
    return std::any_of(step.warnings.cbegin(), step.warnings.cend(), [&](const Warning &w) { return w.code == code; });
}

} // namespace

ComplexityRating rateStep(const PlanStep &step, const PlanOptions &options)
{
    if (step.destructive) {
        if (step.affectedRows == 0)
            return {Complexity::Moderate, Tr::tr("drops %1, which holds no rows").arg(subject(step))};
        return {Complexity::Complex, Tr::tr("drops data in %1 (%2)").arg(subject(step), rowsText(step.affectedRows))};
    }
    switch (step.type) {
    case OperationType::AlterColumnType:
        return {Complexity::Complex, Tr::tr("changes the type of %1 (%2)").arg(subject(step), rowsText(step.affectedRows))};
    case OperationType::AlterColumn:
        return {Complexity::Complex, Tr::tr("changes the definition of %1 (%2)").arg(subject(step), rowsText(step.affectedRows))};
    case OperationType::AddForeignKey:
    case OperationType::DropForeignKey:
    case OperationType::AddConstraint:
    case OperationType::DropConstraint:
        return {Complexity::Complex, Tr::tr("changes the constraints of %1 (%2)").arg(step.table, rowsText(step.affectedRows))};
    case OperationType::RebuildTable:
        return {Complexity::Complex, Tr::tr("rebuilds table %1 (%2)").arg(step.table, rowsText(step.affectedRows))};
    default:
        break;
    }
    if (step.rewritesTable)
        return {Complexity::Complex, Tr::tr("rewrites table %1 (%2)").arg(step.table, rowsText(step.affectedRows))};
    switch (step.type) {
    case OperationType::CreateIndex:
    case OperationType::DropIndex:
        if (step.affectedRows >= options.largeTableRows)
            return {Complexity::Moderate,
                    Tr::tr("changes an index on large table %1 (%2)").arg(step.table, rowsText(step.affectedRows))};
        return {Complexity::Simple, Tr::tr("changes an index on %1").arg(step.table)};
    case OperationType::RenameTable:
    case OperationType::RenameColumn:
        return {Complexity::Moderate, Tr::tr("renames %1; clients using the old name break").arg(subject(step))};
    case OperationType::DropView:
        if (hasWarning(step, WarningCode::DropViewOrTrigger))
            return {Complexity::Moderate, Tr::tr("drops view %1 for good").arg(step.table)};
        return {Complexity::Simple, Tr::tr("drops view %1 to recreate it").arg(step.table)};
    case OperationType::DropTrigger:
        if (hasWarning(step, WarningCode::DropViewOrTrigger))
            return {Complexity::Moderate, Tr::tr("drops a trigger on %1 for good").arg(step.table)};
        return {Complexity::Simple, Tr::tr("drops a trigger on %1 to recreate it").arg(step.table)};
    case OperationType::DropObject:
        return {Complexity::Moderate, Tr::tr("drops %1").arg(subject(step))};
    case OperationType::DropTable:
    case OperationType::DropColumn:
        return {Complexity::Moderate, Tr::tr("drops %1").arg(subject(step))};
    default:
        return {Complexity::Simple, Tr::tr("adds to %1 without touching existing rows").arg(subject(step))};
    }
}

void rateComplexity(Plan &plan, const PlanOptions &options)
{
    plan.complexity = Complexity::None;
    plan.complexityReasons.clear();
    QSet<QString> tables;
    for (PlanStep &step : plan.steps) {
        const ComplexityRating rating = rateStep(step, options);
        step.complexity = rating.level;
        step.complexityReason = rating.reason;
        plan.complexity = std::max(plan.complexity, rating.level);
        const bool viewOrTrigger = step.type == OperationType::CreateView || step.type == OperationType::DropView
            || step.type == OperationType::CreateTrigger || step.type == OperationType::DropTrigger;
        if (!step.table.isEmpty() && !viewOrTrigger)
            tables.insert(step.table.toLower());
    }
    for (const PlanStep &step : plan.steps)
        if (step.complexity == plan.complexity && !plan.complexityReasons.contains(step.complexityReason))
            plan.complexityReasons << step.complexityReason;
    if (tables.size() > 1 && plan.complexity <= Complexity::Moderate) {
        if (plan.complexity < Complexity::Moderate)
            plan.complexityReasons.clear();
        plan.complexity = Complexity::Moderate;
        plan.complexityReasons << Tr::tr("touches %1 tables").arg(tables.size());
    }
}

} // namespace SchemaPilot::Core
