#include "dialects/postgres/postgresdumptext.h"

#include "common/sqllexer.h"
#include "dialects/postgres/postgresinspector.h"

#include <QList>
#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

struct Replacement {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

SqlLexerOptions postgresLexing()
{
    SqlLexerOptions options;
    options.backtickIdentifiers = false;
    options.bracketIdentifiers = false;
    options.dollarQuotedStrings = true;
    return options;
}

// A bare word names the schema case-insensitively (PostgreSQL folds it), a quoted one exactly.
bool namesSchema(QStringView token, SqlToken::Kind kind, const QString &schema)
{
    if (kind == SqlToken::Kind::Word)
        return token.compare(schema, Qt::CaseInsensitive) == 0 && schema == schema.toLower();
    return kind == SqlToken::Kind::QuotedIdentifier && unquoteSqlIdentifier(token) == schema;
}

// 'public.actor_id_seq'::regclass: the qualified name inside the literal.
std::optional<Replacement> qualifiedRegclass(const QString &ddl, const SqlToken &token, const QString &target,
                                             const QString &scratch)
{
    static const QRegularExpression cast(QStringLiteral(R"(\G\s*::\s*regclass\b)"), QRegularExpression::CaseInsensitiveOption);
    if (!cast.match(ddl, token.end).hasMatch())
        return std::nullopt;
    const QString inner = ddl.mid(token.start + 1, token.size() - 2);
    for (const QString &prefix : {target + u'.', u'"' + target + QStringLiteral("\".")}) {
        if (inner.startsWith(prefix)) {
            const QString quoted = postgresQuote(scratch).replace(u'\'', QStringLiteral("''"));
            return Replacement{token.start + 1, token.start + 1 + prefix.size(), quoted + u'.'};
        }
    }
    return std::nullopt;
}

QList<Replacement> schemaQualifications(const QString &ddl, const QString &target, const QString &scratch,
                                        const QSet<QString> &extensionObjects)
{
    QList<Replacement> replacements;
    const QList<SqlToken> tokens = sqlTokens(ddl, postgresLexing());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &token = tokens[i];
        const QStringView text = QStringView(ddl).mid(token.start, token.size());
        if (token.kind == SqlToken::Kind::String) {
            if (auto r = qualifiedRegclass(ddl, token, target, scratch))
                replacements << *r;
            continue;
        }
        const bool qualifies = i + 1 < tokens.size() && tokens[i + 1].start == token.end && tokens[i + 1].size() == 1
                               && ddl.at(tokens[i + 1].start) == u'.';
        if (!qualifies)
            continue;
        if (i + 2 < tokens.size()
            && extensionObjects.contains(unquoteSqlIdentifier(QStringView(ddl).mid(tokens[i + 2].start, tokens[i + 2].size()))))
            continue;
        // pg_catalog.set_config and other.schema names stay; only the target is swapped. The lexer
        // reads the cast "::public.mood" as ':' and the parameter ":public".
        if (namesSchema(text, token.kind, target))
            replacements << Replacement{token.start, token.end, postgresQuote(scratch)};
        else if (token.kind == SqlToken::Kind::Parameter && text.startsWith(u':')
                 && namesSchema(text.mid(1), SqlToken::Kind::Word, target))
            replacements << Replacement{token.start + 1, token.end, postgresQuote(scratch)};
    }
    return replacements;
}

// "SET [SESSION|LOCAL] search_path TO "$user", public": Rails' structure.sql ends with it and then
// inserts its schema_migrations rows unqualified. The target in the list becomes the scratch.
QList<Replacement> searchPathSettings(const QString &ddl, const QString &target, const QString &scratch)
{
    QList<Replacement> replacements;
    const QList<SqlToken> tokens = sqlTokens(ddl, postgresLexing());
    const auto word = [&](qsizetype i, QStringView expected) {
        return i < tokens.size() && tokens[i].kind == SqlToken::Kind::Word
               && QStringView(ddl).mid(tokens[i].start, tokens[i].size()).compare(expected, Qt::CaseInsensitive) == 0;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!word(i, u"SET"))
            continue;
        qsizetype j = i + 1;
        if (word(j, u"SESSION") || word(j, u"LOCAL"))
            ++j;
        if (!word(j, u"search_path"))
            continue;
        for (++j; j < tokens.size() && ddl.at(tokens[j].start) != u';'; ++j) {
            const SqlToken &t = tokens[j];
            QStringView text = QStringView(ddl).mid(t.start, t.size());
            if (t.kind == SqlToken::Kind::String)
                text = text.mid(1, text.size() - 2);
            const auto kind = t.kind == SqlToken::Kind::String ? SqlToken::Kind::QuotedIdentifier : t.kind;
            if (t.kind == SqlToken::Kind::String ? text == target : namesSchema(text, kind, target))
                replacements << Replacement{t.start, t.end, postgresQuote(scratch)};
        }
        i = j;
    }
    return replacements;
}

// Lines that start with a backslash outside any string or comment: psql meta-commands.
QList<Replacement> metaCommandLines(const QString &ddl)
{
    QList<Replacement> replacements;
    const QList<SqlToken> tokens = sqlTokens(ddl, postgresLexing());
    for (const SqlToken &token : tokens) {
        if (token.kind != SqlToken::Kind::Operator || ddl.at(token.start) != u'\\')
            continue;
        const qsizetype lineStart = token.start == 0 ? 0 : ddl.lastIndexOf(u'\n', token.start - 1) + 1;
        if (!ddl.mid(lineStart, token.start - lineStart).trimmed().isEmpty())
            continue;
        qsizetype lineEnd = ddl.indexOf(u'\n', token.start);
        if (lineEnd < 0)
            lineEnd = ddl.size();
        if (replacements.isEmpty() || replacements.last().start != lineStart)
            replacements << Replacement{lineStart, lineEnd, QString()};
    }
    return replacements;
}

} // namespace

QString postgresScratchScript(const QString &ddl, const QString &targetSchema, const QString &scratchSchema,
                              const QSet<QString> &extensionObjects)
{
    QList<Replacement> replacements = metaCommandLines(ddl);
    const QList<Replacement> names = schemaQualifications(ddl, targetSchema, scratchSchema, extensionObjects)
                                     + searchPathSettings(ddl, targetSchema, scratchSchema);
    // Names inside a meta-command line go with the line.
    for (const Replacement &r : names) {
        const bool inRemovedLine = std::ranges::any_of(replacements, [&](const Replacement &line) {
            return line.text.isEmpty() && r.start >= line.start && r.end <= line.end;
        });
        if (!inRemovedLine)
            replacements << r;
    }
    std::ranges::sort(replacements, {}, &Replacement::start);
    QString script = ddl;
    for (auto it = replacements.crbegin(); it != replacements.crend(); ++it)
        script.replace(it->start, it->end - it->start, it->text);
    return script;
}

} // namespace SchemaPilot::Core
