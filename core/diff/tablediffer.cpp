#include "diff/tablediffer.h"

#include "common/tr.h"
#include "diff/columndiff.h"
#include "diff/renamedetector.h"

namespace SchemaPilot::Core {

namespace {

QString joinKeys(const QStringList &keys)
{
    return keys.join(QChar(0x1f));
}

struct TableContext {
    const Table &from;
    const Table &to;
    const DiffHooks &hooks;
    const RenameMaps &renames;
    Qt::CaseSensitivity cs = hooks.identifierCase();
    QString tableKey = identifierKey(to.name, cs);

    QString key(const QString &name) const { return identifierKey(name, cs); }
    // A current column name as the key it has on the desired side.
    QString fromColumnKey(const QString &name) const { return renames.column(tableKey, key(name)); }
    QStringList fromColumnKeys(const QStringList &names) const
    {
        QStringList keys;
        for (const QString &n : names)
            keys << fromColumnKey(n);
        return keys;
    }
    QStringList toColumnKeys(const QStringList &names) const
    {
        QStringList keys;
        for (const QString &n : names)
            keys << key(n);
        return keys;
    }
};

void diffColumns(const TableContext &ctx, double threshold, QList<change::TableChange> *changes,
                 QList<RenameSuggestion> *suggestions)
{
    QHash<QString, int> fromByKey;
    fromByKey.reserve(ctx.from.columns.size());
    for (int i = 0; i < ctx.from.columns.size(); ++i)
        fromByKey.insert(ctx.fromColumnKey(ctx.from.columns[i].name), i);
    QHash<QString, int> toByKey;
    toByKey.reserve(ctx.to.columns.size());
    for (int j = 0; j < ctx.to.columns.size(); ++j)
        toByKey.insert(ctx.key(ctx.to.columns[j].name), j);

    QList<int> dropped;
    for (int i = 0; i < ctx.from.columns.size(); ++i)
        if (!toByKey.contains(ctx.fromColumnKey(ctx.from.columns[i].name)))
            dropped << i;
    for (int i : dropped)
        changes->append(change::DropColumn{ctx.from.columns[i]});

    QList<int> added;
    for (int j = 0; j < ctx.to.columns.size(); ++j) {
        const Column &to = ctx.to.columns[j];
        const auto it = fromByKey.constFind(ctx.key(to.name));
        if (it == fromByKey.constEnd()) {
            added << j;
            changes->append(change::AddColumn{to});
            continue;
        }
        const Column &from = ctx.from.columns[*it];
        const bool renamed = ctx.key(from.name) != ctx.key(to.name);
        if (renamed)
            changes->append(change::RenameColumn{from, to, true});
        if (const ColumnAspects what = columnDifferences(from, to, ctx.hooks)) {
            Column before = from;
            before.name = to.name;  // a rename came first; this change is about the new name
            changes->append(change::ModifyColumn{before, to, what});
        }
    }

    const QList<RenamePairing> pairs = pairRenames(
        int(dropped.size()), int(added.size()), threshold, [&](int f, int t, QStringList *evidence) {
            return scoreColumnRename(ctx.from.columns[dropped[f]], dropped[f], ctx.to.columns[added[t]], added[t],
                                     ctx.hooks, evidence);
        });
    for (const RenamePairing &p : pairs)
        suggestions->append(RenameSuggestion{false, ctx.to.name, ctx.from.columns[dropped[p.from]].name,
                                             ctx.to.columns[added[p.to]].name, p.score, p.evidence});
}

void diffPrimaryKey(const TableContext &ctx, QList<change::TableChange> *changes)
{
    const QStringList fromKey = ctx.from.primaryKeyColumns();
    const QStringList toKey = ctx.to.primaryKeyColumns();
    // A primary key that becomes (not) deferrable is dropped and added again (PostgreSQL).
    if (ctx.fromColumnKeys(fromKey) != ctx.toColumnKeys(toKey)
        || (!toKey.isEmpty() && !fromKey.isEmpty()
            && (ctx.from.primaryKeyDeferrable != ctx.to.primaryKeyDeferrable
                || ctx.from.primaryKeyInitiallyDeferred != ctx.to.primaryKeyInitiallyDeferred)))
        changes->append(change::ModifyPrimaryKey{fromKey, toKey});
}

// Pairs equal signatures (a multiset match); `namesCompatible` decides whether two equal
// signatures still count as the same constraint.
template<typename T, typename SignatureFrom, typename SignatureTo, typename Compatible, typename MakeDrop, typename MakeAdd>
void diffConstraintSet(const QList<T> &from, const QList<T> &to, SignatureFrom signatureFrom, SignatureTo signatureTo,
                       Compatible namesCompatible, MakeDrop makeDrop, MakeAdd makeAdd,
                       QList<change::TableChange> *changes)
{
    QMultiHash<QString, int> fromBySignature;
    for (int i = 0; i < from.size(); ++i)
        fromBySignature.insert(signatureFrom(from[i]), i);
    QList<bool> used(from.size(), false);
    QList<int> addedIndexes;
    for (int j = 0; j < to.size(); ++j) {
        int match = -1;
        const QString sig = signatureTo(to[j]);
        for (auto it = fromBySignature.constFind(sig); it != fromBySignature.constEnd() && it.key() == sig; ++it)
            if (!used[*it] && namesCompatible(from[*it], to[j]) && (match < 0 || *it < match))
                match = *it;
        if (match >= 0)
            used[match] = true;
        else
            addedIndexes << j;
    }
    for (int i = 0; i < from.size(); ++i)
        if (!used[i])
            changes->append(makeDrop(from[i]));
    for (int j : addedIndexes)
        changes->append(makeAdd(to[j]));
}

void diffConstraints(const TableContext &ctx, QList<change::TableChange> *changes)
{
    const auto fkSignature = [&ctx](const ForeignKey &fk, bool fromSide) {
        const QString refKey = fromSide ? ctx.renames.table(ctx.key(fk.refTable)) : ctx.key(fk.refTable);
        QStringList refColumns;
        for (const QString &c : fk.refColumns)
            refColumns << (fromSide ? ctx.renames.column(refKey, ctx.key(c)) : ctx.key(c));
        return QStringList{fromSide ? joinKeys(ctx.fromColumnKeys(fk.columns)) : joinKeys(ctx.toColumnKeys(fk.columns)),
                           refKey, joinKeys(refColumns), fk.onDelete.toUpper(), fk.onUpdate.toUpper(),
                           fk.match.toUpper(), QString::number(fk.deferrable), QString::number(fk.initiallyDeferred)}
            .join(QChar(0x1e));
    };
    diffConstraintSet(
        ctx.from.foreignKeys, ctx.to.foreignKeys, [&](const ForeignKey &fk) { return fkSignature(fk, true); },
        [&](const ForeignKey &fk) { return fkSignature(fk, false); },
        [&ctx](const ForeignKey &a, const ForeignKey &b) {
            // SQLite keeps no names: a name only matters when both sides have one.
            return a.name.isEmpty() || b.name.isEmpty() || ctx.key(a.name) == ctx.key(b.name);
        },
        [](const ForeignKey &fk) { return change::TableChange(change::DropForeignKey{fk}); },
        [](const ForeignKey &fk) { return change::TableChange(change::AddForeignKey{fk}); }, changes);

    const auto checkSignature = [&ctx](const CheckConstraint &c) {
        return ctx.hooks.normaliseExpression(c.expression) + (c.noInherit ? QStringLiteral("\x1eNO INHERIT") : QString());
    };
    diffConstraintSet(
        ctx.from.checks, ctx.to.checks, checkSignature, checkSignature,
        [](const CheckConstraint &, const CheckConstraint &) { return true; },
        [](const CheckConstraint &c) { return change::TableChange(change::DropCheck{c}); },
        [](const CheckConstraint &c) { return change::TableChange(change::AddCheck{c}); }, changes);

    // Unique constraints by column list (and deferral) only: SQLite names them after their position (autoindex_N).
    const auto deferral = [](const UniqueConstraint &u) {
        return u.deferrable ? (u.initiallyDeferred ? QStringLiteral("\x1edeferred") : QStringLiteral("\x1edeferrable")) : QString();
    };
    diffConstraintSet(
        ctx.from.uniques, ctx.to.uniques,
        [&ctx, deferral](const UniqueConstraint &u) { return joinKeys(ctx.fromColumnKeys(u.columns)) + deferral(u); },
        [&ctx, deferral](const UniqueConstraint &u) { return joinKeys(ctx.toColumnKeys(u.columns)) + deferral(u); },
        [](const UniqueConstraint &, const UniqueConstraint &) { return true; },
        [](const UniqueConstraint &u) { return change::TableChange(change::DropUnique{u}); },
        [](const UniqueConstraint &u) { return change::TableChange(change::AddUnique{u}); }, changes);
}

void diffOptions(const TableContext &ctx, QList<change::TableChange> *changes)
{
    const auto addedOrRemoved = [](bool now) { return now ? Tr::tr("added") : Tr::tr("removed"); };
    if (ctx.from.withoutRowid != ctx.to.withoutRowid)
        changes->append(change::ModifyTableOptions{Tr::tr("WITHOUT ROWID %1").arg(addedOrRemoved(ctx.to.withoutRowid))});
    if (ctx.from.strict != ctx.to.strict)
        changes->append(change::ModifyTableOptions{Tr::tr("STRICT %1").arg(addedOrRemoved(ctx.to.strict))});
    if (ctx.from.unlogged != ctx.to.unlogged)
        changes->append(change::ModifyTableOptions{ctx.to.unlogged ? Tr::tr("becomes UNLOGGED") : Tr::tr("becomes LOGGED")});
    if (ctx.from.options != ctx.to.options)
        changes->append(change::ModifyTableOptions{
            Tr::tr("table options %1 → %2").arg(ctx.from.options.isEmpty() ? Tr::tr("(none)") : ctx.from.options,
                                                  ctx.to.options.isEmpty() ? Tr::tr("(none)") : ctx.to.options)});
    if (ctx.from.comment != ctx.to.comment)
        changes->append(change::ModifyTableOptions{Tr::tr("table comment changed")});
}

// The stored text names referenced tables and columns; a hinted rename changes that text on the
// desired side only (the engine rewrites it when renaming), so it explains nothing there.
bool referencesRenamedTable(const TableContext &ctx)
{
    for (const ForeignKey &fk : ctx.from.foreignKeys) {
        const QString oldKey = ctx.key(fk.refTable);
        const QString newKey = ctx.renames.table(oldKey);
        if (newKey != oldKey || ctx.renames.columns.contains(newKey))
            return true;
    }
    return false;
}

} // namespace

QList<change::TableChange> diffTable(const Table &from, const Table &to, const DiffHooks &hooks,
                                     const RenameMaps &renames, double suggestionThreshold,
                                     QList<RenameSuggestion> *suggestions)
{
    // Most tables are unchanged: a field-by-field comparison settles them without hashing or
    // normalising (renames map names, so they always take the full path).
    if (renames.tables.isEmpty() && renames.columns.isEmpty() && from.columns == to.columns
        && from.foreignKeys == to.foreignKeys && from.checks == to.checks && from.uniques == to.uniques
        && from.withoutRowid == to.withoutRowid && from.strict == to.strict && from.options == to.options
        && from.unlogged == to.unlogged && from.primaryKeyDeferrable == to.primaryKeyDeferrable
        && from.primaryKeyInitiallyDeferred == to.primaryKeyInitiallyDeferred
        && from.comment == to.comment && from.sql == to.sql)
        return {};
    const TableContext ctx{from, to, hooks, renames};
    QList<change::TableChange> changes;
    diffColumns(ctx, suggestionThreshold, &changes, suggestions);
    diffPrimaryKey(ctx, &changes);
    diffConstraints(ctx, &changes);
    diffOptions(ctx, &changes);
    // The stored definition may show what the model does not (column order, ON CONFLICT clauses,
    // constraint names); it only counts when nothing above already explains a difference.
    if (changes.isEmpty() && !referencesRenamedTable(ctx)) {
        const QString rest = hooks.tableDefinitionDifference(from, to);
        if (!rest.isEmpty())
            changes.append(change::ModifyTableOptions{rest});
    }
    return changes;
}

} // namespace SchemaPilot::Core
