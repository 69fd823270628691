#include "dialects/sqlite/sqlitedefinitionedit.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "dialects/sqlite/sqliteddl.h"
#include "dialects/sqlite/sqliteinspector.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

// A new declared type stores every value exactly as the old one when SQLite gives both the same
// affinity (VARCHAR(50) -> VARCHAR(200), INT -> BIGINT), except where the name itself matters: a
// STRICT table checks it, and only "INTEGER PRIMARY KEY" makes a column the rowid.
bool sameStoredType(const Column &a, const Column &b, bool strict)
{
    if (a.type.compare(b.type, Qt::CaseInsensitive) == 0)
        return true;
    return !strict && !a.isPrimaryKey() && !b.isPrimaryKey() && sqliteAffinity(a.type) == sqliteAffinity(b.type);
}

// True when `text` (an expression, a partial index's WHERE) may name column `name`: any spelling
// of the identifier, quoted or not. May say yes for a string literal too; that only costs a rebuild.
bool mayMention(const QString &text, const QString &name)
{
    if (text.isEmpty())
        return false;
    const QRegularExpression word(QStringLiteral("(?<![\\w$])[\"`\\[]?%1[\"`\\]]?(?![\\w$])")
                                      .arg(QRegularExpression::escape(name)),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(text).hasMatch();
}

// A collation decides how values compare, never how they are stored: only what orders or compares
// stored values by it would be wrong afterwards. So it may change in place when no index (nor the
// key's) contains the column or reads it in an expression or WHERE, and no CHECK or generated
// column reads it. Otherwise the rebuild recomputes all of them.
bool collationEditable(const Table &table, const QString &column)
{
    const auto readsColumn = [&column](const QString &text) { return mayMention(text, column); };
    if (const Column *c = table.column(column); !c || c->isPrimaryKey())
        return false;
    for (const Index &index : table.indexes) {
        if (readsColumn(index.where))
            return false;
        for (const IndexPart &part : index.parts)
            if (part.column.compare(column, Qt::CaseInsensitive) == 0 || readsColumn(part.expression))
                return false;
    }
    for (const UniqueConstraint &unique : table.uniques)
        for (const QString &name : unique.columns)
            if (name.compare(column, Qt::CaseInsensitive) == 0)
                return false;
    for (const CheckConstraint &check : table.checks)
        if (readsColumn(check.expression))
            return false;
    for (const Column &other : table.columns)
        if (other.isGenerated() && readsColumn(other.generatedExpr))
            return false;
    return true;
}

// What the stored rows look like: everything of a column except its constraints and default, and
// its collation where collationEditable() allows.
bool sameStorage(const Column &a, const Column &b, bool strict, bool collationMayDiffer)
{
    return a.name == b.name && sameStoredType(a, b, strict)
           && (collationMayDiffer || a.collation.compare(b.collation, Qt::CaseInsensitive) == 0)
           && a.primaryKeyOrdinal == b.primaryKeyOrdinal && a.autoIncrement == b.autoIncrement && a.generated == b.generated
           && a.generatedExpr == b.generatedExpr;
}

bool sameStorage(const Table &from, const Table &to)
{
    if (from.withoutRowid != to.withoutRowid || from.strict != to.strict || from.columns.size() != to.columns.size()
        || from.uniques != to.uniques)
        return false;
    for (qsizetype i = 0; i < from.columns.size(); ++i) {
        const Column &a = from.columns[i];
        const bool collationMayDiffer = a.collation.compare(to.columns[i].collation, Qt::CaseInsensitive) != 0
                                        && collationEditable(from, a.name) && collationEditable(to, a.name);
        if (!sameStorage(a, to.columns[i], from.strict, collationMayDiffer))
            return false;
    }
    return true;
}

// True when `to` makes a column NOT NULL with a default, so the edit fills NULLs with an UPDATE.
bool fillsNulls(const Table &from, const Table &to)
{
    for (const Column &target : to.columns) {
        const Column *source = from.column(target.name, Qt::CaseSensitive);
        if (source && target.notNull && !source->notNull && target.defaultExpr)
            return true;
    }
    return false;
}

// A trigger that fires on UPDATE of `table` ("... AFTER UPDATE [OF col] ON table ..."). SQLite
// cannot switch triggers off: such a table is rebuilt instead, its rows copied by INSERT, so that
// an "updated_at" trigger does not stamp the rows the edit fills.
bool hasUpdateTrigger(const Schema &schema, const QString &table)
{
    for (const Trigger &trigger : schema.triggers) {
        if (trigger.table.compare(table, Qt::CaseInsensitive) != 0)
            continue;
        const QStringList words = sqlIdentifierTokens(trigger.sql);
        const qsizetype on = words.indexOf(QRegularExpression(QStringLiteral("^on$"), QRegularExpression::CaseInsensitiveOption));
        if (words.mid(0, on < 0 ? words.size() : on).contains(QStringLiteral("update"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

struct Guard {
    QString violations;   // a count(*) query over the live rows
    QString message;      // the name of the CHECK that fails when it is not 0
};

// Statements that turn `from` into `to` in place (see the header).
QStringList editStatements(const Table &from, const Table &to, const QString &tableName)
{
    const QString t = sqliteQuote(tableName);
    QList<Guard> guards;
    QStringList fills;
    for (const Column &target : to.columns) {
        const Column *source = from.column(target.name, Qt::CaseSensitive);
        if (!source || !target.notNull || source->notNull)
            continue;
        if (target.defaultExpr) {
            fills << QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NULL")
                         .arg(t, sqliteQuote(target.name), sqliteDefaultClause(*target.defaultExpr));
        } else {
            guards << Guard{QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(t, sqliteQuote(target.name)),
                            Tr::tr("%1.%2 has NULL values; give it a DEFAULT or fill them before making it NOT NULL")
                                .arg(tableName, target.name)};
        }
    }
    for (const CheckConstraint &check : to.checks) {
        if (from.checks.contains(check))
            continue;
        guards << Guard{QStringLiteral("SELECT count(*) FROM %1 WHERE NOT (%2)").arg(t, check.expression),
                        Tr::tr("rows of %1 break the new CHECK (%2); fix them first").arg(tableName, check.expression.simplified())};
    }
    QStringList sql;
    if (!guards.isEmpty()) {
        // A named CHECK per guard: the engine's own error then says which rows are in the way.
        const QString guardTable = QStringLiteral("temp.\"_schemapilot_guard\"");
        QStringList columns;
        QStringList counts;
        for (qsizetype i = 0; i < guards.size(); ++i) {
            columns << QStringLiteral("g%1 INTEGER CONSTRAINT %2 CHECK (g%1 = 0)").arg(i).arg(sqliteQuote(guards[i].message));
            counts << u'(' + guards[i].violations + u')';
        }
        sql << QStringLiteral("CREATE TEMP TABLE \"_schemapilot_guard\" (%1)").arg(columns.join(QStringLiteral(", ")))
            << QStringLiteral("INSERT INTO %1 SELECT %2").arg(guardTable, counts.join(QStringLiteral(", ")))
            << QStringLiteral("DROP TABLE %1").arg(guardTable);
    }
    sql << fills;
    sql << QStringLiteral("PRAGMA writable_schema = ON")
        << QStringLiteral("UPDATE sqlite_schema SET sql = %1 WHERE type = 'table' AND name = %2")
               .arg(sqliteStringLiteral(sqliteCreateTableSql(to, tableName)), sqliteStringLiteral(tableName))
        << QStringLiteral("PRAGMA writable_schema = RESET")   // off, and this connection rereads the schema
        // Any DDL bumps the schema cookie: other connections then reread the edited definition.
        << QStringLiteral("CREATE TABLE \"_schemapilot_schema_bump\" (x)")
        << QStringLiteral("DROP TABLE \"_schemapilot_schema_bump\"");
    return sql;
}

} // namespace

bool sqliteDefinitionEditable(const change::ModifyTable &modify, const SqlitePlanContext &context)
{
    const QString live = context.liveName(modify.to.name);
    if (live != modify.to.name || modify.from.name != modify.to.name || modify.from.sql.isEmpty() || modify.to.sql.isEmpty())
        return false;
    for (const change::TableChange &tc : modify.changes) {
        if (const auto *mc = std::get_if<change::ModifyColumn>(&tc)) {
            // A type or collation change qualifies only when sameStorage() below allows it.
            if (mc->what & ~(ColumnAspects(ColumnAspect::Nullability) | ColumnAspect::Default | ColumnAspect::Type
                             | ColumnAspect::Collation))
                return false;
        } else if (!std::holds_alternative<change::AddCheck>(tc) && !std::holds_alternative<change::DropCheck>(tc)
                   && !std::holds_alternative<change::AddForeignKey>(tc) && !std::holds_alternative<change::DropForeignKey>(tc)) {
            return false;
        }
    }
    if (fillsNulls(modify.from, modify.to) && hasUpdateTrigger(context.current, live))
        return false;
    return !modify.changes.isEmpty() && sameStorage(modify.from, modify.to);
}

QStringList sqliteDefinitionEditSql(const Table &from, const Table &to, const QString &tableName)
{
    return editStatements(from, to, tableName);
}

} // namespace SchemaPilot::Core
