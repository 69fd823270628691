#include "dialects/postgres/postgresplancontext.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "dialects/postgres/postgresddl.h"

#include <algorithm>

namespace SchemaPilot::Core::PostgresPlan {

using namespace PostgresDdl;

namespace {

// Whether PostgreSQL text (an expression, a predicate) mentions a column: bare words fold to
// lower case, quoted names are exact. Strings and comments do not count.
bool mentionsColumn(const QString &sql, const QString &column)
{
    SqlLexerOptions options;
    options.backtickIdentifiers = false;
    options.bracketIdentifiers = false;   // [ ] subscripts arrays
    options.dollarQuotedStrings = true;
    SqlLexer lexer(sql, options);
    SqlToken token;
    while (lexer.next(&token)) {
        if (token.kind == SqlToken::Kind::Word && lexer.text(token).toString().toLower() == column)
            return true;
        if (token.kind == SqlToken::Kind::QuotedIdentifier && unquoteSqlIdentifier(lexer.text(token)) == column)
            return true;
    }
    return false;
}

bool covers(const Index &index, const QString &column)
{
    for (const IndexPart &part : index.parts)
        if (part.column == column || (part.column.isEmpty() && mentionsColumn(part.expression, column)))
            return true;
    return index.include.contains(column) || mentionsColumn(index.where, column);
}

bool covers(const UniqueConstraint &unique, const QString &column) { return unique.columns.contains(column); }
bool covers(const CheckConstraint &check, const QString &column) { return mentionsColumn(check.expression, column); }
bool covers(const ForeignKey &fk, const QString &column) { return fk.columns.contains(column); }

// DROP COLUMN takes the indexes and table constraints that cover the column along with it.
struct CoveringObjects {
    QList<Index> indexes;   // created ones; a constraint's index comes back with its constraint
    QList<UniqueConstraint> uniques;
    QList<CheckConstraint> checks;
    QList<ForeignKey> foreignKeys;

