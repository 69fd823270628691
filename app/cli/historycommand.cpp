// `history` and `history verify`: read the audit trail (never writes, never creates the table).
#include "commands.h"
#include "planjson.h"

#include "db/connection.h"
#include "history/historyexport.h"
#include "history/historystore.h"

#include <QJsonValue>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

namespace {

const char kHistoryUsage[] =
    "usage: schemapilot-cli history --db URL [--json] [--status S[,S]] [--since DATE] [--until DATE] [--table T]\n"
    "                               [--search TEXT] [--limit N] [--export csv|json --output FILE] [--stats]\n"
    "       schemapilot-cli history verify --db URL [--json] [--key-file FILE]\n"
    "       schemapilot-cli history cleanup --db URL [--keep-days N] [--json]";

// A date is a whole UTC day (since: its start, until: its end); a date-time without a zone is UTC.
Result<QDateTime> parseDateOption(const QString &text, bool endOfDay, const QString &option)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return endOfDay ? QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(date, QTime(0, 0), Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return fail(ErrorCode::Usage,
                    QStringLiteral("Invalid %1 \"%2\": use a date (2026-11-25) or a UTC date-time (2026-11-25T18:00:00Z)")
                        .arg(option, text));
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

Result<HistoryFilter> filterFrom(const QCommandLineParser &parser)
{
    HistoryFilter filter;
    for (const QString &value : parser.values(QStringLiteral("status"))) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const auto status = historyStatusFromName(name);
            if (!status) {
                QStringList names;
                for (HistoryStatus s : allHistoryStatuses())
                    names << historyStatusName(s);
                return fail(ErrorCode::Usage,
                            QStringLiteral("Unknown --status \"%1\": use one of %2").arg(name, names.join(QStringLiteral(", "))));
            }
            filter.statuses << *status;
        }
    }
    if (parser.isSet(QStringLiteral("since"))) {
        auto since = parseDateOption(parser.value(QStringLiteral("since")), false, QStringLiteral("--since"));
        if (!since)
            return fail(since.error());
        filter.since = *since;
    }
    if (parser.isSet(QStringLiteral("until"))) {
        auto until = parseDateOption(parser.value(QStringLiteral("until")), true, QStringLiteral("--until"));
        if (!until)
            return fail(until.error());
        filter.until = *until;
    }
    filter.table = parser.value(QStringLiteral("table"));
    filter.text = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0)
            return fail(ErrorCode::Usage, QStringLiteral("Invalid --limit \"%1\": use a number, 0 for all")
                                              .arg(parser.value(QStringLiteral("limit"))));
    } else if (!parser.isSet(QStringLiteral("export")) && !parser.isSet(QStringLiteral("stats"))) {
        filter.limit = 50;   // listing: the newest 50 unless asked otherwise
    }
    return filter;
}

QString statusText(Io &io, HistoryStatus status)
{
    const QString name = historyStatusName(status);
    switch (status) {
    case HistoryStatus::Applied: return io.green(name);
    case HistoryStatus::Failed:
    case HistoryStatus::TimedOut: return io.red(name);
    case HistoryStatus::RolledBack:
    case HistoryStatus::Refused:
    case HistoryStatus::Restored: return io.yellow(name);
    }
    return name;
}

void printRecords(Io &io, const QList<HistoryRecord> &records)
{
    if (records.isEmpty()) {
        io.out() << "No history records match." << '\n';
        return;
    }
    for (const HistoryRecord &r : records) {
        io.out() << io.bold(QStringLiteral("#%1").arg(r.id)) << "  " << historyTimestamp(r.startedAt) << "  "
                 << statusText(io, r.status) << "  " << io.cyan(r.migrationId) << "  " << r.operationType
                 << (r.tableName.isEmpty() ? QString() : u' ' + r.tableName) << io.dim(QStringLiteral("  %1").arg(formatMs(r.executionMs)))
                 << '\n';
        if (!r.description.isEmpty())
            io.out() << "    " << r.description << '\n';
        if (!r.errorMessage.isEmpty())
            io.out() << "    " << io.red(QStringLiteral("error: ")) << r.errorMessage << '\n';
        if (!r.backupId.isEmpty())
            io.out() << "    " << io.dim(QStringLiteral("backup %1").arg(r.backupId)) << '\n';
        io.out() << "    " << io.dim(QStringLiteral("by %1, SchemaPilot %2").arg(r.operatorName, r.appVersion)) << '\n';
    }
    io.out() << io.dim(QStringLiteral("%1 record(s)").arg(records.size())) << '\n';
}

