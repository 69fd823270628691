#include "support/clirunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace SchemaPilot::Test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

namespace {

CliRun run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs, const QByteArray *input)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SCHEMAPILOT_BIN_DIR) + QStringLiteral("/schemapilot-cli"), arguments);
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    return run(arguments, environment, timeoutMs, nullptr);
}

CliRun runCliWithInput(const QStringList &arguments, const QByteArray &input)
{
    return run(arguments, QProcessEnvironment::systemEnvironment(), 60000, &input);
}

} // namespace SchemaPilot::Test
