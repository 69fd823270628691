#include "dialects/postgres/postgresplancontext.h"

#include "common/tr.h"
#include "diff/columndiff.h"
#include "dialects/postgres/postgresddl.h"
#include "dialects/postgres/postgresdiffhooks.h"
#include "dialects/postgres/postgresidentitysql.h"
#include "dialects/postgres/postgresinspector.h"
#include "plan/warningcodes.h"

#include <QPair>
#include <QRegularExpression>

namespace SchemaPilot::Core::PostgresPlan {

using namespace PostgresDdl;

namespace {

QSet<QString> freeSequences(const Schema &schema)
{
    QSet<QString> names;
    for (const SchemaObject &object : schema.objects)
        if (object.kind == u"sequence")
            names.insert(object.name);
    return names;
}

} // namespace

Context::Context(const Schema &currentSchema, const Schema &desiredSchema, const PlanOptions &planOptions)
    : current(currentSchema)
    , desired(desiredSchema)
    , options(planOptions)
    , currentFreeSequences(freeSequences(currentSchema))
    , desiredFreeSequences(freeSequences(desiredSchema))
    , probeSql(desiredSchema)
    , lint{probeSql, currentSchema, desiredSchema, true}   // NOT NULL with a default fills the NULLs first
{
}

LintFindings lintTableChange(const change::ModifyTable &modify, const change::TableChange &change, const Context &ctx)
{
    change::ModifyTable single{modify.from, modify.to, {}};
    // A value the cast cannot take makes ALTER ... TYPE fail, as in what the generic lint calls a
    // strict table (values never keep their old type here).
    single.to.strict = true;
    for (const change::TableChange &other : modify.changes)
        if (std::holds_alternative<change::RenameColumn>(other))
            single.changes << other;
    const bool isRename = std::holds_alternative<change::RenameColumn>(change);
    if (!isRename)
        single.changes << change;
    LintFindings findings = lintModifyTable(single, ctx.liveName(modify.to.name), ctx.lint);
    if (!isRename)
        findings.warnings.removeIf([](const Warning &w) { return w.code == WarningCode::RenameColumn; });
    else
        findings.warnings.removeIf([&](const Warning &w) {
            return w.code == WarningCode::RenameColumn && w.column != std::get<change::RenameColumn>(change).to.name;
        });
    return findings;
}

qint64 Context::rowEstimate(const QString &table) const
{
    const Table *live = current.table(liveName(table), Qt::CaseSensitive);
    return live ? live->rowEstimate : -1;
}

bool Context::isLarge(const QString &table) const
{
    return rowEstimate(table) >= options.largeTableRows;
}

Warning lockWarning(const QString &table, const QString &column, const QString &text)
{
    return Warning{QString(WarningCode::LockNote), Severity::Info, text, table, column, -1};
}

PlanStep makeStep(OperationType type, const QString &table, const QString &column, const QString &comment)
{
    PlanStep step;
    step.type = type;
    step.table = table;
    step.column = column;
    step.comment = comment;
    return step;
}

QStringList addColumnSql(const QString &table, const Column &column, const QSet<QString> &freeSequences)
{
    QStringList sql{alterTable(table, QStringLiteral("ADD COLUMN ") + columnDefinition(column, freeSequences))};
    if (!column.comment.isEmpty())
        sql << commentOnColumn(table, column.name, column.comment);
    return sql;
}

QString dropColumnSql(const QString &table, const QString &column)
{
    return alterTable(table, QStringLiteral("DROP COLUMN %1").arg(q(column)));
}

namespace {

// Names PostgreSQL truncates at 63 bytes; keep helper constraint names inside that.
QString helperName(const QString &prefix, const QString &column)
{
    return (prefix + column).left(63);
}

// Type changes PostgreSQL makes without rewriting the table (binary-coercible, wider limits).
bool typeChangeRewrites(const QString &fromType, const QString &toType)
{
    const QString from = PostgresDiffHooks::canonicalType(fromType);
    const QString to = PostgresDiffHooks::canonicalType(toType);
    static const QRegularExpression shape(QStringLiteral(R"(^([a-z ]+?)(?:\((\d+)(?:,(\d+))?\))?$)"));
    const auto a = shape.match(from);
    const auto b = shape.match(to);
    if (!a.hasMatch() || !b.hasMatch())
        return true;
    const QString fromBase = a.captured(1), toBase = b.captured(1);
    const bool fromText = fromBase == u"character varying" || fromBase == u"text";
    if (fromText && toBase == u"text")
        return false;
    if (fromBase == u"character varying" && toBase == fromBase)
        return !b.captured(2).isEmpty() && (a.captured(2).isEmpty() || b.captured(2).toInt() < a.captured(2).toInt());
    if (fromBase == u"numeric" && toBase == fromBase) {
        if (b.captured(2).isEmpty())
            return false;
        return a.captured(2).isEmpty() || a.captured(3) != b.captured(3) || b.captured(2).toInt() < a.captured(2).toInt();
    }
    return true;
}

// Defaults that force ADD COLUMN to rewrite the table: volatile functions and sequences.
bool addColumnRewrites(const Column &column)
{
    if (column.isGenerated() || !column.identity.isEmpty())
        return true;
    static const QRegularExpression volatileCall(
        QStringLiteral(R"(\b(nextval|random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14])\s*\()"),
        QRegularExpression::CaseInsensitiveOption);
    return column.defaultExpr && volatileCall.match(*column.defaultExpr).hasMatch();
}

QString alterColumn(const QString &table, const QString &column, const QString &action)
{
    return alterTable(table, QStringLiteral("ALTER COLUMN %1 %2").arg(q(column), action));
}

QString typeClause(const Column &column)
{
    QString type = column.type;
    if (!column.collation.isEmpty())
        type += QStringLiteral(" COLLATE ") + q(column.collation);
    return QStringLiteral("TYPE %1 USING %2::%3").arg(type, q(column.name), column.type);
}

QString setDefault(const QString &table, const Column &column)
{
    return column.defaultExpr ? alterColumn(table, column.name, QStringLiteral("SET DEFAULT ") + *column.defaultExpr)
                              : alterColumn(table, column.name, QStringLiteral("DROP DEFAULT"));
}

// A generated column that becomes a plain one keeps its values.
PlanStep dropExpressionStep(const QString &table, const change::ModifyColumn &change, const Context &ctx)
{
    PlanStep step = makeStep(OperationType::AlterColumn, table, change.to.name,
                             Tr::tr("Turn generated column %1.%2 into a plain column that keeps its values").arg(table, change.to.name));
    step.sql << alterColumn(table, change.to.name, QStringLiteral("DROP EXPRESSION"));
    step.rollbackSql << dropColumnSql(table, change.to.name) << addColumnSql(table, change.from, ctx.currentFreeSequences);
    step.warnings << lockWarning(table, change.to.name, Tr::tr("ACCESS EXCLUSIVE lock (brief; no rewrite)"));
    return step;
}

namespace {

// The live triggers of `table` that the plan keeps as they are, so that they exist while its
// column steps run (changed ones are dropped first and created again at the end).
QStringList keptTriggers(const QString &table, const Context &ctx)
{
    const PostgresDiffHooks hooks;
    const QString liveTable = ctx.liveName(table);
    QStringList names;
    for (const Trigger &live : ctx.current.triggers) {
        if (live.table != liveTable)
            continue;
        for (const Trigger &wanted : ctx.desired.triggers)
            if (wanted.table == table && wanted.name == live.name && expressionsEqual(live.sql, wanted.sql, hooks)
                && expressionsEqual(live.functionSql, wanted.functionSql, hooks))
                names << live.name;
    }
    return names;
}

// Fills the NULLs a new NOT NULL would reject with the default. The table's own triggers stay
// quiet meanwhile: Pagila's "last_updated" would stamp every filled row, and a migration must not
// change the values of columns it keeps. (A trigger that was disabled before is enabled after.)
QStringList fillNullsSql(const QString &table, const Column &to, const Context &ctx)
{
    const QStringList triggers = keptTriggers(table, ctx);
    QStringList sql;
    for (const QString &name : triggers)
        sql << alterTable(table, QStringLiteral("DISABLE TRIGGER %1").arg(q(name)));
    sql << QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NULL").arg(q(table), q(to.name), *to.defaultExpr);
    for (const QString &name : triggers)
        sql << alterTable(table, QStringLiteral("ENABLE TRIGGER %1").arg(q(name)));
    return sql;
}

} // namespace

PlanStep modifyColumnStep(const QString &table, const change::ModifyColumn &change, const Context &ctx)
{
    const Column &from = change.from;
    const Column &to = change.to;
    if (change.what & ColumnAspect::Generated)   // to a plain column: regenerations are planned apart
        return dropExpressionStep(table, change, ctx);
    const bool typeChange = change.what & (ColumnAspect::Type | ColumnAspect::Collation);
    PlanStep step = makeStep(typeChange ? OperationType::AlterColumnType : OperationType::AlterColumn, table, to.name, {});
    QStringList parts;
    QStringList rollbackTail;
    const QString col = to.name;

    // A serial column's sequence keeps its name when the table or column is renamed: rename it
    // along, and the default (stored by the sequence's oid) follows by itself.
    const bool serialRename = isSerial(from, ctx.currentFreeSequences) && isSerial(to, ctx.desiredFreeSequences)
                              && nextvalSequence(from.defaultExpr) != nextvalSequence(to.defaultExpr);
    if (serialRename) {
        const QString oldSequence = nextvalSequence(from.defaultExpr);
        const QString newSequence = nextvalSequence(to.defaultExpr);
        step.sql << QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2").arg(q(oldSequence), q(newSequence));
        rollbackTail << QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2").arg(q(newSequence), q(oldSequence));
        parts << Tr::tr("sequence %1 → %2").arg(oldSequence, newSequence);
    }
    // serial <-> identity: the sequence changes hands, and numbering goes on where it was.
    const bool serialToIdentity = (change.what & ColumnAspect::Identity) && from.identity.isEmpty() && !to.identity.isEmpty()
                                  && isSerial(from, ctx.currentFreeSequences);
    const bool identityToSerial = (change.what & ColumnAspect::Identity) && !from.identity.isEmpty() && to.identity.isEmpty()
                                  && isSerial(to, ctx.desiredFreeSequences);
    if ((change.what & ColumnAspect::Identity) && !from.identity.isEmpty() && to.identity.isEmpty() && !identityToSerial) {
        step.sql << alterColumn(table, col, QStringLiteral("DROP IDENTITY"));
        rollbackTail.prepend(alterColumn(table, col, addIdentity(from)));
        parts << Tr::tr("drop identity");
    }
    if (typeChange) {
        // A default typed for the old column may not cast: take it off around the change.
        if (from.defaultExpr)
            step.sql << alterColumn(table, col, QStringLiteral("DROP DEFAULT"));
        step.sql << alterColumn(table, col, typeClause(to));
        if (to.defaultExpr && !identityToSerial)
            step.sql << setDefault(table, to);
        if (to.defaultExpr)
            step.rollbackSql << alterColumn(table, col, QStringLiteral("DROP DEFAULT"));
        step.rollbackSql << alterColumn(table, col, typeClause(from));
        if (from.defaultExpr && !serialToIdentity)
            step.rollbackSql << setDefault(table, from);
        const bool rewrites = (change.what & ColumnAspect::Type) && typeChangeRewrites(from.type, to.type);
        step.rewritesTable = rewrites;
        step.affectedRows = ctx.rowEstimate(table);
        step.warnings << lockWarning(table, col, rewrites ? Tr::tr("ACCESS EXCLUSIVE lock; table rewrite")
                                                          : Tr::tr("ACCESS EXCLUSIVE lock (brief; no rewrite: the types are binary-compatible)"));
        parts << Tr::tr("type %1 → %2").arg(from.type, to.type);
    } else if ((change.what & ColumnAspect::Default) && !serialRename && !serialToIdentity && !identityToSerial) {
        step.sql << setDefault(table, to);
        step.rollbackSql << setDefault(table, from);
        parts << (to.defaultExpr ? Tr::tr("default %1").arg(*to.defaultExpr) : Tr::tr("no default"));
        step.warnings << lockWarning(table, col, Tr::tr("ACCESS EXCLUSIVE lock (brief; no rewrite)"));
    }
    if (change.what & ColumnAspect::Nullability) {
        if (to.notNull && to.defaultExpr && !from.notNull) {
            // As SQLite's rebuild does: the default fills the rows that would break the new NOT NULL.
            step.sql << fillNullsSql(table, to, ctx);
            step.rollbackRestoresData = false;
        }
        if (to.notNull && ctx.isLarge(table)) {
            // A validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its full scan under the strong lock.
            const QString check = helperName(QStringLiteral("schemapilot_nn_"), col);
            step.sql << alterTable(table, QStringLiteral("ADD CONSTRAINT %1 CHECK (%2 IS NOT NULL) NOT VALID").arg(q(check), q(col)))
                     << alterTable(table, QStringLiteral("VALIDATE CONSTRAINT %1").arg(q(check)))
                     << alterColumn(table, col, QStringLiteral("SET NOT NULL"))
                     << dropConstraint(table, check);
            step.warnings << lockWarning(table, col, Tr::tr("SHARE UPDATE EXCLUSIVE lock while a NOT VALID check is validated "
                                                            "(writes continue), then a brief ACCESS EXCLUSIVE lock"));
        } else if (to.notNull) {
            step.sql << alterColumn(table, col, QStringLiteral("SET NOT NULL"));
            step.warnings << lockWarning(table, col, Tr::tr("ACCESS EXCLUSIVE lock while every row is checked for NULL"));
        } else {
            step.sql << alterColumn(table, col, QStringLiteral("DROP NOT NULL"));
            step.warnings << lockWarning(table, col, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
        }
        step.rollbackSql.prepend(alterColumn(table, col, to.notNull ? QStringLiteral("DROP NOT NULL") : QStringLiteral("SET NOT NULL")));
        parts << (to.notNull ? QStringLiteral("NOT NULL") : QStringLiteral("NULL allowed"));
    }
    if (serialToIdentity) {
        step.sql << serialToIdentitySql(table, from, to);
        step.rollbackSql = identityToSerialSql(table, to, from) + step.rollbackSql;
        parts << Tr::tr("serial → identity %1 (the sequence %2 goes; numbering continues)").arg(to.identity, nextvalSequence(from.defaultExpr));
    } else if (identityToSerial) {
        step.sql << identityToSerialSql(table, from, to);
        step.rollbackSql = serialToIdentitySql(table, to, from) + step.rollbackSql;
        parts << Tr::tr("identity → serial (sequence %1; numbering continues)").arg(nextvalSequence(to.defaultExpr));
    } else if (change.what & ColumnAspect::Identity) {
        if (from.identity.isEmpty() && !to.identity.isEmpty()) {
            step.sql << alterColumn(table, col, addIdentity(to))
                     // continue after the values the column already holds
                     << QStringLiteral("SELECT setval(pg_get_serial_sequence(%1, %2), COALESCE((SELECT max(%3) FROM %4), 0) + 1, false)")
                            .arg(postgresLiteral(q(table)), postgresLiteral(col), q(col), q(table));
            step.rollbackSql.prepend(alterColumn(table, col, QStringLiteral("DROP IDENTITY")));
            parts << Tr::tr("identity %1").arg(to.identity);
        } else if (!from.identity.isEmpty() && !to.identity.isEmpty()) {
            QStringList forward, back;
            if (from.identity != to.identity) {
                forward << QStringLiteral("SET GENERATED %1").arg(to.identity);
                back << QStringLiteral("SET GENERATED %1").arg(from.identity);
                parts << Tr::tr("identity %1").arg(to.identity);
            }
            if (from.identityOptions != to.identityOptions && !to.identityOptions.isEmpty() && !from.identityOptions.isEmpty()) {
                forward << setSequenceOptions(to.identityOptions);
                back << setSequenceOptions(from.identityOptions);
                parts << Tr::tr("identity sequence %1").arg(to.identityOptions);
            }
            if (!forward.isEmpty()) {
                step.sql << alterColumn(table, col, forward.join(u' '));
                step.rollbackSql.prepend(alterColumn(table, col, back.join(u' ')));
                step.warnings << lockWarning(table, col, Tr::tr("ACCESS EXCLUSIVE lock (brief; no rewrite)"));
            }
        }
    }
    if (change.what & ColumnAspect::Comment) {
        step.sql << commentOnColumn(table, col, to.comment);
        step.rollbackSql << commentOnColumn(table, col, from.comment);
        parts << Tr::tr("comment");
    }
    step.rollbackSql << rollbackTail;
    step.comment = Tr::tr("Change column %1.%2: %3").arg(table, col, parts.join(QStringLiteral(", ")));
    return step;
}

PlanStep addCheckStep(const QString &table, CheckConstraint check, const Context &ctx)
{
    if (check.name.isEmpty())
        check.name = helperName(table + QStringLiteral("_check_"), QString::number(qHash(check.expression) % 100000));
    PlanStep step = makeStep(OperationType::AddConstraint, table, {}, Tr::tr("Add CHECK constraint %1 on %2").arg(check.name, table));
    if (ctx.isLarge(table)) {
        step.sql << alterTable(table, QStringLiteral("ADD ") + checkClause(check) + QStringLiteral(" NOT VALID"))
                 << alterTable(table, QStringLiteral("VALIDATE CONSTRAINT %1").arg(q(check.name)));
        step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief, NOT VALID), then SHARE UPDATE EXCLUSIVE "
                                                       "while existing rows are validated (writes continue)"));
    } else {
        step.sql << alterTable(table, QStringLiteral("ADD ") + checkClause(check));
        step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock while existing rows are checked"));
    }
    step.rollbackSql << dropConstraint(table, check.name);
    step.affectedRows = ctx.rowEstimate(table);
    return step;
}

