#include "plan/lint.h"

#include "common/sqllexer.h"
#include "common/tr.h"
#include "plan/warningcodes.h"

namespace SchemaPilot::Core {

namespace {

const QString kCount = QStringLiteral("%1");

Warning makeWarning(QLatin1StringView code, const QString &message, const QString &table, const QString &column = {},
                    qint64 count = -1)
{
    const WarningCodeInfo *info = warningCodeInfo(code);
    return Warning{QString(code), info ? info->severity : Severity::Warning, message, table, column, count};
}

DataProbe makeProbe(QLatin1StringView code, const QString &sql, const QString &messageTemplate, const QString &table,
                    const QString &column = {}, bool alwaysReport = false)
{
    const WarningCodeInfo *info = warningCodeInfo(code);
    return DataProbe{QString(code), info ? info->severity : Severity::Warning, sql, messageTemplate, table, column,
                     alwaysReport};
}

// Live names for `columns`, or an empty list when one of them does not exist on the live table yet.
QStringList mapColumns(const QStringList &columns, const QHash<QString, QString> &live)
{
    QStringList mapped;
    for (const QString &c : columns) {
        const QString name = live.value(c.toLower());
        if (name.isEmpty())
            return {};
        mapped << name;
    }
    return mapped;
}

QString liveTableName(const QString &desiredName, const LintContext &context)
{
    if (context.current.table(desiredName))
        return context.current.table(desiredName)->name;
    return {};
}

LintFindings lintForeignKey(const ForeignKey &fk, const QString &table, const QString &liveTable,
                            const QHash<QString, QString> &live, const LintContext &context)
{
    LintFindings findings;
    const QStringList columns = mapColumns(fk.columns, live);
    if (columns.isEmpty())
        return findings;
    const QString message = Tr::tr("%1 rows of %2 reference a missing row in %3 (foreign key %4)")
                                .arg(kCount, table, fk.refTable, fk.columns.join(u','));
    const Table *parent = context.desired.table(fk.refTable);
    QStringList refColumns = fk.refColumns.isEmpty() && parent ? parent->primaryKeyColumns() : fk.refColumns;
    const QString liveParent = liveTableName(fk.refTable, context);
    if (liveParent.isEmpty()) {
        // The parent is new and empty: every non-NULL reference is an orphan.
        QStringList conditions;
        for (const QString &c : columns)
            conditions << context.sql.quote(c) + QStringLiteral(" IS NOT NULL");
        findings.probes << makeProbe(WarningCode::OrphanRows,
                                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2")
                                         .arg(context.sql.quote(liveTable), conditions.join(QStringLiteral(" AND "))),
                                     message, table, fk.columns.join(u','));
        return findings;
    }
    const Table *liveParentTable = context.current.table(liveParent);
    for (const QString &r : refColumns)
        if (!liveParentTable || !liveParentTable->column(r))
            return findings; // the referenced columns are new or renamed: nothing to count yet
    if (refColumns.isEmpty())
        return findings;
    findings.probes << makeProbe(WarningCode::OrphanRows,
                                 context.sql.orphanRows(liveTable, columns, liveParent, refColumns), message, table,
                                 fk.columns.join(u','));
    return findings;
}

LintFindings lintModifyColumn(const change::ModifyColumn &mc, const change::ModifyTable &modify,
                              const QString &liveTable, const QHash<QString, QString> &live,
                              const LintContext &context)
{
    LintFindings findings;
    const QString table = modify.to.name;
    const QString liveColumn = live.value(mc.to.name.toLower());
    if (liveColumn.isEmpty())
        return findings;
    if (mc.what.testFlag(ColumnAspect::Nullability) && mc.to.notNull && !mc.from.notNull) {
        if (context.rebuildFillsDefaults && mc.to.defaultExpr) {
            DataProbe probe = makeProbe(WarningCode::NotNullOnNulls, context.sql.nullCount(liveTable, liveColumn),
                                        Tr::tr("%1 rows hold NULL in %2.%3; the migration fills them with the default %4")
                                            .arg(kCount, table, mc.to.name, *mc.to.defaultExpr),
                                        table, mc.to.name);
            probe.severity = Severity::Info;
            findings.probes << probe;
        } else {
            findings.probes << makeProbe(WarningCode::NotNullOnNulls, context.sql.nullCount(liveTable, liveColumn),
                                         Tr::tr("%1 rows hold NULL in %2.%3, which becomes NOT NULL: the migration fails")
                                             .arg(kCount, table, mc.to.name),
                                         table, mc.to.name);
        }
    }
    // A stored column that becomes generated: its values are replaced by what the expression computes.
    if (!mc.from.isGenerated() && mc.to.isGenerated()) {
        DataProbe probe = makeProbe(WarningCode::LossyConversion, context.sql.nonNullCount(liveTable, liveColumn),
                                    Tr::tr("%1 stored values in %2.%3 are replaced by its generated expression (%4); "
                                           "the stored values are lost")
                                        .arg(kCount, table, mc.to.name, mc.to.generatedExpr),
                                    table, mc.to.name);
        probe.severity = Severity::Danger;
        probe.destructiveWhenFound = true;
        findings.probes << probe;
        return findings;
    }
    if (mc.what.testFlag(ColumnAspect::Type)) {
        const QString sql = context.sql.unconvertibleCount(liveTable, liveColumn, mc.from, mc.to, modify.to.strict);
        if (!sql.isEmpty()) {
            const QString message = modify.to.strict
                ? Tr::tr("%1 values in %2.%3 do not convert from %4 to %5: the migration fails")
                      .arg(kCount, table, mc.to.name, mc.from.type, mc.to.type)
                : Tr::tr("%1 values in %2.%3 do not convert from %4 to %5 and keep their old type")
                      .arg(kCount, table, mc.to.name, mc.from.type, mc.to.type);
            DataProbe probe = makeProbe(WarningCode::UnconvertibleValues, sql, message, table, mc.to.name);
            if (modify.to.strict)
                probe.severity = Severity::Danger;
            findings.probes << probe;
        }
        if (const QString lossy = context.sql.lossyCount(liveTable, liveColumn, mc.from, mc.to); !lossy.isEmpty()) {
            DataProbe probe = makeProbe(WarningCode::LossyConversion, lossy,
                                        Tr::tr("%1 values in %2.%3 change when converted from %4 to %5 (rounded, cut short "
                                               "or less precise); their old values are lost")
                                            .arg(kCount, table, mc.to.name, mc.from.type, mc.to.type),
                                        table, mc.to.name);
            probe.severity = Severity::Danger;
            probe.destructiveWhenFound = true;
            findings.probes << probe;
        }
    }
    return findings;
}

LintFindings lintAddCheck(const CheckConstraint &check, const change::ModifyTable &modify, const QString &liveTable,
                          const QHash<QString, QString> &live, const LintContext &context)
{
    LintFindings findings;
    // Only when every column the expression names already exists under that name on the live table.
    for (const QString &token : sqlIdentifierTokens(check.expression)) {
        if (!modify.to.column(token))
            continue;
        if (live.value(token.toLower()).compare(token, Qt::CaseInsensitive) != 0)
            return findings;
    }
    findings.probes << makeProbe(WarningCode::CheckViolations, context.sql.checkViolations(liveTable, check.expression),
                                 Tr::tr("%1 rows of %2 violate the new CHECK (%3)")
                                     .arg(kCount, modify.to.name, check.expression),
                                 modify.to.name);
    return findings;
}

} // namespace

QString ProbeSqlBuilder::lossyCount(const QString &, const QString &, const Column &, const Column &) const
{
    return {};
}

QString ProbeSqlBuilder::rowCount(const QString &table) const
{
    return QStringLiteral("SELECT COUNT(*) FROM %1").arg(quote(table));
}

QString ProbeSqlBuilder::nullCount(const QString &table, const QString &column) const
{
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL").arg(quote(table), quote(column));
}

QString ProbeSqlBuilder::nonNullCount(const QString &table, const QString &column) const
{
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL").arg(quote(table), quote(column));
}

QString ProbeSqlBuilder::duplicateGroups(const QString &table, const QStringList &columns) const
{
    QStringList quoted;
    QStringList conditions;
    for (const QString &c : columns) {
        quoted << quote(c);
        conditions << quote(c) + QStringLiteral(" IS NOT NULL");
    }
    return QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 AS one FROM %1 WHERE %2 GROUP BY %3 HAVING COUNT(*) > 1) AS d")
        .arg(quote(table), conditions.join(QStringLiteral(" AND ")), quoted.join(QStringLiteral(", ")));
}

