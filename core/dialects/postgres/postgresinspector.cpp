#include "dialects/postgres/postgresinspector.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/postgressearchpath.h"
#include "db/sqlexec.h"
#include "dialects/postgres/postgrescatalog.h"

namespace SchemaPilot::Core {

namespace {

// pg_get_*def and format_type leave out the schema of what is on the search path: put the
// inspected schema there for the duration, so both sides of a diff print the same names.
class SearchPathScope final
{
public:
    explicit SearchPathScope(const QSqlDatabase &db) : m_db(db)
    {
        if (auto previous = queryScalar(m_db, QStringLiteral("SELECT current_setting('search_path')")))
            m_previous = previous->toString();
    }
    ~SearchPathScope()
    {
        if (m_previous)
            execSql(m_db, QStringLiteral("SELECT set_config('search_path', ?, false)"), {*m_previous});
    }
    Result<void> set(const QString &schema) { return setPostgresSearchPath(m_db, schema); }

private:
    QSqlDatabase m_db;
    std::optional<QString> m_previous;
};

} // namespace

Result<Schema> PostgresInspector::inspect(const QSqlDatabase &db, const InspectOptions &options) const
{
    // No schema named: the connection's own (its URL's schema, see Connection::open).
    QString schemaName = options.schemaName;
    if (schemaName.isEmpty()) {
        auto current = queryScalar(db, QStringLiteral("SELECT current_schema()"));
        schemaName = current && !current->toString().isEmpty() ? current->toString() : QStringLiteral("public");
    }
    auto oid = queryScalar(db, QStringLiteral("SELECT oid::text FROM pg_namespace WHERE nspname = ?"), {schemaName});
    if (!oid) {
        Error error = oid.error();
        error.code = ErrorCode::IntrospectionFailed;
        error.message = Tr::tr("Could not read the PostgreSQL catalog: %1").arg(error.driverText);
        return fail(error);
    }
    if (!oid->isValid())
        return fail(ErrorCode::IntrospectionFailed,
                    Tr::tr("The PostgreSQL schema \"%1\" does not exist in this database; create it (CREATE SCHEMA) "
                           "or fix the schema in the URL (?schema=) or --pg-schema").arg(schemaName));

    SearchPathScope searchPath(db);
    if (auto ok = searchPath.set(schemaName); !ok)
        return fail(ok.error());
    const PostgresCatalog::Context context{db, schemaName, oid->toString()};

    Schema schema;
    schema.dialect = QStringLiteral("postgresql");
    schema.name = schemaName;
    auto objects = PostgresCatalog::readTypesAndSequences(context);
    if (!objects)
        return fail(objects.error());
    schema.objects = *objects;
    auto partitions = PostgresCatalog::readPartitions(context);
    if (!partitions)
        return fail(partitions.error());
    schema.objects << *partitions;
    auto inheritance = PostgresCatalog::readInheritance(context);
    if (!inheritance)
        return fail(inheritance.error());
    schema.objects << *inheritance;
    auto viewIndexes = PostgresCatalog::readViewIndexes(context);
    if (!viewIndexes)
        return fail(viewIndexes.error());
    schema.objects << *viewIndexes;
    auto rowSecurity = PostgresCatalog::readRowSecurity(context);
    if (!rowSecurity)
        return fail(rowSecurity.error());
    schema.objects << *rowSecurity;
    auto tables = PostgresCatalog::readTables(context, options.excludeTables, options.estimateRows, schema.objects);
    if (!tables)
        return fail(tables.error());
    schema.tables = *tables;
    auto views = PostgresCatalog::readViews(context);
    if (!views)
        return fail(views.error());
    schema.views = *views;
    auto triggers = PostgresCatalog::readTriggers(context, schema.objects);
    if (!triggers)
        return fail(triggers.error());
    schema.triggers = *triggers;
    qCDebug(lcCore) << "inspected PostgreSQL schema" << schemaName << ":" << schema.tables.size() << "tables,"
                    << schema.views.size() << "views," << schema.objects.size() << "other objects";
    return schema;
}

} // namespace SchemaPilot::Core
