#pragma once

#include "schemapilot/core_export.h"
#include "model/table.h"
#include "model/valuesamples.h"
#include "model/view.h"

#include <QList>
#include <QString>

namespace SchemaPilot::Core {

// A whole schema as one engine sees it. Both sides of a diff are built by the same inspector.
struct SCHEMAPILOT_CORE_EXPORT Schema {
    QString dialect;        // "sqlite", "postgresql", "mysql"
    QString name;           // SQLite "main", PostgreSQL schema, MySQL database
    QList<Table> tables;
    QList<View> views;
    QList<Trigger> triggers;
    QList<SchemaObject> objects;
    // Desired side only, when its DDL inserts rows (lookup tables): values to compare with the
    // live data when a dropped and an added column or table look like a rename.
    ValueSamples samples;

    const Table *table(const QString &tableName, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    const View *view(const QString &viewName, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    const Trigger *trigger(const QString &triggerName, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    bool isEmpty() const { return tables.isEmpty() && views.isEmpty() && triggers.isEmpty() && objects.isEmpty(); }

    // Stable SHA-256 (hex) over the structure only (no row estimates): equal schemas, equal fingerprints.
    QString fingerprint() const;

    friend bool operator==(const Schema &, const Schema &) = default;
};

} // namespace SchemaPilot::Core
