#include "diff/schemadiffer.h"

#include "common/tr.h"
#include "diff/columndiff.h"
#include "diff/renamedetector.h"
#include "diff/tablediffer.h"

#include <QHash>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

QString quoted(const QString &name)
{
    return u'“' + name + u'”';
}

template<typename T>
QHash<QString, int> indexByName(const QList<T> &items, Qt::CaseSensitivity cs)
{
    QHash<QString, int> byName;
    byName.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        byName.insert(identifierKey(items[i].name, cs), i);
    return byName;
}

class SchemaDiffer final
{
public:
    SchemaDiffer(const Schema &current, const Schema &desired, const DiffHooks &hooks, const DiffOptions &options)
        : m_current(current), m_desired(desired), m_hooks(hooks), m_options(options), m_cs(hooks.identifierCase()),
          m_currentTables(indexByName(current.tables, m_cs)), m_desiredTables(indexByName(desired.tables, m_cs))
    {
    }

    ChangeSet run()
    {
        validateTableHints();
        validateColumnHints();
        diffTables();
        diffIndexes();
        diffViews();
        diffTriggers();
        diffObjects();
        std::stable_sort(m_changes.begin(), m_changes.end(), [](const Sorted &a, const Sorted &b) {
            return std::tie(a.kind, a.key, a.order) < std::tie(b.kind, b.key, b.order);
        });
        ChangeSet result;
        result.changes.reserve(m_changes.size());
        for (Sorted &s : m_changes)
            result.changes.append(std::move(s.change));
        result.suggestions = std::move(m_suggestions);
        result.problems = std::move(m_problems);
        return result;
    }

private:
    struct Sorted {
        qsizetype kind = 0;
        QString key;
        int order = 0;  // insertion order, for equal names
        Change change;
    };

    QString key(const QString &name) const { return identifierKey(name, m_cs); }

    // Drops of dependents first, then renames and creations of what others depend on: already a
    // workable order, though the planner decides the final one.
    static qsizetype kindRank(const Change &change)
    {
        return std::visit(
            [](const auto &c) -> qsizetype {
                using T = std::decay_t<decltype(c)>;
                using namespace change;
                if constexpr (std::is_same_v<T, DropTrigger>) return 0;
                else if constexpr (std::is_same_v<T, DropView>) return 1;
                else if constexpr (std::is_same_v<T, DropIndex>) return 2;
                else if constexpr (std::is_same_v<T, DropTable>) return 3;
                else if constexpr (std::is_same_v<T, DropObject>) return 4;
                else if constexpr (std::is_same_v<T, AddObject>) return 5;
                else if constexpr (std::is_same_v<T, RenameTable>) return 6;
                else if constexpr (std::is_same_v<T, AddTable>) return 7;
                else if constexpr (std::is_same_v<T, ModifyTable>) return 8;
                else if constexpr (std::is_same_v<T, AddIndex>) return 9;
                else if constexpr (std::is_same_v<T, AddView>) return 10;
                else return 11;  // AddTrigger
            },
            change);
    }

    void add(const QString &name, Change change)
    {
        const qsizetype kind = kindRank(change);
        m_changes.append(Sorted{kind, key(name), int(m_changes.size()), std::move(change)});
    }

    void validateTableHints()
    {
        for (const TableRenameHint &hint : m_options.tableRenames) {
            const QString fromKey = key(hint.from);
            const QString toKey = key(hint.to);
            const QString what = Tr::tr("Table rename %1 → %2: ").arg(quoted(hint.from), quoted(hint.to));
            QString problem;
            if (!m_currentTables.contains(fromKey))
                problem = Tr::tr("the current database has no table %1. Correct the old name or remove the hint.")
                              .arg(quoted(hint.from));
            else if (m_desiredTables.contains(fromKey))
                problem = Tr::tr("table %1 is still in the desired schema, so it is not renamed. Remove the hint, "
                                 "or remove %1 from the desired schema.").arg(quoted(hint.from));
            else if (!m_desiredTables.contains(toKey))
                problem = Tr::tr("the desired schema has no table %1. Correct the new name or remove the hint.")
                              .arg(quoted(hint.to));
            else if (m_currentTables.contains(toKey))
                problem = Tr::tr("table %1 already exists in the current database. Rename to a name that is not "
                                 "taken, or remove the hint.").arg(quoted(hint.to));
            else if (m_renames.tables.contains(fromKey) || m_renamedTo.contains(toKey))
                problem = Tr::tr("another hint already renames one of these tables. Keep one hint per table.");
            if (!problem.isEmpty()) {
                m_problems << what + problem;
                continue;
            }
            m_renames.tables.insert(fromKey, toKey);
            m_renamedTo.insert(toKey, fromKey);
        }
    }

