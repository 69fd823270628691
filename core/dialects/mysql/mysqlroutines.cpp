#include "dialects/mysql/mysqlroutines.h"

#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/mysql/mysqlddl.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace SchemaPilot::Core {

namespace {

Unexpected readError(const Error &cause, const QString &what)
{
    Error error = cause;
    error.code = ErrorCode::IntrospectionFailed;
    error.message = Tr::tr("Could not read %1; check that the user may read the database's routines and events").arg(what);
    return fail(error);
}

// SHOW CREATE answers NULL for the text when the user neither owns the object nor may read
// mysql.proc: an object left out would be planned as missing, so stop instead.
Unexpected unreadable(const QString &kind, const QString &name)
{
    return fail(ErrorCode::IntrospectionFailed,
                Tr::tr("The %1 %2 exists but its definition is hidden from this user; grant it SELECT on mysql.proc "
                       "(or SHOW CREATE ROUTINE) or connect as its definer")
                    .arg(kind, name));
}

Result<QString> showCreate(const QSqlDatabase &db, const QString &what, const QString &name, int column)
{
    auto query = runQuery(db, QStringLiteral("SHOW CREATE %1 %2").arg(what, mysqlQuote(name)));
    if (!query)
        return readError(query.error(), Tr::tr("the definition of %1 %2").arg(what.toLower(), name));
    if (!query->next() || query->value(column).isNull())
        return unreadable(what.toLower(), name);
    return query->value(column).toString();
}

} // namespace

QString mysqlWithoutDefiner(const QString &createSql)
{
    static const QRegularExpression definer(QStringLiteral(R"(^(CREATE\s+)DEFINER\s*=\s*(`(?:[^`]|``)*`|'[^']*'|\S+?)@(`(?:[^`]|``)*`|'[^']*'|\S+)\s+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString sql = createSql;
    return sql.replace(definer, QStringLiteral("\\1"));
}

Result<bool> mysqlHasEvents(const QSqlDatabase &db)
{
    auto count = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()"));
    if (!count)
        return readError(count.error(), Tr::tr("the events"));
    return count->toLongLong() > 0;
}

Result<QList<SchemaObject>> mysqlInspectRoutines(const QSqlDatabase &db, const QString &dbName)
{
    QList<SchemaObject> objects;

    // Sequences first: column defaults call them, so they exist before the tables.
    {
        auto query = runQuery(db, QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? "
                                                 "AND TABLE_TYPE = 'SEQUENCE' ORDER BY TABLE_NAME"), {dbName});
        if (!query)
            return readError(query.error(), Tr::tr("the sequences"));
        QStringList names;
        while (query->next())
            names << query->value(0).toString();
        for (const QString &name : std::as_const(names)) {
            auto sql = showCreate(db, QStringLiteral("SEQUENCE"), name, 1);
            if (!sql)
                return fail(sql.error());
            objects << SchemaObject{QStringLiteral("sequence"), name, *sql,
                                    QStringLiteral("DROP SEQUENCE %1").arg(mysqlQuote(name))};
        }
    }

    {
        auto query = runQuery(db, QStringLiteral("SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES "
                                                 "WHERE ROUTINE_SCHEMA = ? AND ROUTINE_TYPE IN ('PROCEDURE', 'FUNCTION') "
                                                 "ORDER BY ROUTINE_TYPE, ROUTINE_NAME"), {dbName});
        if (!query)
            return readError(query.error(), Tr::tr("the stored routines"));
        QList<std::pair<QString, QString>> routines;
        while (query->next())
            routines << std::pair{query->value(0).toString(), query->value(1).toString()};
        for (const auto &[type, name] : std::as_const(routines)) {
            auto sql = showCreate(db, type, name, 2);
            if (!sql)
                return fail(sql.error());
            objects << SchemaObject{type.toLower(), name, mysqlWithoutDefiner(*sql),
                                    QStringLiteral("DROP %1 %2").arg(type, mysqlQuote(name))};
        }
    }

    {
        // Without STARTS the server stamps the creation time, which differs between the live database
        // and the scratch copy; a restore from a dump writes that stamp out, now before CREATED. So a
        // start that was not in the future at creation is left out: it only sets the phase of the
        // schedule, which SchemaPilot therefore neither compares nor keeps when it creates the event.
        auto query = runQuery(db, QStringLiteral("SELECT EVENT_NAME, STARTS IS NOT NULL AND STARTS <= CREATED "
                                                 "FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ? ORDER BY EVENT_NAME"),
                              {dbName});
        if (!query)
            return readError(query.error(), Tr::tr("the events"));
        QList<std::pair<QString, bool>> events;
        while (query->next())
            events << std::pair{query->value(0).toString(), query->value(1).toInt() != 0};
        static const QRegularExpression stampedStart(QStringLiteral(R"( STARTS '[^']*')"));
        for (const auto &[name, stamped] : std::as_const(events)) {
            auto sql = showCreate(db, QStringLiteral("EVENT"), name, 3);
            if (!sql)
                return fail(sql.error());
            QString text = mysqlWithoutDefiner(*sql);
            if (stamped) {
                const auto match = stampedStart.match(text);
                if (match.hasMatch())
                    text.remove(match.capturedStart(), match.capturedLength());
            }
            objects << SchemaObject{QStringLiteral("event"), name, text, QStringLiteral("DROP EVENT %1").arg(mysqlQuote(name))};
        }
    }
    return objects;
}

} // namespace SchemaPilot::Core
