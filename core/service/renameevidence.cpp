#include "service/renameevidence.h"

#include "common/tr.h"
#include "db/valuesampler.h"
#include "dialects/dialect.h"

#include <QSet>

namespace SchemaPilot::Core {

namespace {

constexpr int kMaxTableColumns = 5;   // columns compared for a table rename

struct ColumnPair {
    QString liveTable;
    QString liveColumn;
    QString desiredTable;
    QString desiredColumn;
};

QList<ColumnPair> pairsOf(const RenameSuggestion &suggestion, const Schema &current, const Schema &desired)
{
    if (!suggestion.isTable)
        return {{suggestion.table, suggestion.from, suggestion.table, suggestion.to}};
    const Table *from = current.table(suggestion.from);
    const Table *to = desired.table(suggestion.to);
    QList<ColumnPair> pairs;
    if (!from || !to)
        return pairs;
    for (const Column &column : to->columns) {
        if (pairs.size() == kMaxTableColumns)
            break;
        if (const Column *live = from->column(column.name))
            pairs.append({from->name, live->name, to->name, column.name});
    }
    return pairs;
}

} // namespace

void addSampledValueEvidence(ChangeSet &changes, const Dialect &dialect, const QSqlDatabase &live, const Schema &current,
                             const Schema &desired)
{
    for (RenameSuggestion &suggestion : changes.suggestions) {
        QSet<QString> liveValues;
        QSet<QString> desiredValues;
        int shared = 0;
        for (const ColumnPair &pair : pairsOf(suggestion, current, desired)) {
            const QStringList seeded = desired.samples.byColumn.value(valueSampleKey(pair.desiredTable, pair.desiredColumn));
            if (seeded.isEmpty())
                continue;
            auto sampled = sampleDistinctValues(live, dialect.quoteIdentifier(pair.liveTable),
                                                dialect.quoteIdentifier(pair.liveColumn));
            if (!sampled)
                continue;   // evidence is optional: a column that cannot be read adds none
            const QSet<QString> here(sampled->cbegin(), sampled->cend());
            const QSet<QString> there(seeded.cbegin(), seeded.cend());
            shared += int(QSet<QString>(here).intersect(there).size());
            liveValues.unite(here);
            desiredValues.unite(there);
        }
        if (desiredValues.isEmpty()) {
            suggestion.evidence << Tr::tr("no rows in the desired schema to compare sampled values with");
            continue;
        }
        if (liveValues.isEmpty()) {
            suggestion.evidence << Tr::tr("no live values to compare with the desired schema's rows");
            continue;
        }
        const double overlap = double(shared) / double(std::min(liveValues.size(), desiredValues.size()));
        suggestion.score = qBound(0.0, 0.8 * suggestion.score + 0.2 * overlap, 1.0);
        suggestion.evidence << Tr::tr("%1 of %2 sampled values in common").arg(shared).arg(std::min(liveValues.size(), desiredValues.size()));
    }
}

} // namespace SchemaPilot::Core
