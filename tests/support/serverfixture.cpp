#include "support/serverfixture.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace SchemaPilot::Test {

namespace {
QAtomicInteger<quint32> s_nameCounter;
}

QString serverUrlFromEnvironment(const char *variable)
{
    return qEnvironmentVariable(variable).trimmed();
}

QString postgresTestUrl()
{
    return serverUrlFromEnvironment(kPostgresUrlVariable);
}

bool runningInCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return ci == u"true" || ci == u"1" || ci == u"yes";
}

QByteArray missingServerMessage(const char *variable, const QString &script)
{
    return QStringLiteral("%1 is not set: start a test server with `eval \"$(%2 start)\"`%3")
        .arg(QLatin1StringView(variable), script,
             runningInCi() ? QStringLiteral(" (CI=true: server tests must run in CI)") : QString())
        .toUtf8();
}

QString uniqueName(const QString &prefix)
{
    return QStringLiteral("%1_%2_%3_%4")
        .arg(prefix.toLower())
        .arg(QCoreApplication::applicationPid())
        .arg(s_nameCounter.fetchAndAddRelaxed(1))
        .arg(QRandomGenerator::global()->bounded(1u << 30), 0, 36);
}

Core::Result<std::unique_ptr<Core::Connection>> openServer(const QString &url, const QString &purpose)
{
    auto parsed = Core::ConnectionUrl::parse(url);
    if (!parsed)
        return Core::fail(parsed.error());
    return Core::Connection::open(*parsed, Core::Connection::Access::ReadWrite, purpose);
}

} // namespace SchemaPilot::Test