QString ProbeSqlBuilder::duplicateExpressionGroups(const QString &table, const QStringList &expressions, const QString &where) const
{
    QStringList conditions;
    for (const QString &e : expressions)
        conditions << QStringLiteral("(%1) IS NOT NULL").arg(e);
    if (!where.isEmpty())
        conditions << QStringLiteral("(%1)").arg(where);
    return QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 AS one FROM %1 WHERE %2 GROUP BY %3 HAVING COUNT(*) > 1) AS d")
        .arg(quote(table), conditions.join(QStringLiteral(" AND ")), expressions.join(QStringLiteral(", ")));
}

QString ProbeSqlBuilder::orphanRows(const QString &table, const QStringList &columns, const QString &refTable,
                                    const QStringList &refColumns) const
{
    QStringList present;
    QStringList match;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        present << QStringLiteral("c.%1 IS NOT NULL").arg(quote(columns[i]));
        if (i < refColumns.size())
            match << QStringLiteral("p.%1 = c.%2").arg(quote(refColumns[i]), quote(columns[i]));
    }
    return QStringLiteral("SELECT COUNT(*) FROM %1 AS c WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 AS p WHERE %4)")
        .arg(quote(table), present.join(QStringLiteral(" AND ")), quote(refTable), match.join(QStringLiteral(" AND ")));
}

