#include "model/schema.h"

#include <QCryptographicHash>

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

template<typename T>
const T *findByName(const QList<T> &items, const QString &name, Qt::CaseSensitivity cs)
{
    for (const T &item : items)
        if (item.name.compare(name, cs) == 0)
            return &item;
    return nullptr;
}

QString canonicalColumn(const Column &c)
{
    return QStringLiteral("C|%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11")
        .arg(c.name, c.type.toLower(), c.notNull ? QStringLiteral("nn") : QString(),
             c.defaultExpr ? QStringLiteral("d=") + *c.defaultExpr : QString(), c.collation.toLower(),
             QString::number(c.primaryKeyOrdinal), c.autoIncrement ? QStringLiteral("ai") : QString(),
             QString::number(int(c.generated)), c.generatedExpr, c.charset, c.identity)
        + (c.onUpdate.isEmpty() ? QString() : QStringLiteral("|ou=") + c.onUpdate)
        + (c.identityOptions.isEmpty() ? QString() : QStringLiteral("|io=") + c.identityOptions)
        + (c.invisible ? QStringLiteral("|invisible") : QString());
}

QString canonicalTable(const Table &t)
{
    // Attributes added later only show when set, so that fingerprints of schemas without them stay.
    const auto deferral = [](bool deferrable, bool deferred) {
        return deferrable ? (deferred ? QStringLiteral("|deferred") : QStringLiteral("|deferrable")) : QString();
    };
    QStringList lines{QStringLiteral("T|%1|%2|%3|%4").arg(t.name).arg(t.withoutRowid).arg(t.strict).arg(t.options)
                      + (t.unlogged ? QStringLiteral("|unlogged") : QString())
                      + deferral(t.primaryKeyDeferrable, t.primaryKeyInitiallyDeferred)};
    for (const Column &c : t.columns)
        lines << canonicalColumn(c);
    for (const UniqueConstraint &u : t.uniques)
        lines << QStringLiteral("U|%1").arg(u.columns.join(u',')) + deferral(u.deferrable, u.initiallyDeferred);
    for (const CheckConstraint &ch : t.checks)
        lines << QStringLiteral("K|%1").arg(ch.expression.simplified()) + (ch.noInherit ? QStringLiteral("|noinherit") : QString());
    for (const ForeignKey &fk : t.foreignKeys)
        lines << QStringLiteral("F|%1|%2|%3|%4|%5|%6")
                     .arg(fk.columns.join(u','), fk.refTable, fk.refColumns.join(u','), fk.onDelete, fk.onUpdate)
                     .arg(fk.deferrable);
    QStringList indexLines;
    for (const Index &i : t.indexes) {
        QStringList parts;
        for (const IndexPart &p : i.parts)
            parts << QStringLiteral("%1%2%3%4").arg(p.column, p.expression, p.descending ? QStringLiteral(" desc") : QString(),
                                                    p.collation.isEmpty() ? QString() : QStringLiteral(" collate ") + p.collation);
        indexLines << QStringLiteral("I|%1|%2|%3|%4|%5").arg(i.name).arg(i.unique).arg(parts.join(u','), i.where, i.method);
    }
    indexLines.sort();
    lines << indexLines;
    return lines.join(u'\n');
}

} // namespace

const Table *Schema::table(const QString &tableName, Qt::CaseSensitivity cs) const
{
    return findByName(tables, tableName, cs);
}

const View *Schema::view(const QString &viewName, Qt::CaseSensitivity cs) const
{
    return findByName(views, viewName, cs);
}

const Trigger *Schema::trigger(const QString &triggerName, Qt::CaseSensitivity cs) const
{
    return findByName(triggers, triggerName, cs);
}

QString Schema::fingerprint() const
{
    QStringList blocks;
    for (const Table &t : tables)
        blocks << canonicalTable(t);
    for (const View &v : views)
        blocks << QStringLiteral("V|%1|%2").arg(v.name, v.sql.simplified());
    for (const Trigger &tr : triggers)
        blocks << QStringLiteral("R|%1|%2").arg(tr.name, tr.sql.simplified());
    for (const SchemaObject &o : objects)
        blocks << QStringLiteral("O|%1|%2|%3").arg(o.kind, o.name, o.sql.simplified());
    std::sort(blocks.begin(), blocks.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return QString::fromLatin1(
        QCryptographicHash::hash(blocks.join(QStringLiteral("\n\n")).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace SchemaPilot::Core
