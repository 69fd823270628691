#include "model/table.h"

#include <algorithm>

namespace SchemaPilot::Core {

QStringList Table::primaryKeyColumns() const
{
    QList<const Column *> keyColumns;
    for (const Column &c : columns)
        if (c.isPrimaryKey())
            keyColumns << &c;
    std::sort(keyColumns.begin(), keyColumns.end(),
              [](const Column *a, const Column *b) { return a->primaryKeyOrdinal < b->primaryKeyOrdinal; });
    QStringList names;
    for (const Column *c : keyColumns)
        names << c->name;
    return names;
}

QStringList Table::columnNames() const
{
    QStringList names;
    for (const Column &c : columns)
        names << c.name;
    return names;
}

} // namespace SchemaPilot::Core
