#include "dialects/mysql/mysqlcollationprobes.h"

#include "common/tr.h"
#include "plan/warningcodes.h"

#include <QRegularExpression>

namespace SchemaPilot::Core::MysqlSteps {

namespace {

QString tableOption(const Table &table, const QString &key)
{
    QString options = table.options;
    options.replace(QStringLiteral("DEFAULT CHARSET="), QStringLiteral("CHARSET="));
    for (const QString &token : options.split(u' ', Qt::SkipEmptyParts))
        if (token.startsWith(key + u'=', Qt::CaseInsensitive))
            return token.mid(key.size() + 1);
    return {};
}

} // namespace

QString mysqlEffectiveCharset(const Table &table, const Column &column)
{
    if (!column.charset.isEmpty())
        return column.charset;
    // A collation names its charset first (utf8mb4_bin); the table's default applies otherwise.
    if (!column.collation.isEmpty() && column.collation.contains(u'_'))
        return column.collation.section(u'_', 0, 0);
    return tableOption(table, QStringLiteral("CHARSET"));
}

QString mysqlEffectiveCollation(const Table &table, const Column &column)
{
    if (!column.collation.isEmpty())
        return column.collation;
    if (!column.charset.isEmpty())
        return {};   // the charset's default collation
    return tableOption(table, QStringLiteral("COLLATE"));
}

bool mysqlIsTextColumn(const Column &column)
{
    static const QRegularExpression text(QStringLiteral(R"(^\s*(national\s+)?(var)?char|text\b|^\s*(enum|set)\s*\()"),
                                         QRegularExpression::CaseInsensitiveOption);
    return text.match(column.type).hasMatch();
}

QList<DataProbe> collationDuplicateProbes(const Table &desiredTable, const QString &liveTable,
                                          const QHash<QString, QString> &liveNames, const QSet<QString> &changed,
                                          const ProbeSqlBuilder &sql)
{
    QList<DataProbe> probes;
    if (changed.isEmpty() || liveTable.isEmpty())
        return probes;
    for (const Index &index : desiredTable.indexes) {
        if (!index.unique && index.origin != IndexOrigin::PrimaryKey)
            continue;
        QStringList expressions;
        QStringList columns;
        QStringList collations;
        bool touched = false;
        bool complete = true;
        for (const IndexPart &part : index.parts) {
            const Column *column = part.column.isEmpty() ? nullptr : desiredTable.column(part.column);
            const auto live = column ? liveNames.constFind(column->name.toLower()) : liveNames.cend();
            if (!column || live == liveNames.cend()) {
                complete = false;   // an expression or a column the live table does not have yet
                break;
            }
            QString expression = sql.quote(*live);
            if (part.prefixLength > 0)
                expression = QStringLiteral("LEFT(%1, %2)").arg(expression).arg(part.prefixLength);
            if (changed.contains(column->name.toLower()) && mysqlIsTextColumn(*column)) {
                touched = true;
                const QString charset = mysqlEffectiveCharset(desiredTable, *column);
                const QString collation = mysqlEffectiveCollation(desiredTable, *column);
                if (!charset.isEmpty())
                    expression = QStringLiteral("CONVERT(%1 USING %2)").arg(expression, charset);
                if (!collation.isEmpty()) {
                    expression += QStringLiteral(" COLLATE ") + collation;
                    collations << collation;
                } else {
                    collations << charset;
                }
            }
            expressions << expression;
            columns << column->name;
        }
        if (!complete || !touched)
            continue;
        collations.removeDuplicates();
        const QString key = index.origin == IndexOrigin::PrimaryKey ? Tr::tr("the primary key") : Tr::tr("unique index %1").arg(index.name);
        DataProbe probe;
        probe.code = QString(WarningCode::DuplicateValues);
        probe.severity = Severity::Danger;
        probe.sql = sql.duplicateExpressionGroups(liveTable, expressions, {});
        probe.messageTemplate = Tr::tr("%1 groups of rows of %2 have values of (%3) that are equal under %4, which %5 refuses: "
                                       "the migration fails; make them differ first")
                                    .arg(QStringLiteral("%1"), desiredTable.name, columns.join(u','), collations.join(u','), key);
        probe.table = desiredTable.name;
        probe.column = columns.join(u',');
        probes << probe;
    }
    return probes;
}

} // namespace SchemaPilot::Core::MysqlSteps
