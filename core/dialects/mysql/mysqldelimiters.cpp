#include "dialects/mysql/mysqldelimiters.h"

#include "common/sqllexer.h"

#include <QList>

namespace SchemaPilot::Core {

namespace {

qsizetype lineStart(const QString &text, qsizetype at)
{
    return at == 0 ? 0 : text.lastIndexOf(u'\n', at - 1) + 1;
}

qsizetype lineEnd(const QString &text, qsizetype at)
{
    const qsizetype end = text.indexOf(u'\n', at);
    return end < 0 ? text.size() : end;
}

} // namespace

SqlLexerOptions mysqlLexerOptions()
{
    SqlLexerOptions options;
    options.bracketIdentifiers = false;
    options.hashComments = true;
    options.backslashEscapes = true;
    return options;
}

QString mysqlScriptWithoutDelimiters(const QString &script)
{
    const QList<SqlToken> tokens = sqlTokens(script, mysqlLexerOptions());
    QString result;
    result.reserve(script.size());
    QString delimiter = QStringLiteral(";");
    qsizetype copied = 0;   // script[0, copied) is in result
    qsizetype skipUntil = 0;
    for (const SqlToken &token : tokens) {
        if (token.start < skipUntil)
            continue;
        const QStringView text = QStringView(script).mid(token.start, token.size());
        const qsizetype start = lineStart(script, token.start);
        const bool firstOnLine = QStringView(script).mid(start, token.start - start).trimmed().isEmpty();
        if (token.kind == SqlToken::Kind::Word && firstOnLine && text.compare(u"DELIMITER", Qt::CaseInsensitive) == 0) {
            const qsizetype end = lineEnd(script, token.end);
            const QString argument = script.mid(token.end, end - token.end).trimmed().section(u' ', 0, 0);
            if (argument.isEmpty())
                continue;   // not the command: let the server report it
            delimiter = argument;
            result += QStringView(script).mid(copied, start - copied);
            copied = skipUntil = end;
            continue;
        }
        if (delimiter == u";" || token.kind == SqlToken::Kind::String || token.kind == SqlToken::Kind::QuotedIdentifier)
            continue;
        // "END$$" is one word to the lexer: the delimiter may start inside a token.
        const qsizetype at = script.indexOf(delimiter, token.start);
        if (at >= 0 && at < token.end) {
            result += QStringView(script).mid(copied, at - copied);
            result += u';';
            copied = skipUntil = at + delimiter.size();
        }
    }
    result += QStringView(script).mid(copied);
    return result;
}

} // namespace SchemaPilot::Core
