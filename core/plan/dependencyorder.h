#pragma once

#include "schemapilot/core_export.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

struct DependencyNode {
    QString name;
    QStringList dependsOn;   // names of other nodes (unknown names are ignored)
};

// Indexes of `nodes` in an order where every node comes after what it depends on; among
// independent nodes the input order is kept. Cycles (foreign keys may form them) are cut at
// the earliest node of the cycle in input order. Names compare case-insensitively.
SCHEMAPILOT_CORE_EXPORT QList<qsizetype> dependencyOrder(const QList<DependencyNode> &nodes);

} // namespace SchemaPilot::Core
