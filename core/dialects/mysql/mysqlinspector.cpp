#include "dialects/mysql/mysqlinspector.h"

#include "common/logging.h"
#include "common/tr.h"
#include "db/sqlexec.h"
#include "dialects/mysql/mysqlddl.h"
#include "dialects/mysql/mysqlroutines.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}


// InnoDB checks NO ACTION immediately, exactly like RESTRICT, and the server reports either for the
// same key depending on how it was created (with foreign_key_checks off it stores NO ACTION):
// one spelling, so the two never show up as a difference.
QString innodbAction(const QString &rule)
{
    const QString upper = rule.toUpper();
    return upper == QStringLiteral("NO ACTION") ? QStringLiteral("RESTRICT") : upper;
}
Unexpected introspectionError(const Error &cause, const QString &what)
{
    Error error = cause;
    error.code = ErrorCode::IntrospectionFailed;
    error.message = Tr::tr("Could not read %1 from information_schema; check that the user may read the database")
                        .arg(what);
    return fail(error);
}

// MariaDB writes a sequence in a default with its database: nextval(`shop`.`s`). Names in the
// database being read are written bare, so the live database and the scratch copy of the desired
// schema (another database name) read the same, and DDL made from it works in either.
QString withoutOwnDatabase(QString expression, const QString &dbName)
{
    QString quoted = dbName;
    quoted.replace(u'`', QStringLiteral("``"));
    expression.replace(QStringLiteral("`%1`.").arg(quoted), QString(), Qt::CaseInsensitive);
    return expression;
}

bool isSkipped(const QString &table, const InspectOptions &options)
{
    return table.startsWith(QStringLiteral("schemapilot_"), Qt::CaseInsensitive)
           || options.excludeTables.contains(table, Qt::CaseSensitive);
}

// "row_format=DYNAMIC stats_persistent=1" -> "ROW_FORMAT=DYNAMIC STATS_PERSISTENT=1"; the
// "partitioned" marker is not an option one can write.
QString explicitCreateOptions(const QString &createOptions)
{
    QStringList result;
    for (const QString &token : createOptions.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = token.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString key = token.left(eq);
        key.remove(u'`');
        result << key.toUpper() + u'=' + token.mid(eq + 1);
    }
    return result.join(u' ');
}

struct TableInfo {
    QString charset;
    QString collation;
};

// MariaDB stores JSON as LONGTEXT COLLATE utf8mb4_bin plus a column CHECK (json_valid(`c`)):
// show it as the JSON the user wrote, so that both the check and the collation are implied.
void foldJsonColumns(Table &table, QHash<QString, QString> &columnLevelChecks)
{
    for (Column &column : table.columns) {
        if (column.type.compare(QStringLiteral("longtext"), Qt::CaseInsensitive) != 0)
            continue;
        const QString expected = QStringLiteral("json_valid(%1)").arg(mysqlQuote(column.name));
        auto it = std::find_if(table.checks.begin(), table.checks.end(), [&](const CheckConstraint &check) {
            return check.name == column.name && columnLevelChecks.contains(table.name + u'.' + check.name)
                   && check.expression.compare(expected, Qt::CaseInsensitive) == 0;
        });
        if (it == table.checks.end())
            continue;
        table.checks.erase(it);
        column.type = QStringLiteral("json");
        if (column.collation.compare(QStringLiteral("utf8mb4_bin"), Qt::CaseInsensitive) == 0)
            column.collation.clear();
        if (column.charset.compare(QStringLiteral("utf8mb4"), Qt::CaseInsensitive) == 0)
            column.charset.clear();
    }
}

// System versioning and the partition clause, as SHOW CREATE TABLE ends with them, join the
// options: the differ compares those as one text, so any difference in them shows.
void appendVersioningAndPartitions(Table &table)
{
    static const QRegularExpression partition(QStringLiteral(R"(\n\s*(?:/\*!50100\s*)?(PARTITION BY [\s\S]*?)(?:\s*\*/)?\s*$)"));
    static const QRegularExpression versioning(QStringLiteral(R"(\n\)[^\n]* WITH SYSTEM VERSIONING\s*(?:$|\n))"));
    QStringList parts{table.options};
    if (versioning.match(table.sql).hasMatch())
        parts << QStringLiteral("WITH SYSTEM VERSIONING");
    if (const auto match = partition.match(table.sql); match.hasMatch())
        parts << match.captured(1).simplified();
    table.options = parts.join(u' ').trimmed();
}

