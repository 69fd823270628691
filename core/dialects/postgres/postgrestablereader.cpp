#include "dialects/postgres/postgrescatalog.h"

#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/postgres/postgresinspector.h"

#include <QSqlQuery>

#include <algorithm>

namespace SchemaPilot::Core::PostgresCatalog {

namespace {

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(kListSeparator);
}

QString actionName(const QString &code)
{
    if (code == u"r") return QStringLiteral("RESTRICT");
    if (code == u"c") return QStringLiteral("CASCADE");
    if (code == u"n") return QStringLiteral("SET NULL");
    if (code == u"d") return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

Error introspectionError(const Error &error)
{
    Error result = error;
    result.code = ErrorCode::IntrospectionFailed;
    result.message = Tr::tr("Reading the PostgreSQL catalog failed: %1").arg(error.driverText);
    return result;
}

// Relations that count as tables: ordinary and partitioned tables, but not partitions themselves.
constexpr auto kTableFilter = "c.relkind IN ('r', 'p') AND NOT c.relispartition";

Result<void> readColumns(const Context &ctx, QHash<QString, Table *> &byOid)
{
    const QString sql = QStringLiteral(
        "SELECT a.attrelid::text, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
        " pg_get_expr(d.adbin, d.adrelid),"
        " CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END,"
        " a.attidentity::text, a.attgenerated::text, COALESCE(col_description(a.attrelid, a.attnum), ''),"
        // every option of an identity column's sequence, in one fixed order (see Column::identityOptions)
        " CASE WHEN a.attidentity <> '' THEN (SELECT format('INCREMENT BY %s MINVALUE %s MAXVALUE %s START WITH %s CACHE %s %s',"
        "   s.seqincrement, s.seqmin, s.seqmax, s.seqstart, s.seqcache, CASE WHEN s.seqcycle THEN 'CYCLE' ELSE 'NO CYCLE' END)"
        "   FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid WHERE dep.classid = 'pg_class'::regclass"
        "   AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum"
        "   AND dep.deptype = 'i' LIMIT 1) END"
        " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid"
        " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
        " LEFT JOIN pg_collation co ON co.oid = a.attcollation"
        " WHERE c.relnamespace = %1 AND %2 AND a.attnum > 0 AND NOT a.attisdropped"
        " ORDER BY a.attrelid, a.attnum").arg(ctx.namespaceOid, QLatin1StringView(kTableFilter));
    auto query = catalogQuery(ctx.db, sql);
    if (!query)
        return fail(introspectionError(query.error()));
    while (query->next()) {
        Table *table = byOid.value(query->value(0).toString());
        if (!table)
            continue;
        Column column;
        column.name = query->value(1).toString();
        column.type = query->value(2).toString();
        column.notNull = query->value(3).toBool();
        const QString expression = query->value(4).toString();
        column.collation = query->value(5).toString();
        const QString identity = query->value(6).toString();
        if (identity == u"a")
            column.identity = QStringLiteral("ALWAYS");
        else if (identity == u"d")
            column.identity = QStringLiteral("BY DEFAULT");
        column.autoIncrement = !column.identity.isEmpty();
        if (query->value(7).toString() == u"s") {
            column.generated = GeneratedKind::Stored;
            column.generatedExpr = expression;
        } else if (!query->value(4).isNull()) {
            column.defaultExpr = expression;
        }
        column.comment = query->value(8).toString();
        if (column.autoIncrement)
            column.identityOptions = query->value(9).toString();
        table->columns << column;
    }
    return {};
}

Result<void> readConstraints(const Context &ctx, QHash<QString, Table *> &byOid, QList<SchemaObject> &objects)
{
    const QString sql = QStringLiteral(
        "SELECT con.conrelid::text, con.conname, con.contype::text,"
        " array_to_string(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o)"
        "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o), E'\\x1f'),"
        " COALESCE(rn.nspname, ''), COALESCE(rc.relname, ''),"
        " array_to_string(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o)"
        "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o), E'\\x1f'),"
        " con.confupdtype::text, con.confdeltype::text, con.confmatchtype::text, con.condeferrable, con.condeferred,"
        " CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) ELSE pg_get_constraintdef(con.oid) END,"
        " con.connoinherit"
        " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
        " LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
        " WHERE c.relnamespace = %1 AND %2 AND con.coninhcount = 0"
        " ORDER BY con.conrelid, con.conname").arg(ctx.namespaceOid, QLatin1StringView(kTableFilter));
    auto query = catalogQuery(ctx.db, sql);
    if (!query)
        return fail(introspectionError(query.error()));
    while (query->next()) {
        Table *table = byOid.value(query->value(0).toString());
        if (!table)
            continue;
        const QString name = query->value(1).toString();
        const QString type = query->value(2).toString();
        const QStringList columns = splitList(query->value(3).toString());
        const QString definition = query->value(12).toString();
        const bool deferrable = query->value(10).toBool();
        const bool initiallyDeferred = query->value(11).toBool();
        if (type == u"p") {
            table->primaryKeyName = name;
            table->primaryKeyDeferrable = deferrable;
            table->primaryKeyInitiallyDeferred = initiallyDeferred;
            for (int i = 0; i < columns.size(); ++i)
                for (Column &column : table->columns)
                    if (column.name == columns.at(i))
                        column.primaryKeyOrdinal = i + 1;
        } else if (type == u"u") {
            table->uniques << UniqueConstraint{name, columns, deferrable, initiallyDeferred};
        } else if (type == u"c") {
            table->checks << CheckConstraint{name, definition, query->value(13).toBool()};
        } else if (type == u"f") {
            ForeignKey fk;
            fk.name = name;
            fk.columns = columns;
            const QString refSchema = query->value(4).toString();
            const QString refTable = query->value(5).toString();
            fk.refTable = refSchema == ctx.schema ? refTable
                                                  : postgresQuoteIfNeeded(refSchema) + u'.' + postgresQuoteIfNeeded(refTable);
            fk.refColumns = splitList(query->value(6).toString());
            fk.onUpdate = actionName(query->value(7).toString());
            fk.onDelete = actionName(query->value(8).toString());
            const QString match = query->value(9).toString();
            fk.match = match == u"f" ? QStringLiteral("FULL") : match == u"p" ? QStringLiteral("PARTIAL") : QString();
            fk.deferrable = deferrable;
            fk.initiallyDeferred = initiallyDeferred;
            table->foreignKeys << fk;
        } else if (type == u"x") {
            // No model type for EXCLUDE: keep it whole, created after and dropped before its table's data.
            const QString tableSql = postgresQuote(table->name);
            objects << SchemaObject{QStringLiteral("constraint"), table->name + u'.' + name,
                                    QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                                        .arg(tableSql, postgresQuote(name), postgresUnqualify(definition, ctx.schema)),
                                    QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(tableSql, postgresQuote(name))};
        }
    }
    return {};
}

Result<void> readIndexes(const Context &ctx, QHash<QString, Table *> &byOid)
{
    const QString sql = QStringLiteral(
        "SELECT i.indrelid::text, i.indexrelid::text, ic.relname, i.indisunique, i.indisprimary, am.amname,"
        " COALESCE(pg_get_expr(i.indpred, i.indrelid), ''), pg_get_indexdef(i.indexrelid), i.indnkeyatts,"
        " COALESCE((SELECT con.contype::text FROM pg_constraint con WHERE con.conindid = i.indexrelid"
        "   AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x') LIMIT 1), ''),"
        " k.o, COALESCE(a.attname, ''), pg_get_indexdef(i.indexrelid, k.o::int, true),"
        " COALESCE((i.indoption[k.o - 1] & 1) = 1, false)"
        " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid"
        " JOIN pg_am am ON am.oid = ic.relam"
        " CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)"
        " LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n AND k.n > 0"
        " WHERE c.relnamespace = %1 AND %2"
        " ORDER BY i.indrelid, ic.relname, k.o").arg(ctx.namespaceOid, QLatin1StringView(kTableFilter));
    auto query = catalogQuery(ctx.db, sql);
    if (!query)
        return fail(introspectionError(query.error()));
    QString currentIndex;
    Index *index = nullptr;
    Table *table = nullptr;
    while (query->next()) {
        const QString indexOid = query->value(1).toString();
        if (indexOid != currentIndex) {
            currentIndex = indexOid;
            index = nullptr;
            table = byOid.value(query->value(0).toString());
            const QString constraintType = query->value(9).toString();
            if (!table || constraintType == u"x")
                continue; // exclusion constraints travel as objects with their index
            Index created;
            created.name = query->value(2).toString();
            created.table = table->name;
            created.unique = query->value(3).toBool();
            created.origin = query->value(4).toBool() || constraintType == u"p" ? IndexOrigin::PrimaryKey
                             : constraintType == u"u"                        ? IndexOrigin::UniqueConstraint
                                                                            : IndexOrigin::Created;
            const QString method = query->value(5).toString();
            created.method = method == u"btree" ? QString() : method;
            created.where = query->value(6).toString();
            created.sql = postgresUnqualify(query->value(7).toString(), ctx.schema);
            table->indexes << created;
            index = &table->indexes.last();
        }
        if (!index)
            continue;
        const int ordinal = query->value(10).toInt();
        const QString columnName = query->value(11).toString();
        if (ordinal > query->value(8).toInt()) {
            index->include << columnName;
            continue;
        }
        IndexPart part;
        if (columnName.isEmpty())
            part.expression = query->value(12).toString();
        else
            part.column = columnName;
        part.descending = query->value(13).toBool();
        index->parts << part;
    }
    return {};
}

// reltuples is -1 until a table's first VACUUM or ANALYZE, and the statistics collector's live
// count lags behind (it may still say 0): count such tables, but no further than a bound, so that
// a drop never reads as harmless. Above the bound the larger of the count and the estimate stays.
Result<void> countUnanalysed(const Context &ctx, QList<Table> &tables, const QList<qsizetype> &which)
{
    constexpr int kBound = 1000;
    constexpr qsizetype kPerQuery = 100;
    for (qsizetype start = 0; start < which.size(); start += kPerQuery) {
        QStringList parts;
        for (qsizetype i = start; i < std::min(which.size(), start + kPerQuery); ++i)
            parts << QStringLiteral("SELECT %1, count(*) FROM (SELECT FROM %2.%3 LIMIT %4) s")
                         .arg(QString::number(which.at(i)), postgresQuote(ctx.schema),
                              postgresQuote(tables.at(which.at(i)).name), QString::number(kBound + 1));
        auto query = catalogQuery(ctx.db, parts.join(QStringLiteral(" UNION ALL ")));
        if (!query)
            return fail(introspectionError(query.error()));
        while (query->next()) {
            Table &table = tables[query->value(0).toLongLong()];
            const qint64 counted = query->value(1).toLongLong();
            table.rowEstimate = counted <= kBound ? counted : std::max(table.rowEstimate, counted);
        }
    }
    return {};
}

} // namespace

Result<QList<Table>> readTables(const Context &ctx, const QStringList &skipTables, bool estimateRows,
                                QList<SchemaObject> &objects)
{
    // reltuples is -1 until the first ANALYZE; the statistics collector's live count fills the gap.
    const QString sql = QStringLiteral(
        "SELECT c.oid::text, c.relname, COALESCE(array_to_string(c.reloptions, ', '), ''),"
        " COALESCE(obj_description(c.oid, 'pg_class'), ''),"
        " GREATEST(c.reltuples::bigint, COALESCE(s.n_live_tup, -1)), c.relpersistence = 'u',"
        " c.reltuples < 0 AND has_table_privilege(c.oid, 'SELECT')"
        " FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid"
        " WHERE c.relnamespace = %1 AND %2 ORDER BY c.relname").arg(ctx.namespaceOid, QLatin1StringView(kTableFilter));
    auto query = catalogQuery(ctx.db, sql);
    if (!query)
        return fail(introspectionError(query.error()));
    QList<Table> tables;
    QStringList oids;
    QList<qsizetype> unanalysed;   // tables whose estimate is a guess that may say 0 for rows that exist
    while (query->next()) {
        const QString name = query->value(1).toString();
        if (name.startsWith(QStringLiteral("schemapilot_")) || skipTables.contains(name))
            continue;
        Table table;
        table.name = name;
        table.options = query->value(2).toString();
        table.comment = query->value(3).toString();
        table.rowEstimate = estimateRows ? query->value(4).toLongLong() : -1;
        table.unlogged = query->value(5).toBool();
        if (estimateRows && query->value(6).toBool())
            unanalysed << tables.size();
        tables << table;
        oids << query->value(0).toString();
    }
    if (auto ok = countUnanalysed(ctx, tables, unanalysed); !ok)
        return fail(ok.error());
    QHash<QString, Table *> byOid;
    for (int i = 0; i < tables.size(); ++i)
        byOid.insert(oids.at(i), &tables[i]);
    if (auto ok = readColumns(ctx, byOid); !ok)
        return fail(ok.error());
    if (auto ok = readConstraints(ctx, byOid, objects); !ok)
        return fail(ok.error());
    if (auto ok = readIndexes(ctx, byOid); !ok)
        return fail(ok.error());
    return tables;
}

} // namespace SchemaPilot::Core::PostgresCatalog
