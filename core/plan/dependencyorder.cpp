#include "plan/dependencyorder.h"

#include <QHash>

#include <functional>

namespace SchemaPilot::Core {

QList<qsizetype> dependencyOrder(const QList<DependencyNode> &nodes)
{
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        byName.insert(nodes[i].name.toLower(), i);
    enum class Mark { None, Visiting, Done };
    QList<Mark> marks(nodes.size(), Mark::None);
    QList<qsizetype> order;
    // Depth-first: a node is emitted after its dependencies; a node met again while still being
    // visited closes a cycle and is skipped there (it is emitted when its own visit ends).
    std::function<void(qsizetype)> visit = [&](qsizetype i) {
        if (marks[i] != Mark::None)
            return;
        marks[i] = Mark::Visiting;
        for (const QString &dependency : nodes[i].dependsOn) {
            const auto it = byName.constFind(dependency.toLower());
            if (it != byName.cend() && *it != i)
                visit(*it);
        }
        marks[i] = Mark::Done;
        order << i;
    };
    for (qsizetype i = 0; i < nodes.size(); ++i)
        visit(i);
    return order;
}

} // namespace SchemaPilot::Core
