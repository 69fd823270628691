#pragma once

#include "diff/changeset.h"

#include <QStringList>

// One line per change, e.g. "ModifyTable users: ModifyColumn email [Type|Nullability]", so that
// table-driven tests can state the expected change set in readable form.
namespace SchemaPilot::Test {

inline QString aspectsText(Core::ColumnAspects what)
{
    using Core::ColumnAspect;
    static const std::pair<ColumnAspect, const char *> names[] = {
        {ColumnAspect::Type, "Type"}, {ColumnAspect::Nullability, "Nullability"}, {ColumnAspect::Default, "Default"},
        {ColumnAspect::Collation, "Collation"}, {ColumnAspect::Generated, "Generated"},
        {ColumnAspect::PrimaryKey, "PrimaryKey"}, {ColumnAspect::AutoIncrement, "AutoIncrement"},
        {ColumnAspect::Comment, "Comment"}, {ColumnAspect::Charset, "Charset"}, {ColumnAspect::Identity, "Identity"},
        {ColumnAspect::Visibility, "Visibility"}};
    QStringList parts;
    for (const auto &[flag, name] : names)
        if (what.testFlag(flag))
            parts << QString::fromLatin1(name);
    return parts.join(u'|');
}

template<class... Ts>
struct Overloaded : Ts... { using Ts::operator()...; };

inline QString describeTableChange(const Core::change::TableChange &change)
{
    namespace c = Core::change;
    const auto list = [](const QStringList &l) { return u'(' + l.join(QStringLiteral(", ")) + u')'; };
    return std::visit(Overloaded{
        [](const c::AddColumn &x) { return QStringLiteral("AddColumn %1").arg(x.column.name); },
        [](const c::DropColumn &x) { return QStringLiteral("DropColumn %1").arg(x.column.name); },
        [](const c::RenameColumn &x) {
            return QStringLiteral("RenameColumn %1 -> %2%3").arg(x.from.name, x.to.name, x.fromHint ? " (hint)" : "");
        },
        [](const c::ModifyColumn &x) { return QStringLiteral("ModifyColumn %1 [%2]").arg(x.to.name, aspectsText(x.what)); },
        [&](const c::AddForeignKey &x) {
            return QStringLiteral("AddForeignKey %1 -> %2%3").arg(list(x.foreignKey.columns), x.foreignKey.refTable, list(x.foreignKey.refColumns));
        },
        [&](const c::DropForeignKey &x) {
            return QStringLiteral("DropForeignKey %1 -> %2%3").arg(list(x.foreignKey.columns), x.foreignKey.refTable, list(x.foreignKey.refColumns));
        },
        [](const c::AddCheck &x) { return QStringLiteral("AddCheck %1").arg(x.check.expression); },
        [](const c::DropCheck &x) { return QStringLiteral("DropCheck %1").arg(x.check.expression); },
        [&](const c::AddUnique &x) { return QStringLiteral("AddUnique %1").arg(list(x.unique.columns)); },
        [&](const c::DropUnique &x) { return QStringLiteral("DropUnique %1").arg(list(x.unique.columns)); },
        [&](const c::ModifyPrimaryKey &x) { return QStringLiteral("ModifyPrimaryKey %1 -> %2").arg(list(x.from), list(x.to)); },
        [](const c::ModifyTableOptions &x) { return QStringLiteral("ModifyTableOptions %1").arg(x.description); },
    }, change);
}

inline QString describeChange(const Core::Change &change)
{
    namespace c = Core::change;
    return std::visit(Overloaded{
        [](const c::AddTable &x) { return QStringLiteral("AddTable %1").arg(x.table.name); },
        [](const c::DropTable &x) { return QStringLiteral("DropTable %1").arg(x.table.name); },
        [](const c::RenameTable &x) {
            return QStringLiteral("RenameTable %1 -> %2%3").arg(x.from.name, x.to.name, x.fromHint ? " (hint)" : "");
        },
        [](const c::ModifyTable &x) {
            QStringList parts;
            for (const auto &tc : x.changes)
                parts << describeTableChange(tc);
            return QStringLiteral("ModifyTable %1: %2").arg(x.to.name, parts.join(QStringLiteral("; ")));
        },
        [](const c::AddIndex &x) { return QStringLiteral("AddIndex %1").arg(x.index.name); },
        [](const c::DropIndex &x) { return QStringLiteral("DropIndex %1").arg(x.index.name); },
        [](const c::AddView &x) { return QStringLiteral("AddView %1").arg(x.view.name); },
        [](const c::DropView &x) { return QStringLiteral("DropView %1").arg(x.view.name); },
        [](const c::AddTrigger &x) { return QStringLiteral("AddTrigger %1").arg(x.trigger.name); },
        [](const c::DropTrigger &x) { return QStringLiteral("DropTrigger %1").arg(x.trigger.name); },
        [](const c::AddObject &x) { return QStringLiteral("AddObject %1 %2").arg(x.object.kind, x.object.name); },
        [](const c::DropObject &x) { return QStringLiteral("DropObject %1 %2").arg(x.object.kind, x.object.name); },
    }, change);
}

inline QStringList describe(const Core::ChangeSet &changes)
{
    QStringList lines;
    for (const Core::Change &change : changes.changes)
        lines << describeChange(change);
    return lines;
}

} // namespace SchemaPilot::Test
