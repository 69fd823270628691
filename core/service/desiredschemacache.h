#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"
#include "model/schema.h"

#include <optional>

namespace SchemaPilot::Core {

// What a desired-schema file loaded to, kept on disk so that `status` and `plan` need not execute
// the same file again: most of a quick check's time goes into that load. An entry is found only by
// a key over the file's exact bytes, the loader's identity (engine version) and this build of the
// library, so an edit, an engine upgrade or a rebuild simply misses. Entries carry a SHA-256 of
// their content; a damaged entry is ignored and rewritten. Apply never uses the cache.
// SCHEMAPILOT_NO_CACHE=1 turns it off; SCHEMAPILOT_CACHE_DIR moves it.
class SCHEMAPILOT_CORE_EXPORT DesiredSchemaCache
{
public:
    explicit DesiredSchemaCache(QString directory = defaultDirectory());

    static QString defaultDirectory();
    static bool enabled();

    QString directory() const { return m_directory; }
    QString key(const QString &loaderIdentity, const QString &ddl, const InspectOptions &options) const;
    QString entryPath(const QString &key) const;
    std::optional<Schema> find(const QString &key) const;
    // Best effort: a read-only or full disk only costs the next check its speed.
    void store(const QString &key, const Schema &schema) const;

    static constexpr int MaxEntries = 256;

private:
    void prune() const;

    QString m_directory;
};

} // namespace SchemaPilot::Core
