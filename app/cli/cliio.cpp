#include "cliio.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace SchemaPilot::Cli {

using namespace SchemaPilot::Core;

Io::Io()
    : m_out(stdout)
    , m_err(stderr)
{
    m_color = isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR")
              && qEnvironmentVariable("TERM") != QStringLiteral("dumb");
}

bool Io::stdinIsTerminal() const
{
    return isatty(STDIN_FILENO);
}

QString Io::style(const QString &text, const char *code) const
{
    if (!m_color)
        return text;
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1StringView(code), text);
}

QString Io::severity(Severity severity, const QString &text) const
{
    switch (severity) {
    case Severity::Info: return cyan(text);
    case Severity::Warning: return yellow(text);
    case Severity::Danger: return red(text);
    }
    return text;
}

QString Io::complexity(Complexity complexity, const QString &text) const
{
    switch (complexity) {
    case Complexity::None:
    case Complexity::Simple: return green(text);
    case Complexity::Moderate: return yellow(text);
    case Complexity::Complex: return red(text);
    }
    return text;
}

void Io::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Usage:
    case ErrorCode::InvalidUrl: return ExitUsage;
    case ErrorCode::Refused:
    case ErrorCode::LockHeld:
    case ErrorCode::IntegrityCheckFailed: return ExitRefused;
    default: return ExitFailure;
    }
}

int reportError(Io &io, bool json, const Error &error, const QJsonObject &extra)
{
    if (json) {
        QJsonObject object = extra;
        object.insert(QStringLiteral("error"), error.toString());
        object.insert(QStringLiteral("error_code"), errorCodeName(error.code));
        if (!object.contains(QStringLiteral("migration_needed")))
            object.insert(QStringLiteral("migration_needed"), false);
        if (!object.contains(QStringLiteral("check_time_ms")))
            object.insert(QStringLiteral("check_time_ms"), 0);
        if (!object.contains(QStringLiteral("last_check")))
            object.insert(QStringLiteral("last_check"), isoUtc(QDateTime::currentDateTimeUtc()));
        io.printJson(object);
    } else {
        io.err() << io.red(QStringLiteral("error: ")) << error.toString() << Qt::endl;
    }
    return exitCodeFor(error);
}

int usageError(Io &io, bool json, const QString &message, const QString &usage)
{
    if (!json && !usage.isEmpty())
        io.err() << usage << Qt::endl;
    return reportError(io, json, Error{ErrorCode::Usage, message, {}, {}, {}, 0});
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, Io &io, int *exitCode)
{
    parser.addHelpOption();
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("schemapilot-cli")} + arguments)) {
        const bool json = arguments.contains(QStringLiteral("--json"));
        *exitCode = usageError(io, json, parser.errorText() + QStringLiteral(" (see --help)"), QString());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out() << parser.helpText();
        *exitCode = ExitSuccess;
        return false;
    }
    return true;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database URL: sqlite:///rel.db, sqlite:////abs.db, a file path, "
                                                           "postgresql://user@host:port/db or mysql://user@host:port/db. "
                                                           "Passwords may come from SCHEMAPILOT_DB_PASSWORD."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object on stdout.")});
    parser.addOption({QStringLiteral("pg-schema"), QStringLiteral("PostgreSQL schema to work on (default: the URL's ?schema=, else public)."),
                      QStringLiteral("name")});
}

Result<ConnectionUrl> urlFromOptions(const QCommandLineParser &parser)
{
    auto url = ConnectionUrl::parse(parser.value(QStringLiteral("db")));
    if (url && url->engine == Engine::PostgreSQL && parser.isSet(QStringLiteral("pg-schema")))
        url->params.insert(QStringLiteral("schema"), parser.value(QStringLiteral("pg-schema")));
    return url;
}

QJsonObject warningToJson(const Warning &warning)
{
    QJsonObject object{{QStringLiteral("code"), warning.code},
                       {QStringLiteral("severity"), severityName(warning.severity)},
                       {QStringLiteral("message"), warning.message}};
    if (!warning.table.isEmpty())
        object.insert(QStringLiteral("table"), warning.table);
    if (!warning.column.isEmpty())
        object.insert(QStringLiteral("column"), warning.column);
    if (warning.count >= 0)
        object.insert(QStringLiteral("count"), warning.count);
    return object;
}

QJsonArray warningsToJson(const QList<Warning> &warnings)
{
    QJsonArray array;
    for (const Warning &w : warnings)
        array.append(warningToJson(w));
    return array;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace SchemaPilot::Cli
