#include "dialects/mysql/mysqldesiredloader.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/mysql/mysqlddl.h"
#include "dialects/mysql/mysqldelimiters.h"
#include "dialects/mysql/mysqlscriptscope.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace SchemaPilot::Core {

namespace {

QAtomicInteger<quint64> s_scratchCounter;

Error loadError(const QString &message, const QString &fileName, int line = 0, const QString &driverText = {})
{
    return Error{ErrorCode::SchemaLoadFailed, message, {}, driverText, fileName, line};
}

// Where in the file the engine's error points. A syntax error quotes the rest of the text from
// the failing token ("near '...' at line N"); that text found in the file gives the exact line.
// Otherwise the statement's ordinal is all the engine tells.
int lineOfError(const QString &ddl, const QString &engineText)
{
    static const QRegularExpression near(QStringLiteral(R"(near '(.*)' at line (\d+)$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const auto match = near.match(engineText.trimmed());
    if (!match.hasMatch())
        return 0;
    QString snippet = match.captured(1);
    if (snippet.endsWith(QStringLiteral("...")))
        snippet.chop(3); // the engine cuts long snippets and marks the cut
    qsizetype at = -1;
    if (!snippet.isEmpty()) {
        at = ddl.indexOf(snippet);
        if (at >= 0 && ddl.indexOf(snippet, at + 1) >= 0)
            at = -1; // ambiguous: more than one place
    } else {
        at = ddl.trimmed().isEmpty() ? -1 : ddl.size() - 1; // error at the very end of the text
    }
    if (at < 0)
        return 0;
    return int(ddl.left(at).count(u'\n')) + 1;
}

// Drops the scratch database whatever happens.
struct ScratchGuard final {
    QSqlDatabase admin;
    QString name;
    ~ScratchGuard()
    {
        if (auto dropped = execSql(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(mysqlQuote(name))); !dropped)
            qCWarning(lcCore) << "could not drop the scratch database" << name << ":" << dropped.error().toString();
    }
};

Result<Schema> runInScratch(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                            const QString &scratch, const QString &connectionName, const MysqlInspector &inspector,
                            const InspectOptions &options)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(target, connectionName);
    db.setDatabaseName(scratch);
    // QMYSQL connects with CLIENT_MULTI_STATEMENTS (it is not a settable option): the engine splits
    // the file into statements, one result per statement.
    db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"));
    if (!db.open()) {
        Error error = errorFromSql(db.lastError());
        error.code = ErrorCode::ConnectionFailed;
        error.message = Tr::tr("Could not open a second connection for the scratch database %1").arg(scratch);
        return fail(error);
    }
    {
        QSqlQuery query(db);
        // One result per statement: the failing statement is the one after the last good result.
        int statement = 1;
        bool ok = query.exec(ddl);
        while (ok && (++statement, query.nextResult())) {
        }
        const QSqlError sqlError = query.lastError();
        if (!ok || sqlError.isValid()) {
            const QString engineText = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
            const int line = lineOfError(ddl, engineText);
            QString message = Tr::tr("The desired schema does not execute on MySQL: statement %1 failed (%2)")
                                  .arg(statement)
                                  .arg(engineText);
            // DELIMITER is a command of the mysql client, not SQL; the server splits compound
            // statements (BEGIN ... END) by itself.
            if (engineText.contains(QStringLiteral("near 'DELIMITER"), Qt::CaseInsensitive))
                message += u' ' + Tr::tr("Remove the DELIMITER lines and end trigger bodies with a plain semicolon; "
                                         "the server splits BEGIN ... END blocks itself");
            Error error = loadError(message, fileName, line, engineText);
            return fail(error);
        }
    }
    auto where = queryScalar(db, QStringLiteral("SELECT DATABASE()"));
    if (!where || where->toString() != scratch)
        return fail(loadError(Tr::tr("The desired schema switched to another database; remove USE statements"), fileName));
    return inspector.inspect(db, options);
}

} // namespace

Result<Schema> MysqlDesiredLoader::load(const QString &ddl, const QString &fileName, const QSqlDatabase &target,
                                        const InspectOptions &options) const
{
    if (!target.isOpen() || target.driverName() != QStringLiteral("QMYSQL"))
        return fail(ErrorCode::Internal, Tr::tr("The MySQL desired-schema loader needs an open MySQL connection"));
    if (ddl.trimmed().isEmpty())
        return fail(loadError(Tr::tr("The desired schema file is empty"), fileName));

    auto info = runQuery(target, QStringLiteral("SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, "
                                                "CONNECTION_ID() FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"));
    if (!info)
        return fail(info.error());
    if (!info->next())
        return fail(ErrorCode::IntrospectionFailed,
                    Tr::tr("The MySQL connection has no database selected; name one in the URL (mysql://user@host/dbname)"));
    const QString targetName = info->value(0).toString();
    // Every database this user can see, the target among them: the script must name none of them.
    auto visible = runQuery(target, QStringLiteral("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"));
    if (!visible)
        return fail(visible.error());
    QStringList databases{targetName};
    while (visible->next())
        databases << visible->value(0).toString();
    if (const QString problem = mysqlScriptReachesOutside(ddl, databases); !problem.isEmpty())
        return fail(loadError(problem, fileName));

    // Named after the session that owns it, so that a leftover can be traced to its connection.
    const QString scratch = QStringLiteral("schemapilot_scratch_%1_%2")
                                .arg(info->value(3).toString())
                                .arg(QRandomGenerator::system()->generate() & 0xffffffffu, 8, 16, QChar(u'0'));
    // Same defaults as the target, so that tables inherit the same charset and collation.
    if (auto created = execSql(target, QStringLiteral("CREATE DATABASE %1 CHARACTER SET %2 COLLATE %3")
                                           .arg(mysqlQuote(scratch), info->value(1).toString(), info->value(2).toString()));
        !created) {
        Error error = created.error();
        error.code = ErrorCode::SchemaLoadFailed;
        error.message = Tr::tr("Could not create the scratch database %1 for the desired schema; the user needs the "
                               "CREATE and DROP privileges on databases named schemapilot_scratch_*")
                            .arg(scratch);
        return fail(error);
    }
    ScratchGuard guard{target, scratch};
    const QString connectionName = QStringLiteral("schemapilot-scratch-%1").arg(s_scratchCounter.fetchAndAddRelaxed(1));
    Result<Schema> schema = runInScratch(mysqlScriptWithoutDelimiters(ddl), fileName, target, scratch, connectionName, m_inspector, options);
    QSqlDatabase::removeDatabase(connectionName);
    if (schema)
        schema->name = targetName;
    return schema;
}

} // namespace SchemaPilot::Core