QString ProbeSqlBuilder::checkViolations(const QString &table, const QString &expression) const
{
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE NOT (%2)").arg(quote(table), expression);
}

LintFindings lintDropTable(const Table &table, const LintContext &context)
{
    LintFindings findings;
    const QString rows = table.rowEstimate >= 0 ? Tr::tr("about %1 rows").arg(table.rowEstimate) : Tr::tr("all its rows");
    findings.warnings << makeWarning(WarningCode::DropTable, Tr::tr("Dropping table %1 deletes %2").arg(table.name, rows),
                                     table.name, {}, table.rowEstimate);
    findings.probes << makeProbe(WarningCode::DropTable, context.sql.rowCount(table.name),
                                 Tr::tr("Dropping table %1 deletes %2 rows").arg(table.name, kCount), table.name);
    return findings;
}

LintFindings lintDropColumn(const QString &liveTable, const Column &column, qint64 rowEstimate,
                            const LintContext &context)
{
    LintFindings findings;
    const QString values = rowEstimate >= 0 ? Tr::tr("the values of up to %1 rows").arg(rowEstimate) : Tr::tr("all its values");
    findings.warnings << makeWarning(WarningCode::DropColumn,
                                     Tr::tr("Dropping column %1.%2 deletes %3").arg(liveTable, column.name, values),
                                     liveTable, column.name, rowEstimate);
    findings.probes << makeProbe(WarningCode::DropColumn, context.sql.nonNullCount(liveTable, column.name),
                                 Tr::tr("Dropping column %1.%2 deletes %3 non-NULL values").arg(liveTable, column.name, kCount),
                                 liveTable, column.name);
    return findings;
}

LintFindings lintDropView(const View &view)
{
    LintFindings findings;
    findings.warnings << makeWarning(WarningCode::DropViewOrTrigger,
                                     Tr::tr("View %1 is dropped; queries that read it will fail").arg(view.name), view.name);
    return findings;
}

