#pragma once

#include "schemapilot/core_export.h"
#include "dialects/dialect.h"

namespace SchemaPilot::Core {

class SCHEMAPILOT_CORE_EXPORT SqliteDiffHooks final : public DiffHooks
{
public:
    Qt::CaseSensitivity identifierCase() const override { return Qt::CaseInsensitive; }
    bool typesEquivalent(const QString &a, const QString &b) const override;
    QString normaliseDefault(const QString &expression) const override;
    QString normaliseExpression(const QString &expression) const override;
    QString tableDefinitionDifference(const Table &current, const Table &desired) const override;
};

} // namespace SchemaPilot::Core
