#include "dialects/postgres/postgresscript.h"

#include "common/tr.h"
#include "db/sqlexec.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#ifdef SCHEMAPILOT_HAVE_LIBPQ
#include "dialects/postgres/libpqsymbols.h"
#endif

namespace SchemaPilot::Core {

namespace {

int lineMarker(const QString &message)
{
    static const QRegularExpression marker(QStringLiteral("\\bLINE (\\d+):"));
    const QRegularExpressionMatch match = marker.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

#ifdef SCHEMAPILOT_HAVE_LIBPQ
PGconn *connectionHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers the opaque pointer under the struct name libpq typedefs PGconn from.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

QString field(const LibPq &pq, const PGresult *result, int code)
{
    const char *value = pq.resultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

// PQexec returns the last statement's result, or the first failure's: exactly what we need.
Result<void> runWithLibpq(const LibPq &pq, PGconn *connection, const QString &script)
{
    PGresult *result = pq.exec(connection, script.toUtf8().constData());
    const ExecStatusType status = result ? pq.resultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
        pq.clear(result);
        return {};
    }
    Error error{ErrorCode::StatementFailed, {}, {}, {}, {}, 0};
    if (result) {
        error.message = field(pq, result, PG_DIAG_MESSAGE_PRIMARY);
        error.driverText = QStringLiteral("%1:  %2").arg(field(pq, result, PG_DIAG_SEVERITY), error.message);
        if (const QString detail = field(pq, result, PG_DIAG_MESSAGE_DETAIL); !detail.isEmpty())
            error.driverText += QStringLiteral("\nDETAIL:  ") + detail;
        if (const QString hint = field(pq, result, PG_DIAG_MESSAGE_HINT); !hint.isEmpty())
            error.driverText += QStringLiteral("\nHINT:  ") + hint;
        if (const QString code = field(pq, result, PG_DIAG_SQLSTATE); !code.isEmpty())
            error.driverText += QStringLiteral(" (SQLSTATE %1)").arg(code);
        error.line = lineOfPosition(script, field(pq, result, PG_DIAG_STATEMENT_POSITION).toInt());
    } else {
        error.message = QString::fromUtf8(pq.errorMessage(connection)).trimmed();
        error.driverText = error.message;
    }
    pq.clear(result);
    return fail(error);
}
#endif

} // namespace

int lineOfPosition(const QString &text, int position)
{
    if (position <= 0)
        return 0;
    // PostgreSQL counts positions in characters (code points), not UTF-16 units.
    int line = 1;
    int characters = 0;
    for (qsizetype i = 0; i < text.size() && characters < position - 1; ++i) {
        if (text.at(i).isHighSurrogate())
            continue;
        ++characters;
        if (text.at(i) == u'\n')
            ++line;
    }
    return line;
}

Result<void> runPostgresScript(const QSqlDatabase &db, const QString &script)
{
#ifdef SCHEMAPILOT_HAVE_LIBPQ
    if (PGconn *connection = connectionHandle(db); connection && LibPq::instance())
        return runWithLibpq(*LibPq::instance(), connection, script);
#endif
    // QtSql reports only the first statement's failure; a later one shows as an aborted
    // transaction, which the check below turns into an error without the engine's details.
    QSqlQuery query(db);
    if (!query.exec(script)) {
        Error error = errorFromSql(query.lastError(), {});
        error.line = lineMarker(error.driverText);
        error.message = error.driverText.section(u'\n', 0, 0).remove(QStringLiteral("ERROR:")).trimmed();
        return fail(error);
    }
    if (auto alive = queryScalar(db, QStringLiteral("SELECT 1")); !alive)
        return fail(ErrorCode::StatementFailed,
                    Tr::tr("A statement of the script failed (this build has no libpq to say which): %1").arg(alive.error().driverText));
    return {};
}

} // namespace SchemaPilot::Core