LintFindings lintDropTrigger(const Trigger &trigger)
{
    LintFindings findings;
    findings.warnings << makeWarning(WarningCode::DropViewOrTrigger,
                                     Tr::tr("Trigger %1 on %2 is dropped; what it did on writes stops").arg(trigger.name, trigger.table),
                                     trigger.table);
    return findings;
}

LintFindings lintRenameTable(const QString &from, const QString &to)
{
    LintFindings findings;
    findings.warnings << makeWarning(WarningCode::RenameTable,
                                     Tr::tr("Table %1 is renamed to %2; applications using %1 break").arg(from, to), to);
    return findings;
}

LintFindings lintRenameColumn(const QString &table, const QString &from, const QString &to)
{
    LintFindings findings;
    findings.warnings << makeWarning(WarningCode::RenameColumn,
                                     Tr::tr("Column %1.%2 is renamed to %3; applications using %2 break").arg(table, from, to),
                                     table, to);
    return findings;
}

QHash<QString, QString> liveColumnNames(const change::ModifyTable &modify)
{
    QHash<QString, QString> live;
    for (const Column &c : modify.to.columns)
        if (modify.from.column(c.name))
            live.insert(c.name.toLower(), modify.from.column(c.name)->name);
    for (const change::TableChange &tc : modify.changes) {
        if (const auto *rename = std::get_if<change::RenameColumn>(&tc))
            live.insert(rename->to.name.toLower(), rename->from.name);
        else if (const auto *add = std::get_if<change::AddColumn>(&tc))
            live.remove(add->column.name.toLower()); // a new column that reuses a dropped name
    }
    return live;
}

LintFindings lintModifyTable(const change::ModifyTable &modify, const QString &liveTable, const LintContext &context)
{
    LintFindings findings;
    const QHash<QString, QString> live = liveColumnNames(modify);
    const QString table = modify.to.name;
    for (const change::TableChange &tc : modify.changes) {
        if (const auto *add = std::get_if<change::AddColumn>(&tc)) {
            const Column &c = add->column;
            if (c.notNull && !c.defaultExpr && !c.isGenerated() && !c.isPrimaryKey())
                findings.probes << makeProbe(WarningCode::NotNullOnNulls, context.sql.rowCount(liveTable),
                                             Tr::tr("%1 rows would hold NULL in new NOT NULL column %2.%3, which has no default: the migration fails")
                                                 .arg(kCount, table, c.name),
                                             table, c.name);
        } else if (const auto *drop = std::get_if<change::DropColumn>(&tc)) {
            findings << lintDropColumn(liveTable, drop->column, modify.from.rowEstimate, context);
        } else if (const auto *rename = std::get_if<change::RenameColumn>(&tc)) {
            findings << lintRenameColumn(table, rename->from.name, rename->to.name);
        } else if (const auto *mc = std::get_if<change::ModifyColumn>(&tc)) {
            findings << lintModifyColumn(*mc, modify, liveTable, live, context);
        } else if (const auto *unique = std::get_if<change::AddUnique>(&tc)) {
            const QStringList columns = mapColumns(unique->unique.columns, live);
            if (!columns.isEmpty())
                findings.probes << makeProbe(WarningCode::DuplicateValues, context.sql.duplicateGroups(liveTable, columns),
                                             Tr::tr("%1 groups of rows share the same %2.(%3), which becomes UNIQUE: the migration fails")
                                                 .arg(kCount, table, unique->unique.columns.join(u',')),
                                             table, unique->unique.columns.join(u','));
        } else if (const auto *pk = std::get_if<change::ModifyPrimaryKey>(&tc)) {
            const QStringList columns = mapColumns(pk->to, live);
            if (!columns.isEmpty())
                findings.probes << makeProbe(WarningCode::DuplicateValues, context.sql.duplicateGroups(liveTable, columns),
                                             Tr::tr("%1 groups of rows share the same %2.(%3), the new primary key: the migration fails")
                                                 .arg(kCount, table, pk->to.join(u',')),
                                             table, pk->to.join(u','));
        } else if (const auto *fk = std::get_if<change::AddForeignKey>(&tc)) {
            findings << lintForeignKey(fk->foreignKey, table, liveTable, live, context);
        } else if (const auto *check = std::get_if<change::AddCheck>(&tc)) {
            findings << lintAddCheck(check->check, modify, liveTable, live, context);
        }
    }
    return findings;
}

