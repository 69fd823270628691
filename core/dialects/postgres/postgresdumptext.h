#pragma once

#include "schemapilot/core_export.h"

#include <QSet>
#include <QString>

namespace SchemaPilot::Core {

// The desired-schema text as the scratch schema can run it when it comes from pg_dump (or a
// Rails/GitLab structure.sql made by it):
// * psql meta-commands ("\restrict KEY", "\connect db") become empty lines: they are not SQL,
//   and the line numbers of errors stay right;
// * names qualified with the target schema ("public.actor", nextval('public.actor_id_seq'::regclass))
//   are qualified with the scratch schema instead, so the dump describes the scratch schema rather
//   than colliding with the live objects. Names in `extensionObjects` (citext, gin_trgm_ops, ...
//   installed by an extension in the target schema) keep pointing at the target.
SCHEMAPILOT_CORE_EXPORT QString postgresScratchScript(const QString &ddl, const QString &targetSchema,
                                                      const QString &scratchSchema,
                                                      const QSet<QString> &extensionObjects = {});

} // namespace SchemaPilot::Core
