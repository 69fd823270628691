// `health`: one score from 0 to 100 with its parts, as text, JSON or Prometheus metrics.
#include "commands.h"

#include "backup/backupstore.h"
#include "dialects/executionruntime.h"
#include "exec/migrationlock.h"
#include "health/healthsources.h"

#include "db/connection.h"
#include "health/healthgatherer.h"
#include "health/healthscore.h"

#include <QElapsedTimer>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

const char kHealthUsage[] =
    "usage: schemapilot-cli health --db URL [--schema FILE] [--json] [--metrics] [--backup-dir DIR] [--deep]\n"
    "                              [--fail-under N]";

void printReport(Io &io, const HealthReport &report, const QString &where)
{
    const QString headline = QStringLiteral("Health %1/100 %2").arg(report.score).arg(report.status);
    io.out() << io.bold(QStringLiteral("SchemaPilot")) << "  " << where << '\n'
             << (report.score >= 80 ? io.green(headline) : report.score >= 50 ? io.yellow(headline) : io.red(headline)) << '\n';
    for (const HealthPart &part : report.parts) {
        const QString score = part.evaluated ? QStringLiteral("%1").arg(part.score, 3) : QStringLiteral("  –");
        const QString colored = !part.evaluated ? io.dim(score) : part.score >= 80 ? io.green(score)
                                                              : part.score >= 50 ? io.yellow(score)
                                                                                 : io.red(score);
        io.out() << "  " << colored << "  " << part.title.leftJustified(20) << io.dim(QStringLiteral("w%1 ").arg(part.weight, 2))
                 << ' ' << part.reason << '\n';
        if (!part.action.isEmpty())
            io.out() << "       " << io.cyan(QStringLiteral("→ ")) << part.action << '\n';
    }
}

} // namespace

int runHealthCommand(const QStringList &arguments, CliContext &context)
{
    Io &io = context.io;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Score the database's migration health from 0 to 100, with what to fix."));
    addCheckOptions(parser);
    parser.addOptions({
        {QStringLiteral("metrics"), QStringLiteral("Print Prometheus text exposition instead of the report.")},
        {QStringLiteral("backup-dir"), QStringLiteral("Where the database's backups are (their .json sidecars are read)."),
         QStringLiteral("dir")},
        {QStringLiteral("deep"), QStringLiteral("Also run the engine's quick integrity check (reads the whole file on SQLite).")},
        {QStringLiteral("fail-under"), QStringLiteral("Exit 1 when the score is below N (for CI and start-up scripts)."),
         QStringLiteral("n")},
    });
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, io, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString usage = QString::fromLatin1(kHealthUsage);
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, json, QStringLiteral("Unexpected argument \"%1\"").arg(parser.positionalArguments().first()), usage);
    auto request = checkRequestFrom(parser);
    if (!request)
        return request.error().code == ErrorCode::Usage ? usageError(io, json, request.error().message, usage)
                                                        : reportError(io, json, request.error());
    int failUnder = -1;
    if (parser.isSet(QStringLiteral("fail-under"))) {
        bool ok = false;
        failUnder = parser.value(QStringLiteral("fail-under")).toInt(&ok);
        if (!ok || failUnder < 0 || failUnder > 100)
            return usageError(io, json, QStringLiteral("Invalid --fail-under \"%1\": use 0 to 100").arg(parser.value(QStringLiteral("fail-under"))), usage);
    }
    auto historyOptions = HistoryOptions::fromEnvironment();
    if (!historyOptions)
        return reportError(io, json, historyOptions.error());

    QElapsedTimer timer;
    timer.start();
    auto connection = Connection::open(request->url, Connection::Access::ReadOnly, QStringLiteral("health"));
    if (!connection)
        return reportError(io, json, connection.error());
    HealthGatherOptions options;
    options.deep = parser.isSet(QStringLiteral("deep"));
    options.history = *historyOptions;
    auto input = gatherHealthInput((*connection)->database(), options);
    if (!input)
        return reportError(io, json, input.error());

    if (!request->schemaFile.isEmpty()) {
        auto report = runCheck(context.dialects, *request);
        if (report)
            addCheckReport(*input, *report);
        else
            input->pendingDetail = QStringLiteral("The check failed: %1").arg(report.error().toString());
    }

    // Backups: the sidecars of the given folder, else of the database's default backup folder.
    QString backupDir = parser.value(QStringLiteral("backup-dir"));
    if (backupDir.isEmpty())
        backupDir = defaultBackupDirectory(request->url).value_or(QString());
    if (auto stats = BackupStore(backupDir).stats())
        addBackupStats(*input, *stats);
    else
        input->backupDetail = QStringLiteral("Not checked: %1").arg(stats.error().message);
    // The lock: a peek, never an acquisition.
    if (auto dialect = context.dialects.forUrl(request->url); dialect && (*dialect)->runtime()) {
        if (auto info = (*dialect)->runtime()->migrationLock(request->url)->peek())
            addLockInfo(*input, *info);
    }
    const HealthReport report = computeHealth(*input);
    const qint64 elapsed = timer.elapsed();
    if (parser.isSet(QStringLiteral("metrics"))) {
        io.out() << prometheusMetrics(report, *input);
    } else if (json) {
        QJsonObject object = report.toJson();
        object.insert(QStringLiteral("database"), request->url.redacted());
        object.insert(QStringLiteral("statistics"), input->statistics.toJson());
        object.insert(QStringLiteral("check_time_ms"), elapsed);
        io.printJson(object);
    } else {
        printReport(io, report, request->url.redacted());
        io.out() << io.dim(QStringLiteral("computed in %1 ms").arg(elapsed)) << '\n';
    }
    io.out().flush();
    return failUnder >= 0 && report.score < failUnder ? ExitFailure : ExitSuccess;
}

} // namespace SchemaPilot::Cli
