#pragma once

#include "diff/changeset.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

// Case-folded key of an identifier under the dialect's rules, for hashing names.
QString identifierKey(const QString &name, Qt::CaseSensitivity cs);

bool defaultsEqual(const std::optional<QString> &a, const std::optional<QString> &b, const DiffHooks &hooks);
bool expressionsEqual(const QString &a, const QString &b, const DiffHooks &hooks);

// Every aspect in which two columns differ; the names are not compared.
ColumnAspects columnDifferences(const Column &from, const Column &to, const DiffHooks &hooks);

} // namespace SchemaPilot::Core
