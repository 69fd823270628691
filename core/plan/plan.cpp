#include "plan/plan.h"

#include "plan/warningcodes.h"

#include <algorithm>

namespace SchemaPilot::Core {

bool Plan::isDestructive() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const PlanStep &s) { return s.destructive; });
}

QStringList Plan::forwardSql() const
{
    QStringList all;
    for (const PlanStep &s : steps)
        all << s.sql;
    return all;
}

QStringList Plan::rollbackSql() const
{
    QStringList all;
    for (auto it = steps.crbegin(); it != steps.crend(); ++it)
        all << it->rollbackSql;
    return all;
}

QList<Warning> Plan::allWarnings() const
{
    QList<Warning> all = warnings;
    for (const PlanStep &s : steps)
        all << s.warnings;
    return all;
}

QList<Warning> Plan::predictedFailures() const
{
    // Only danger findings with a real count: the informational variants say the plan fills the
    // NULLs itself, and an uncounted probe (-1) predicts nothing.
    static const QList<QLatin1StringView> failing{WarningCode::NotNullOnNulls, WarningCode::UnconvertibleValues,
                                                  WarningCode::DuplicateValues, WarningCode::OrphanRows,
                                                  WarningCode::CheckViolations};
    QList<Warning> found;
    for (const Warning &w : allWarnings())
        if (w.severity == Severity::Danger && w.count > 0 && failing.contains(w.code))
            found << w;
    return found;
}

QString operationTypeName(OperationType type)
{
    switch (type) {
    case OperationType::CreateTable: return QStringLiteral("CREATE_TABLE");
    case OperationType::DropTable: return QStringLiteral("DROP_TABLE");
    case OperationType::AddColumn: return QStringLiteral("ADD_COLUMN");
    case OperationType::DropColumn: return QStringLiteral("DROP_COLUMN");
    case OperationType::AlterColumnType: return QStringLiteral("ALTER_COLUMN_TYPE");
    case OperationType::AlterColumn: return QStringLiteral("ALTER_COLUMN");
    case OperationType::RebuildTable: return QStringLiteral("REBUILD_TABLE");
    case OperationType::CreateIndex: return QStringLiteral("CREATE_INDEX");
    case OperationType::DropIndex: return QStringLiteral("DROP_INDEX");
    case OperationType::CreateView: return QStringLiteral("CREATE_VIEW");
    case OperationType::DropView: return QStringLiteral("DROP_VIEW");
    case OperationType::CreateTrigger: return QStringLiteral("CREATE_TRIGGER");
    case OperationType::DropTrigger: return QStringLiteral("DROP_TRIGGER");
    case OperationType::AddForeignKey: return QStringLiteral("ADD_FOREIGN_KEY");
    case OperationType::DropForeignKey: return QStringLiteral("DROP_FOREIGN_KEY");
    case OperationType::RenameColumn: return QStringLiteral("RENAME_COLUMN");
    case OperationType::RenameTable: return QStringLiteral("RENAME_TABLE");
    case OperationType::AddConstraint: return QStringLiteral("ADD_CONSTRAINT");
    case OperationType::DropConstraint: return QStringLiteral("DROP_CONSTRAINT");
    case OperationType::CreateObject: return QStringLiteral("CREATE_OBJECT");
    case OperationType::DropObject: return QStringLiteral("DROP_OBJECT");
    }
    return QStringLiteral("UNKNOWN");
}

QString complexityName(Complexity complexity)
{
    switch (complexity) {
    case Complexity::None: return QStringLiteral("NONE");
    case Complexity::Simple: return QStringLiteral("SIMPLE");
    case Complexity::Moderate: return QStringLiteral("MODERATE");
    case Complexity::Complex: return QStringLiteral("COMPLEX");
    }
    return QStringLiteral("NONE");
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Danger: return QStringLiteral("danger");
    }
    return QStringLiteral("info");
}

} // namespace SchemaPilot::Core
