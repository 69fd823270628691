#include "dialects/sqlite/sqlitealtertext.h"

#include "dialects/sqlite/sqliteinspector.h"
#include "dialects/sqlite/sqlitetokens.h"

namespace SchemaPilot::Core {

namespace {

struct CreateBody {
    QString head;             // up to and including "("
    QString tail;             // from ")" on
    QStringList columns;      // column definition texts
    QStringList constraints;  // table constraint texts
};

bool isConstraintStart(const SqliteTokens &tokens, qsizetype i)
{
    for (QLatin1StringView keyword : {QLatin1StringView("CONSTRAINT"), QLatin1StringView("PRIMARY"),
                                      QLatin1StringView("UNIQUE"), QLatin1StringView("CHECK"), QLatin1StringView("FOREIGN")})
        if (tokens.isKeyword(i, keyword))
            return true;
    return false;
}

std::optional<CreateBody> readBody(const QString &createSql)
{
    const SqliteTokens tokens(createSql);
    qsizetype open = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (tokens.isPunct(i, u'(')) {
            open = i;
            break;
        }
    const qsizetype close = open < 0 ? -1 : tokens.matchingParen(open);
    if (close < 0 || close == open + 1)
        return std::nullopt;
    CreateBody body;
    body.head = createSql.left(tokens.at(open).end);
    body.tail = createSql.mid(tokens.at(close).start);
    for (const auto &[first, last] : tokens.splitTopLevel(open + 1, close - 1)) {
        if (isConstraintStart(tokens, first))
            body.constraints << tokens.textBetween(first, last);
        else
            body.columns << tokens.textBetween(first, last);
    }
    return body;
}

QString leadingIdentifier(const QString &definition)
{
    const SqliteTokens tokens(definition);
    return tokens.size() > 0 ? tokens.identifier(0) : QString();
}

// Every identifier token naming `from` becomes "to", as RENAME COLUMN rewrites the table's text.
QString renameIdentifier(const QString &text, const QString &from, const QString &to)
{
    const SqliteTokens tokens(text);
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqliteSpan &span = tokens.at(i);
        if ((span.kind == SqliteSpan::Kind::Word || span.kind == SqliteSpan::Kind::Quoted)
            && tokens.identifier(i).compare(from, Qt::CaseInsensitive) == 0) {
            out += text.mid(copied, span.start - copied) + sqliteQuote(to);
            copied = span.end;
        }
    }
    return out + text.mid(copied);
}

} // namespace

QString sqliteColumnDefinitionText(const QString &createSql, const QString &column)
{
    const std::optional<CreateBody> body = readBody(createSql);
    if (!body)
        return {};
    for (const QString &definition : body->columns)
        if (leadingIdentifier(definition).compare(column, Qt::CaseInsensitive) == 0)
            return definition;
    return {};
}

QString sqliteRewriteReferences(const QString &createSql, const QHash<QString, QString> &renamedTables,
                                const QHash<QString, QHash<QString, QString>> &renamedColumns)
{
    const SqliteTokens tokens(createSql);
    QString out;
    qsizetype copied = 0;
    const auto replace = [&](qsizetype token, const QString &name) {
        const SqliteSpan &span = tokens.at(token);
        out += createSql.mid(copied, span.start - copied) + sqliteQuote(name);
        copied = span.end;
    };
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (!tokens.isKeyword(i, QLatin1StringView("REFERENCES")))
            continue;
        QString parent = tokens.identifier(i + 1);
        const auto table = renamedTables.constFind(parent.toLower());
        if (table != renamedTables.cend()) {
            replace(i + 1, *table);
            parent = *table;
        }
        const QHash<QString, QString> columns = renamedColumns.value(parent.toLower());
        if (columns.isEmpty() || !tokens.isPunct(i + 2, u'('))
            continue;
        const qsizetype close = tokens.matchingParen(i + 2);
        for (qsizetype j = i + 3; j < close; ++j) {
            const auto column = columns.constFind(tokens.identifier(j).toLower());
            if (!tokens.isPunct(j, u',') && column != columns.cend())
                replace(j, *column);
        }
    }
    return out + createSql.mid(copied);
}

std::optional<QString> sqlitePredictAlteredSql(const QString &createSql, const change::ModifyTable &modify,
                                               const QStringList &addedDefinitions)
{
    std::optional<CreateBody> body = readBody(createSql);
    if (!body)
        return std::nullopt;
    for (const change::TableChange &tc : modify.changes)
        if (const auto *drop = std::get_if<change::DropColumn>(&tc))
            body->columns.removeIf([&](const QString &d) {
                return leadingIdentifier(d).compare(drop->column.name, Qt::CaseInsensitive) == 0;
            });
    for (const change::TableChange &tc : modify.changes) {
        if (const auto *rename = std::get_if<change::RenameColumn>(&tc)) {
            for (QString &d : body->columns)
                d = renameIdentifier(d, rename->from.name, rename->to.name);
            for (QString &d : body->constraints)
                d = renameIdentifier(d, rename->from.name, rename->to.name);
        }
    }
    // ADD COLUMN inserts after the last column, before the table constraints.
    body->columns << addedDefinitions;
    return body->head + (body->columns + body->constraints).join(QStringLiteral(", ")) + body->tail;
}

} // namespace SchemaPilot::Core