LintFindings lintAddIndex(const Index &index, const QString &liveTable, const QHash<QString, QString> &liveColumns,
                          const LintContext &context)
{
    LintFindings findings;
    if (!index.unique || liveTable.isEmpty())
        return findings;
    QStringList columns;
    bool expressions = !index.where.isEmpty();
    for (const IndexPart &part : index.parts) {
        columns << (part.column.isEmpty() ? part.expression : part.column);
        expressions = expressions || part.column.isEmpty();
    }
    const QString described = columns.join(u',');
    const QString message = Tr::tr("%1 groups of rows share the same %2.(%3), which unique index %4 forbids: the migration fails")
                                .arg(kCount, index.table, described, index.name);
    if (!expressions) {
        const QStringList mapped = mapColumns(columns, liveColumns);
        if (!mapped.isEmpty())
            findings.probes << makeProbe(WarningCode::DuplicateValues, context.sql.duplicateGroups(liveTable, mapped), message,
                                         index.table, described);
        return findings;
    }
    // Expressions (lower(email)) and partial predicates run as written on the live table: only
    // when every column they name is there under the same name (a column renamed in this plan is
    // not, and a new one is not there at all).
    QStringList parts;
    for (const IndexPart &part : index.parts)
        parts << (part.column.isEmpty() ? part.expression : context.sql.quote(part.column));
    QStringList texts = parts;
    texts << index.where;
    for (const QString &text : std::as_const(texts)) {
        for (const QString &token : sqlIdentifierTokens(text)) {
            const auto live = liveColumns.constFind(token.toLower());
            if (live != liveColumns.cend() && live->compare(token, Qt::CaseInsensitive) != 0)
                return findings;
        }
    }
    for (const IndexPart &part : index.parts)
        if (!part.column.isEmpty() && !liveColumns.contains(part.column.toLower()))
            return findings;
    findings.probes << makeProbe(WarningCode::DuplicateValues, context.sql.duplicateExpressionGroups(liveTable, parts, index.where),
                                 message, index.table, described);
    return findings;
}

QList<Warning> renameSuggestionWarnings(const QList<RenameSuggestion> &suggestions)
{
    QList<Warning> warnings;
    for (const RenameSuggestion &s : suggestions) {
        const QString score = QString::number(s.score, 'f', 2);
        const QString evidence = s.evidence.isEmpty() ? QString() : QStringLiteral(": ") + s.evidence.join(QStringLiteral(", "));
        if (s.isTable) {
            warnings << makeWarning(WarningCode::PossibleRename,
                                    Tr::tr("Table %1 may have been renamed to %2 (score %3%4); the plan drops %1 and creates %2. "
                                           "To keep its rows, plan with --rename-table %1=%2")
                                        .arg(s.from, s.to, score, evidence),
                                    s.to);
        } else {
            warnings << makeWarning(WarningCode::PossibleRename,
                                    Tr::tr("Column %1.%2 may have been renamed to %3 (score %4%5); the plan drops %2 and adds %3. "
                                           "To keep its values, plan with --rename-column %1.%2=%3")
                                        .arg(s.table, s.from, s.to, score, evidence),
                                    s.table, s.to);
        }
    }
    return warnings;
}

Warning warningFromProbe(const DataProbe &probe, qint64 count)
{
    QString message = probe.messageTemplate;
    message.replace(kCount, QString::number(count));
    return Warning{probe.code, probe.severity, message, probe.table, probe.column, count};
}

void applyProbeResult(PlanStep &step, const DataProbe &probe, qint64 count)
{
    step.warnings.removeIf([&](const Warning &w) {
        return w.code == probe.code && w.table == probe.table && w.column == probe.column;
    });
    if (count > 0 || probe.alwaysReport)
        step.warnings << warningFromProbe(probe, count);
}

} // namespace SchemaPilot::Core
