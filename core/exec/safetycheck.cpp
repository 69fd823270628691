#include "exec/safetycheck.h"

#include "common/tr.h"
#include "db/sqlexec.h"
#include "exec/sidereader.h"

#include <QLocale>

namespace SchemaPilot::Core {

namespace {

qint64 countOrUnknown(const QSqlDatabase &db, const QString &sql)
{
    auto count = queryScalar(db, sql);
    return count && count->isValid() ? count->toLongLong() : -1;
}

} // namespace

QList<ConsentItem> consentNeeded(const Plan &plan, const Dialect &dialect, const QSqlDatabase &db)
{
    QList<ConsentItem> items;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        if (!step.destructive)
            continue;
        ConsentItem item{i, step.type, step.table, step.column, -1, step.comment};
        const QString table = dialect.quoteIdentifier(step.table);
        if (step.type == OperationType::DropTable) {
            item.rowsLost = countOrUnknown(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        } else if (step.type == OperationType::DropColumn && !step.column.isEmpty()) {
            item.rowsLost = countOrUnknown(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL")
                                                   .arg(table, dialect.quoteIdentifier(step.column)));
        }
        if (item.rowsLost < 0) {
            // The planner's destructive (DS1xx) probes counted what this step loses, e.g. the
            // values of a column dropped by a rebuild; other findings (NULLs filled, ...) lose nothing.
            for (const Warning &w : step.warnings)
                if (w.count >= 0 && w.code.startsWith(QStringLiteral("DS")))
                    item.rowsLost = qMax(qint64(0), item.rowsLost) + w.count;
        }
        items << item;
    }
    return items;
}

QString describeConsent(const ConsentItem &item)
{
    const QString what = item.column.isEmpty() ? item.table : item.table + u'.' + item.column;
    QString loss;
    if (item.rowsLost < 0)
        loss = Tr::tr("loses data (count unknown)");
    else if (item.type != OperationType::DropTable)
        loss = Tr::tr("loses %1 non-null value(s)").arg(QLocale::c().toString(item.rowsLost));
    else
        loss = Tr::tr("loses %1 row(s)").arg(QLocale::c().toString(item.rowsLost));
    return QStringLiteral("%1 %2: %3").arg(operationTypeName(item.type), what, loss);
}

Result<void> preflightChecks(const ExecutionRuntime &runtime, const QSqlDatabase &db, IntegrityLevel level)
{
    if (auto ok = runtime.checkIntegrity(db, level); !ok)
        return ok;
    return runtime.checkForeignKeys(db);
}

struct EarlyPreflight::Run {
    std::optional<SideRead<bool>> read;
};

EarlyPreflight::EarlyPreflight(const ExecutionRuntime &runtime, IntegrityLevel level)
    : m_runtime(runtime)
    , m_level(level)
{
}

EarlyPreflight::~EarlyPreflight() = default;

void EarlyPreflight::start(const Connection &connection)
{
    if (m_run || !SideRead<bool>::possible(m_runtime, connection))
        return;
    m_run = std::make_unique<Run>();
    m_run->read.emplace(m_runtime, connection.url(), QStringLiteral("preflight"),
                        [runtime = &m_runtime, level = m_level](const Connection &reader) -> Result<bool> {
        if (auto ok = preflightChecks(*runtime, reader.database(), level); !ok)
            return fail(ok.error());
        return true;
    });
}

Result<void> EarlyPreflight::result(const Connection &connection)
{
    if (m_run) {
        auto early = m_run->read->result();
        m_run.reset();
        // A finding is the database's; a failure to open or read alongside is retried here.
        if (early || early.error().code == ErrorCode::IntegrityCheckFailed) {
            m_ranAlongside = true;
            return early ? Result<void>() : Result<void>(fail(early.error()));
        }
    }
    return preflightChecks(m_runtime, connection.database(), m_level);
}

} // namespace SchemaPilot::Core
