#include "dialects/mysql/mysqlclient.h"

#include "common/logging.h"
#include "common/tr.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace SchemaPilot::Core::MysqlClient {

namespace {

// MariaDB's names first; Oracle MySQL's clients take the same options we use.
Result<QString> findTool(const QStringList &names)
{
    for (const QString &name : names)
        if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
            return path;
    return fail(ErrorCode::Unsupported,
                Tr::tr("%1 is not installed; MySQL/MariaDB backups need the client tools (Debian: mariadb-client)")
                    .arg(names.first()));
}

QStringList connectionArguments(const ConnectionUrl &url)
{
    QStringList args{QStringLiteral("--no-defaults"),   // no ~/.my.cnf surprises
                     QStringLiteral("--protocol=TCP"),
                     QStringLiteral("--host=%1").arg(url.host.isEmpty() ? QStringLiteral("127.0.0.1") : url.host),
                     QStringLiteral("--port=%1").arg(url.effectivePort())};
    if (!url.user.isEmpty())
        args << QStringLiteral("--user=%1").arg(url.user);
    return args;
}

void prepare(QProcess &process, const ConnectionUrl &url)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MYSQL_PWD"));
    if (!url.password.isEmpty())
        environment.insert(QStringLiteral("MYSQL_PWD"), url.password);
    process.setProcessEnvironment(environment);
}

Result<QStringList> dumpArguments(const ConnectionUrl &url, QString *program, bool withEvents)
{
    auto tool = findTool({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")});
    if (!tool)
        return fail(tool.error());
    *program = *tool;
    // --single-transaction: a consistent snapshot without blocking writers (InnoDB);
    // --hex-blob: binary values survive any client character set.
    // --events only when there are some: reading them needs the EVENT privilege, which an account
    // without events may lack.
    QStringList args = connectionArguments(url) + QStringList{QStringLiteral("--single-transaction"), QStringLiteral("--routines"),
                                                              QStringLiteral("--triggers"), QStringLiteral("--hex-blob"),
                                                              QStringLiteral("--default-character-set=utf8mb4")};
    if (withEvents)
        args << QStringLiteral("--events");
    return args << url.database;
}

Result<QStringList> loadArguments(const ConnectionUrl &url, QString *program)
{
    auto tool = findTool({QStringLiteral("mariadb"), QStringLiteral("mysql")});
    if (!tool)
        return fail(tool.error());
    *program = *tool;
    return connectionArguments(url) + QStringList{QStringLiteral("--batch"), QStringLiteral("--default-character-set=utf8mb4"),
                                                  QStringLiteral("--database=%1").arg(url.database)};
}

// The tool's complaint without anything that could be a password.
QString toolError(QProcess &process, const ConnectionUrl &url)
{
    QString text = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (!url.password.isEmpty())
        text.replace(url.password, QStringLiteral("***"));
    if (text.size() > 2000)
        text = text.left(2000) + QStringLiteral("…");
    return text;
}

Result<void> finish(QProcess &process, const QString &what, const ConnectionUrl &url, const Tick &tick,
                    const std::function<qint64()> &bytes)
{
    if (!process.waitForStarted(10000))
        return fail(ErrorCode::BackupFailed, Tr::tr("Could not start %1").arg(what), process.errorString());
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (tick && !tick(bytes())) {
            process.kill();
            process.waitForFinished(5000);
            return fail(ErrorCode::Canceled, Tr::tr("%1 was canceled").arg(what));
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(ErrorCode::BackupFailed,
                    Tr::tr("%1 failed for %2 (exit code %3)").arg(what, url.redacted()).arg(process.exitCode()),
                    toolError(process, url));
    return {};
}

} // namespace

Result<void> dumpToFile(const ConnectionUrl &url, const QString &path, bool withEvents, const Tick &tick)
{
    QString program;
    auto args = dumpArguments(url, &program, withEvents);
    if (!args)
        return fail(args.error());
    QProcess process;
    prepare(process, url);
    process.setStandardOutputFile(path, QIODevice::Truncate);
    qCDebug(lcCore) << "dumping" << url.redacted() << "with" << program;
    process.start(program, *args);
    return finish(process, QFileInfo(program).fileName(), url, tick, [&path] { return QFileInfo(path).size(); });
}

Result<void> loadFromFile(const ConnectionUrl &url, const QString &path, const Tick &tick)
{
    QString program;
    auto args = loadArguments(url, &program);
    if (!args)
        return fail(args.error());
    QProcess process;
    prepare(process, url);
    process.setStandardInputFile(path);
    process.setStandardOutputFile(QProcess::nullDevice());
    qCDebug(lcCore) << "loading" << QFileInfo(path).fileName() << "into" << url.redacted() << "with" << program;
    process.start(program, *args);
    return finish(process, QFileInfo(program).fileName(), url, tick, [] { return qint64(0); });
}

Result<void> copyDatabase(const ConnectionUrl &from, const ConnectionUrl &to, bool withEvents)
{
    QString dumpProgram;
    QString loadProgram;
    auto dumpArgs = dumpArguments(from, &dumpProgram, withEvents);
    if (!dumpArgs)
        return fail(dumpArgs.error());
    auto loadArgs = loadArguments(to, &loadProgram);
    if (!loadArgs)
        return fail(loadArgs.error());
    QProcess dump;
    QProcess load;
    prepare(dump, from);
    prepare(load, to);
    dump.setStandardOutputProcess(&load);
    load.setStandardOutputFile(QProcess::nullDevice());
    load.start(loadProgram, *loadArgs);
    dump.start(dumpProgram, *dumpArgs);
    auto dumped = finish(dump, QFileInfo(dumpProgram).fileName(), from, {}, [] { return qint64(0); });
    auto loaded = finish(load, QFileInfo(loadProgram).fileName(), to, {}, [] { return qint64(0); });
    if (!dumped)
        return dumped;
    return loaded;
}

} // namespace SchemaPilot::Core::MysqlClient