    void validateColumnHints()
    {
        for (const ColumnRenameHint &hint : m_options.columnRenames) {
            const QString what =
                Tr::tr("Column rename %1.%2 → %3: ").arg(quoted(hint.table), quoted(hint.from), quoted(hint.to));
            const QString tableKey = key(hint.table);
            const auto desiredIt = m_desiredTables.constFind(tableKey);
            if (desiredIt == m_desiredTables.constEnd()) {
                m_problems << what + Tr::tr("the desired schema has no table %1. Name the table as the desired "
                                            "schema does.").arg(quoted(hint.table));
                continue;
            }
            const QString currentKey = m_renamedTo.value(tableKey, tableKey);
            const auto currentIt = m_currentTables.constFind(currentKey);
            if (currentIt == m_currentTables.constEnd()) {
                m_problems << what + Tr::tr("table %1 is new, so none of its columns can be renamed. Remove the "
                                            "hint, or add a table rename hint for it.").arg(quoted(hint.table));
                continue;
            }
            const Table &current = m_current.tables[*currentIt];
            const Table &desired = m_desired.tables[*desiredIt];
            QHash<QString, QString> &columns = m_renames.columns[tableKey];
            QString problem;
            if (!current.column(hint.from, m_cs))
                problem = Tr::tr("the current table %1 has no column %2. Correct the old name or remove the hint.")
                              .arg(quoted(current.name), quoted(hint.from));
            else if (desired.column(hint.from, m_cs))
                problem = Tr::tr("column %1 is still in the desired table, so it is not renamed. Remove the hint, "
                                 "or remove the column from the desired schema.").arg(quoted(hint.from));
            else if (!desired.column(hint.to, m_cs))
                problem = Tr::tr("the desired table has no column %1. Correct the new name or remove the hint.")
                              .arg(quoted(hint.to));
            else if (current.column(hint.to, m_cs))
                problem = Tr::tr("column %1 already exists in the current table. Rename to a name that is not "
                                 "taken, or remove the hint.").arg(quoted(hint.to));
            else if (columns.contains(key(hint.from)) || std::ranges::find(columns, key(hint.to)) != columns.end())
                problem = Tr::tr("another hint already renames one of these columns. Keep one hint per column.");
            if (!problem.isEmpty()) {
                m_problems << what + problem;
                continue;
            }
            columns.insert(key(hint.from), key(hint.to));
        }
    }

    void diffTables()
    {
        QList<int> dropped;
        for (int i = 0; i < m_current.tables.size(); ++i)
            if (tableDropped(m_current.tables[i].name))
                dropped << i;
        QList<int> added;
        for (int j = 0; j < m_desired.tables.size(); ++j) {
            const Table &to = m_desired.tables[j];
            const QString k = key(to.name);
            const QString currentKey = m_renamedTo.value(k, k);
            const auto it = m_currentTables.constFind(currentKey);
            if (it == m_currentTables.constEnd()) {
                added << j;
                continue;
            }
            Table from = m_current.tables[*it];
            if (currentKey != k) {
                add(to.name, change::RenameTable{from, to, true});
                from.name = to.name;
            }
            QList<change::TableChange> changes =
                diffTable(from, to, m_hooks, m_renames, m_options.suggestionThreshold, &m_suggestions);
            if (!changes.isEmpty())
                add(to.name, change::ModifyTable{std::move(from), to, std::move(changes)});
        }
        for (int i : dropped)
            add(m_current.tables[i].name, change::DropTable{m_current.tables[i]});
        for (int j : added)
            add(m_desired.tables[j].name, change::AddTable{m_desired.tables[j]});

        QList<TableRenameProfile> droppedProfiles;
        for (int i : dropped)
            droppedProfiles.append(TableRenameProfile(m_current.tables[i], m_cs));
        QList<TableRenameProfile> addedProfiles;
        for (int j : added)
            addedProfiles.append(TableRenameProfile(m_desired.tables[j], m_cs));
        const QList<RenamePairing> pairs =
            pairRenames(int(dropped.size()), int(added.size()), m_options.suggestionThreshold,
                        [&](int f, int t, QStringList *evidence) {
                            return scoreTableRename(droppedProfiles[f], addedProfiles[t], m_hooks, evidence);
                        });
        for (const RenamePairing &p : pairs)
            m_suggestions.append(RenameSuggestion{true, {}, m_current.tables[dropped[p.from]].name,
                                                  m_desired.tables[added[p.to]].name, p.score, p.evidence});
        std::stable_sort(m_suggestions.begin(), m_suggestions.end(), [this](const RenameSuggestion &a, const RenameSuggestion &b) {
            return std::tuple(!a.isTable, key(a.table), key(a.from)) < std::tuple(!b.isTable, key(b.table), key(b.from));
        });
    }

