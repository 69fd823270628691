#include "diff/columndiff.h"

namespace SchemaPilot::Core {

QString identifierKey(const QString &name, Qt::CaseSensitivity cs)
{
    return cs == Qt::CaseInsensitive ? name.toCaseFolded() : name;
}

bool defaultsEqual(const std::optional<QString> &a, const std::optional<QString> &b, const DiffHooks &hooks)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a || *a == *b)
        return true;
    return hooks.normaliseDefault(*a) == hooks.normaliseDefault(*b);
}

bool expressionsEqual(const QString &a, const QString &b, const DiffHooks &hooks)
{
    return a == b || hooks.normaliseExpression(a) == hooks.normaliseExpression(b);
}

ColumnAspects columnDifferences(const Column &from, const Column &to, const DiffHooks &hooks)
{
    ColumnAspects what;
    if (!hooks.typesEquivalent(from.type, to.type))
        what |= ColumnAspect::Type;
    if (from.notNull != to.notNull)
        what |= ColumnAspect::Nullability;
    if (!defaultsEqual(from.defaultExpr, to.defaultExpr, hooks)
        || (from.onUpdate != to.onUpdate // MySQL ON UPDATE
            && hooks.normaliseDefault(from.onUpdate) != hooks.normaliseDefault(to.onUpdate)))
        what |= ColumnAspect::Default;
    if (from.collation.compare(to.collation, Qt::CaseInsensitive) != 0)
        what |= ColumnAspect::Collation;
    if (from.generated != to.generated
        || (from.isGenerated() && !expressionsEqual(from.generatedExpr, to.generatedExpr, hooks)))
        what |= ColumnAspect::Generated;
    if (from.primaryKeyOrdinal != to.primaryKeyOrdinal)
        what |= ColumnAspect::PrimaryKey;
    if (from.autoIncrement != to.autoIncrement)
        what |= ColumnAspect::AutoIncrement;
    if (from.comment != to.comment)
        what |= ColumnAspect::Comment;
    if (from.invisible != to.invisible)
        what |= ColumnAspect::Visibility;
    if (from.charset.compare(to.charset, Qt::CaseInsensitive) != 0)
        what |= ColumnAspect::Charset;
    if (from.identity.compare(to.identity, Qt::CaseInsensitive) != 0 || from.identityOptions != to.identityOptions)
        what |= ColumnAspect::Identity;
    return what;
}

} // namespace SchemaPilot::Core