    QStringList names() const
    {
        QStringList names;
        for (const Index &index : indexes)
            names << index.name;
        for (const UniqueConstraint &unique : uniques)
            names << unique.name;
        for (const CheckConstraint &check : checks)
            names << check.name;
        for (const ForeignKey &fk : foreignKeys)
            names << fk.name;
        return names;
    }
    // Leaves out what also covers one of `columns`: it is recreated along with that column instead.
    void removeCovering(const QStringList &columns)
    {
        const auto coversAny = [&](const auto &object) {
            return std::any_of(columns.cbegin(), columns.cend(), [&](const QString &column) { return covers(object, column); });
        };
        indexes.removeIf(coversAny);
        uniques.removeIf(coversAny);
        checks.removeIf(coversAny);
        foreignKeys.removeIf(coversAny);
    }
};

// The objects of `table` covering `column`, but for those the plan adds or drops in steps of their own.
CoveringObjects coveringObjects(const Table &table, const QString &column, const QSet<QString> &plannedApart)
{
    CoveringObjects objects;
    const auto wanted = [&](const auto &object) { return !plannedApart.contains(object.name) && covers(object, column); };
    for (const Index &index : table.indexes)
        if (!index.isConstraintIndex() && wanted(index))
            objects.indexes << index;
    for (const UniqueConstraint &unique : table.uniques)
        if (wanted(unique))
            objects.uniques << unique;
    for (const CheckConstraint &check : table.checks)
        if (wanted(check))
            objects.checks << check;
    for (const ForeignKey &fk : table.foreignKeys)
        if (wanted(fk))
            objects.foreignKeys << fk;
    return objects;
}

QStringList recreateSql(const QString &table, const CoveringObjects &objects, bool withForeignKeys)
{
    QStringList sql;
    for (const Index &index : objects.indexes)
        sql << createIndex(index, false);
    for (const UniqueConstraint &unique : objects.uniques)
        sql << alterTable(table, QStringLiteral("ADD ") + uniqueClause(unique));
    for (const CheckConstraint &check : objects.checks)
        sql << alterTable(table, QStringLiteral("ADD ") + checkClause(check));
    if (withForeignKeys)
        for (const ForeignKey &fk : objects.foreignKeys)
            sql << alterTable(table, QStringLiteral("ADD ") + foreignKeyClause(fk));
    return sql;
}

// A generated column PostgreSQL cannot change in place, dropped in one step and added in a later
// one: a new expression, a plain column becoming generated, or a generated column that reads a
// column whose type changes ("cannot alter type of a column used by a generated column").
struct Regeneration {
    Column from;        // the live definition, under the desired name (renames run first)
    Column to;
    QString liveName;   // what the live indexes and constraints call it
};

QList<Regeneration> regenerations(const change::ModifyTable &modify)
{
    QHash<QString, QString> liveNames;   // desired column name -> live name
    for (const change::TableChange &change : modify.changes)
        if (const auto *rename = std::get_if<change::RenameColumn>(&change))
            liveNames.insert(rename->to.name, rename->from.name);
    QList<Regeneration> result;
    QStringList retyped;   // live names
    for (const change::TableChange &change : modify.changes) {
        const auto *m = std::get_if<change::ModifyColumn>(&change);
        if (m && (m->what & ColumnAspect::Generated) && m->to.isGenerated())
            result << Regeneration{m->from, m->to, liveNames.value(m->to.name, m->to.name)};
        else if (m && (m->what & (ColumnAspect::Type | ColumnAspect::Collation)))
            retyped << liveNames.value(m->to.name, m->to.name);
    }
    for (const Column &wanted : modify.to.columns) {
        const QString liveName = liveNames.value(wanted.name, wanted.name);
        const Column *live = modify.from.column(liveName, Qt::CaseSensitive);
        const bool planned = std::any_of(result.cbegin(), result.cend(), [&](const Regeneration &r) { return r.to.name == wanted.name; });
        if (!live || !live->isGenerated() || !wanted.isGenerated() || planned)
            continue;
        if (std::any_of(retyped.cbegin(), retyped.cend(), [&](const QString &column) { return mentionsColumn(live->generatedExpr, column); })) {
            Column from = *live;
            from.name = wanted.name;
            result << Regeneration{from, wanted, liveName};
        }
    }
    const auto position = [&](const Regeneration &r) { return modify.to.columnNames().indexOf(r.to.name); };
    std::sort(result.begin(), result.end(), [&](const Regeneration &a, const Regeneration &b) { return position(a) < position(b); });
    return result;
}

// Names of the table's constraints that its own Add*/Drop* changes plan (so not recreated here).
QSet<QString> constraintsPlannedApart(const change::ModifyTable &modify, bool added)
{
    QSet<QString> names;
    for (const change::TableChange &change : modify.changes) {
        if (const auto *c = std::get_if<change::AddCheck>(&change); c && added)
            names.insert(c->check.name);
        else if (const auto *u = std::get_if<change::AddUnique>(&change); u && added)
            names.insert(u->unique.name);
        else if (const auto *f = std::get_if<change::AddForeignKey>(&change); f && added)
            names.insert(f->foreignKey.name);
        else if (const auto *dc = std::get_if<change::DropCheck>(&change); dc && !added)
            names.insert(dc->check.name);
        else if (const auto *du = std::get_if<change::DropUnique>(&change); du && !added)
            names.insert(du->unique.name);
        else if (const auto *df = std::get_if<change::DropForeignKey>(&change); df && !added)
            names.insert(df->foreignKey.name);
    }
    return names;
}

// The first half: before any column of the table is retyped or dropped. Its rollback brings the
// column back with what covered it just before (what earlier steps dropped stays theirs).
PlanStep dropForRegenerationStep(const QString &table, const Regeneration &r, const QStringList &droppedBefore,
                                 const change::ModifyTable &modify, const Context &ctx)
{
    CoveringObjects live = coveringObjects(modify.from, r.liveName, ctx.droppedIndexes + constraintsPlannedApart(modify, false));
    live.removeCovering(droppedBefore);   // gone with an earlier column: its rollback, run later, brings them back
    PlanStep step = makeStep(OperationType::AlterColumn, table, r.to.name,
                             r.from.isGenerated() ? Tr::tr("Drop generated column %1.%2 to add it again below").arg(table, r.to.name)
                                                  : Tr::tr("Drop column %1.%2 and its values to add it again below as a generated column")
                                                        .arg(table, r.to.name));
    step.sql << dropColumnSql(table, r.to.name);
    step.rollbackSql << addColumnSql(table, r.from, ctx.currentFreeSequences) << recreateSql(table, live, true);
    step.destructive = !r.from.isGenerated();
    step.rollbackRestoresData = r.from.isGenerated();
    step.warnings << lockWarning(table, r.to.name, Tr::tr("ACCESS EXCLUSIVE lock (brief; no rewrite)"));
    return step;
}

// The second half: after the table's columns have their new types, with the indexes and
// constraints of the desired table that cover it (foreign keys come with the others, later).
PlanStep addForRegenerationStep(const QString &table, const Regeneration &r, const CoveringObjects &wanted, const Context &ctx)
{
    PlanStep step = makeStep(OperationType::AlterColumn, table, r.to.name,
                             Tr::tr("Add %1.%2 again as a generated column (its values are computed anew)").arg(table, r.to.name));
    const QStringList recreated = wanted.names();
    if (!recreated.isEmpty())
        step.comment += Tr::tr("; recreate %1").arg(recreated.join(QStringLiteral(", ")));
    step.sql << addColumnSql(table, r.to, ctx.desiredFreeSequences) << recreateSql(table, wanted, false);
    step.rollbackSql << dropColumnSql(table, r.to.name);
    step.rewritesTable = true;
    step.affectedRows = ctx.rowEstimate(table);
    step.warnings << lockWarning(table, r.to.name, Tr::tr("ACCESS EXCLUSIVE lock; table rewrite"));
    return step;
}

} // namespace

RegenerationSteps regenerationSteps(const change::ModifyTable &modify, const Context &ctx)
{
    const QString table = modify.to.name;
    const QList<Regeneration> regenerated = regenerations(modify);
    RegenerationSteps steps;
    // Dropped last column first and added back first column first, so that a rollback puts them
    // back in their order too. What covers several of them comes back with the last one added
    // (and in a rollback with the last one dropped).
    QStringList addedLater, droppedEarlier;
    for (const Regeneration &r : regenerated) {
        addedLater << r.to.name;
        droppedEarlier << r.liveName;
    }
    for (const Regeneration &r : regenerated) {
        addedLater.removeFirst();
        droppedEarlier.removeFirst();
        steps.columns << r.to.name;
        steps.drops.prepend(dropForRegenerationStep(table, r, droppedEarlier, modify, ctx));
        CoveringObjects wanted = coveringObjects(modify.to, r.to.name, ctx.addedIndexes + constraintsPlannedApart(modify, true));
        wanted.removeCovering(addedLater);
        steps.adds << addForRegenerationStep(table, r, wanted, ctx);
        for (const ForeignKey &fk : wanted.foreignKeys)
            steps.addForeignKeys << addForeignKeyStep(table, fk, ctx);
    }
    return steps;
}

QStringList liveCoveringSql(const change::ModifyTable &modify, const QString &column, const Context &ctx)
{
    QString liveName = column;
    for (const change::TableChange &change : modify.changes)
        if (const auto *rename = std::get_if<change::RenameColumn>(&change); rename && rename->to.name == column)
            liveName = rename->from.name;
    return recreateSql(modify.to.name, coveringObjects(modify.from, liveName, ctx.droppedIndexes + constraintsPlannedApart(modify, false)), true);
}

PlanStep *RegenerationSteps::dropStep(const QString &column)
{
    const qsizetype i = columns.indexOf(column);
    return i < 0 ? nullptr : &drops[drops.size() - 1 - i];
}

} // namespace SchemaPilot::Core::PostgresPlan
