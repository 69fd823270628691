#include "dialects/postgres/postgrescatalog.h"

#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/postgres/postgresinspector.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace SchemaPilot::Core::PostgresCatalog {

namespace {

Error introspectionError(const Error &error)
{
    Error result = error;
    result.code = ErrorCode::IntrospectionFailed;
    result.message = Tr::tr("Reading the PostgreSQL catalog failed: %1").arg(error.driverText);
    return result;
}

// Objects that belong to an extension are the extension's business, not the schema's.
// classid first: pg_depend's index starts with it (without it every row scans pg_depend).
constexpr auto kNotFromExtension =
    "NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.classid = '%1'::regclass AND dep.objid = %2 AND dep.deptype = 'e')";

QString notFromExtension(const QString &catalog, const QString &oidExpression)
{
    return QString::fromLatin1(kNotFromExtension).arg(catalog, oidExpression);
}

} // namespace

Result<QSqlQuery> catalogQuery(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(false);
    if (!query.exec(sql))
        return fail(errorFromSql(query.lastError(), sql));
    return query;
}

Result<QList<View>> readViews(const Context &ctx)
{
    auto query = catalogQuery(ctx.db, QStringLiteral(
        "SELECT c.relname, c.relkind::text, pg_get_viewdef(c.oid, true), array_to_string(c.reloptions, ', ') FROM pg_class c"
        " WHERE c.relnamespace = %1 AND c.relkind IN ('v', 'm') AND %2 ORDER BY c.relname")
                                      .arg(ctx.namespaceOid, notFromExtension(QStringLiteral("pg_class"), QStringLiteral("c.oid"))));
    if (!query)
        return fail(introspectionError(query.error()));
    QList<View> views;
    while (query->next()) {
        View view;
        view.name = query->value(0).toString();
        view.materialized = query->value(1).toString() == u"m";
        view.definition = query->value(2).toString().trimmed();
        if (view.definition.endsWith(u';'))
            view.definition.chop(1);
        // Options such as security_barrier and check_option live beside the query; without them a
        // recreated view would silently lose them.
        const QString options = query->value(3).toString();
        view.sql = QStringLiteral("CREATE %1VIEW %2%3 AS\n%4")
                       .arg(view.materialized ? QStringLiteral("MATERIALIZED ") : QString(), postgresQuote(view.name),
                            options.isEmpty() ? QString() : QStringLiteral(" WITH (%1)").arg(options), view.definition);
        views << view;
    }
    // What each view reads, through its rewrite rule's dependencies (for ordering and rebuilds).
    auto deps = catalogQuery(ctx.db, QStringLiteral(
        "SELECT DISTINCT v.relname, r.relname FROM pg_depend d JOIN pg_rewrite rw ON rw.oid = d.objid"
        " JOIN pg_class v ON v.oid = rw.ev_class JOIN pg_class r ON r.oid = d.refobjid"
        " WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass"
        " AND r.oid <> v.oid AND v.relnamespace = %1 AND r.relnamespace = %1 ORDER BY 1, 2").arg(ctx.namespaceOid));
    if (!deps)
        return fail(introspectionError(deps.error()));
    while (deps->next())
        for (View &view : views)
            if (view.name == deps->value(0).toString())
                view.dependsOn << deps->value(1).toString();
    // Output columns decide whether CREATE OR REPLACE VIEW can replace a view in place.
    auto columns = catalogQuery(ctx.db, QStringLiteral(
        "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
        " JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = %1 AND c.relkind IN ('v', 'm')"
        " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum").arg(ctx.namespaceOid));
    if (!columns)
        return fail(introspectionError(columns.error()));
    while (columns->next())
        for (View &view : views)
            if (view.name == columns->value(0).toString()) {
                Column column;
                column.name = columns->value(1).toString();
                column.type = columns->value(2).toString();
                view.columns << column;
            }
    return views;
}

Result<QList<Trigger>> readTriggers(const Context &ctx, QList<SchemaObject> &objects)
{
    auto query = catalogQuery(ctx.db, QStringLiteral(
        "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid, true), pg_get_functiondef(t.tgfoid),"
        " p.proname, pg_get_function_identity_arguments(p.oid), p.pronamespace = %1"
        " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid"
        " WHERE c.relnamespace = %1 AND NOT t.tgisinternal AND c.relname NOT LIKE 'schemapilot\\_%'"
        " ORDER BY c.relname, t.tgname").arg(ctx.namespaceOid));
    if (!query)
        return fail(introspectionError(query.error()));
    QList<Trigger> triggers;
    QSet<QString> functions;
    while (query->next()) {
        Trigger trigger;
        trigger.name = query->value(0).toString();
        trigger.table = query->value(1).toString();
        trigger.sql = postgresUnqualify(query->value(2).toString(), ctx.schema);
        trigger.functionSql = postgresUnqualify(query->value(3).toString(), ctx.schema).trimmed();
        triggers << trigger;
        const QString function = query->value(4).toString();
        if (!query->value(6).toBool() || functions.contains(function))
            continue;
        functions.insert(function);
        objects << SchemaObject{QStringLiteral("function"), function, trigger.functionSql,
                                QStringLiteral("DROP FUNCTION %1(%2)").arg(postgresQuote(function), query->value(5).toString())};
    }
    return triggers;
}