PlanStep dropCheckStep(const QString &table, const CheckConstraint &check)
{
    PlanStep step = makeStep(OperationType::DropConstraint, table, {}, Tr::tr("Drop CHECK constraint %1 on %2").arg(check.name, table));
    step.sql << alterTable(table, QStringLiteral("DROP CONSTRAINT IF EXISTS %1").arg(q(check.name)));
    step.rollbackSql << alterTable(table, QStringLiteral("ADD ") + checkClause(check));
    step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
    return step;
}

PlanStep addUniqueStep(const QString &table, const UniqueConstraint &unique, const Context &ctx)
{
    PlanStep step = makeStep(OperationType::AddConstraint, table, unique.columns.size() == 1 ? unique.columns.first() : QString(),
                             Tr::tr("Add UNIQUE constraint %1 on %2 (%3)").arg(unique.name, table, unique.columns.join(QStringLiteral(", "))));
    step.sql << alterTable(table, QStringLiteral("ADD ") + uniqueClause(unique));
    step.rollbackSql << dropConstraint(table, unique.name);
    step.affectedRows = ctx.rowEstimate(table);
    step.warnings << lockWarning(table, step.column, Tr::tr("ACCESS EXCLUSIVE lock while the unique index is built"));
    return step;
}

PlanStep dropUniqueStep(const QString &table, const UniqueConstraint &unique)
{
    PlanStep step = makeStep(OperationType::DropConstraint, table, unique.columns.size() == 1 ? unique.columns.first() : QString(),
                             Tr::tr("Drop UNIQUE constraint %1 on %2").arg(unique.name, table));
    step.sql << alterTable(table, QStringLiteral("DROP CONSTRAINT IF EXISTS %1").arg(q(unique.name)));
    step.rollbackSql << alterTable(table, QStringLiteral("ADD ") + uniqueClause(unique));
    step.warnings << lockWarning(table, step.column, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
    return step;
}

QString optionKeys(const QString &options)
{
    QStringList keys;
    for (const QString &option : options.split(QStringLiteral(", "), Qt::SkipEmptyParts))
        keys << option.section(u'=', 0, 0);
    return keys.join(QStringLiteral(", "));
}

PlanStep tableOptionsStep(const change::ModifyTable &modify, const Context &ctx)
{
    const QString table = modify.to.name;
    PlanStep step = makeStep(OperationType::AlterColumn, table, {}, Tr::tr("Change persistence, storage parameters or comment of %1").arg(table));
    auto options = [&](const QString &from, const QString &to) {
        QStringList sql;
        if (!from.isEmpty())
            sql << alterTable(table, QStringLiteral("RESET (%1)").arg(optionKeys(from)));
        if (!to.isEmpty())
            sql << alterTable(table, QStringLiteral("SET (%1)").arg(to));
        return sql;
    };
    if (modify.from.unlogged != modify.to.unlogged) {
        const auto persistence = [](bool unlogged) { return unlogged ? QStringLiteral("SET UNLOGGED") : QStringLiteral("SET LOGGED"); };
        step.sql << alterTable(table, persistence(modify.to.unlogged));
        step.rollbackSql << alterTable(table, persistence(modify.from.unlogged));
        step.rewritesTable = true;
        step.affectedRows = ctx.rowEstimate(table);
        step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock; table rewrite (%1)").arg(persistence(modify.to.unlogged)));
    }
    if (modify.from.options != modify.to.options) {
        step.sql << options(modify.from.options, modify.to.options);
        step.rollbackSql << options(modify.to.options, modify.from.options);
        step.warnings << lockWarning(table, {}, Tr::tr("SHARE UPDATE EXCLUSIVE lock (brief; no rewrite)"));
    }
    if (modify.from.comment != modify.to.comment) {
        step.sql << commentOnTable(table, modify.to.comment);
        step.rollbackSql << commentOnTable(table, modify.from.comment);
    }
    return step;
}

// Constraints the differ pairs up by content keep their old names through renames of the table or
// its columns (PostgreSQL names them after both): rename them to the desired names.
PlanStep renameConstraintsStep(const change::ModifyTable &modify, const Context &ctx)
{
    const QString table = modify.to.name;
    QHash<QString, QString> columnRenames;
    QSet<QString> addedOrDropped;
    bool primaryKeyChanges = false;
    for (const change::TableChange &change : modify.changes) {
        if (const auto *rename = std::get_if<change::RenameColumn>(&change))
            columnRenames.insert(rename->from.name, rename->to.name);
        else if (const auto *add = std::get_if<change::AddCheck>(&change))
            addedOrDropped.insert(add->check.name);
        else if (const auto *drop = std::get_if<change::DropCheck>(&change))
            addedOrDropped.insert(drop->check.name);
        else if (const auto *addUnique = std::get_if<change::AddUnique>(&change))
            addedOrDropped.insert(addUnique->unique.name);
        else if (const auto *dropUnique = std::get_if<change::DropUnique>(&change))
            addedOrDropped.insert(dropUnique->unique.name);
        else if (const auto *addFk = std::get_if<change::AddForeignKey>(&change))
            addedOrDropped.insert(addFk->foreignKey.name);
        else if (const auto *dropFk = std::get_if<change::DropForeignKey>(&change))
            addedOrDropped.insert(dropFk->foreignKey.name);
        else if (std::holds_alternative<change::ModifyPrimaryKey>(change))
            primaryKeyChanges = true;
    }
    auto mapped = [&](const QStringList &columns) {
        QStringList result;
        for (const QString &column : columns)
            result << columnRenames.value(column, column);
        return result;
    };
    QList<QPair<QString, QString>> renames;
    auto pair = [&](const QString &from, const QString &to) {
        if (!from.isEmpty() && !to.isEmpty() && from != to && !addedOrDropped.contains(from) && !addedOrDropped.contains(to))
            renames << qMakePair(from, to);
    };
    if (!primaryKeyChanges)
        pair(modify.from.primaryKeyName, modify.to.primaryKeyName);
    for (const UniqueConstraint &from : modify.from.uniques)
        for (const UniqueConstraint &to : modify.to.uniques)
            if (mapped(from.columns) == to.columns)
                pair(from.name, to.name);
    for (const ForeignKey &from : modify.from.foreignKeys)
        for (const ForeignKey &to : modify.to.foreignKeys)
            if (mapped(from.columns) == to.columns && from.refColumns == to.refColumns
                && ctx.liveName(to.refTable) == from.refTable)
                pair(from.name, to.name);
    // Checks: what is left on both sides after adds and drops, in order.
    QStringList fromChecks, toChecks;
    for (const CheckConstraint &check : modify.from.checks)
        if (!addedOrDropped.contains(check.name) && !modify.to.checks.contains(check))
            fromChecks << check.name;
    for (const CheckConstraint &check : modify.to.checks)
        if (!addedOrDropped.contains(check.name) && !modify.from.checks.contains(check))
            toChecks << check.name;
    if (fromChecks.size() == toChecks.size())
        for (int i = 0; i < fromChecks.size(); ++i)
            pair(fromChecks.at(i), toChecks.at(i));

    PlanStep step = makeStep(OperationType::AlterColumn, table, {}, Tr::tr("Rename constraints of %1 to the desired names").arg(table));
    for (const auto &[from, to] : renames) {
        step.sql << alterTable(table, QStringLiteral("RENAME CONSTRAINT %1 TO %2").arg(q(from), q(to)));
        step.rollbackSql.prepend(alterTable(table, QStringLiteral("RENAME CONSTRAINT %1 TO %2").arg(q(to), q(from))));
    }
    if (!renames.isEmpty())
        step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
    return step;
}

// Foreign keys dropped and added again under the same name that differ only in deferral:
// ALTER CONSTRAINT changes that in place, without checking every row again.
QList<QPair<ForeignKey, ForeignKey>> deferralOnlyForeignKeys(const change::ModifyTable &modify)
{
    QList<QPair<ForeignKey, ForeignKey>> pairs;
    for (const change::TableChange &dropChange : modify.changes) {
        const auto *drop = std::get_if<change::DropForeignKey>(&dropChange);
        if (!drop || drop->foreignKey.name.isEmpty())
            continue;
        for (const change::TableChange &addChange : modify.changes) {
            const auto *add = std::get_if<change::AddForeignKey>(&addChange);
            if (!add || add->foreignKey.name != drop->foreignKey.name)
                continue;
            ForeignKey same = add->foreignKey;
            same.deferrable = drop->foreignKey.deferrable;
            same.initiallyDeferred = drop->foreignKey.initiallyDeferred;
            if (same == drop->foreignKey)
                pairs << qMakePair(drop->foreignKey, add->foreignKey);
        }
    }
    return pairs;
}

QString deferralAction(const ForeignKey &fk)
{
    if (!fk.deferrable)
        return QStringLiteral("NOT DEFERRABLE");
    return fk.initiallyDeferred ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED") : QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE");
}