void printStatistics(Io &io, const HistoryStatistics &s)
{
    io.out() << io.bold(QStringLiteral("History statistics")) << '\n';
    io.out() << QStringLiteral("  records      %1 in %2 run(s)").arg(s.total).arg(s.batches) << '\n';
    for (HistoryStatus status : allHistoryStatuses()) {
        if (s.count(status) > 0)
            io.out() << "  " << statusText(io, status).leftJustified(12 + (io.color() ? 9 : 0)) << ' ' << s.count(status) << '\n';
    }
    io.out() << QStringLiteral("  success      %1%   failure %2%")
                    .arg(s.successRate * 100.0, 0, 'f', 1)
                    .arg(s.failureRate * 100.0, 0, 'f', 1)
             << '\n';
    io.out() << QStringLiteral("  runs         %1 succeeded, %2 failed, %3 refused")
                    .arg(s.batchesSucceeded)
                    .arg(s.batchesFailed)
                    .arg(s.batchesRefused)
             << '\n';
    io.out() << QStringLiteral("  duration     avg %1, p50 %2, p95 %3, max %4")
                    .arg(formatMs(qint64(s.averageMs)), formatMs(s.p50Ms), formatMs(s.p95Ms), formatMs(s.maxMs))
             << '\n';
    if (s.firstAt.isValid())
        io.out() << QStringLiteral("  period       %1 … %2").arg(historyTimestamp(s.firstAt), historyTimestamp(s.lastAt)) << '\n';
}

int runVerify(HistoryStore &store, Io &io, bool json)
{
    auto chain = store.verifyChain();
    if (!chain)
        return reportError(io, json, chain.error());
    if (json) {
        io.printJson(QJsonObject{
            {QStringLiteral("intact"), chain->intact},
            {QStringLiteral("table_present"), chain->tablePresent},
            {QStringLiteral("records"), chain->recordCount},
            {QStringLiteral("hmac_sealed"), chain->hmacSealed},
            {QStringLiteral("head_hash"), chain->headHash},
            {QStringLiteral("problem"), chain->intact ? QJsonValue(QJsonValue::Null) : QJsonValue(chainProblemName(chain->problem))},
            {QStringLiteral("first_bad_id"), chain->intact ? QJsonValue(QJsonValue::Null) : QJsonValue(chain->firstBadId)},
            {QStringLiteral("reason"), chain->reason},
        });
    } else if (!chain->tablePresent) {
        io.out() << io.green(QStringLiteral("No history yet: nothing to verify.")) << '\n';
    } else if (chain->intact) {
        io.out() << io.green(QStringLiteral("History intact: %1 record(s) chained").arg(chain->recordCount))
                 << (chain->hmacSealed > 0 ? QStringLiteral(", %1 sealed with the key").arg(chain->hmacSealed) : QString())
                 << '\n';
        if (!chain->headHash.isEmpty())
            io.out() << io.dim(QStringLiteral("head %1 (keep it elsewhere to detect removal of the newest records)")
                                   .arg(chain->headHash))
                     << '\n';
    } else {
        io.out() << io.red(QStringLiteral("History tampered (%1): ").arg(chainProblemName(chain->problem))) << chain->reason << '\n';
    }
    io.out().flush();
    return chain->intact ? ExitSuccess : ExitFailure;
}

} // namespace

