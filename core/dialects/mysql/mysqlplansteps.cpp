#include "dialects/mysql/mysqlplansteps.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "diff/columndiff.h"
#include "dialects/mysql/mysqlcollationprobes.h"
#include "dialects/mysql/mysqlddl.h"
#include "dialects/mysql/mysqldiffhooks.h"
#include "plan/warningcodes.h"

#include <QSet>

namespace SchemaPilot::Core::MysqlSteps {

namespace {

QString alter(const QString &table, const QString &clause)
{
    return QStringLiteral("ALTER TABLE %1 %2").arg(mysqlQuote(table), clause);
}

Warning tableCopyWarning(const QString &table, const QString &column, const QString &what, qint64 rows)
{
    const QString size = rows >= 0 ? Tr::tr("about %1 rows").arg(rows) : Tr::tr("all its rows");
    return Warning{QString(WarningCode::TableCopy), Severity::Warning,
                   Tr::tr("%1 makes MariaDB/MySQL copy table %2 (ALGORITHM=COPY, %3); writes to it wait until the copy ends")
                       .arg(what, table, size),
                   table, column, rows};
}

void markCopy(PlanStep &step, const QString &what, qint64 rows)
{
    step.rewritesTable = true;
    step.affectedRows = rows;
    step.warnings << tableCopyWarning(step.table, step.column, what, rows);
}

bool columnIsIndexed(const Table &table, const QString &column)
{
    for (const Index &index : table.indexes)
        for (const IndexPart &part : index.parts)
            if (part.column.compare(column, Qt::CaseInsensitive) == 0)
                return true;
    for (const ForeignKey &fk : table.foreignKeys)
        if (fk.columns.contains(column, Qt::CaseInsensitive))
            return true;
    return false;
}

// FIRST or AFTER `previous`, so that the column lands where the desired table has it.
QString position(const Table &table, const QString &column)
{
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].name.compare(column, Qt::CaseInsensitive) == 0)
            return i == 0 ? QStringLiteral(" FIRST") : QStringLiteral(" AFTER ") + mysqlQuote(table.columns[i - 1].name);
    return {};
}

// MariaDB adds a column in front of a VIRTUAL generated column neither instantly nor in place
// ("INPLACE ADD or DROP of virtual columns cannot be combined..."): only by copying the table.
bool landsBeforeVirtualColumn(const Table &table, const QString &column)
{
    bool after = false;
    for (const Column &c : table.columns) {
        if (after && c.generated == GeneratedKind::Virtual)
            return true;
        if (c.name.compare(column, Qt::CaseInsensitive) == 0)
            after = true;
    }
    return false;
}

// Findings of lint for one change of a ModifyTable. Renames of other columns are kept so that
// probes name the live columns. MySQL's strict sql_mode makes an ALTER fail on values that do
// not fit, which the generic lint calls a strict table.
LintFindings lintChange(const change::ModifyTable &modify, const change::TableChange &tc, const Context &context)
{
    change::ModifyTable single{modify.from, modify.to, {}};
    single.to.strict = true;
    const bool isRename = std::holds_alternative<change::RenameColumn>(tc);
    for (const change::TableChange &other : modify.changes)
        if (std::holds_alternative<change::RenameColumn>(other))
            single.changes << other;
    if (!isRename)
        single.changes << tc;
    LintFindings findings = lintModifyTable(single, modify.from.name, context.lint);
    const QString renamedTo = isRename ? std::get<change::RenameColumn>(tc).to.name : QString();
    findings.warnings.removeIf([&](const Warning &w) {
        return w.code == WarningCode::RenameColumn && (!isRename || w.column != renamedTo);
    });
    return findings;
}

PlanStep columnStep(OperationType type, const Table &table, const QString &column, const QString &comment)
{
    PlanStep step;
    step.type = type;
    step.table = table.name;
    step.column = column;
    step.comment = comment;
    return step;
}

// "DROP PRIMARY KEY, ADD PRIMARY KEY (...)", each part only when there is a key to drop or add.
QStringList primaryKeyClauses(const QStringList &drop, const QStringList &add)
{
    QStringList clauses;
    if (!drop.isEmpty())
        clauses << QStringLiteral("DROP PRIMARY KEY");
    if (!add.isEmpty())
        clauses << QStringLiteral("ADD PRIMARY KEY (%1)").arg(mysqlQuoteList(add));
    return clauses;
}

