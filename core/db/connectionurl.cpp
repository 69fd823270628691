#include "db/connectionurl.h"

#include "common/tr.h"

#include <QUrl>
#include <QUrlQuery>

namespace SchemaPilot::Core {

namespace {

using namespace Qt::Literals::StringLiterals;

const QString kUsageHint = QStringLiteral(
    "Use sqlite:///relative/path.db, sqlite:////absolute/path.db, a plain file path, "
    "postgresql://user@host:5432/dbname or mysql://user@host:3306/dbname.");

QString passwordFromEnvironment(Engine engine)
{
    QString pw = qEnvironmentVariable("SCHEMAPILOT_DB_PASSWORD");
    if (!pw.isEmpty())
        return pw;
    if (engine == Engine::PostgreSQL)
        return qEnvironmentVariable("PGPASSWORD");
    if (engine == Engine::MySQL)
        return qEnvironmentVariable("MYSQL_PWD");
    return {};
}

Result<ConnectionUrl> parseSQLite(const QString &text, const QString &rest)
{
    ConnectionUrl url;
    url.engine = Engine::SQLite;
    url.scheme = QStringLiteral("sqlite");
    QString pathPart = rest;
    const qsizetype q = pathPart.indexOf(u'?');
    if (q >= 0) {
        const QUrlQuery query(pathPart.mid(q + 1));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            url.params.insert(key, value);
        pathPart = pathPart.left(q);
    }
    // sqlite:///x -> rest "/x" -> relative "x"; sqlite:////x -> rest "//x" -> absolute "/x"
    if (!pathPart.startsWith(u'/'))
        return fail(ErrorCode::InvalidUrl,
                    Tr::tr("Invalid SQLite URL \"%1\": expected three slashes after \"sqlite:\". %2").arg(text, kUsageHint));
    pathPart = pathPart.mid(1);
    if (pathPart.isEmpty())
        return fail(ErrorCode::InvalidUrl, Tr::tr("The SQLite URL \"%1\" names no file. %2").arg(text, kUsageHint));
    url.path = QUrl::fromPercentEncoding(pathPart.toUtf8());
    return url;
}

// The password as written in a URL that may not parse: between the first ':' of the user info and
// its last '@'. Only used to scrub it from error texts.
QString rawPassword(const QString &text)
{
    const qsizetype start = text.indexOf(QStringLiteral("://")) + 3;
    qsizetype end = text.indexOf(u'/', start);
    if (end < 0)
        end = text.size();
    const qsizetype at = text.lastIndexOf(u'@', end - 1);
    if (at < start)
        return {};
    const qsizetype colon = text.indexOf(u':', start);
    return colon >= 0 && colon < at ? text.mid(colon + 1, at - colon - 1) : QString();
}

// QUrl's error text quotes the whole input ("; source was \"...\""), password included: keep only
// its first clause, which names the problem, and scrub the password in case it still shows.
QString urlProblem(const QUrl &url, const QString &text)
{
    QString problem = url.errorString().section(QStringLiteral("; "), 0, 0);
    const QString password = rawPassword(text);
    if (password.size() >= 3) {   // shorter ones would mangle the words, not hide anything
        problem.replace(password, QStringLiteral("***"));
        const QString decoded = QUrl::fromPercentEncoding(password.toUtf8());
        if (decoded.size() >= 3)
            problem.replace(decoded, QStringLiteral("***"));
    }
    return problem;
}

Result<ConnectionUrl> parseServer(const QString &text, Engine engine, const QString &scheme)
{
    const QUrl qurl(text, QUrl::StrictMode);
    if (!qurl.isValid())
        return fail(ErrorCode::InvalidUrl,
                    Tr::tr("Invalid connection URL: %1. %2").arg(urlProblem(qurl, text), kUsageHint));
    ConnectionUrl url;
    url.engine = engine;
    url.scheme = scheme;
    url.host = qurl.host();
    if (url.host.isEmpty())
        url.host = QStringLiteral("localhost");
    url.port = qurl.port(0);
    if (url.port < 0 || url.port > 65535)
        return fail(ErrorCode::InvalidUrl, Tr::tr("Invalid port in connection URL. %1").arg(kUsageHint));
    url.user = qurl.userName(QUrl::FullyDecoded);
    url.password = qurl.password(QUrl::FullyDecoded);
    url.database = qurl.path(QUrl::FullyDecoded).mid(1);
    if (url.database.isEmpty() || url.database.contains(u'/'))
        return fail(ErrorCode::InvalidUrl,
                    Tr::tr("The connection URL names no database (expected %1://user@host:port/dbname).").arg(scheme));
    const QUrlQuery query(qurl);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        url.params.insert(key, value);
    if (url.password.isEmpty())
        url.password = passwordFromEnvironment(engine);
    return url;
}

} // namespace

Result<ConnectionUrl> ConnectionUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidUrl, Tr::tr("No database given. %1").arg(kUsageHint));
    const qsizetype colon = text.indexOf(QStringLiteral("://"));
    if (colon < 0) {
        if (text.startsWith(QStringLiteral("sqlite:"), Qt::CaseInsensitive))
            return fail(ErrorCode::InvalidUrl,
                        Tr::tr("Invalid SQLite URL \"%1\": expected three slashes after \"sqlite:\". %2").arg(text, kUsageHint));
        // "postgresql:/user:pw@host/db" is a mistyped server URL, not a file name to print back.
        for (const QString &server : {u"postgresql"_s, u"postgres"_s, u"mysql"_s, u"mariadb"_s})
            if (text.startsWith(server + u':', Qt::CaseInsensitive))
                return fail(ErrorCode::InvalidUrl,
                            Tr::tr("Invalid %1 URL: expected \"%1://\" followed by user@host:port/dbname. %2").arg(server, kUsageHint));
        // A plain file path.
        ConnectionUrl url;
        url.scheme = QStringLiteral("sqlite");
        url.path = text;
        return url;
    }
    const QString scheme = text.left(colon).toLower();
    if (scheme == QStringLiteral("sqlite") || scheme == QStringLiteral("sqlite3"))
        return parseSQLite(text, text.mid(colon + 3));
    if (scheme == QStringLiteral("postgresql") || scheme == QStringLiteral("postgres"))
        return parseServer(text, Engine::PostgreSQL, scheme);
    if (scheme == QStringLiteral("mysql") || scheme == QStringLiteral("mariadb"))
        return parseServer(text, Engine::MySQL, scheme);
    return fail(ErrorCode::InvalidUrl,
                Tr::tr("Unsupported database scheme \"%1\". %2").arg(scheme.left(40), kUsageHint));
}

QString ConnectionUrl::redacted() const
{
    if (isSQLite())
        return QStringLiteral("sqlite:///") + path;
    QString text = scheme + QStringLiteral("://");
    if (!user.isEmpty())
        text += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + u'@';
    text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    text += u'/' + database;
    return text;
}

QString ConnectionUrl::qtDriver() const
{
    switch (engine) {
    case Engine::SQLite: return QStringLiteral("QSQLITE");
    case Engine::PostgreSQL: return QStringLiteral("QPSQL");
    case Engine::MySQL: return QStringLiteral("QMYSQL");
    }
    return {};
}

QString ConnectionUrl::engineName() const
{
    switch (engine) {
    case Engine::SQLite: return QStringLiteral("sqlite");
    case Engine::PostgreSQL: return QStringLiteral("postgresql");
    case Engine::MySQL: return QStringLiteral("mysql");
    }
    return {};
}

int ConnectionUrl::effectivePort() const
{
    if (port > 0)
        return port;
    return engine == Engine::PostgreSQL ? 5432 : engine == Engine::MySQL ? 3306 : 0;
}

} // namespace SchemaPilot::Core