    // The body of a CREATE INDEX after its name and table, normalised: catches what the parts
    // may not carry (e.g. an expression the inspector could not read).
    QString indexBody(const Index &index) const
    {
        const QString normalised = m_hooks.normaliseExpression(index.sql);
        const qsizetype open = normalised.indexOf(u'(');
        return open < 0 ? normalised : normalised.mid(open);
    }

    bool indexesEqual(const Index &from, const Index &to) const
    {
        const QString tableKey = key(to.table);
        if (m_renames.table(key(from.table)) != tableKey || from.unique != to.unique
            || from.parts.size() != to.parts.size())
            return false;
        for (qsizetype i = 0; i < from.parts.size(); ++i) {
            const IndexPart &a = from.parts[i];
            const IndexPart &b = to.parts[i];
            if (m_renames.column(tableKey, key(a.column)) != key(b.column)
                || !expressionsEqual(a.expression, b.expression, m_hooks) || a.descending != b.descending
                || a.collation.compare(b.collation, Qt::CaseInsensitive) != 0 || a.prefixLength != b.prefixLength)
                return false;
        }
        if (!expressionsEqual(from.where, to.where, m_hooks) || from.method.compare(to.method, Qt::CaseInsensitive) != 0)
            return false;
        QStringList fromInclude;
        for (const QString &c : from.include)
            fromInclude << m_renames.column(tableKey, key(c));
        QStringList toInclude;
        for (const QString &c : to.include)
            toInclude << key(c);
        if (fromInclude != toInclude)
            return false;
        // Renamed tables or columns change the stored text without changing the index.
        const bool renamed = key(from.table) != tableKey || m_renames.columns.contains(tableKey);
        return renamed || from.sql.isEmpty() || to.sql.isEmpty() || from.sql == to.sql
               || indexBody(from) == indexBody(to);
    }

    // Index names are unique per table on MySQL (and per schema elsewhere): key them by the
    // desired table's key and the name.
    QString indexKey(const QString &tableKey, const Index &index) const
    {
        return tableKey + QChar(0x1f) + key(index.name);
    }

    void diffIndexes()
    {
        // Indexes of dropped tables go with their table.
        QHash<QString, const Index *> current;
        for (const Table &t : m_current.tables) {
            if (tableDropped(t.name))
                continue;
            for (const Index &index : t.indexes)
                if (!index.isConstraintIndex())
                    current.insert(indexKey(m_renames.table(key(t.name)), index), &index);
        }
        QHash<QString, const Index *> desired;
        for (const Table &t : m_desired.tables)
            for (const Index &index : t.indexes)
                if (!index.isConstraintIndex())
                    desired.insert(indexKey(key(t.name), index), &index);
        for (auto it = desired.cbegin(); it != desired.cend(); ++it) {
            const Index *before = current.value(it.key());
            if (before && indexesEqual(*before, **it))
                continue;
            if (before)
                add(before->name, change::DropIndex{*before});
            add((*it)->name, change::AddIndex{**it});
        }
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            if (!desired.contains(it.key()))
                add((*it)->name, change::DropIndex{**it});
    }

