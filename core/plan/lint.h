#pragma once

#include "schemapilot/core_export.h"
#include "diff/changeset.h"
#include "plan/plan.h"

#include <QHash>
#include <QList>
#include <QString>

namespace SchemaPilot::Core {

// Writes the probe queries lint attaches to steps. The counting queries are plain SQL every
// engine runs; only quoting and the type-conversion probe differ per engine.
class SCHEMAPILOT_CORE_EXPORT ProbeSqlBuilder
{
public:
    virtual ~ProbeSqlBuilder() = default;
    virtual QString quote(const QString &identifier) const = 0;
    // Counts values of `column` (live name) in `table` that will not convert from `from` to `to`
    // (`to.type` on the desired table, `strictTarget`: values that do not fit fail the step).
    // Empty when the engine converts every value or cannot tell.
    virtual QString unconvertibleCount(const QString &table, const QString &column, const Column &from,
                                       const Column &to, bool strictTarget) const = 0;
    // Counts values of `column` that convert but come out different: rounded, cut short, less
    // precise. Empty when the change keeps every value (or the engine cannot tell).
    virtual QString lossyCount(const QString &table, const QString &column, const Column &from, const Column &to) const;

    QString rowCount(const QString &table) const;
    QString nullCount(const QString &table, const QString &column) const;
    QString nonNullCount(const QString &table, const QString &column) const;
    // Groups of rows sharing the same non-NULL values in `columns`.
    QString duplicateGroups(const QString &table, const QStringList &columns) const;
    // The same over SQL expressions (quoted columns or index expressions), among the rows `where`
    // selects (a partial index's predicate; empty: all rows).
    QString duplicateExpressionGroups(const QString &table, const QStringList &expressions, const QString &where) const;
    // Rows whose non-NULL reference has no row in `refTable`.
    QString orphanRows(const QString &table, const QStringList &columns, const QString &refTable,
                       const QStringList &refColumns) const;
    // Rows for which `expression` is false (NULL passes, as CHECK constraints treat it).
    QString checkViolations(const QString &table, const QString &expression) const;
};

struct LintFindings {
    QList<Warning> warnings;
    QList<DataProbe> probes;

    void appendTo(PlanStep &step) const
    {
        step.warnings << warnings;
        step.probes << probes;
    }
    LintFindings &operator<<(const LintFindings &other)
    {
        warnings << other.warnings;
        probes << other.probes;
        return *this;
    }
};

struct LintContext {
    const ProbeSqlBuilder &sql;
    const Schema &current;
    const Schema &desired;
    // The plan fills NULLs with the column's default before a new NOT NULL applies (SQLite's rebuild
    // copies COALESCE(value, default); the server planners run an UPDATE first), so a default
    // rescues rows that would violate it.
    bool rebuildFillsDefaults = false;
};

// Destructive changes: a static warning (with the row estimate when known) plus a probe that
// replaces it with the real count (see applyProbeResult).
SCHEMAPILOT_CORE_EXPORT LintFindings lintDropTable(const Table &table, const LintContext &context);
SCHEMAPILOT_CORE_EXPORT LintFindings lintDropColumn(const QString &liveTable, const Column &column,
                                                    qint64 rowEstimate, const LintContext &context);
SCHEMAPILOT_CORE_EXPORT LintFindings lintDropView(const View &view);
SCHEMAPILOT_CORE_EXPORT LintFindings lintDropTrigger(const Trigger &trigger);
SCHEMAPILOT_CORE_EXPORT LintFindings lintRenameTable(const QString &from, const QString &to);
SCHEMAPILOT_CORE_EXPORT LintFindings lintRenameColumn(const QString &table, const QString &from, const QString &to);

// Data-dependent findings for every change inside one ModifyTable (new NOT NULL, type changes,
// new UNIQUE/PK, FK, CHECK, dropped columns). `liveTable` is the table's name on the live
// database (before any rename in the same plan): probes run before the plan does.
SCHEMAPILOT_CORE_EXPORT LintFindings lintModifyTable(const change::ModifyTable &modify, const QString &liveTable,
                                                     const LintContext &context);
// A new unique index meets duplicates (MF103). `liveTable` as above; no probe when the index
// needs a column the live table does not have yet.
SCHEMAPILOT_CORE_EXPORT LintFindings lintAddIndex(const Index &index, const QString &liveTable,
                                                  const QHash<QString, QString> &liveColumnNames,
                                                  const LintContext &context);
// RN101, one plan-level warning per suggestion, naming the flag that keeps the data.
SCHEMAPILOT_CORE_EXPORT QList<Warning> renameSuggestionWarnings(const QList<RenameSuggestion> &suggestions);

// Desired column name -> live column name for a ModifyTable (renames followed back; new columns absent).
SCHEMAPILOT_CORE_EXPORT QHash<QString, QString> liveColumnNames(const change::ModifyTable &modify);

// Probe results: the warning a probe yields for a count (message with the count filled in).
SCHEMAPILOT_CORE_EXPORT Warning warningFromProbe(const DataProbe &probe, qint64 count);
// Replaces the step's static warning of the probe's code/table/column with the counted one;
// removes it when the count is 0 and the probe is not `alwaysReport`.
SCHEMAPILOT_CORE_EXPORT void applyProbeResult(PlanStep &step, const DataProbe &probe, qint64 count);

} // namespace SchemaPilot::Core
