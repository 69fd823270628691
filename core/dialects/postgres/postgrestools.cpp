#include "dialects/postgres/postgrestools.h"

#include "common/logging.h"
#include "common/tr.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <memory>

namespace SchemaPilot::Core {

QString postgresUrlSchema(const ConnectionUrl &url)
{
    const QString schema = url.params.value(QStringLiteral("schema"));
    return schema.isEmpty() ? QStringLiteral("public") : schema;
}

QString postgresDumpSchemaPattern(const QString &schema)
{
    QString escaped = schema;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

Result<QString> findPostgresTool(const QString &tool)
{
    // The versioned folder first: PATH may hold an older client, and pg_dump refuses newer servers.
    const QString versioned = QStringLiteral("/usr/lib/postgresql/15/bin/") + tool;
    if (QFileInfo(versioned).isExecutable())
        return versioned;
    const QString found = QStandardPaths::findExecutable(tool);
    if (!found.isEmpty())
        return found;
    return fail(ErrorCode::Unsupported,
                Tr::tr("The PostgreSQL client program %1 was not found in /usr/lib/postgresql/15/bin or on the PATH; "
                       "install it (Debian: apt install postgresql-client-15)").arg(tool));
}

QStringList postgresServerArguments(const ConnectionUrl &url)
{
    QStringList arguments{QStringLiteral("-h"), url.host, QStringLiteral("-p"), QString::number(url.effectivePort())};
    if (!url.user.isEmpty())
        arguments << QStringLiteral("-U") << url.user;
    return arguments;
}

QProcessEnvironment postgresToolEnvironment(const ConnectionUrl &url)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), url.password);
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("5"));
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("schemapilot"));
    // A service file or PGOPTIONS of the user must not redirect or reconfigure the tools.
    environment.remove(QStringLiteral("PGSERVICE"));
    environment.remove(QStringLiteral("PGOPTIONS"));
    return environment;
}

Result<void> runPostgresPipeline(const ConnectionUrl &url, const QList<PostgresCommand> &chain, const QString &what,
                                 const std::function<bool()> &keepGoing)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    const QProcessEnvironment environment = postgresToolEnvironment(url);
    for (const PostgresCommand &command : chain) {
        auto program = findPostgresTool(command.tool);
        if (!program)
            return fail(program.error());
        auto process = std::make_unique<QProcess>();
        process->setProgram(*program);
        process->setArguments(command.arguments);
        process->setProcessEnvironment(environment);
        if (processes.empty())
            process->setStandardInputFile(QProcess::nullDevice());
        else
            processes.back()->setStandardOutputProcess(process.get());
        processes.push_back(std::move(process));
    }
    if (processes.empty())
        return {};
    processes.back()->setStandardOutputFile(QProcess::nullDevice());
    for (auto &process : processes)
        process->start();
    auto killAll = [&] {
        for (auto &process : processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(2000);
            }
        }
    };
    for (auto &process : processes) {
        if (!process->waitForStarted(10000)) {
            const QString error = process->errorString();
            killAll();
            return fail(ErrorCode::Internal, Tr::tr("Could not start %1 for %2: %3").arg(process->program(), what, error));
        }
    }
    bool canceled = false;
    for (auto &process : processes) {
        while (!process->waitForFinished(100)) {
            if (process->state() == QProcess::NotRunning)
                break;
            if (keepGoing && !keepGoing()) {
                canceled = true;
                break;
            }
        }
        if (canceled)
            break;
    }
    if (canceled) {
        killAll();
        return fail(ErrorCode::Canceled, Tr::tr("%1 was canceled").arg(what));
    }
    QStringList problems;
    for (auto &process : processes) {
        QString errors = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (!url.password.isEmpty())
            errors.replace(url.password, QStringLiteral("***"));
        const QString name = QFileInfo(process->program()).fileName();
        if (process->exitStatus() != QProcess::NormalExit)
            problems << Tr::tr("%1 crashed%2").arg(name, errors.isEmpty() ? QString() : QStringLiteral(": ") + errors);
        else if (process->exitCode() != 0)
            problems << Tr::tr("%1 exited with %2: %3").arg(name).arg(process->exitCode()).arg(errors);
        else if (!errors.isEmpty())
            qCDebug(lcCore) << name << "said:" << errors;
    }
    if (!problems.isEmpty())
        return fail(ErrorCode::StatementFailed, Tr::tr("%1 failed on %2").arg(what, url.redacted()), problems.join(u"; "));
    return {};
}

} // namespace SchemaPilot::Core
