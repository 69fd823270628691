#include "exec/verification.h"

#include "common/tr.h"
#include "diff/schemadiffer.h"

#include <QLocale>

namespace SchemaPilot::Core {

namespace {

bool rewritesRows(const PlanStep &step)
{
    switch (step.type) {
    case OperationType::RebuildTable:
    case OperationType::AlterColumnType:
    case OperationType::AlterColumn:
    case OperationType::AddConstraint:
    case OperationType::DropConstraint:
    case OperationType::AddForeignKey:
    case OperationType::DropForeignKey:
        return true;
    default:
        break;
    }
    const QString sql = step.sql.join(u'\n');
    return sql.contains(QStringLiteral("INSERT INTO"), Qt::CaseInsensitive)
           && sql.contains(QStringLiteral("CREATE TABLE"), Qt::CaseInsensitive);
}

const change::ModifyTable *modificationOf(const ChangeSet &changes, const QString &table)
{
    for (const Change &c : changes.changes)
        if (const auto *m = std::get_if<change::ModifyTable>(&c))
            if (m->to.name.compare(table, Qt::CaseInsensitive) == 0 || m->from.name.compare(table, Qt::CaseInsensitive) == 0)
                return m;
    return nullptr;
}

QString renamedFrom(const ChangeSet &changes, const QString &table)
{
    for (const Change &c : changes.changes)
        if (const auto *r = std::get_if<change::RenameTable>(&c))
            if (r->to.name.compare(table, Qt::CaseInsensitive) == 0)
                return r->from.name;
    return table;
}

// What is left to do, in the words of the plan's step comments: tells the reader (and the bug
// report) which object the planner failed to reach, not just how many.
QString remainingWork(const Dialect &dialect, const ChangeSet &remaining, const Schema &after, const Schema &desired)
{
    constexpr qsizetype kShown = 5;
    auto plan = dialect.planner().plan(remaining, after, desired, {});
    if (!plan || plan->steps.isEmpty())
        return {};
    QStringList comments;
    for (const PlanStep &step : plan->steps.mid(0, kShown))
        comments << step.comment;
    if (plan->steps.size() > kShown)
        comments << Tr::tr("%n more", nullptr, int(plan->steps.size() - kShown));
    return comments.join(QStringLiteral("; "));
}

} // namespace

QList<RewrittenTable> rewrittenTables(const CheckReport &report)
{
    QList<RewrittenTable> tables;
    QStringList seen;
    for (const PlanStep &step : report.plan.steps) {
        if (!rewritesRows(step) || step.table.isEmpty() || seen.contains(step.table.toLower()))
            continue;
        seen << step.table.toLower();
        RewrittenTable t;
        const change::ModifyTable *modification = modificationOf(report.changes, step.table);
        t.after = modification ? modification->to.name : step.table;
        t.before = modification ? modification->from.name : renamedFrom(report.changes, step.table);
        const Table *before = report.current.table(t.before);
        const Table *after = report.desired.table(t.after);
        if (!before || !after)
            continue;
        for (const Column &column : before->columns) {
            if (column.isGenerated())
                continue;
            QString newName = column.name;
            bool kept = true;
            if (modification) {
                for (const change::TableChange &tc : modification->changes) {
                    if (const auto *r = std::get_if<change::RenameColumn>(&tc); r && r->from.name == column.name)
                        newName = r->to.name;
                    else if (const auto *d = std::get_if<change::DropColumn>(&tc); d && d->column.name == column.name)
                        kept = false;
                    else if (const auto *m = std::get_if<change::ModifyColumn>(&tc);
                             m && m->from.name == column.name
                             && (m->what.testFlag(ColumnAspect::Type) || m->what.testFlag(ColumnAspect::Generated)
                                 || (m->what.testFlag(ColumnAspect::Nullability) && m->to.notNull)))
                        kept = false;   // a type change converts values; a new NOT NULL fills NULLs with the default
                }
            }
            const Column *target = after->column(newName);
            if (!kept || !target || target->isGenerated())
                continue;
            t.columnsBefore << column.name;
            t.columnsAfter << target->name;
        }
        tables << t;
    }
    return tables;
}

Result<void> digestBefore(const ExecutionRuntime &runtime, const Connection &connection, QList<RewrittenTable> &tables)
{
    for (RewrittenTable &t : tables) {
        auto digest = runtime.tableDigest(connection, t.before, t.columnsBefore);
        if (!digest)
            return fail(digest.error());
        t.digest = *digest;
    }
    return {};
}

Result<void> compareDigests(const ExecutionRuntime &runtime, const Connection &connection,
                            const QList<RewrittenTable> &tables)
{
    const QLocale locale = QLocale::c();
    for (const RewrittenTable &t : tables) {
        auto digest = runtime.tableDigest(connection, t.after, t.columnsAfter);
        if (!digest)
            return fail(digest.error());
        if (digest->rows != t.digest.rows)
            return fail(ErrorCode::VerificationFailed,
                        Tr::tr("Table %1 had %2 rows before the migration and %3 after; rolled back")
                            .arg(t.after, locale.toString(t.digest.rows), locale.toString(digest->rows)));
        if (digest->hash != t.digest.hash)
            return fail(ErrorCode::VerificationFailed,
                        Tr::tr("The contents of the kept columns of table %1 (%2) changed during the migration; rolled back")
                            .arg(t.after, t.columnsAfter.join(u", ")));
    }
    return {};
}

Result<QString> verifySchema(const Dialect &dialect, const Connection &connection, const CheckReport &report,
                             const CheckRequest &request)
{
    auto after = dialect.inspector().inspect(connection.database(), request.inspect);
    if (!after)
        return fail(after.error());
    const QString fingerprint = after->fingerprint();
    if (fingerprint == report.desired.fingerprint())
        return fingerprint;
    const ChangeSet remaining = diffSchemas(*after, report.desired, dialect.diffHooks(), {});
    if (remaining.isEmpty())
        return fingerprint;   // equal as far as the differ can tell (e.g. column order after ADD COLUMN)
    const QString work = remainingWork(dialect, remaining, *after, report.desired);
    return fail(ErrorCode::VerificationFailed,
                Tr::tr("After the migration the schema still differs from the desired one in %1 place(s)%2; rolled back. "
                       "This is a planner bug: please report it with the output of `plan`")
                    .arg(remaining.changes.size())
                    .arg(work.isEmpty() ? QString() : Tr::tr(" (still to do: %1)").arg(work)));
}

} // namespace SchemaPilot::Core
