#include "dialects/postgres/postgresbackup.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/postgres/postgresinspector.h"
#include "dialects/postgres/postgrestools.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace SchemaPilot::Core {

namespace {

// The last name of a COPY target ("COPY s.t (a, b) FROM stdin;", names possibly double-quoted).
QString copyTableName(const QString &line)
{
    QStringList parts;
    qsizetype i = 5;   // after "COPY "
    while (i < line.size()) {
        QString part;
        if (line.at(i) == u'"') {
            ++i;
            while (i < line.size()) {
                if (line.at(i) == u'"') {
                    if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                        part += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                part += line.at(i++);
            }
        } else {
            while (i < line.size() && line.at(i) != u'.' && line.at(i) != u' ' && line.at(i) != u'(')
                part += line.at(i++);
        }
        parts << part;
        if (i < line.size() && line.at(i) == u'.') {
            ++i;
            continue;
        }
        break;
    }
    return parts.isEmpty() ? QString() : parts.last();
}

struct ToolOutput {
    int exitCode = -1;
    QString errors;
};

// Runs one program offline (no server needed), handing each stdout line to `onLine`.
Result<ToolOutput> runReading(const QString &tool, const QStringList &arguments, const std::function<void(const QByteArray &)> &onLine)
{
    auto program = findPostgresTool(tool);
    if (!program)
        return fail(program.error());
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(*program, arguments);
    if (!process.waitForStarted(10000))
        return fail(ErrorCode::Internal, Tr::tr("Could not start %1: %2").arg(*program, process.errorString()));
    QByteArray errors;
    auto drain = [&] {
        while (process.canReadLine())
            onLine(process.readLine());
        errors += process.readAllStandardError();
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        drain();
    }
    drain();
    if (const QByteArray rest = process.readAll(); !rest.isEmpty())
        onLine(rest);
    ToolOutput output;
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.errors = QString::fromLocal8Bit(errors).trimmed();
    return output;
}

} // namespace

Result<std::optional<FileDigests>> PostgresBackupEngine::dump(const Connection &source, const QString &path, const BackupProgress &progress) const
{
    const ConnectionUrl &url = source.url();
    {
        // Owner-only from the first byte; pg_dump then truncates and fills it, keeping the mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(Error{ErrorCode::BackupFailed, Tr::tr("Cannot create the backup file: %1").arg(file.errorString()),
                              {}, {}, path, 0});
    }
    QStringList arguments = postgresServerArguments(url);
    arguments << QStringLiteral("--no-password") << QStringLiteral("--format=custom")
              << QStringLiteral("--schema=") + postgresDumpSchemaPattern(postgresUrlSchema(url))
              << QStringLiteral("--file=") + path << QStringLiteral("--dbname=") + url.database;
    auto keepGoing = [&] { return !progress || progress(QFileInfo(path).size(), 0); };
    auto dumped = runPostgresPipeline(url, {{QStringLiteral("pg_dump"), arguments}},
                                      Tr::tr("pg_dump of schema %1").arg(postgresUrlSchema(url)), keepGoing);
    if (!dumped) {
        Error error = dumped.error();
        if (error.code != ErrorCode::Canceled)
            error.code = ErrorCode::BackupFailed;
        error.file = path;
        return fail(error);
    }
    if (progress) {
        const qint64 size = QFileInfo(path).size();
        progress(size, size);
    }
    return {};
}

Result<QStringList> PostgresBackupEngine::archiveSchemas(const QString &path)
{
    QStringList schemas;
    // TOC lines: "6; 2615 16392 SCHEMA - name owner".
    auto listed = runReading(QStringLiteral("pg_restore"), {QStringLiteral("--list"), path}, [&](const QByteArray &raw) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype at = line.indexOf(QStringLiteral(" SCHEMA - "));
        if (line.startsWith(u';') || at < 0)
            return;
        const QString rest = line.mid(at + 10);
        const qsizetype space = rest.lastIndexOf(u' ');
        schemas << (space > 0 ? rest.left(space) : rest);
    });
    if (!listed)
        return fail(listed.error());
    if (listed->exitCode != 0)
        return fail(ErrorCode::BackupInvalid, Tr::tr("pg_restore cannot read the archive: %1").arg(listed->errors), listed->errors);
    return schemas;
}

