#include "exec/verification.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "diff/schemadiffer.h"
#include "exec/sidereader.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSemaphore>

#include <atomic>

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

// Steps after which every row a foreign key of another table references is still there unchanged.
bool leavesReferencesAlone(OperationType type)
{
    switch (type) {
    case OperationType::CreateTable:
    case OperationType::AddColumn:
    case OperationType::CreateIndex:
    case OperationType::DropIndex:
    case OperationType::CreateView:
    case OperationType::DropView:
    case OperationType::CreateTrigger:
    case OperationType::DropTrigger:
        return true;
    default:
        return false;
    }
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

// An index a step still to run creates: a CREATE_INDEX step on its table whose SQL names it.
bool isPendingIndex(const Change &change, const QList<PlanStep> &pending)
{
    const auto *add = std::get_if<change::AddIndex>(&change);
    return add && std::any_of(pending.cbegin(), pending.cend(), [&](const PlanStep &step) {
        return step.type == OperationType::CreateIndex && step.table.compare(add->index.table, Qt::CaseInsensitive) == 0
               && sqlMentionsIdentifier(step.sql.join(u'\n'), add->index.name);
    });
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

WrittenTables writtenTables(const CheckReport &report)
{
    WrittenTables written;
    QStringList parents;   // tables whose rows or keys a step may change, dropped ones included
    for (const PlanStep &step : report.plan.steps) {
        if (step.table.isEmpty())
            continue;
        if (!leavesReferencesAlone(step.type) && !parents.contains(step.table, Qt::CaseInsensitive))
            parents << step.table;
        if (const Table *table = report.desired.table(step.table); table && !written.tables.contains(table->name, Qt::CaseInsensitive))
            written.tables << table->name;
    }
    written.foreignKeyTables = written.tables;
    for (const Table &table : report.desired.tables)
        for (const ForeignKey &fk : table.foreignKeys)
            if (parents.contains(fk.refTable, Qt::CaseInsensitive) && !written.foreignKeyTables.contains(table.name, Qt::CaseInsensitive))
                written.foreignKeyTables << table.name;
    return written;
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

struct EarlyDigests::Scan {
    std::atomic<bool> holdsSnapshot{false};
    QSemaphore snapshotTaken;   // released when the snapshot is held, or when the scan gave up before
    std::optional<SideRead<QList<RewrittenTable>>> read;
};

EarlyDigests::EarlyDigests(const ExecutionRuntime &runtime, QList<RewrittenTable> tables)
    : m_runtime(runtime)
    , m_tables(std::move(tables))
{
}

EarlyDigests::~EarlyDigests() = default;   // the scan's SideRead interrupts and waits

void EarlyDigests::start(const Connection &connection)
{
    if (m_tables.isEmpty() || m_scan || !SideRead<QList<RewrittenTable>>::possible(m_runtime, connection))
        return;
    m_markerAtStart = m_runtime.changeMarker(connection);
    m_scan = std::make_shared<Scan>();
    const ExecutionRuntime *runtime = &m_runtime;
    Scan *scan = m_scan.get();   // outlives the read: Scan owns it
    m_scan->read.emplace(m_runtime, connection.url(), QStringLiteral("early-digest"),
                         [runtime, scan, tables = m_tables](const Connection &reader) mutable -> Result<QList<RewrittenTable>> {
        const auto signal = qScopeGuard([scan] { scan->snapshotTaken.release(); });
        if (auto ok = runtime->beginReadSnapshot(reader); !ok)
            return fail(ok.error());
        scan->holdsSnapshot = true;
        scan->snapshotTaken.release();
        auto digested = digestBefore(*runtime, reader, tables);
        (void)runtime->rollback(reader.database());   // ends the read transaction: the migration may commit
        if (!digested)
            return fail(digested.error());
        return tables;
    });
}

Result<void> EarlyDigests::settle(const Connection &connection)
{
    if (m_scan) {
        // Until the scan holds its snapshot, or has ended without one (it could not open its connection).
        while (!m_scan->snapshotTaken.tryAcquire(1, 5) && !m_scan->read->finished()) {
        }
        // Nobody else can commit once the migration holds its write lock, so an unchanged marker
        // means the scan's snapshot is the database as the migration's transaction found it.
        if (m_scan->holdsSnapshot && m_runtime.changeMarker(connection) == m_markerAtStart) {
            m_usedEarlyScan = true;
            return {};
        }
        // A write came in between, or the second connection failed: digest here, under the lock.
        m_scan.reset();
    }
    QList<RewrittenTable> tables = m_tables;
    if (auto ok = digestBefore(m_runtime, connection, tables); !ok)
        return fail(ok.error());
    m_inside = std::move(tables);
    return {};
}

Result<QList<RewrittenTable>> EarlyDigests::before()
{
    if (m_usedEarlyScan && m_scan)
        return m_scan->read->result();
    if (m_inside)
        return *m_inside;
    return fail(ErrorCode::Internal, Tr::tr("The digests before the migration were not taken"));
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
                             const CheckRequest &request, const QList<PlanStep> &pending)
{
    auto after = dialect.inspector().inspect(connection.database(), request.inspect);
    if (!after)
        return fail(after.error());
    const QString fingerprint = after->fingerprint();
    if (fingerprint == report.desired.fingerprint())
        return fingerprint;
    ChangeSet remaining = diffSchemas(*after, report.desired, dialect.diffHooks(), {});
    remaining.changes.removeIf([&](const Change &change) { return isPendingIndex(change, pending); });
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