// With `key`, the new primary key comes in the same statement: a new AUTO_INCREMENT column must
// be a key the moment it exists ("there can be only one auto column and it must be defined as a key").
PlanStep addColumn(const change::ModifyTable &modify, const Column &column, const Context &context,
                   const change::ModifyPrimaryKey *key = nullptr)
{
    const Table &table = modify.to;
    // With the key it is the primary key's step: the table is rebuilt, and the verification
    // digests the kept columns of tables whose constraints change.
    PlanStep step = columnStep(key ? OperationType::AddConstraint : OperationType::AddColumn, table, column.name,
                               key ? Tr::tr("Add column %1.%2 with the primary key (%3)")
                                         .arg(table.name, column.name, key->to.join(QStringLiteral(", ")))
                                   : Tr::tr("Add column %1.%2").arg(table.name, column.name));
    QString sql = alter(table.name, QStringLiteral("ADD COLUMN ") + mysqlColumnDefinition(column) + position(table, column.name));
    if (key)
        sql += QStringLiteral(", ") + primaryKeyClauses(key->from, key->to).join(QStringLiteral(", "));
    const qint64 rows = context.rowsOf(modify.from.name);
    if (column.generated == GeneratedKind::Stored || column.autoIncrement)
        markCopy(step, Tr::tr("Adding a stored generated or AUTO_INCREMENT column"), rows);
    else if (landsBeforeVirtualColumn(table, column.name))
        markCopy(step, Tr::tr("Adding a column in front of a virtual generated column"), rows);
    else
        sql += QStringLiteral(", ALGORITHM=INSTANT");
    step.sql << sql;
    if (key) {
        QStringList undo{QStringLiteral("DROP PRIMARY KEY"), QStringLiteral("DROP COLUMN ") + mysqlQuote(column.name)};
        undo << primaryKeyClauses({}, key->from);
        step.rollbackSql << alter(table.name, undo.join(QStringLiteral(", ")));
        lintChange(modify, *key, context).appendTo(step);
    } else {
        step.rollbackSql << alter(table.name, QStringLiteral("DROP COLUMN ") + mysqlQuote(column.name));
    }
    LintFindings findings = lintChange(modify, change::AddColumn{column}, context);
    // MySQL fills a new NOT NULL column without a default with the type's implicit default.
    if (column.notNull && !column.defaultExpr && !column.isGenerated() && !column.autoIncrement) {
        findings.probes.removeIf([](const DataProbe &p) { return p.code == WarningCode::NotNullOnNulls; });
        step.warnings << Warning{QString(WarningCode::NotNullOnNulls), Severity::Info,
                                 Tr::tr("New NOT NULL column %1.%2 has no default: existing rows get the type's implicit "
                                        "default (0, '' or the zero date)")
                                     .arg(table.name, column.name),
                                 table.name, column.name, -1};
    }
    findings.appendTo(step);
    return step;
}

PlanStep dropColumn(const change::ModifyTable &modify, const Column &column, const Context &context)
{
    const Table &table = modify.to;
    PlanStep step = columnStep(OperationType::DropColumn, table, column.name,
                               Tr::tr("Drop column %1.%2").arg(table.name, column.name));
    step.destructive = true;
    step.rollbackRestoresData = false;
    step.affectedRows = context.rowsOf(modify.from.name);
    QString sql = alter(table.name, QStringLiteral("DROP COLUMN ") + mysqlQuote(column.name));
    if (!columnIsIndexed(modify.from, column.name))
        sql += QStringLiteral(", ALGORITHM=INSTANT");
    step.sql << sql;
    step.rollbackSql << alter(table.name, QStringLiteral("ADD COLUMN ") + mysqlColumnDefinition(column)
                                              + position(modify.from, column.name));
    lintChange(modify, change::DropColumn{column}, context).appendTo(step);
    return step;
}

PlanStep renameColumn(const change::ModifyTable &modify, const change::RenameColumn &rename, const Context &context)
{
    const Table &table = modify.to;
    PlanStep step = columnStep(OperationType::RenameColumn, table, rename.to.name,
                               Tr::tr("Rename column %1.%2 to %3").arg(table.name, rename.from.name, rename.to.name));
    const QString algorithm = columnIsIndexed(modify.from, rename.from.name) ? QString() : QStringLiteral(", ALGORITHM=INSTANT");
    step.sql << alter(table.name, QStringLiteral("RENAME COLUMN %1 TO %2").arg(mysqlQuote(rename.from.name), mysqlQuote(rename.to.name)) + algorithm);
    step.rollbackSql << alter(table.name, QStringLiteral("RENAME COLUMN %1 TO %2").arg(mysqlQuote(rename.to.name), mysqlQuote(rename.from.name)));
    lintChange(modify, rename, context).appendTo(step);
    return step;
}

// ", `updated_at` = `updated_at`" for every column with ON UPDATE CURRENT_TIMESTAMP other than
// `except`: a backfill must not stamp the rows as changed, that would alter kept data.
QString keepAutoUpdatedColumns(const Table &table, const QString &except)
{
    QString assignments;
    for (const Column &column : table.columns)
        if (!column.onUpdate.isEmpty() && column.name.compare(except, Qt::CaseInsensitive) != 0)
            assignments += QStringLiteral(", %1 = %1").arg(mysqlQuote(column.name));
    return assignments;
}

