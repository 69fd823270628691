#include "dialects/mysql/mysqlscriptscope.h"

#include "common/sqllexer.h"
#include "dialects/mysql/mysqldelimiters.h"
#include "common/tr.h"

#include <QList>

namespace SchemaPilot::Core {

namespace {

bool isWord(QStringView text, const SqlToken &token, QStringView word)
{
    return token.kind == SqlToken::Kind::Word && text.compare(word, Qt::CaseInsensitive) == 0;
}

} // namespace

QString mysqlScriptReachesOutside(const QString &script, const QStringList &databases)
{
    const QList<SqlToken> tokens = sqlTokens(script, mysqlLexerOptions());
    const auto text = [&script](const SqlToken &token) { return QStringView(script).mid(token.start, token.size()); };
    bool statementStart = true;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &token = tokens.at(i);
        const QStringView word = text(token);
        if (token.kind == SqlToken::Kind::Operator && word == u";") {
            statementStart = true;
            continue;
        }
        if (statementStart) {
            statementStart = false;
            if (isWord(word, token, u"USE"))
                return Tr::tr("The desired schema switches databases (USE); remove the USE statement");
            if (i + 1 < tokens.size() && (isWord(word, token, u"CREATE") || isWord(word, token, u"DROP") || isWord(word, token, u"ALTER"))) {
                const SqlToken &object = tokens.at(i + 1);
                if (isWord(text(object), object, u"DATABASE") || isWord(text(object), object, u"SCHEMA"))
                    return Tr::tr("The desired schema has a %1 %2 statement; it describes the tables of one database "
                                  "and may not create, change or drop databases: remove the statement")
                        .arg(word.toString().toUpper(), text(object).toString().toUpper());
            }
        }
        const bool name = token.kind == SqlToken::Kind::Word || token.kind == SqlToken::Kind::QuotedIdentifier;
        if (!name || i + 1 >= tokens.size() || text(tokens.at(i + 1)) != u".")
            continue;
        const QString qualifier = token.kind == SqlToken::Kind::QuotedIdentifier ? unquoteSqlIdentifier(word) : word.toString();
        if (databases.contains(qualifier, Qt::CaseInsensitive))
            return Tr::tr("The desired schema names the database \"%1\" (%1.…): it runs with your credentials, so it may "
                          "only use unqualified names; remove the \"%1.\" prefix (or rename a table alias that has the "
                          "same name as a database)")
                .arg(qualifier);
    }
    return {};
}

} // namespace SchemaPilot::Core