    void diffViews()
    {
        const QHash<QString, int> current = indexByName(m_current.views, m_cs);
        const auto text = [](const View &v) { return v.sql.isEmpty() ? v.definition : v.sql; };
        for (const View &to : m_desired.views) {
            const auto it = current.constFind(key(to.name));
            if (it != current.constEnd()) {
                const View &from = m_current.views[*it];
                if (from.materialized == to.materialized && expressionsEqual(text(from), text(to), m_hooks))
                    continue;
                add(from.name, change::DropView{from});
            }
            add(to.name, change::AddView{to});
        }
        const QHash<QString, int> desired = indexByName(m_desired.views, m_cs);
        for (const View &from : m_current.views)
            if (!desired.contains(key(from.name)))
                add(from.name, change::DropView{from});
    }

    bool tableDropped(const QString &tableName) const
    {
        const QString k = key(tableName);
        return !m_desiredTables.contains(k) && !m_renames.tables.contains(k);
    }

    // PostgreSQL names triggers per table (two tables may each have a trigger "last_updated"):
    // key them by the desired table's key and the name, as indexes are.
    QString triggerKey(const QString &tableKey, const Trigger &trigger) const
    {
        return tableKey + QChar(0x1f) + key(trigger.name);
    }

    void diffTriggers()
    {
        QHash<QString, int> current;
        for (int i = 0; i < m_current.triggers.size(); ++i) {
            const Trigger &from = m_current.triggers[i];
            current.insert(triggerKey(m_renames.table(key(from.table)), from), i);
        }
        QHash<QString, int> desired;
        for (int j = 0; j < m_desired.triggers.size(); ++j)
            desired.insert(triggerKey(key(m_desired.triggers[j].table), m_desired.triggers[j]), j);
        for (const Trigger &to : m_desired.triggers) {
            const auto it = current.constFind(triggerKey(key(to.table), to));
            if (it != current.constEnd()) {
                const Trigger &from = m_current.triggers[*it];
                if (expressionsEqual(from.sql, to.sql, m_hooks) && expressionsEqual(from.functionSql, to.functionSql, m_hooks))
                    continue;
                add(from.name, change::DropTrigger{from});
            }
            add(to.name, change::AddTrigger{to});
        }
        for (const Trigger &from : m_current.triggers)
            if (!desired.contains(triggerKey(m_renames.table(key(from.table)), from)) && !tableDropped(from.table))
                add(from.name, change::DropTrigger{from});
    }

    void diffObjects()
    {
        const auto objectKey = [this](const SchemaObject &o) { return o.kind.toLower() + QChar(0x1f) + key(o.name); };
        QHash<QString, int> current;
        for (int i = 0; i < m_current.objects.size(); ++i)
            current.insert(objectKey(m_current.objects[i]), i);
        QHash<QString, int> desired;
        for (int j = 0; j < m_desired.objects.size(); ++j)
            desired.insert(objectKey(m_desired.objects[j]), j);
        for (const SchemaObject &to : m_desired.objects) {
            const auto it = current.constFind(objectKey(to));
            if (it != current.constEnd()) {
                const SchemaObject &from = m_current.objects[*it];
                if (expressionsEqual(from.sql, to.sql, m_hooks))
                    continue;
                add(objectKey(from), change::DropObject{from});
            }
            add(objectKey(to), change::AddObject{to});
        }
        for (const SchemaObject &from : m_current.objects)
            if (!desired.contains(objectKey(from)))
                add(objectKey(from), change::DropObject{from});
    }

    const Schema &m_current;
    const Schema &m_desired;
    const DiffHooks &m_hooks;
    const DiffOptions &m_options;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
    QHash<QString, int> m_currentTables;
    QHash<QString, int> m_desiredTables;
    RenameMaps m_renames;
    QHash<QString, QString> m_renamedTo;  // new table key -> old table key
    QList<Sorted> m_changes;
    QList<RenameSuggestion> m_suggestions;
    QStringList m_problems;
};

} // namespace

ChangeSet diffSchemas(const Schema &current, const Schema &desired, const DiffHooks &hooks, const DiffOptions &options)
{
    return SchemaDiffer(current, desired, hooks, options).run();
}

Result<ChangeSet> diffSchemasChecked(const Schema &current, const Schema &desired, const DiffHooks &hooks,
                                     const DiffOptions &options)
{
    ChangeSet changes = diffSchemas(current, desired, hooks, options);
    if (!changes.problems.isEmpty())
        return fail(ErrorCode::Usage, changes.problems.join(u'\n'));
    return changes;
}

} // namespace SchemaPilot::Core