QStringList viewDependencies(const QString &definition, const Schema &schema)
{
    QStringList names;
    auto consider = [&](const QString &name) {
        if (definition.contains(mysqlQuote(name) + u'.') || definition.contains(QStringLiteral("from ") + mysqlQuote(name))
            || definition.contains(QStringLiteral("join ") + mysqlQuote(name)))
            names << name;
    };
    for (const Table &table : schema.tables)
        consider(table.name);
    for (const View &view : schema.views)
        consider(view.name);
    return names;
}

} // namespace

Result<Schema> MysqlInspector::inspect(const QSqlDatabase &db, const InspectOptions &options) const
{
    auto current = queryScalar(db, QStringLiteral("SELECT DATABASE()"));
    if (!current)
        return introspectionError(current.error(), Tr::tr("the current database"));
    const QString dbName = current->toString();
    if (dbName.isEmpty())
        return fail(ErrorCode::IntrospectionFailed,
                    Tr::tr("The MySQL connection has no database selected; name one in the URL (mysql://user@host/dbname)"));

    Schema schema;
    schema.dialect = QStringLiteral("mysql");
    schema.name = dbName;
    QHash<QString, qsizetype> tableIndex;
    QHash<QString, TableInfo> tableInfo;

    // Tables and their options.
    {
        auto query = runQuery(db, QStringLiteral(
            "SELECT t.TABLE_NAME, t.TABLE_TYPE, t.ENGINE, t.TABLE_COLLATION, c.CHARACTER_SET_NAME, t.CREATE_OPTIONS, "
            "t.TABLE_ROWS, t.TABLE_COMMENT FROM information_schema.TABLES t "
            "LEFT JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c ON c.COLLATION_NAME = t.TABLE_COLLATION "
            "WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') ORDER BY t.TABLE_NAME"),
            {dbName});
        if (!query)
            return introspectionError(query.error(), Tr::tr("the tables"));
        while (query->next()) {
            const QString name = text(*query, 0);
            if (isSkipped(name, options) || tableIndex.contains(name))
                continue;
            Table table;
            table.name = name;
            TableInfo info{text(*query, 4), text(*query, 3)};
            QStringList tableOptions;
            if (!text(*query, 2).isEmpty())
                tableOptions << QStringLiteral("ENGINE=") + text(*query, 2);
            if (!info.charset.isEmpty())
                tableOptions << QStringLiteral("DEFAULT CHARSET=") + info.charset;
            if (!info.collation.isEmpty())
                tableOptions << QStringLiteral("COLLATE=") + info.collation;
            const QString extra = explicitCreateOptions(text(*query, 5));
            if (!extra.isEmpty())
                tableOptions << extra;
            table.options = tableOptions.join(u' ');
            table.comment = text(*query, 7);
            table.rowEstimate = options.estimateRows && !query->value(6).isNull() ? query->value(6).toLongLong() : -1;
            tableIndex.insert(name, schema.tables.size());
            tableInfo.insert(name, info);
            schema.tables << table;
        }
    }

    // Columns.
    {
        static const QRegularExpression onUpdate(QStringLiteral(R"(on update (\S+))"),
                                                 QRegularExpression::CaseInsensitiveOption);
        auto query = runQuery(db, QStringLiteral(
            "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, CHARACTER_SET_NAME, "
            "COLLATION_NAME, EXTRA, GENERATION_EXPRESSION, COLUMN_COMMENT FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION"), {dbName});
        if (!query)
            return introspectionError(query.error(), Tr::tr("the columns"));
        while (query->next()) {
            const auto it = tableIndex.constFind(text(*query, 0));
            if (it == tableIndex.cend())
                continue;
            Table &table = schema.tables[*it];
            const TableInfo &info = tableInfo[table.name];
            Column column;
            column.name = text(*query, 1);
            column.type = text(*query, 2);
            column.notNull = text(*query, 3) == QStringLiteral("NO");
            // MariaDB reports defaults as expressions; the text NULL means "DEFAULT NULL", which is
            // what a nullable column without a default has anyway.
            if (!query->value(4).isNull() && text(*query, 4) != QStringLiteral("NULL"))
                column.defaultExpr = withoutOwnDatabase(text(*query, 4), dbName);
            const QString charset = text(*query, 5);
            const QString collation = text(*query, 6);
            if (!charset.isEmpty() && charset.compare(info.charset, Qt::CaseInsensitive) != 0)
                column.charset = charset;
            if (!collation.isEmpty() && collation.compare(info.collation, Qt::CaseInsensitive) != 0)
                column.collation = collation;
            const QString extra = text(*query, 7);
            column.autoIncrement = extra.contains(QStringLiteral("auto_increment"), Qt::CaseInsensitive);
            column.invisible = extra.contains(QStringLiteral("INVISIBLE"), Qt::CaseInsensitive);
            if (const auto match = onUpdate.match(extra); match.hasMatch())
                column.onUpdate = match.captured(1);
            if (extra.contains(QStringLiteral("GENERATED"), Qt::CaseInsensitive)) {
                column.generated = extra.contains(QStringLiteral("VIRTUAL"), Qt::CaseInsensitive) ? GeneratedKind::Virtual
                                                                                                  : GeneratedKind::Stored;
                column.generatedExpr = text(*query, 8);
                column.notNull = false; // generated columns carry no NULL constraint of their own
            }
            column.comment = text(*query, 9);
            table.columns << column;
        }
    }

    // Indexes, the primary key among them.
    {
        auto query = runQuery(db, QStringLiteral(
            "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, COLLATION "
            "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"),
            {dbName});
        if (!query)
            return introspectionError(query.error(), Tr::tr("the indexes"));
        while (query->next()) {
            const auto it = tableIndex.constFind(text(*query, 0));
            if (it == tableIndex.cend())
                continue;
            Table &table = schema.tables[*it];
            const QString indexName = text(*query, 1);
            auto found = std::find_if(table.indexes.begin(), table.indexes.end(),
                                      [&](const Index &i) { return i.name == indexName; });
            if (found == table.indexes.end()) {
                Index index;
                index.name = indexName;
                index.table = table.name;
                index.unique = query->value(2).toInt() == 0;
                const QString type = text(*query, 5).toUpper();
                index.method = type == QStringLiteral("BTREE") ? QString() : type;
                index.origin = indexName == QStringLiteral("PRIMARY") ? IndexOrigin::PrimaryKey : IndexOrigin::Created;
                table.indexes << index;
                found = table.indexes.end() - 1;
            }
            IndexPart part;
            part.column = text(*query, 3);
            part.prefixLength = query->value(4).isNull() ? 0 : query->value(4).toInt();
            part.descending = text(*query, 6) == QStringLiteral("D");
            found->parts << part;
            if (found->origin == IndexOrigin::PrimaryKey)
                for (Column &column : table.columns)
                    if (column.name.compare(part.column, Qt::CaseInsensitive) == 0)
                        column.primaryKeyOrdinal = int(found->parts.size());
        }
        for (Table &table : schema.tables) {
            std::stable_sort(table.indexes.begin(), table.indexes.end(), [](const Index &a, const Index &b) {
                return (a.origin == IndexOrigin::PrimaryKey) > (b.origin == IndexOrigin::PrimaryKey);
            });
            for (Index &index : table.indexes) {
                if (index.origin == IndexOrigin::PrimaryKey)
                    continue;
                index.sql = mysqlCreateIndexSql(index);
            }
        }
    }

    // Foreign keys with their referential actions.
    {
        auto query = runQuery(db, QStringLiteral(
            "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
            "r.UPDATE_RULE, r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k "
            "JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA "
            "AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME "
            "WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL "
            "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION"), {dbName});
        if (!query)
            return introspectionError(query.error(), Tr::tr("the foreign keys"));
        while (query->next()) {
            const auto it = tableIndex.constFind(text(*query, 0));
            if (it == tableIndex.cend())
                continue;
            Table &table = schema.tables[*it];
            const QString name = text(*query, 1);
            if (table.foreignKeys.isEmpty() || table.foreignKeys.last().name != name) {
                ForeignKey fk;
                fk.name = name;
                fk.refTable = text(*query, 3);
                fk.onUpdate = innodbAction(text(*query, 5));
                fk.onDelete = innodbAction(text(*query, 6));
                table.foreignKeys << fk;
            }
            table.foreignKeys.last().columns << text(*query, 2);
            table.foreignKeys.last().refColumns << text(*query, 4);
        }
    }

    // CHECK constraints (MariaDB keeps them per table; LEVEL tells column checks apart).
    {
        auto query = runQuery(db, QStringLiteral(
            "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS "
            "WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME"), {dbName});
        if (!query)
            return introspectionError(query.error(), Tr::tr("the CHECK constraints"));
        QHash<QString, QString> columnLevel;
        while (query->next()) {
            const auto it = tableIndex.constFind(text(*query, 0));
            if (it == tableIndex.cend())
                continue;
            Table &table = schema.tables[*it];
            table.checks << CheckConstraint{text(*query, 1), text(*query, 2)};
            if (text(*query, 3) == QStringLiteral("Column"))
                columnLevel.insert(table.name + u'.' + text(*query, 1), {});
        }
        for (Table &table : schema.tables)
            foldJsonColumns(table, columnLevel);
    }

    // The engine's own CREATE TABLE, for display (the AUTO_INCREMENT counter is state, not schema).
    static const QRegularExpression autoIncrementOption(QStringLiteral(R"( AUTO_INCREMENT=\d+)"));
    for (Table &table : schema.tables) {
        auto query = runQuery(db, QStringLiteral("SHOW CREATE TABLE %1").arg(mysqlQuote(table.name)));
        if (!query)
            return introspectionError(query.error(), Tr::tr("the definition of table %1").arg(table.name));
        if (query->next())
            table.sql = text(*query, 1).remove(autoIncrementOption);
        appendVersioningAndPartitions(table);
    }

    // Views: the definition is qualified with the database name, which differs between the live
    // and the scratch database, so strip our own qualifier.
    const QString ownQualifier = mysqlQuote(dbName) + u'.';
    {
        auto query = runQuery(db, QStringLiteral(
            "SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, ALGORITHM FROM information_schema.VIEWS "
            "WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME"), {dbName});
        if (!query)
            return introspectionError(query.error(), Tr::tr("the views"));
        while (query->next()) {
            if (isSkipped(text(*query, 0), options))
                continue;
            View view;
            view.name = text(*query, 0);
            view.definition = text(*query, 1).replace(ownQualifier, QString());
            QString head = QStringLiteral("CREATE");
            if (text(*query, 4) != QStringLiteral("UNDEFINED") && !text(*query, 4).isEmpty())
                head += QStringLiteral(" ALGORITHM=") + text(*query, 4);
            if (text(*query, 3) == QStringLiteral("INVOKER"))
                head += QStringLiteral(" SQL SECURITY INVOKER");
            view.sql = QStringLiteral("%1 VIEW %2 AS %3").arg(head, mysqlQuote(view.name), view.definition);
            if (text(*query, 2) != QStringLiteral("NONE") && !text(*query, 2).isEmpty())
                view.sql += QStringLiteral(" WITH %1 CHECK OPTION").arg(text(*query, 2));
            schema.views << view;
        }
        for (View &view : schema.views) {
            view.dependsOn = viewDependencies(view.definition, schema);
            view.dependsOn.removeAll(view.name);
        }
    }

    // Triggers, in the order the engine fires them.
    {
        auto query = runQuery(db, QStringLiteral(
            "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_STATEMENT "
            "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? "
            "ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER"), {dbName});
        if (!query)
            return introspectionError(query.error(), Tr::tr("the triggers"));
        while (query->next()) {
            Trigger trigger;
            trigger.name = text(*query, 0);
            trigger.table = text(*query, 1);
            if (isSkipped(trigger.table, options))
                continue;
            trigger.sql = QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW %5")
                              .arg(mysqlQuote(trigger.name), text(*query, 2), text(*query, 3), mysqlQuote(trigger.table),
                                   text(*query, 4));
            schema.triggers << trigger;
        }
    }

    // Sequences, stored routines and events.
    {
        auto objects = mysqlInspectRoutines(db, dbName);
        if (!objects)
            return fail(objects.error());
        for (const SchemaObject &object : std::as_const(*objects))
            if (!isSkipped(object.name, options))
                schema.objects << object;
    }

    qCDebug(lcCore) << "inspected MySQL database" << dbName << ":" << schema.tables.size() << "tables,"
                    << schema.views.size() << "views," << schema.triggers.size() << "triggers," << schema.objects.size()
                    << "routines, events and sequences";
    return schema;
}

} // namespace SchemaPilot::Core