// "... BEFORE UPDATE ON ..." / "AFTER UPDATE": the event comes before the table name.
bool firesOnUpdate(const Trigger &trigger)
{
    const QStringList words = sqlIdentifierTokens(trigger.sql);
    for (const QString &word : words) {
        if (word.compare(u"ON", Qt::CaseInsensitive) == 0)
            return false;
        if (word.compare(u"UPDATE", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// UPDATE triggers of the live table that the plan keeps as they are. MySQL cannot switch a
// trigger off, so the NULL backfill runs between dropping and re-creating them: an
// "updated_at" trigger would otherwise stamp every filled row, and a migration must not change
// the values of the columns it keeps.
QList<Trigger> keptUpdateTriggers(const QString &liveTable, const QString &table, const Context &context)
{
    const MysqlDiffHooks hooks;
    QList<Trigger> kept;
    for (const Trigger &live : context.current.triggers) {
        if (live.table.compare(liveTable, Qt::CaseInsensitive) != 0 || !firesOnUpdate(live))
            continue;
        const Trigger *wanted = context.desired.trigger(live.name);
        if (wanted && wanted->table.compare(table, Qt::CaseInsensitive) == 0 && expressionsEqual(live.sql, wanted->sql, hooks))
            kept << live;
    }
    return kept;
}

// The indexes on `column` that the plan keeps as they are (a changed one is dropped before and
// added after by its own steps).
QList<Index> keptIndexesOn(const change::ModifyTable &modify, const QString &column)
{
    QList<Index> kept;
    for (const Index &index : modify.to.indexes) {
        const bool covers = std::any_of(index.parts.cbegin(), index.parts.cend(), [&](const IndexPart &part) {
            return part.column.compare(column, Qt::CaseInsensitive) == 0;
        });
        const Index *live = modify.from.index(index.name, Qt::CaseInsensitive);
        if (covers && index.origin != IndexOrigin::PrimaryKey && live && mysqlIndexClause(*live) == mysqlIndexClause(index))
            kept << index;
    }
    return kept;
}

// MariaDB cannot MODIFY a generated column between VIRTUAL and STORED ("not yet supported for
// generated columns"). Its values are computed, so dropping and adding it again in one ALTER
// TABLE loses nothing; the indexes on it are dropped and built again in the same statement.
PlanStep regenerateColumn(const change::ModifyTable &modify, const change::ModifyColumn &mc, const Context &context)
{
    const Table &table = modify.to;
    PlanStep step = columnStep(OperationType::AlterColumn, table, mc.to.name,
                               Tr::tr("Change the generated column %1.%2 from %3 to %4 (dropped and added again)")
                                   .arg(table.name, mc.to.name,
                                        mc.from.generated == GeneratedKind::Stored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"),
                                        mc.to.generated == GeneratedKind::Stored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL")));
    const QList<Index> indexes = keptIndexesOn(modify, mc.to.name);
    auto replace = [&](const Column &column) {
        QStringList clauses;
        for (const Index &index : indexes)
            clauses << QStringLiteral("DROP INDEX ") + mysqlQuote(index.name);
        clauses << QStringLiteral("DROP COLUMN ") + mysqlQuote(column.name);
        // The rollback runs when the table has the desired layout again, so both use its position.
        clauses << QStringLiteral("ADD COLUMN ") + mysqlColumnDefinition(column) + position(table, column.name);
        for (const Index &index : indexes)
            clauses << QStringLiteral("ADD ") + mysqlIndexClause(index);
        return alter(table.name, clauses.join(QStringLiteral(", ")));
    };
    Column before = mc.from;
    before.name = mc.to.name; // a rename, if any, ran before this step
    step.sql << replace(mc.to);
    step.rollbackSql << replace(before);
    markCopy(step, Tr::tr("Switching %1 between VIRTUAL and STORED").arg(mc.to.name), context.rowsOf(modify.from.name));
    lintChange(modify, mc, context).appendTo(step);
    return step;
}

// MODIFY COLUMN with the algorithm the change allows; the primary key is its own step.
std::optional<PlanStep> modifyColumn(const change::ModifyTable &modify, const change::ModifyColumn &mc, const Context &context)
{
    ColumnAspects what = mc.what;
    what.setFlag(ColumnAspect::PrimaryKey, false);
    if (!what)
        return std::nullopt;
    if (mc.from.isGenerated() && mc.to.isGenerated() && mc.from.generated != mc.to.generated)
        return regenerateColumn(modify, mc, context);
    const Table &table = modify.to;
    const bool typeChange = what.testFlag(ColumnAspect::Type);
    PlanStep step = columnStep(typeChange ? OperationType::AlterColumnType : OperationType::AlterColumn, table, mc.to.name,
                               typeChange ? Tr::tr("Change the type of %1.%2 from %3 to %4").arg(table.name, mc.to.name, mc.from.type, mc.to.type)
                                          : Tr::tr("Change the definition of %1.%2").arg(table.name, mc.to.name));
    const qint64 rows = context.rowsOf(modify.from.name);
    step.affectedRows = rows;
    if (what == ColumnAspects(ColumnAspect::Default) && mc.from.onUpdate == mc.to.onUpdate) {
        // Metadata only: no table rebuild.
        auto setDefault = [&](const Column &c) {
            return alter(table.name, c.defaultExpr ? QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2").arg(mysqlQuote(c.name), mysqlDefaultOperand(*c.defaultExpr))
                                                   : QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(mysqlQuote(c.name)))
                + QStringLiteral(", ALGORITHM=INSTANT");
        };
        step.sql << setDefault(mc.to);
        Column before = mc.from;
        before.name = mc.to.name;
        step.rollbackSql << setDefault(before);
    } else {
        Column before = mc.from;
        before.name = mc.to.name; // a rename, if any, ran before this step
        QString algorithm;
        const ColumnAspects instant = ColumnAspect::Default | ColumnAspect::Comment | ColumnAspect::Visibility;
        const ColumnAspects inplace = instant | ColumnAspect::Nullability;
        if ((what & ~instant) == ColumnAspects())
            algorithm = QStringLiteral(", ALGORITHM=INSTANT");
        else if ((what & ~inplace) == ColumnAspects())
            algorithm = QStringLiteral(", ALGORITHM=INPLACE");
        else
            markCopy(step, Tr::tr("Changing the type, character set, collation or generation of %1").arg(mc.to.name), rows);
        if ((what & ColumnAspect::Nullability) && mc.to.notNull && !mc.from.notNull && mc.to.defaultExpr) {
            // As SQLite's rebuild does: the default fills the rows that would break the new NOT NULL
            // (strict mode refuses the MODIFY otherwise).
            const QList<Trigger> quiet = keptUpdateTriggers(modify.from.name, table.name, context);
            for (const Trigger &trigger : quiet)
                step.sql << QStringLiteral("DROP TRIGGER %1").arg(mysqlQuote(trigger.name));
            step.sql << QStringLiteral("UPDATE %1 SET %2 = %3%4 WHERE %2 IS NULL")
                            .arg(mysqlQuote(table.name), mysqlQuote(mc.to.name), mysqlDefaultOperand(*mc.to.defaultExpr),
                                 keepAutoUpdatedColumns(modify.from, mc.from.name));
            for (const Trigger &trigger : quiet)
                step.sql << mysqlCreateTriggerSql(trigger);
            step.rollbackRestoresData = false;
        }
        step.sql << alter(table.name, QStringLiteral("MODIFY COLUMN ") + mysqlColumnDefinition(mc.to) + algorithm);
        step.rollbackSql << alter(table.name, QStringLiteral("MODIFY COLUMN ") + mysqlColumnDefinition(before));
    }
    lintChange(modify, mc, context).appendTo(step);
    if (what & (ColumnAspect::Collation | ColumnAspect::Charset))
        step.probes << collationDuplicateProbes(table, modify.from.name, liveColumnNames(modify), {mc.to.name.toLower()},
                                                context.probeSql);
    return step;
}

PlanStep modifyPrimaryKey(const change::ModifyTable &modify, const change::ModifyPrimaryKey &pk, const Context &context)
{
    const Table &table = modify.to;
    PlanStep step = columnStep(pk.to.isEmpty() ? OperationType::DropConstraint : OperationType::AddConstraint, table, {},
                               Tr::tr("Change the primary key of %1 from (%2) to (%3)")
                                   .arg(table.name, pk.from.join(QStringLiteral(", ")), pk.to.join(QStringLiteral(", "))));
    auto keyClauses = [](const QStringList &drop, const QStringList &add) {
        return primaryKeyClauses(drop, add).join(QStringLiteral(", "));
    };
    step.sql << alter(table.name, keyClauses(pk.from, pk.to));
    step.rollbackSql << alter(table.name, keyClauses(pk.to, pk.from));
    // InnoDB clusters rows by the primary key: a new key rebuilds the table.
    step.rewritesTable = true;
    step.affectedRows = context.rowsOf(modify.from.name);
    lintChange(modify, pk, context).appendTo(step);
    return step;
}

QMap<QString, QString> optionMap(const QString &options)
{
    QMap<QString, QString> map;
    QString normalised = mysqlPlainTableOptions(options);
    normalised.replace(QStringLiteral("DEFAULT CHARSET="), QStringLiteral("CHARSET="));
    for (const QString &token : normalised.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = token.indexOf(u'=');
        if (eq > 0)
            map.insert(token.left(eq).toUpper(), token.mid(eq + 1));
    }
    return map;
}

// The value that takes a table option off again. Only a few options accept DEFAULT; the numeric
// ones (CHECKSUM, DELAY_KEY_WRITE, MAX_ROWS, KEY_BLOCK_SIZE, ...) mean "unset" with 0, and
// "CHECKSUM=DEFAULT" is a syntax error.
QString optionResetValue(const QString &option)
{
    static const QSet<QString> acceptDefault{QStringLiteral("ROW_FORMAT"), QStringLiteral("PACK_KEYS"),
                                             QStringLiteral("STATS_AUTO_RECALC"), QStringLiteral("STATS_PERSISTENT"),
                                             QStringLiteral("STATS_SAMPLE_PAGES")};
    if (acceptDefault.contains(option))
        return QStringLiteral("DEFAULT");
    if (option == u"ENCRYPTED")
        return QStringLiteral("NO");
    if (option == u"COMPRESSION")
        return QStringLiteral("'None'");
    return QStringLiteral("0");
}

// ALTER TABLE clauses that turn `from`'s options, comment and ON UPDATE clauses into `to`'s.
QStringList optionClauses(const Table &from, const Table &to, bool *copies)
{
    QStringList clauses;
    const QMap<QString, QString> a = optionMap(from.options);
    const QMap<QString, QString> b = optionMap(to.options);
    if (a.value(QStringLiteral("ENGINE")).compare(b.value(QStringLiteral("ENGINE")), Qt::CaseInsensitive) != 0
        && b.contains(QStringLiteral("ENGINE"))) {
        clauses << QStringLiteral("ENGINE=") + b.value(QStringLiteral("ENGINE"));
        *copies = true;
    }
    const bool charsetChange = a.value(QStringLiteral("CHARSET")).compare(b.value(QStringLiteral("CHARSET")), Qt::CaseInsensitive) != 0
                               || a.value(QStringLiteral("COLLATE")).compare(b.value(QStringLiteral("COLLATE")), Qt::CaseInsensitive) != 0;
    if (charsetChange && b.contains(QStringLiteral("CHARSET"))) {
        // Columns follow the table default (the model keeps only deviations), so convert them
        // all and then restore the deviating ones.
        clauses << QStringLiteral("CONVERT TO CHARACTER SET %1 COLLATE %2").arg(b.value(QStringLiteral("CHARSET")), b.value(QStringLiteral("COLLATE")));
        for (const Column &c : to.columns)
            if (!c.collation.isEmpty() || !c.charset.isEmpty())
                clauses << QStringLiteral("MODIFY COLUMN ") + mysqlColumnDefinition(c);
        *copies = true;
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (it.key() == QStringLiteral("ENGINE") || it.key() == QStringLiteral("CHARSET") || it.key() == QStringLiteral("COLLATE"))
            continue;
        if (a.value(it.key()) != it.value())
            clauses << it.key() + u'=' + it.value();
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key()) && it.key() != QStringLiteral("ENGINE") && it.key() != QStringLiteral("CHARSET")
            && it.key() != QStringLiteral("COLLATE"))
            clauses << it.key() + u'=' + optionResetValue(it.key());
    if (from.comment != to.comment)
        clauses << QStringLiteral("COMMENT=") + mysqlStringLiteral(to.comment);
    return clauses;
}

PlanStep modifyOptions(const change::ModifyTable &modify, const Context &context)
{
    const Table &table = modify.to;
    PlanStep step = columnStep(OperationType::AlterColumn, table, {}, Tr::tr("Change the table options of %1").arg(table.name));
    bool copies = false;
    Table before = modify.from;
    before.name = table.name;
    const QStringList forward = optionClauses(before, table, &copies);
    bool ignored = false;
    const QStringList backward = optionClauses(table, before, &ignored);
    if (!forward.isEmpty())
        step.sql << alter(table.name, forward.join(QStringLiteral(", ")));
    if (!backward.isEmpty())
        step.rollbackSql << alter(table.name, backward.join(QStringLiteral(", ")));
    step.affectedRows = context.rowsOf(modify.from.name);
    // System versioning and partitioning come as statements of their own, each undone by its
    // converse. Repartitioning copies every row into the new layout; a row no partition takes
    // makes the ALTER fail, so no row is ever lost by it.
    const bool versionedBefore = mysqlSystemVersioned(before.options);
    const bool versionedAfter = mysqlSystemVersioned(table.options);
    const QString partitionsBefore = mysqlPartitionClause(before.options);
    const QString partitionsAfter = mysqlPartitionClause(table.options);
    QStringList undo;
    if (!versionedBefore && versionedAfter) {
        step.sql << alter(table.name, QStringLiteral("ADD SYSTEM VERSIONING"));
        undo.prepend(alter(table.name, QStringLiteral("DROP SYSTEM VERSIONING")));
        copies = true;
    }
    if (partitionsBefore != partitionsAfter) {
        step.sql << alter(table.name, partitionsAfter.isEmpty() ? QStringLiteral("REMOVE PARTITIONING") : partitionsAfter);
        undo.prepend(alter(table.name, partitionsBefore.isEmpty() ? QStringLiteral("REMOVE PARTITIONING") : partitionsBefore));
        copies = true;
    }
    if (versionedBefore && !versionedAfter) {
        step.sql << alter(table.name, QStringLiteral("DROP SYSTEM VERSIONING"));
        undo.prepend(alter(table.name, QStringLiteral("ADD SYSTEM VERSIONING")));
        step.destructive = true;
        step.rollbackRestoresData = false;
        step.warnings << Warning{QString(WarningCode::DropTable), Severity::Danger,
                                 Tr::tr("System versioning of %1 ends: every historical row version is deleted; the rollback "
                                        "turns versioning on again with an empty history, only the backup keeps it")
                                     .arg(table.name),
                                 table.name, {}, -1};
        copies = true;
    }
    step.rollbackSql = undo + step.rollbackSql;
    if (copies)
        markCopy(step, Tr::tr("Changing the engine, the character set, the partitioning or system versioning"), step.affectedRows);
    // Columns that follow the table's default take its new charset and collation along.
    const QMap<QString, QString> a = optionMap(before.options);
    const QMap<QString, QString> b = optionMap(table.options);
    if (b.contains(QStringLiteral("CHARSET"))
        && (a.value(QStringLiteral("CHARSET")).compare(b.value(QStringLiteral("CHARSET")), Qt::CaseInsensitive) != 0
            || a.value(QStringLiteral("COLLATE")).compare(b.value(QStringLiteral("COLLATE")), Qt::CaseInsensitive) != 0)) {
        QSet<QString> following;
        for (const Column &c : table.columns)
            if (c.collation.isEmpty() && c.charset.isEmpty())
                following.insert(c.name.toLower());
        step.probes << collationDuplicateProbes(table, modify.from.name, liveColumnNames(modify), following, context.probeSql);
    }
    return step;
}

PlanStep addCheck(const change::ModifyTable &modify, const CheckConstraint &check, const Context &context)
{
    const Table &table = modify.to;
    PlanStep step = columnStep(OperationType::AddConstraint, table, {},
                               Tr::tr("Add CHECK (%1) to %2").arg(check.expression, table.name));
    step.sql << alter(table.name, QStringLiteral("ADD ") + mysqlCheckClause(check));
    step.rollbackSql << alter(table.name, QStringLiteral("DROP CONSTRAINT ") + mysqlQuote(check.name));
    markCopy(step, Tr::tr("Adding a CHECK constraint"), context.rowsOf(modify.from.name));
    lintChange(modify, change::AddCheck{check}, context).appendTo(step);
    return step;
}

PlanStep dropCheck(const Table &liveTable, const CheckConstraint &check)
{
    PlanStep step = columnStep(OperationType::DropConstraint, liveTable, {},
                               Tr::tr("Drop CHECK %1 from %2").arg(check.name, liveTable.name));
    step.sql << alter(liveTable.name, QStringLiteral("DROP CONSTRAINT %1, ALGORITHM=INSTANT").arg(mysqlQuote(check.name)));
    step.rollbackSql << alter(liveTable.name, QStringLiteral("ADD ") + mysqlCheckClause(check));
    return step;
}

} // namespace

PlanStep addForeignKey(const Table &table, const ForeignKey &fk, qint64 rows)
{
    PlanStep step = columnStep(OperationType::AddForeignKey, table, fk.columns.join(u','),
                               Tr::tr("Add foreign key %1 on %2 (%3) referencing %4")
                                   .arg(fk.name, table.name, fk.columns.join(QStringLiteral(", ")), fk.refTable));
    step.sql << alter(table.name, QStringLiteral("ADD ") + mysqlForeignKeyClause(fk));
    step.rollbackSql << alter(table.name, QStringLiteral("DROP FOREIGN KEY ") + mysqlQuote(fk.name));
    // With foreign_key_checks on, InnoDB validates a new foreign key by copying the table.
    if (rows != 0)
        markCopy(step, Tr::tr("Adding a foreign key"), rows);
    return step;
}

PlanStep dropForeignKey(const Table &liveTable, const ForeignKey &fk)
{
    PlanStep step = columnStep(OperationType::DropForeignKey, liveTable, fk.columns.join(u','),
                               Tr::tr("Drop foreign key %1 from %2").arg(fk.name, liveTable.name));
    step.sql << alter(liveTable.name, QStringLiteral("DROP FOREIGN KEY %1, ALGORITHM=INSTANT").arg(mysqlQuote(fk.name)));
    step.rollbackSql << alter(liveTable.name, QStringLiteral("ADD ") + mysqlForeignKeyClause(fk));
    return step;
}

qint64 Context::rowsOf(const QString &liveTable) const
{
    const Table *table = current.table(liveTable, Qt::CaseSensitive);
    return table ? table->rowEstimate : 0;
}

TableSteps modifyTable(const change::ModifyTable &modify, const Context &context)
{
    TableSteps steps;
    // A column whose name changes only in case comes as drop + add (names are compared exactly);
    // MySQL column names are case-insensitive, so it is a rename that keeps the data.
    QList<change::TableChange> changes;
    QList<change::RenameColumn> caseRenames;
    for (const change::TableChange &tc : modify.changes) {
        if (const auto *drop = std::get_if<change::DropColumn>(&tc)) {
            const auto add = std::find_if(modify.changes.cbegin(), modify.changes.cend(), [&](const change::TableChange &other) {
                const auto *a = std::get_if<change::AddColumn>(&other);
                return a && a->column.name != drop->column.name && a->column.name.compare(drop->column.name, Qt::CaseInsensitive) == 0;
            });
            if (add != modify.changes.cend()) {
                caseRenames << change::RenameColumn{drop->column, std::get<change::AddColumn>(*add).column, false};
                continue;
            }
        }
        if (const auto *add = std::get_if<change::AddColumn>(&tc)) {
            if (std::any_of(caseRenames.cbegin(), caseRenames.cend(), [&](const change::RenameColumn &r) { return r.to.name == add->column.name; })
                || std::any_of(modify.changes.cbegin(), modify.changes.cend(), [&](const change::TableChange &other) {
                       const auto *d = std::get_if<change::DropColumn>(&other);
                       return d && d->column.name != add->column.name && d->column.name.compare(add->column.name, Qt::CaseInsensitive) == 0;
                   }))
                continue;
        }
        changes << tc;
    }
    change::ModifyTable effective{modify.from, modify.to, {}};
    for (const change::RenameColumn &rename : caseRenames)
        effective.changes << rename;
    effective.changes << changes;

    // A new AUTO_INCREMENT column in the new primary key is added together with the key.
    const change::ModifyPrimaryKey *newKey = nullptr;
    QString keyedColumn;
    for (const change::TableChange &tc : effective.changes)
        if (const auto *pk = std::get_if<change::ModifyPrimaryKey>(&tc))
            newKey = pk;
    for (const change::TableChange &tc : effective.changes)
        if (const auto *add = std::get_if<change::AddColumn>(&tc);
            add && newKey && add->column.autoIncrement && newKey->to.contains(add->column.name, Qt::CaseInsensitive))
            keyedColumn = add->column.name;

    QList<PlanStep> renames, adds, modifies, keys, options, checks;
    QList<Column> dropped;
    for (const change::TableChange &tc : effective.changes) {
        if (const auto *rename = std::get_if<change::RenameColumn>(&tc)) {
            renames << renameColumn(effective, *rename, context);
            Column renamedFrom = rename->from;
            renamedFrom.name = rename->to.name;
            if (mysqlColumnDefinition(renamedFrom) != mysqlColumnDefinition(rename->to)
                && std::none_of(effective.changes.cbegin(), effective.changes.cend(), [&](const change::TableChange &o) {
                       const auto *m = std::get_if<change::ModifyColumn>(&o);
                       return m && m->to.name == rename->to.name;
                   })) {
                // A case-only rename that also changes the definition.
                if (auto step = modifyColumn(effective, change::ModifyColumn{rename->from, rename->to, ColumnAspect::Type}, context))
                    modifies << *step;
            }
        } else if (const auto *add = std::get_if<change::AddColumn>(&tc)) {
            adds << addColumn(effective, add->column, context, add->column.name == keyedColumn ? newKey : nullptr);
        } else if (const auto *drop = std::get_if<change::DropColumn>(&tc)) {
            dropped << drop->column;
        } else if (const auto *mc = std::get_if<change::ModifyColumn>(&tc)) {
            if (auto step = modifyColumn(effective, *mc, context))
                modifies << *step;
        } else if (const auto *pk = std::get_if<change::ModifyPrimaryKey>(&tc)) {
            if (keyedColumn.isEmpty())
                keys << modifyPrimaryKey(effective, *pk, context);
        } else if (std::holds_alternative<change::ModifyTableOptions>(tc)) {
            // One step covers every option and the comment, however many changes name them.
            if (options.isEmpty())
                options << modifyOptions(effective, context);
        } else if (const auto *check = std::get_if<change::AddCheck>(&tc)) {
            checks << addCheck(effective, check->check, context);
        } else if (const auto *check = std::get_if<change::DropCheck>(&tc)) {
            steps.early << dropCheck(modify.from, check->check);
        } else if (const auto *fk = std::get_if<change::AddForeignKey>(&tc)) {
            PlanStep step = addForeignKey(modify.to, fk->foreignKey, context.rowsOf(modify.from.name));
            lintChange(effective, tc, context).appendTo(step);
            steps.foreignKeys << step;
        } else if (const auto *fk = std::get_if<change::DropForeignKey>(&tc)) {
            steps.early.prepend(dropForeignKey(modify.from, fk->foreignKey)); // before checks, indexes, columns
        } else if (const auto *unique = std::get_if<change::AddUnique>(&tc)) {
            // MySQL keeps UNIQUE constraints as indexes; the inspector reports them there.
            Index index{unique->unique.name, modify.to.name, true, {}, {}, {}, {}, IndexOrigin::Created, {}};
            for (const QString &c : unique->unique.columns)
                index.parts << IndexPart{c, {}, false, {}, 0};
            steps.alter << addIndex(index, context);
        } else if (const auto *unique = std::get_if<change::DropUnique>(&tc)) {
            Index index{unique->unique.name, modify.from.name, true, {}, {}, {}, {}, IndexOrigin::Created, {}};
            for (const QString &c : unique->unique.columns)
                index.parts << IndexPart{c, {}, false, {}, 0};
            steps.early << dropIndex(index, context);
        }
    }
    steps.alter = renames + adds + modifies + keys + options + checks + steps.alter;
    // Last column first, so that the rollback (run in reverse) re-adds them in their order.
    std::sort(dropped.begin(), dropped.end(), [&](const Column &a, const Column &b) {
        return modify.from.columnNames().indexOf(a.name) > modify.from.columnNames().indexOf(b.name);
    });
    for (const Column &column : dropped)
        steps.dropColumns << dropColumn(effective, column, context);
    return steps;
}

PlanStep createTable(const Table &table, const QList<Index> &indexes)
{
    PlanStep step = columnStep(OperationType::CreateTable, table, {}, Tr::tr("Create table %1").arg(table.name));
    // The table's secondary indexes go into the CREATE TABLE: an AUTO_INCREMENT column must be
    // a key from the start, and the table is empty, so nothing is gained by separate builds.
    QString sql = mysqlCreateTableSql(table, false);
    if (!indexes.isEmpty()) {
        QStringList clauses;
        for (const Index &index : indexes)
            clauses << mysqlIndexClause(index);
        const qsizetype close = sql.lastIndexOf(QStringLiteral("\n)"));
        sql.insert(close, QStringLiteral(",\n  ") + clauses.join(QStringLiteral(",\n  ")));
    }
    step.sql << sql;
    step.rollbackSql << QStringLiteral("DROP TABLE %1").arg(mysqlQuote(table.name));
    return step;
}

QList<PlanStep> addForeignKeysOfNewTable(const Table &table)
{
    QList<PlanStep> steps;
    for (const ForeignKey &fk : table.foreignKeys)
        steps << addForeignKey(table, fk, 0);
    return steps;
}

PlanStep dropTable(const Table &table, const Context &context, const QSet<QString> &droppedBefore)
{
    PlanStep step = columnStep(OperationType::DropTable, table, {}, Tr::tr("Drop table %1").arg(table.name));
    step.destructive = true;
    step.rollbackRestoresData = false;
    step.affectedRows = table.rowEstimate;
    step.sql << QStringLiteral("DROP TABLE %1").arg(mysqlQuote(table.name));
    QList<Index> indexes;
    for (const Index &index : table.indexes)
        if (index.origin == IndexOrigin::Created)
            indexes << index;
    step.rollbackSql << createTable(table, indexes).sql;
    for (const ForeignKey &fk : table.foreignKeys)
        step.rollbackSql << alter(table.name, QStringLiteral("ADD ") + mysqlForeignKeyClause(fk));
    for (const Trigger &trigger : context.current.triggers)
        if (trigger.table == table.name && !droppedBefore.contains(trigger.name))
            step.rollbackSql << mysqlCreateTriggerSql(trigger);
    lintDropTable(table, context.lint).appendTo(step);
    return step;
}

PlanStep renameTable(const change::RenameTable &rename)
{
    PlanStep step = columnStep(OperationType::RenameTable, rename.to, {},
                               Tr::tr("Rename table %1 to %2").arg(rename.from.name, rename.to.name));
    step.sql << QStringLiteral("RENAME TABLE %1 TO %2").arg(mysqlQuote(rename.from.name), mysqlQuote(rename.to.name));
    step.rollbackSql << QStringLiteral("RENAME TABLE %1 TO %2").arg(mysqlQuote(rename.to.name), mysqlQuote(rename.from.name));
    lintRenameTable(rename.from.name, rename.to.name).appendTo(step);
    return step;
}

PlanStep addIndex(const Index &index, const Context &context)
{
    PlanStep step;
    step.type = OperationType::CreateIndex;
    step.table = index.table;
    step.comment = Tr::tr("Create %1index %2 on %3").arg(index.unique ? Tr::tr("unique ") : QString(), index.name, index.table);
    QString sql = mysqlCreateIndexSql(index);
    // B-tree secondary indexes build in place while writes go on.
    if (index.method.isEmpty())
        sql += QStringLiteral(" ALGORITHM=INPLACE");
    step.sql << sql;
    step.rollbackSql << QStringLiteral("DROP INDEX %1 ON %2").arg(mysqlQuote(index.name), mysqlQuote(index.table));
    // Probes read the live table, which may still have its old name or lack renamed columns.
    QString liveTable;
    QHash<QString, QString> liveColumns;
    for (const Table &t : context.current.tables)
        if (t.name == index.table)
            liveTable = t.name;
    if (!liveTable.isEmpty())
        for (const Column &c : context.current.table(liveTable, Qt::CaseSensitive)->columns)
            liveColumns.insert(c.name.toLower(), c.name);
    step.affectedRows = liveTable.isEmpty() ? 0 : context.rowsOf(liveTable);
    lintAddIndex(index, liveTable, liveColumns, context.lint).appendTo(step);
    return step;
}

PlanStep replaceIndex(const Index &old, const Index &index, const Context &context)
{
    PlanStep step = addIndex(index, context);
    step.comment = Tr::tr("Replace index %1 on %2").arg(index.name, index.table);
    const QString drop = QStringLiteral("DROP INDEX %1, ADD ").arg(mysqlQuote(index.name));
    step.sql = {alter(index.table, drop + mysqlIndexClause(index))};
    step.rollbackSql = {alter(index.table, drop + mysqlIndexClause(old))};
    return step;
}

PlanStep dropIndex(const Index &index, const Context &context)
{
    PlanStep step;
    step.type = OperationType::DropIndex;
    step.table = index.table;
    step.comment = Tr::tr("Drop index %1 on %2").arg(index.name, index.table);
    step.sql << QStringLiteral("DROP INDEX %1 ON %2").arg(mysqlQuote(index.name), mysqlQuote(index.table));
    step.rollbackSql << mysqlCreateIndexSql(index);
    step.affectedRows = context.rowsOf(index.table);
    return step;
}

PlanStep createView(const View &view, const View *replaced)
{
    PlanStep step;
    step.type = OperationType::CreateView;
    step.table = view.name;
    step.comment = replaced ? Tr::tr("Replace view %1").arg(view.name) : Tr::tr("Create view %1").arg(view.name);
    step.sql << mysqlCreateViewSql(view, true);
    step.rollbackSql << (replaced ? mysqlCreateViewSql(*replaced, true) : QStringLiteral("DROP VIEW %1").arg(mysqlQuote(view.name)));
    return step;
}

PlanStep dropView(const View &view)
{
    PlanStep step;
    step.type = OperationType::DropView;
    step.table = view.name;
    step.comment = Tr::tr("Drop view %1").arg(view.name);
    step.sql << QStringLiteral("DROP VIEW %1").arg(mysqlQuote(view.name));
    step.rollbackSql << mysqlCreateViewSql(view, true);
    lintDropView(view).appendTo(step);
    return step;
}

PlanStep createTrigger(const Trigger &trigger)
{
    PlanStep step;
    step.type = OperationType::CreateTrigger;
    step.table = trigger.table;
    step.comment = Tr::tr("Create trigger %1 on %2").arg(trigger.name, trigger.table);
    step.sql << mysqlCreateTriggerSql(trigger);
    step.rollbackSql << QStringLiteral("DROP TRIGGER %1").arg(mysqlQuote(trigger.name));
    return step;
}

PlanStep dropTrigger(const Trigger &trigger, bool forGood)
{
    PlanStep step;
    step.type = OperationType::DropTrigger;
    step.table = trigger.table;
    step.comment = Tr::tr("Drop trigger %1 on %2").arg(trigger.name, trigger.table);
    step.sql << QStringLiteral("DROP TRIGGER %1").arg(mysqlQuote(trigger.name));
    step.rollbackSql << mysqlCreateTriggerSql(trigger);
    if (forGood)
        lintDropTrigger(trigger).appendTo(step);
    return step;
}

} // namespace SchemaPilot::Core::MysqlSteps