Result<QList<SchemaObject>> readTypesAndSequences(const Context &ctx)
{
    QList<SchemaObject> objects;
    auto enums = catalogQuery(ctx.db, QStringLiteral(
        "SELECT t.typname, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)"
        " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = %1 AND %2"
        " GROUP BY t.typname ORDER BY 1").arg(ctx.namespaceOid, notFromExtension(QStringLiteral("pg_type"), QStringLiteral("t.oid"))));
    if (!enums)
        return fail(introspectionError(enums.error()));
    while (enums->next()) {
        const QString name = postgresQuote(enums->value(0).toString());
        objects << SchemaObject{QStringLiteral("type"), enums->value(0).toString(),
                                QStringLiteral("CREATE TYPE %1 AS ENUM (%2)").arg(name, enums->value(1).toString()),
                                QStringLiteral("DROP TYPE %1").arg(name)};
    }

    auto domains = catalogQuery(ctx.db, QStringLiteral(
        "SELECT t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull, t.typdefault,"
        " CASE WHEN t.typcollation <> bt.typcollation THEN co.collname END,"
        " COALESCE((SELECT string_agg(' CONSTRAINT ' || quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid), ''"
        "   ORDER BY con.conname) FROM pg_constraint con WHERE con.contypid = t.oid), '')"
        " FROM pg_type t JOIN pg_type bt ON bt.oid = t.typbasetype LEFT JOIN pg_collation co ON co.oid = t.typcollation"
        " WHERE t.typnamespace = %1 AND t.typtype = 'd' AND %2 ORDER BY 1")
                                        .arg(ctx.namespaceOid, notFromExtension(QStringLiteral("pg_type"), QStringLiteral("t.oid"))));
    if (!domains)
        return fail(introspectionError(domains.error()));
    while (domains->next()) {
        const QString name = postgresQuote(domains->value(0).toString());
        QString sql = QStringLiteral("CREATE DOMAIN %1 AS %2").arg(name, domains->value(1).toString());
        if (!domains->value(4).isNull())
            sql += QStringLiteral(" COLLATE ") + postgresQuote(domains->value(4).toString());
        if (!domains->value(3).isNull())
            sql += QStringLiteral(" DEFAULT ") + domains->value(3).toString();
        if (domains->value(2).toBool())
            sql += QStringLiteral(" NOT NULL");
        sql += domains->value(5).toString();
        objects << SchemaObject{QStringLiteral("domain"), domains->value(0).toString(), sql,
                                QStringLiteral("DROP DOMAIN %1").arg(name)};
    }

    // Sequences owned by a serial or identity column come and go with their column.
    auto sequences = catalogQuery(ctx.db, QStringLiteral(
        "SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,"
        " s.seqcache, s.seqcycle FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
        " WHERE c.relnamespace = %1 AND %2 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
        "   AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))"
        " ORDER BY 1").arg(ctx.namespaceOid, notFromExtension(QStringLiteral("pg_class"), QStringLiteral("c.oid"))));
    if (!sequences)
        return fail(introspectionError(sequences.error()));
    while (sequences->next()) {
        const QString name = postgresQuote(sequences->value(0).toString());
        QString sql = QStringLiteral("CREATE SEQUENCE %1 AS %2 INCREMENT BY %3 MINVALUE %4 MAXVALUE %5 START WITH %6 CACHE %7")
                          .arg(name, sequences->value(1).toString(), sequences->value(3).toString(),
                               sequences->value(4).toString(), sequences->value(5).toString(),
                               sequences->value(2).toString(), sequences->value(6).toString());
        if (sequences->value(7).toBool())
            sql += QStringLiteral(" CYCLE");
        objects << SchemaObject{QStringLiteral("sequence"), sequences->value(0).toString(), sql,
                                QStringLiteral("DROP SEQUENCE %1").arg(name)};
    }
    return objects;
}

Result<QList<SchemaObject>> readPartitions(const Context &ctx)
{
    // Partitions of partitions after their parents, so that they can be created in this order.
    auto query = catalogQuery(ctx.db, QStringLiteral(
        "SELECT c.relname, p.relname, pg_get_expr(c.relpartbound, c.oid),"
        " CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END"
        " FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid JOIN pg_class p ON p.oid = i.inhparent"
        " WHERE c.relnamespace = %1 AND p.relnamespace = %1 AND c.relispartition AND c.relkind IN ('r', 'p')"
        " ORDER BY p.relispartition, c.relname").arg(ctx.namespaceOid));
    if (!query)
        return fail(introspectionError(query.error()));
    QList<SchemaObject> partitions;
    while (query->next()) {
        const QString name = postgresQuote(query->value(0).toString());
        QString sql = QStringLiteral("CREATE TABLE %1 PARTITION OF %2 %3")
                          .arg(name, postgresQuote(query->value(1).toString()), query->value(2).toString());
        if (!query->value(3).isNull())
            sql += QStringLiteral(" PARTITION BY ") + query->value(3).toString();
        // IF EXISTS: a partition goes with its parent when the parent is dropped first.
        partitions << SchemaObject{QStringLiteral("partition"), query->value(0).toString(), sql,
                                   QStringLiteral("DROP TABLE IF EXISTS %1").arg(name)};
    }
    return partitions;
}

