#pragma once

#include "schemapilot/core_export.h"
#include "model/schema.h"

#include <QByteArray>

#include <optional>

namespace SchemaPilot::Core {

// A compact binary form of a Schema, every field included (samples too), for the desired-schema
// cache. Decoding never trusts the bytes: every count is checked against what is left, so a
// damaged or hostile file gives std::nullopt, never a crash or a huge allocation.
SCHEMAPILOT_CORE_EXPORT QByteArray encodeSchema(const Schema &schema);
SCHEMAPILOT_CORE_EXPORT std::optional<Schema> decodeSchema(const QByteArray &bytes);

} // namespace SchemaPilot::Core
