#include "support/postgressnapshot.h"

namespace SchemaPilot::Test {

QStringList snapshotPostgresSchema(const PostgresScratchSchema &schema)
{
    const QString s = schema.name();
    QStringList rows;
    rows << schema.query(QStringLiteral(
        "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || "
        "coalesce(column_default, '') FROM information_schema.columns WHERE table_schema = '%1' "
        "AND table_name NOT LIKE 'schemapilot%%' ORDER BY table_name, ordinal_position").arg(s));
    rows << schema.query(QStringLiteral(
        "SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || "
        "convalidated FROM pg_constraint WHERE connamespace = '%1'::regnamespace "
        "AND conrelid::regclass::text NOT LIKE '%%schemapilot%%' ORDER BY 1").arg(s));
    rows << schema.query(QStringLiteral("SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = '%1' "
                                        "AND tablename NOT LIKE 'schemapilot%%' ORDER BY 1").arg(s));
    rows << schema.query(QStringLiteral("SELECT 'view ' || viewname || ' ' || definition FROM pg_views WHERE schemaname = '%1' ORDER BY 1").arg(s));
    rows << schema.query(QStringLiteral("SELECT 'function ' || p.proname || ' ' || pg_get_functiondef(p.oid) FROM pg_proc p "
                                        "WHERE p.pronamespace = '%1'::regnamespace ORDER BY 1").arg(s));
    const QStringList tables = schema.query(QStringLiteral(
        "SELECT quote_ident(relname) FROM pg_class WHERE relkind = 'r' AND relnamespace = '%1'::regnamespace "
        "AND relname NOT LIKE 'schemapilot%%' ORDER BY 1").arg(s));
    for (const QString &table : tables)
        rows << schema.query(QStringLiteral("SELECT '%2 ' || t::text FROM \"%1\".%2 AS t ORDER BY 1").arg(s, table));
    return rows;
}

} // namespace SchemaPilot::Test