Result<QList<SchemaObject>> readInheritance(const Context &ctx)
{
    auto query = catalogQuery(ctx.db, QStringLiteral(
        "SELECT c.relname, p.relname, pn.nspname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
        " JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace"
        " WHERE c.relnamespace = %1 AND NOT c.relispartition AND c.relkind IN ('r', 'p')"
        " ORDER BY c.relname, i.inhseqno").arg(ctx.namespaceOid));
    if (!query)
        return fail(introspectionError(query.error()));
    QList<SchemaObject> links;
    while (query->next()) {
        const QString child = postgresQuote(query->value(0).toString());
        const QString parentSchema = query->value(2).toString();
        const QString parent = parentSchema == ctx.schema ? postgresQuote(query->value(1).toString())
                                                          : postgresQuote(parentSchema) + u'.' + postgresQuote(query->value(1).toString());
        links << SchemaObject{QStringLiteral("inherits"), query->value(0).toString() + u'.' + query->value(1).toString(),
                              QStringLiteral("ALTER TABLE %1 INHERIT %2").arg(child, parent),
                              QStringLiteral("ALTER TABLE %1 NO INHERIT %2").arg(child, parent)};
    }
    return links;
}

Result<QList<SchemaObject>> readViewIndexes(const Context &ctx)
{
    auto query = catalogQuery(ctx.db, QStringLiteral(
        "SELECT v.relname, ic.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
        " JOIN pg_class v ON v.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid"
        " WHERE v.relnamespace = %1 AND v.relkind = 'm' ORDER BY 1, 2").arg(ctx.namespaceOid));
    if (!query)
        return fail(introspectionError(query.error()));
    QList<SchemaObject> indexes;
    while (query->next())
        indexes << SchemaObject{QStringLiteral("view index"), query->value(0).toString() + u'.' + query->value(1).toString(),
                                postgresUnqualify(query->value(2).toString(), ctx.schema),
                                QStringLiteral("DROP INDEX IF EXISTS %1").arg(postgresQuote(query->value(1).toString()))};
    return indexes;
}

Result<QList<SchemaObject>> readRowSecurity(const Context &ctx)
{
    QList<SchemaObject> objects;
    auto tables = catalogQuery(ctx.db, QStringLiteral(
        "SELECT c.relname, c.relforcerowsecurity FROM pg_class c WHERE c.relnamespace = %1 AND c.relrowsecurity"
        " ORDER BY 1").arg(ctx.namespaceOid));
    if (!tables)
        return fail(introspectionError(tables.error()));
    while (tables->next()) {
        const QString table = postgresQuote(tables->value(0).toString());
        const bool forced = tables->value(1).toBool();
        objects << SchemaObject{QStringLiteral("row security"), tables->value(0).toString(),
                                QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY%2")
                                    .arg(table, forced ? QStringLiteral(", FORCE ROW LEVEL SECURITY") : QString()),
                                QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY").arg(table)};
    }
    auto policies = catalogQuery(ctx.db, QStringLiteral(
        "SELECT p.polname, c.relname, CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,"
        " CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,"
        " COALESCE((SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r)) END, ', ' ORDER BY 1)"
        "   FROM unnest(p.polroles) AS r), 'PUBLIC'),"
        " pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid)"
        " FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = %1 ORDER BY 2, 1").arg(ctx.namespaceOid));
    if (!policies)
        return fail(introspectionError(policies.error()));
    while (policies->next()) {
        const QString name = postgresQuote(policies->value(0).toString());
        const QString table = postgresQuote(policies->value(1).toString());
        QString sql = QStringLiteral("CREATE POLICY %1 ON %2 AS %3 FOR %4 TO %5")
                          .arg(name, table, policies->value(2).toString(), policies->value(3).toString(),
                               policies->value(4).toString());
        if (!policies->value(5).isNull())
            sql += QStringLiteral(" USING (%1)").arg(policies->value(5).toString());
        if (!policies->value(6).isNull())
            sql += QStringLiteral(" WITH CHECK (%1)").arg(policies->value(6).toString());
        objects << SchemaObject{QStringLiteral("policy"), policies->value(1).toString() + u'.' + policies->value(0).toString(), sql,
                                QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table)};
    }
    return objects;
}

} // namespace SchemaPilot::Core::PostgresCatalog
