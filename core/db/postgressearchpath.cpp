#include "db/postgressearchpath.h"

#include "db/sqlexec.h"

namespace SchemaPilot::Core {

Result<void> setPostgresSearchPath(const QSqlDatabase &db, const QString &schema, SearchPathLifetime scope)
{
    static const QString sql = QStringLiteral(
        "SELECT set_config('search_path', array_to_string(ARRAY[quote_ident(CAST(? AS text))] || ARRAY("
        "SELECT DISTINCT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
        " WHERE n.nspname NOT IN (CAST(? AS text), 'pg_catalog') ORDER BY 1), ', '), %1)");
    const QString local = scope == SearchPathLifetime::Transaction ? QStringLiteral("true") : QStringLiteral("false");
    return execSql(db, sql.arg(local), {schema, schema});
}

} // namespace SchemaPilot::Core
