// `status` and `plan`: what would change, without changing anything.
#include "commands.h"
#include "planjson.h"

#include "service/checkservice.h"

#include <QFileInfo>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

// `status` must answer within ~20 ms at any database size, so its probes read at most this many
// rows in all; `plan` counts every probe exactly.
constexpr qint64 StatusProbeRowBudget = 20000;

QString planUsage(const QString &command)
{
    return QStringLiteral("usage: schemapilot-cli %1 --db URL --schema FILE [--json] "
                          "[--rename-table OLD=NEW]... [--rename-column TABLE.OLD=NEW]...").arg(command);
}

} // namespace

void addCheckOptions(QCommandLineParser &parser)
{
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("schema"), QStringLiteral("The desired schema: a .sql file of CREATE statements."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("rename-table"),
                      QStringLiteral("Treat table OLD, missing from the desired schema, as renamed to NEW (keeps its data)."),
                      QStringLiteral("old=new")});
    parser.addOption({QStringLiteral("rename-column"),
                      QStringLiteral("Treat column OLD of TABLE as renamed to NEW (keeps its data). TABLE is the desired name."),
                      QStringLiteral("table.old=new")});
    parser.addOption({QStringLiteral("concurrent-indexes"),
                      QStringLiteral("PostgreSQL: build new indexes CONCURRENTLY (outside the transaction).")});
}

Result<CheckRequest> checkRequestFrom(const QCommandLineParser &parser)
{
    CheckRequest request;
    if (!parser.isSet(QStringLiteral("db")))
        return fail(ErrorCode::Usage, QStringLiteral("Missing --db URL (e.g. --db sqlite:///app.db)"));
    auto url = urlFromOptions(parser);
    if (!url)
        return fail(url.error());
    request.url = *url;
    request.schemaFile = parser.value(QStringLiteral("schema"));
    request.inspect.schemaName = parser.value(QStringLiteral("pg-schema"));
    if (request.inspect.schemaName.isEmpty())
        request.inspect.schemaName = url->params.value(QStringLiteral("schema"));
    request.plan.concurrentIndexes = parser.isSet(QStringLiteral("concurrent-indexes"));
    for (const QString &hint : parser.values(QStringLiteral("rename-table"))) {
        const QStringList parts = hint.split(u'=');
        if (parts.size() != 2 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty())
            return fail(ErrorCode::Usage,
                        QStringLiteral("Invalid --rename-table \"%1\": expected OLD=NEW, e.g. --rename-table users=accounts").arg(hint));
        request.diff.tableRenames << TableRenameHint{parts[0].trimmed(), parts[1].trimmed()};
    }
    for (const QString &hint : parser.values(QStringLiteral("rename-column"))) {
        const qsizetype eq = hint.indexOf(u'=');
        const qsizetype dot = hint.left(eq).lastIndexOf(u'.');
        if (eq < 0 || dot <= 0 || dot + 1 >= eq || eq + 1 >= hint.size())
            return fail(ErrorCode::Usage,
                        QStringLiteral("Invalid --rename-column \"%1\": expected TABLE.OLD=NEW, e.g. --rename-column users.name=full_name").arg(hint));
        request.diff.columnRenames << ColumnRenameHint{hint.left(dot).trimmed(), hint.mid(dot + 1, eq - dot - 1).trimmed(),
                                                       hint.mid(eq + 1).trimmed()};
    }
    return request;
}