PlanStep alterForeignKeyDeferralStep(const QString &table, const ForeignKey &from, const ForeignKey &to)
{
    PlanStep step = makeStep(OperationType::AlterColumn, table, to.columns.size() == 1 ? to.columns.first() : QString(),
                             Tr::tr("Make foreign key %1 on %2 %3").arg(to.name, table, deferralAction(to)));
    const QString constraint = QStringLiteral("ALTER CONSTRAINT %1 ").arg(q(to.name));
    step.sql << alterTable(table, constraint + deferralAction(to));
    step.rollbackSql << alterTable(table, constraint + deferralAction(from));
    step.warnings << lockWarning(table, step.column, Tr::tr("SHARE ROW EXCLUSIVE lock (brief; rows are not checked again)"));
    return step;
}

} // namespace

TableSteps modifyTableSteps(const change::ModifyTable &modify, const Context &ctx)
{
    const QString table = modify.to.name;
    TableSteps steps;
    QList<PlanStep> renames, drops, columns, adds;
    bool optionsPlanned = false;   // one step covers every ModifyTableOptions of the table
    RegenerationSteps regenerated = regenerationSteps(modify, ctx);
    steps.addForeignKeys << regenerated.addForeignKeys;
    QSet<QString> alteredForeignKeys;
    for (const auto &[from, to] : deferralOnlyForeignKeys(modify)) {
        alteredForeignKeys.insert(to.name);
        steps.addForeignKeys << alterForeignKeyDeferralStep(table, from, to);
    }
    for (const change::TableChange &change : modify.changes) {
        std::visit([&](const auto &c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, change::AddColumn>) {
                PlanStep step = makeStep(OperationType::AddColumn, table, c.column.name,
                                         Tr::tr("Add column %1.%2 %3").arg(table, c.column.name, c.column.type));
                step.sql << addColumnSql(table, c.column, ctx.desiredFreeSequences);
                step.rollbackSql << dropColumnSql(table, c.column.name);
                step.rewritesTable = addColumnRewrites(c.column);
                step.affectedRows = step.rewritesTable ? ctx.rowEstimate(table) : 0;
                step.warnings << lockWarning(table, c.column.name, step.rewritesTable
                                                 ? Tr::tr("ACCESS EXCLUSIVE lock; table rewrite (the default is computed per row)")
                                                 : Tr::tr("ACCESS EXCLUSIVE lock (brief; no rewrite)"));
                lintTableChange(modify, change, ctx).appendTo(step);
                columns << step;
            } else if constexpr (std::is_same_v<T, change::DropColumn>) {
                PlanStep step = makeStep(OperationType::DropColumn, table, c.column.name,
                                         Tr::tr("Drop column %1.%2 and its values").arg(table, c.column.name));
                step.sql << dropColumnSql(table, c.column.name);
                step.rollbackSql << addColumnSql(table, c.column, ctx.currentFreeSequences);
                step.destructive = true;
                step.rollbackRestoresData = false;
                step.warnings << lockWarning(table, c.column.name, Tr::tr("ACCESS EXCLUSIVE lock (brief; no rewrite)"));
                lintTableChange(modify, change, ctx).appendTo(step);
                columns.prepend(step);
            } else if constexpr (std::is_same_v<T, change::RenameColumn>) {
                PlanStep step = makeStep(OperationType::RenameColumn, table, c.to.name,
                                         Tr::tr("Rename column %1.%2 to %3").arg(table, c.from.name, c.to.name));
                step.sql << alterTable(table, QStringLiteral("RENAME COLUMN %1 TO %2").arg(q(c.from.name), q(c.to.name)));
                step.rollbackSql << alterTable(table, QStringLiteral("RENAME COLUMN %1 TO %2").arg(q(c.to.name), q(c.from.name)));
                step.warnings << lockWarning(table, c.to.name, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
                lintTableChange(modify, change, ctx).appendTo(step);
                renames << step;
            } else if constexpr (std::is_same_v<T, change::ModifyColumn>) {
                // A column dropped and added again needs nothing else; its findings go with the drop.
                if (PlanStep *regeneration = regenerated.dropStep(c.to.name)) {
                    lintTableChange(modify, change, ctx).appendTo(*regeneration);
                    return;
                }
                // Primary key membership and auto-increment travel with ModifyPrimaryKey and identity.
                PlanStep step = modifyColumnStep(table, c, ctx);
                lintTableChange(modify, change, ctx).appendTo(step);
                if (c.what & ColumnAspect::Generated) {
                    // DROP EXPRESSION: its rollback adds the column back, and what covered it; it
                    // goes first, as it frees the columns it reads for their type changes.
                    step.rollbackSql << liveCoveringSql(modify, c.to.name, ctx);
                    drops << step;
                } else if (!step.sql.isEmpty()) {
                    columns << step;
                }
            } else if constexpr (std::is_same_v<T, change::AddForeignKey>) {
                if (alteredForeignKeys.contains(c.foreignKey.name))
                    return;
                PlanStep step = addForeignKeyStep(table, c.foreignKey, ctx);
                lintTableChange(modify, change, ctx).appendTo(step);
                steps.addForeignKeys << step;
            } else if constexpr (std::is_same_v<T, change::DropForeignKey>) {
                if (alteredForeignKeys.contains(c.foreignKey.name))
                    return;
                steps.dropConstraints << dropForeignKeyStep(table, c.foreignKey, ctx);
            } else if constexpr (std::is_same_v<T, change::AddCheck>) {
                PlanStep step = addCheckStep(table, c.check, ctx);
                lintTableChange(modify, change, ctx).appendTo(step);
                adds << step;
            } else if constexpr (std::is_same_v<T, change::DropCheck>) {
                drops << dropCheckStep(table, c.check);
            } else if constexpr (std::is_same_v<T, change::AddUnique>) {
                PlanStep step = addUniqueStep(table, c.unique, ctx);
                lintTableChange(modify, change, ctx).appendTo(step);
                adds << step;
            } else if constexpr (std::is_same_v<T, change::DropUnique>) {
                drops << dropUniqueStep(table, c.unique);
            } else if constexpr (std::is_same_v<T, change::ModifyPrimaryKey>) {
                if (!c.from.isEmpty() && !modify.from.primaryKeyName.isEmpty()) {
                    PlanStep step = makeStep(OperationType::DropConstraint, table, {},
                                             Tr::tr("Drop primary key %1 of %2").arg(modify.from.primaryKeyName, table));
                    step.sql << alterTable(table, QStringLiteral("DROP CONSTRAINT IF EXISTS %1").arg(q(modify.from.primaryKeyName)));
                    step.rollbackSql << alterTable(table, QStringLiteral("ADD ") + primaryKeyClause(modify.from));
                    step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock (brief)"));
                    drops << step;
                }
                if (!c.to.isEmpty()) {
                    PlanStep step = makeStep(OperationType::AddConstraint, table, {},
                                             Tr::tr("Add primary key (%1) to %2").arg(c.to.join(QStringLiteral(", ")), table));
                    step.sql << alterTable(table, QStringLiteral("ADD ") + primaryKeyClause(modify.to));
                    step.rollbackSql << dropConstraint(table, modify.to.primaryKeyName.isEmpty() ? table + QStringLiteral("_pkey")
                                                                                                 : modify.to.primaryKeyName);
                    step.affectedRows = ctx.rowEstimate(table);
                    step.warnings << lockWarning(table, {}, Tr::tr("ACCESS EXCLUSIVE lock while the primary key index is built"));
                    lintTableChange(modify, change, ctx).appendTo(step);
                    adds << step;
                }
            } else if constexpr (std::is_same_v<T, change::ModifyTableOptions>) {
                if (std::exchange(optionsPlanned, true))
                    return;
                PlanStep step = tableOptionsStep(modify, ctx);
                if (!step.sql.isEmpty())
                    adds << step;
            }
        }, change);
    }
    if (PlanStep constraintNames = renameConstraintsStep(modify, ctx); !constraintNames.sql.isEmpty())
        renames << constraintNames;
    // Regenerated columns go after the other drops (which may be of constraints covering them) and
    // come back once every column has its new type, before constraints that may cover them are added.
    steps.changes << renames << drops << regenerated.drops << columns << regenerated.adds << adds;
    return steps;
}