Result<BackupExamination> PostgresBackupEngine::examine(const QString &path, const ExamineOptions &options) const
{
    BackupExamination result;
    if (!QFileInfo(path).isFile()) {
        result.message = Tr::tr("The backup file %1 is missing").arg(QFileInfo(path).fileName());
        return result;
    }
    int entries = 0;
    auto listed = runReading(QStringLiteral("pg_restore"), {QStringLiteral("--list"), path}, [&](const QByteArray &line) {
        if (!line.startsWith(';') && !line.trimmed().isEmpty())
            ++entries;
    });
    if (!listed)
        return fail(listed.error());
    if (listed->exitCode != 0) {
        result.message = Tr::tr("pg_restore cannot open the backup file as an archive: %1").arg(listed->errors);
        return result;
    }
    result.opens = true;
    result.integrityOk = true;
    result.message = Tr::tr("ok: pg_restore lists %1 archive entries").arg(entries);
    if (!options.integrityCheck && !options.countRows)
        return result;

    // Every data block is decompressed (and its checksum checked by zlib) on the way to stdout.
    RowCounts counts;
    QString table;
    bool inCopy = false;
    auto read = runReading(QStringLiteral("pg_restore"), {QStringLiteral("--data-only"), QStringLiteral("--file=-"), path},
                           [&](const QByteArray &line) {
                               if (inCopy) {
                                   if (line == "\\.\n" || line == "\\.")
                                       inCopy = false;
                                   else
                                       ++counts[table];
                               } else if (line.startsWith("COPY ") && line.trimmed().endsWith("FROM stdin;")) {
                                   table = copyTableName(QString::fromUtf8(line));
                                   counts.insert(table, counts.value(table));
                                   inCopy = true;
                               }
                           });
    if (!read)
        return fail(read.error());
    if (read->exitCode != 0 || inCopy) {
        result.integrityOk = false;
        result.message = Tr::tr("pg_restore could not read all data of the backup (damaged or truncated): %1")
                             .arg(read->errors.isEmpty() ? Tr::tr("the data of table %1 ends early").arg(table) : read->errors);
        return result;
    }
    result.message = Tr::tr("ok: pg_restore read all %1 archive entries and the rows of %2 table(s)").arg(entries).arg(counts.size());
    if (options.countRows)
        result.rowCounts = counts;
    return result;
}

Result<void> PostgresBackupEngine::restore(const QString &path, const Connection &target, const BackupProgress &progress) const
{
    const ConnectionUrl &url = target.url();
    const QString schema = postgresUrlSchema(url);
    auto schemas = archiveSchemas(path);
    if (!schemas)
        return fail(schemas.error());
    if (!schemas->isEmpty() && !schemas->contains(schema))
        return fail(ErrorCode::Refused, Tr::tr("The backup holds schema %1, not the target schema %2; nothing was restored. "
                                               "Restore it into its own schema (?schema=%1 or --pg-schema %1)")
                                            .arg(schemas->join(u", "), schema));

    QStringList script{QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--file=-"), path};
    QStringList replay = postgresServerArguments(url);
    // One transaction for both: the schema with whatever was added since the backup goes, and the
    // archive's objects and rows come back; any error rolls all of it back.
    replay << QStringLiteral("--no-password") << QStringLiteral("--no-psqlrc") << QStringLiteral("--quiet")
           << QStringLiteral("--set=ON_ERROR_STOP=1") << QStringLiteral("--single-transaction")
           << QStringLiteral("--command=DROP SCHEMA IF EXISTS %1 CASCADE").arg(postgresQuote(schema))
           << QStringLiteral("--file=-") << QStringLiteral("--dbname=") + url.database;
    auto keepGoing = [&] { return !progress || progress(0, 0); };
    auto restored = runPostgresPipeline(url, {{QStringLiteral("pg_restore"), script}, {QStringLiteral("psql"), replay}},
                                        Tr::tr("Restoring schema %1").arg(schema), keepGoing);
    if (!restored) {
        Error error = restored.error();
        error.message = Tr::tr("The restore failed and was rolled back; the database is as it was: %1").arg(error.message);
        error.file = path;
        return fail(error);
    }
    qCInfo(lcCore) << "restored schema" << schema << "of" << url.redacted() << "from" << QFileInfo(path).fileName();
    return {};
}

Result<RowCounts> PostgresBackupEngine::rowCounts(const Connection &connection) const
{
    const QSqlDatabase db = connection.database();
    const QString schema = postgresUrlSchema(connection.url());
    auto tables = runQuery(db, QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                              "WHERE n.nspname = ? AND c.relkind = 'r' ORDER BY 1"),
                           {schema});
    if (!tables)
        return fail(tables.error());
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    RowCounts counts;
    for (const QString &name : std::as_const(names)) {
        auto count = queryScalar(db, QStringLiteral("SELECT count(*) FROM %1.%2").arg(postgresQuote(schema), postgresQuote(name)));
        if (!count)
            return fail(count.error());
        counts.insert(name, count->toLongLong());
    }
    return counts;
}

} // namespace SchemaPilot::Core