QJsonObject checkReportToJson(const CheckReport &report, bool withOperations)
{
    QJsonObject object{
        {QStringLiteral("migration_needed"), report.migrationNeeded()},
        {QStringLiteral("complexity"), complexityName(report.plan.complexity)},
        {QStringLiteral("complexity_reasons"), QJsonArray::fromStringList(report.plan.complexityReasons)},
        {QStringLiteral("estimated_downtime_ms"), report.plan.estimatedMs},
        {QStringLiteral("check_time_ms"), report.checkTimeMs},
        {QStringLiteral("last_check"), isoUtc(report.checkedAt)},
        {QStringLiteral("warnings"), warningsToJson(report.plan.allWarnings())},
        {QStringLiteral("operation_count"), report.plan.steps.size()},
        {QStringLiteral("destructive"), report.plan.isDestructive()},
        {QStringLiteral("transactional"), report.plan.transactional},
        {QStringLiteral("current_fingerprint"), report.current.fingerprint()},
        {QStringLiteral("desired_fingerprint"), report.desired.fingerprint()},
    };
    if (withOperations)
        object.insert(QStringLiteral("operations"), stepsToJson(report.plan.steps));
    return object;
}

void printCheckSummary(Io &io, const CheckReport &report, const QString &where)
{
    const Plan &plan = report.plan;
    io.out() << io.bold(QStringLiteral("SchemaPilot")) << "  " << where << '\n';
    if (!report.migrationNeeded()) {
        io.out() << io.green(QStringLiteral("Up to date: the database matches the desired schema.")) << '\n';
    } else {
        io.out() << io.yellow(QStringLiteral("Migration needed: %1 operation(s)").arg(plan.steps.size()))
                 << "   complexity " << io.complexity(plan.complexity, complexityName(plan.complexity))
                 << "   estimated downtime " << formatMs(plan.estimatedMs)
                 << (plan.isDestructive() ? QStringLiteral("   ") + io.red(QStringLiteral("destructive")) : QString()) << '\n';
        for (const QString &reason : plan.complexityReasons)
            io.out() << "  " << io.dim(QStringLiteral("• ") + reason) << '\n';
    }
    io.out() << io.dim(QStringLiteral("checked in %1 ms at %2").arg(report.checkTimeMs).arg(isoUtc(report.checkedAt))) << '\n';
}

int runCheckCommand(const QString &command, const QStringList &arguments, CliContext &context)
{
    Io &io = context.io;
    QCommandLineParser parser;
    parser.setApplicationDescription(command == QStringLiteral("plan")
                                         ? QStringLiteral("Show every operation needed to reach the desired schema.")
                                         : QStringLiteral("Tell whether the database needs a migration."));
    addCheckOptions(parser);
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, io, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, json, QStringLiteral("Unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
                          planUsage(command));
    auto request = checkRequestFrom(parser);
    if (!request)
        return request.error().code == ErrorCode::Usage ? usageError(io, json, request.error().message, planUsage(command))
                                                        : reportError(io, json, request.error());
    if (request->schemaFile.isEmpty())
        return usageError(io, json, QStringLiteral("Missing --schema FILE (the desired schema)"), planUsage(command));

    if (command == QStringLiteral("status"))
        request->probeRowBudget = StatusProbeRowBudget;
    request->reuseDesiredLoad = true;
    auto report = runCheck(context.dialects, *request);
    if (!report)
        return reportError(io, json, report.error());

    const bool withOperations = command == QStringLiteral("plan");
    if (json) {
        io.printJson(checkReportToJson(*report, withOperations));
        return ExitSuccess;
    }
    printCheckSummary(io, *report, QStringLiteral("%1 → %2").arg(request->url.redacted(), QFileInfo(request->schemaFile).fileName()));
    if (withOperations && report->migrationNeeded()) {
        io.out() << '\n';
        printPlanSteps(io, report->plan);
    }
    if (!report->plan.warnings.isEmpty()) {
        io.out() << '\n' << io.bold(QStringLiteral("Warnings")) << '\n';
        for (const Warning &w : report->plan.warnings)
            io.out() << "  " << io.severity(w.severity, QStringLiteral("%1 %2").arg(w.code, severityName(w.severity)))
                     << ": " << w.message << '\n';
    }
    if (!withOperations && report->migrationNeeded())
        io.out() << io.dim(QStringLiteral("Run `schemapilot-cli plan` with the same arguments to see each operation.")) << '\n';
    io.out().flush();
    return ExitSuccess;
}

} // namespace SchemaPilot::Cli