PlanStep addForeignKeyStep(const QString &table, const ForeignKey &fk, const Context &ctx)
{
    ForeignKey named = fk;
    if (named.name.isEmpty())
        named.name = helperName(table + u'_', fk.columns.join(u'_') + QStringLiteral("_fkey"));
    PlanStep step = makeStep(OperationType::AddForeignKey, table, fk.columns.size() == 1 ? fk.columns.first() : QString(),
                             Tr::tr("Add foreign key %1 on %2 (%3) → %4").arg(named.name, table, fk.columns.join(QStringLiteral(", ")), fk.refTable));
    if (ctx.isLarge(table)) {
        // NOT VALID first: the strong lock is brief; validation then lets writes continue.
        step.sql << alterTable(table, QStringLiteral("ADD ") + foreignKeyClause(named) + QStringLiteral(" NOT VALID"))
                 << alterTable(table, QStringLiteral("VALIDATE CONSTRAINT %1").arg(q(named.name)));
        step.warnings << lockWarning(table, step.column, Tr::tr("SHARE ROW EXCLUSIVE lock on %1 and %2 (brief, NOT VALID), then "
                                                                "SHARE UPDATE EXCLUSIVE while existing rows are validated").arg(table, fk.refTable));
    } else {
        step.sql << alterTable(table, QStringLiteral("ADD ") + foreignKeyClause(named));
        step.warnings << lockWarning(table, step.column, Tr::tr("SHARE ROW EXCLUSIVE lock on %1 and %2 while existing rows are checked")
                                                             .arg(table, fk.refTable));
    }
    step.rollbackSql << dropConstraint(table, named.name);
    step.affectedRows = ctx.rowEstimate(table);
    return step;
}

