#include "service/checkservice.h"

#include "common/logging.h"
#include "common/sqllexer.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "diff/schemadiffer.h"
#include "plan/lint.h"
#include "service/desiredschemacache.h"
#include "service/renameevidence.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace SchemaPilot::Core {

Result<QString> readSchemaFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(ErrorCode::Usage, Tr::tr("No desired schema given; pass --schema FILE"));
    if (!info.exists())
        return fail(Error{ErrorCode::FileNotFound, Tr::tr("The desired schema file does not exist; check the path"),
                          {}, {}, path, 0});
    if (info.isDir())
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("The desired schema path is a folder, not a .sql file"),
                          {}, {}, path, 0});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{ErrorCode::FileUnreadable,
                          Tr::tr("The desired schema file cannot be read; check its permissions"), {},
                          file.errorString(), path, 0});
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return fail(Error{ErrorCode::SchemaLoadFailed,
                          Tr::tr("The desired schema file is binary, not SQL text; pass the .sql file with CREATE statements"),
                          {}, {}, path, 0});
    const QString text = QString::fromUtf8(bytes);
    // Against an empty desired schema every table would be planned away: far likelier a wrong
    // file, or a pipe already read, than a wish.
    SqlLexer lexer(text);
    SqlToken first;
    if (!lexer.next(&first))
        return fail(Error{ErrorCode::SchemaLoadFailed,
                          Tr::tr("The desired schema file holds no SQL statements (it is empty or only comments); "
                                 "pass the .sql file with the CREATE statements of the schema you want"),
                          {}, {}, path, 0});
    return text;
}

namespace {

// A probe past the row budget is not run: the planner's estimate-based warning stays, saying so.
void notCounted(PlanStep &step, const DataProbe &probe, qint64 rows)
{
    const QString size = rows < 0 ? Tr::tr("of unknown size") : Tr::tr("about %1 rows").arg(QLocale::c().toString(rows));
    const QString note = Tr::tr("rows not counted (%1): %2 is %3, more than a quick check reads; `plan` counts them exactly")
                             .arg(probe.code, probe.table, size);
    for (Warning &w : step.warnings) {
        if (w.code == probe.code && w.table == probe.table && w.column == probe.column) {
            w.message += QStringLiteral(" (") + note + u')';
            return;
        }
    }
    step.warnings << Warning{probe.code, Severity::Info, note.left(1).toUpper() + note.mid(1), probe.table, probe.column, -1};
}

// A probe for values a step would change for good (DS104): found, or not counted, the step loses
// data and needs consent like a dropped column; its rollback cannot bring the old values back.
void markDestructive(PlanStep &step, const DataProbe &probe, qint64 count)
{
    if (!probe.destructiveWhenFound || count == 0)
        return;
    step.destructive = true;
    step.rollbackRestoresData = false;
}

} // namespace

void runProbes(Plan &plan, const QSqlDatabase &db)
{
    runProbes(plan, db, Schema{}, -1);
}

void runProbes(Plan &plan, const QSqlDatabase &db, const Schema &current, qint64 rowBudget)
{
    qint64 scanned = 0;
    for (PlanStep &step : plan.steps) {
        const QList<DataProbe> probes = step.probes;
        for (const DataProbe &probe : probes) {
            const Table *table = rowBudget < 0 ? nullptr : current.table(probe.table);
            const qint64 rows = table ? table->rowEstimate : -1;
            if (rowBudget >= 0 && (rows < 0 || scanned + rows > rowBudget)) {
                notCounted(step, probe, rows);
                markDestructive(step, probe, -1);
                continue;
            }
            scanned += std::max<qint64>(rows, 0);
            auto count = queryScalar(db, probe.sql);
            if (!count) {
                markDestructive(step, probe, -1);
                step.warnings << Warning{probe.code, Severity::Info,
                                         Tr::tr("Could not count affected rows (%1): %2")
                                             .arg(probe.code, count.error().driverText),
                                         probe.table, probe.column, -1};
                continue;
            }
            // Replaces the planner's estimate-based warning with the counted one (or drops it at 0).
            applyProbeResult(step, probe, count->toLongLong());
            markDestructive(step, probe, count->toLongLong());
        }
    }
}

Result<CheckReport> runCheck(const Dialect &dialect, const Connection &connection, const CheckRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    CheckReport report;
    report.checkedAt = QDateTime::currentDateTimeUtc();

    auto ddl = request.schemaText ? Result<QString>(*request.schemaText) : readSchemaFile(request.schemaFile);
    if (!ddl)
        return fail(ddl.error());
    auto current = dialect.inspector().inspect(connection.database(), request.inspect);
    if (!current)
        return fail(current.error());
    const DesiredLoader &loader = dialect.desiredLoader();
    const DesiredSchemaCache cache;
    const QString cacheKey = request.reuseDesiredLoad && DesiredSchemaCache::enabled()
                                 ? cache.key(loader.cacheIdentity(), *ddl, request.inspect) : QString();
    std::optional<Schema> cached = cache.find(cacheKey);
    report.desiredFromCache = cached.has_value();
    auto desired = cached ? Result<Schema>(std::move(*cached))
                          : loader.load(*ddl, request.schemaFile, connection.database(), request.inspect);
    if (!desired)
        return fail(desired.error());
    if (!report.desiredFromCache)
        cache.store(cacheKey, *desired);
    report.current = std::move(*current);
    report.desired = std::move(*desired);
    report.changes = diffSchemas(report.current, report.desired, dialect.diffHooks(), request.diff);
    if (!report.changes.problems.isEmpty())
        return fail(ErrorCode::Usage, report.changes.problems.join(QStringLiteral("; ")));
    if (request.runProbes && !report.changes.suggestions.isEmpty())
        addSampledValueEvidence(report.changes, dialect, connection.database(), report.current, report.desired);
    auto plan = dialect.planner().plan(report.changes, report.current, report.desired, request.plan);
    if (!plan)
        return fail(plan.error());
    report.plan = std::move(*plan);
    if (request.runProbes)
        runProbes(report.plan, connection.database(), report.current, request.probeRowBudget);
    report.checkTimeMs = timer.elapsed();
    qCDebug(lcCore) << "check of" << connection.url().redacted() << "took" << report.checkTimeMs << "ms";
    return report;
}

Result<CheckReport> runCheck(const DialectRegistry &dialects, const CheckRequest &request)
{
    auto dialect = dialects.forUrl(request.url);
    if (!dialect)
        return fail(dialect.error());
    // Read the schema file first: a typo in --schema should not cost a connection attempt.
    CheckRequest once = request;
    if (!once.schemaText) {
        auto ddl = readSchemaFile(request.schemaFile);
        if (!ddl)
            return fail(ddl.error());
        once.schemaText = *ddl;
    }
    auto connection = Connection::open(request.url, Connection::Access::ReadOnly, QStringLiteral("check"));
    if (!connection)
        return fail(connection.error());
    return runCheck(**dialect, **connection, once);
}

} // namespace SchemaPilot::Core
