#include "diff/renamedetector.h"

#include "common/tr.h"
#include "diff/columndiff.h"

#include <QHash>

namespace SchemaPilot::Core {

// Column rename score (weights sum to 1):
//   0.45 declared types equivalent (a type change rarely comes with a rename, and without it the
//        score cannot reach the default threshold 0.6)
//   0.15 same nullability   0.10 same default   0.10 same key/collation/generated/autoincrement
//   0.20 same position in the table (0.10 when only one place apart)
double scoreColumnRename(const Column &from, int fromPos, const Column &to, int toPos, const DiffHooks &hooks,
                         QStringList *evidence)
{
    const auto note = [evidence](const QString &text) {
        if (evidence)
            evidence->append(text);
    };
    // A generated column computes its values: renaming stored values into one (or out of one)
    // would not keep them, so it is never suggested.
    if (from.isGenerated() != to.isGenerated())
        return 0.0;
    const ColumnAspects differences = columnDifferences(from, to, hooks);
    double score = 0.0;
    if (!differences.testFlag(ColumnAspect::Type)) {
        score += 0.45;
        note(Tr::tr("same type %1").arg(to.type.isEmpty() ? Tr::tr("(none)") : to.type));
    }
    if (!differences.testFlag(ColumnAspect::Nullability)) {
        score += 0.15;
        note(to.notNull ? Tr::tr("both NOT NULL") : Tr::tr("both nullable"));
    }
    if (!differences.testFlag(ColumnAspect::Default)) {
        score += 0.10;
        note(to.defaultExpr ? Tr::tr("same default %1").arg(*to.defaultExpr) : Tr::tr("neither has a default"));
    }
    constexpr ColumnAspects constraintAspects = ColumnAspects(ColumnAspect::PrimaryKey) | ColumnAspect::Collation
                                                | ColumnAspect::Generated | ColumnAspect::AutoIncrement;
    if (!(differences & constraintAspects)) {
        score += 0.10;
        note(Tr::tr("same constraints"));
    }
    if (fromPos == toPos) {
        score += 0.20;
        note(Tr::tr("same position %1").arg(toPos + 1));
    } else if (qAbs(fromPos - toPos) == 1) {
        score += 0.10;
        note(Tr::tr("adjacent position (%1 → %2)").arg(fromPos + 1).arg(toPos + 1));
    }
    return qBound(0.0, score, 1.0);
}

TableRenameProfile::TableRenameProfile(const Table &t, Qt::CaseSensitivity cs) : table(&t)
{
    entries.reserve(t.columns.size());
    for (int i = 0; i < t.columns.size(); ++i) {
        const Column &c = t.columns[i];
        const size_t definition = qHashMulti(0, c.type, c.notNull, c.defaultExpr.value_or(QString()),
                                             c.defaultExpr.has_value(), c.collation, c.primaryKeyOrdinal,
                                             c.autoIncrement, int(c.generated), c.generatedExpr)
                                  ^ qHashMulti(1, c.charset, c.comment, c.identity);
        const QString key = identifierKey(c.name, cs);
        entries.append(Entry{qHash(key), definition, i, key});
    }
    std::sort(entries.begin(), entries.end());
    for (const QString &name : t.primaryKeyColumns())
        primaryKey << identifierKey(name, cs);
}

// Table rename score:
//   share = (identical columns + 0.5 × same-named columns that differ) / max(column counts)
//   score = 0.85 × share + 0.15 × (same primary key columns, compared by name)
double scoreTableRename(const TableRenameProfile &from, const TableRenameProfile &to, const DiffHooks &hooks,
                        QStringList *evidence)
{
    int identical = 0;
    int sameName = 0;
    // Merge over name hashes; a hash match is confirmed by the names themselves.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < from.entries.size() && j < to.entries.size()) {
        const auto &a = from.entries[i];
        const auto &b = to.entries[j];
        if (a.nameHash < b.nameHash) {
            ++i;
        } else if (b.nameHash < a.nameHash) {
            ++j;
        } else {
            const Column &ca = from.table->columns[a.column];
            const Column &cb = to.table->columns[b.column];
            if (a.key == b.key) {
                if (a.definitionHash == b.definitionHash || !columnDifferences(ca, cb, hooks))
                    ++identical;
                else
                    ++sameName;
            }
            ++i;
            ++j;
        }
    }
    const qsizetype total = std::max(from.entries.size(), to.entries.size());
    const double share = total == 0 ? 0.0 : (identical + 0.5 * sameName) / double(total);
    double score = 0.85 * share;
    if (evidence) {
        if (identical > 0)
            evidence->append(Tr::tr("%1 of %2 columns identical").arg(identical).arg(total));
        if (sameName > 0)
            evidence->append(Tr::tr("%1 more column(s) with the same name but a different definition").arg(sameName));
    }
    if (from.primaryKey == to.primaryKey) {
        score += 0.15;
        if (evidence)
            evidence->append(to.primaryKey.isEmpty()
                                 ? Tr::tr("neither has a primary key")
                                 : Tr::tr("same primary key (%1)").arg(to.table->primaryKeyColumns().join(QStringLiteral(", "))));
    }
    return qBound(0.0, score, 1.0);
}

double scoreTableRename(const Table &from, const Table &to, const DiffHooks &hooks, QStringList *evidence)
{
    const Qt::CaseSensitivity cs = hooks.identifierCase();
    return scoreTableRename(TableRenameProfile(from, cs), TableRenameProfile(to, cs), hooks, evidence);
}

} // namespace SchemaPilot::Core
