#pragma once

#include "schemapilot/core_export.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace SchemaPilot::Core {

// One lexical token of SQLite SQL. Only used to compare statements (never to execute or
// rewrite them), so it needs the lexical rules only, not the grammar.
struct SqliteToken {
    enum class Kind { Word, QuotedIdentifier, String, Blob, Number, Parameter, Operator };
    Kind kind = Kind::Word;
    QString text;  // Word/Number/Parameter/Operator: as written; QuotedIdentifier: the unquoted name;
                   // String/Blob: verbatim including the quotes

    friend bool operator==(const SqliteToken &, const SqliteToken &) = default;
};

// One token as a view into the source text (no allocation); `raw` includes any quotes.
struct SqliteLexeme {
    SqliteToken::Kind kind = SqliteToken::Kind::Word;
    QStringView raw;
};

// Reads tokens one by one, skipping whitespace and comments. Unterminated quotes run to the end.
class SCHEMAPILOT_CORE_EXPORT SqliteLexer final
{
public:
    explicit SqliteLexer(QStringView sql) : m_sql(sql) {}
    bool next(SqliteLexeme *out);

private:
    QStringView m_sql;
    qsizetype m_pos = 0;
};

// The unquoted name of a QuotedIdentifier lexeme ("a""b" -> a"b, [x] -> x).
SCHEMAPILOT_CORE_EXPORT QString unquoteIdentifier(QStringView raw);

// Splits SQL into tokens, dropping whitespace and comments.
SCHEMAPILOT_CORE_EXPORT QList<SqliteToken> tokenizeSqlite(QStringView sql);

// True for SQLite's reserved words (and a few names that must stay quoted, e.g. ROWID).
SCHEMAPILOT_CORE_EXPORT bool isSqliteKeyword(const QString &word);

} // namespace SchemaPilot::Core
