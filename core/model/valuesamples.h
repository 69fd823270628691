#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Core {

// Distinct values sampled from a schema's rows, keyed by valueSampleKey(table, column). They are
// evidence for rename suggestions, never structure: two schemas never differ by their samples.
struct ValueSamples {
    QHash<QString, QStringList> byColumn;

    bool isEmpty() const { return byColumn.isEmpty(); }
    friend bool operator==(const ValueSamples &, const ValueSamples &) { return true; }
};

inline QString valueSampleKey(const QString &table, const QString &column)
{
    return (table + u'.' + column).toLower();
}

} // namespace SchemaPilot::Core
