#pragma once

#include "schemapilot/core_export.h"
#include "diff/changeset.h"
#include "dialects/dialect.h"

#include <QStringList>

#include <algorithm>

namespace SchemaPilot::Core {

// Structural evidence that a dropped column and an added one are the same data under a new
// name. Positions are 0-based indexes in their tables. Returns 0..1 and appends one
// human-readable reason per matching aspect to `evidence` (may be null). A layer with a
// connection may combine this with sampled-value overlap.
SCHEMAPILOT_CORE_EXPORT double scoreColumnRename(const Column &from, int fromPos, const Column &to, int toPos,
                                                 const DiffHooks &hooks, QStringList *evidence = nullptr);

// Structural evidence that a dropped table and an added one are the same table renamed.
SCHEMAPILOT_CORE_EXPORT double scoreTableRename(const Table &from, const Table &to, const DiffHooks &hooks,
                                                QStringList *evidence = nullptr);

// A table prepared once for scoring against many others (hashes of column names and definitions),
// so that n dropped x m added tables cost n + m preparations and cheap comparisons.
struct SCHEMAPILOT_CORE_EXPORT TableRenameProfile {
    struct Entry {
        size_t nameHash = 0;
        size_t definitionHash = 0;  // exact fields; equal hashes mean an identical definition
        int column = -1;
        QString key;                // identifier key of the name, to confirm a hash match
        friend bool operator<(const Entry &a, const Entry &b) { return a.nameHash < b.nameHash; }
    };
    const Table *table = nullptr;
    QList<Entry> entries;           // sorted by nameHash
    QStringList primaryKey;         // identifier keys in key order

    TableRenameProfile() = default;
    TableRenameProfile(const Table &table, Qt::CaseSensitivity cs);
};
SCHEMAPILOT_CORE_EXPORT double scoreTableRename(const TableRenameProfile &from, const TableRenameProfile &to,
                                                const DiffHooks &hooks, QStringList *evidence = nullptr);

// Pairs dropped and added items by descending score (each used once) and returns the pairs whose
// score reaches `threshold`, as (fromIndex, toIndex, score, evidence). Ties break on index order,
// so the result is deterministic. Evidence is only collected for the chosen pairs.
struct RenamePairing {
    int from = -1;
    int to = -1;
    double score = 0.0;
    QStringList evidence;
};
template<typename Score>
QList<RenamePairing> pairRenames(int fromCount, int toCount, double threshold, Score score)
{
    struct Candidate {
        int from;
        int to;
        double score;
    };
    QList<Candidate> candidates;
    for (int f = 0; f < fromCount; ++f)
        for (int t = 0; t < toCount; ++t) {
            const double s = score(f, t, nullptr);
            if (s >= threshold)
                candidates.append(Candidate{f, t, s});
        }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QList<bool> fromUsed(fromCount, false);
    QList<bool> toUsed(toCount, false);
    QList<RenamePairing> chosen;
    for (const Candidate &c : candidates) {
        if (fromUsed[c.from] || toUsed[c.to])
            continue;
        fromUsed[c.from] = toUsed[c.to] = true;
        RenamePairing p{c.from, c.to, c.score, {}};
        score(c.from, c.to, &p.evidence);
        chosen.append(std::move(p));
    }
    return chosen;
}

} // namespace SchemaPilot::Core