int runHistoryCommand(const QStringList &arguments, CliContext &context)
{
    Io &io = context.io;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show the audit trail kept in the database, or verify its tamper evidence."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("verify: check the tamper-evident chain; cleanup: remove records older than --keep-days."),
                                 QStringLiteral("[verify|cleanup]"));
    parser.addOptions({
        {QStringLiteral("status"), QStringLiteral("Only these statuses (applied, failed, rolled_back, timed_out, refused, restored); "
                                                  "comma-separated or repeated."), QStringLiteral("status")},
        {QStringLiteral("since"), QStringLiteral("Only runs started at or after DATE (2026-11-25 or a UTC date-time)."), QStringLiteral("date")},
        {QStringLiteral("until"), QStringLiteral("Only runs started at or before DATE (a date includes the whole day)."), QStringLiteral("date")},
        {QStringLiteral("table"), QStringLiteral("Only operations on this table."), QStringLiteral("table")},
        {QStringLiteral("search"), QStringLiteral("Case-insensitive text in the description, SQL or error."), QStringLiteral("text")},
        {QStringLiteral("limit"), QStringLiteral("At most N records, newest first (default 50 when listing; 0: all)."), QStringLiteral("n")},
        {QStringLiteral("export"), QStringLiteral("Write the matching records to --output as csv or json."), QStringLiteral("format")},
        {QStringLiteral("output"), QStringLiteral("The export file."), QStringLiteral("file")},
        {QStringLiteral("stats"), QStringLiteral("Show statistics of the matching records instead of the records.")},
        {QStringLiteral("keep-days"), QStringLiteral("cleanup: keep records of the last N days (default 90)."), QStringLiteral("n")},
        {QStringLiteral("key-file"), QStringLiteral("HMAC key of the chain (default: SCHEMAPILOT_HISTORY_KEY_FILE)."), QStringLiteral("file")},
    });
    int exitCode = ExitSuccess;
    if (!parseArguments(parser, arguments, io, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString usage = QString::fromLatin1(kHistoryUsage);
    const QStringList positional = parser.positionalArguments();
    const bool verify = !positional.isEmpty() && positional.first() == QStringLiteral("verify");
    const bool cleanup = !positional.isEmpty() && positional.first() == QStringLiteral("cleanup");
    if (positional.size() > 1 || (!positional.isEmpty() && !verify && !cleanup))
        return usageError(io, json, QStringLiteral("Unexpected argument \"%1\"").arg(positional.last()), usage);
    if (!parser.isSet(QStringLiteral("db")))
        return usageError(io, json, QStringLiteral("Missing --db URL (e.g. --db sqlite:///app.db)"), usage);

    auto filter = filterFrom(parser);
    if (!filter)
        return usageError(io, json, filter.error().message, usage);
    std::optional<HistoryExportFormat> format;
    if (parser.isSet(QStringLiteral("export"))) {
        format = historyExportFormatFromName(parser.value(QStringLiteral("export")));
        if (!format)
            return usageError(io, json, QStringLiteral("Unknown --export \"%1\": use csv or json").arg(parser.value(QStringLiteral("export"))), usage);
        if (parser.value(QStringLiteral("output")).isEmpty())
            return usageError(io, json, QStringLiteral("--export needs --output FILE"), usage);
    }

    auto options = HistoryOptions::fromEnvironment();
    if (!options)
        return reportError(io, json, options.error());
    if (parser.isSet(QStringLiteral("key-file"))) {
        auto key = readHistoryKeyFile(parser.value(QStringLiteral("key-file")));
        if (!key)
            return reportError(io, json, key.error());
        options->hmacKey = *key;
    }
    int keepDays = 90;
    if (parser.isSet(QStringLiteral("keep-days"))) {
        bool ok = false;
        keepDays = parser.value(QStringLiteral("keep-days")).toInt(&ok);
        if (!ok || keepDays < 0)
            return usageError(io, json, QStringLiteral("Invalid --keep-days \"%1\": use 0 or more").arg(parser.value(QStringLiteral("keep-days"))), usage);
    }
    auto url = urlFromOptions(parser);
    if (!url)
        return reportError(io, json, url.error());
    // Only cleanup writes; everything else reads and never creates the table.
    auto connection = Connection::open(*url, cleanup ? Connection::Access::ReadWrite : Connection::Access::ReadOnly,
                                       QStringLiteral("history"));
    if (!connection)
        return reportError(io, json, connection.error());
    HistoryStore store((*connection)->database(), *options);

    if (verify)
        return runVerify(store, io, json);
    if (cleanup) {
        auto removed = store.cleanup(keepDays);
        if (!removed)
            return reportError(io, json, removed.error());
        if (json)
            io.printJson(QJsonObject{{QStringLiteral("removed"), *removed}, {QStringLiteral("keep_days"), keepDays}});
        else
            io.out() << QStringLiteral("Removed %1 record(s) older than %2 day(s); the rest is re-sealed.").arg(*removed).arg(keepDays)
                     << Qt::endl;
        return ExitSuccess;
    }

    if (parser.isSet(QStringLiteral("stats"))) {
        auto stats = store.statistics(*filter);
        if (!stats)
            return reportError(io, json, stats.error());
        if (json)
            io.printJson(QJsonObject{{QStringLiteral("statistics"), stats->toJson()}});
        else
            printStatistics(io, *stats);
        io.out().flush();
        return ExitSuccess;
    }

    auto records = store.query(*filter);
    if (!records)
        return reportError(io, json, records.error());
    if (format) {
        const QString output = parser.value(QStringLiteral("output"));
        if (auto ok = exportHistory(*records, *format, output); !ok)
            return reportError(io, json, ok.error());
        if (json)
            io.printJson(QJsonObject{{QStringLiteral("exported"), records->size()},
                                     {QStringLiteral("format"), parser.value(QStringLiteral("export")).toLower()},
                                     {QStringLiteral("output"), output}});
        else
            io.out() << QStringLiteral("Exported %1 record(s) to %2").arg(records->size()).arg(output) << Qt::endl;
        return ExitSuccess;
    }
    if (json)
        io.printJson(historyToJson(*records));
    else
        printRecords(io, *records);
    io.out().flush();
    return ExitSuccess;
}

} // namespace SchemaPilot::Cli