PlanStep dropForeignKeyStep(const QString &table, const ForeignKey &fk, const Context &)
{
    PlanStep step = makeStep(OperationType::DropForeignKey, table, fk.columns.size() == 1 ? fk.columns.first() : QString(),
                             Tr::tr("Drop foreign key %1 on %2").arg(fk.name, table));
    step.sql << alterTable(table, QStringLiteral("DROP CONSTRAINT IF EXISTS %1").arg(q(fk.name)));
    step.rollbackSql << alterTable(table, QStringLiteral("ADD ") + foreignKeyClause(fk));
    step.warnings << lockWarning(table, step.column, Tr::tr("SHARE ROW EXCLUSIVE lock on %1 and %2 (brief)").arg(table, fk.refTable));
    return step;
}

PlanStep createTableStep(const Table &table, const Context &ctx)
{
    PlanStep step = makeStep(OperationType::CreateTable, table.name, {}, Tr::tr("Create table %1").arg(table.name));
    step.sql << createTable(table, ctx.desiredFreeSequences);
    step.rollbackSql << QStringLiteral("DROP TABLE %1").arg(q(table.name));
    return step;
}

PlanStep dropTableStep(const Table &table, const Context &ctx)
{
    PlanStep step = makeStep(OperationType::DropTable, table.name, {}, Tr::tr("Drop table %1 and all its rows").arg(table.name));
    step.sql << QStringLiteral("DROP TABLE %1").arg(q(table.name));
    step.rollbackSql << createTable(table, ctx.currentFreeSequences);
    for (const Index &index : table.indexes)
        if (!index.isConstraintIndex())
            step.rollbackSql << createIndex(index, false);
    for (const ForeignKey &fk : table.foreignKeys)
        step.rollbackSql << alterTable(table.name, QStringLiteral("ADD ") + foreignKeyClause(fk));
    for (const Trigger &trigger : ctx.current.triggers)
        if (trigger.table == table.name)
            step.rollbackSql << createTrigger(trigger);
    step.destructive = true;
    step.rollbackRestoresData = false;
    step.affectedRows = table.rowEstimate;
    step.warnings << lockWarning(table.name, {}, Tr::tr("ACCESS EXCLUSIVE lock"));
    lintDropTable(table, ctx.lint).appendTo(step);
    return step;
}

} // namespace SchemaPilot::Core::PostgresPlan
