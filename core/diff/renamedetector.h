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

// Pairs dropped and added items by descending score (each used once) and returns the pairs whose
// score reaches `threshold`, as (fromIndex, toIndex, score, evidence). Ties break on index order,
// so the result is deterministic.
struct RenamePairing {
    int from = -1;
    int to = -1;
    double score = 0.0;
    QStringList evidence;
};
template<typename Score>
QList<RenamePairing> pairRenames(int fromCount, int toCount, double threshold, Score score)
{
    QList<RenamePairing> candidates;
    for (int f = 0; f < fromCount; ++f)
        for (int t = 0; t < toCount; ++t) {
            RenamePairing p{f, t, 0.0, {}};
            p.score = score(f, t, &p.evidence);
            if (p.score >= threshold)
                candidates.append(std::move(p));
        }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const RenamePairing &a, const RenamePairing &b) { return a.score > b.score; });
    QList<bool> fromUsed(fromCount, false);
    QList<bool> toUsed(toCount, false);
    QList<RenamePairing> chosen;
    for (RenamePairing &p : candidates) {
        if (fromUsed[p.from] || toUsed[p.to])
            continue;
        fromUsed[p.from] = toUsed[p.to] = true;
        chosen.append(std::move(p));
    }
    return chosen;
}

} // namespace SchemaPilot::Core
