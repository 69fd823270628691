#pragma once

#include "schemapilot/core_export.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace SchemaPilot::Core {

// One lexical token as a span of the source text, so callers can both slice the original text
// (spans) and ask what it is (kind) without an allocation per token.
struct SqlToken {
    enum class Kind {
        Word,              // keyword or bare identifier
        QuotedIdentifier,  // "x", and per options `x` or [x]
        String,            // 'x' (and per options $tag$x$tag$)
        Blob,              // x'0A'
        Number,
        Parameter,         // ?1 :name @x $y
        Operator,          // punctuation; the multi-character operators SQL engines share are one token
    };
    Kind kind = Kind::Operator;
    qsizetype start = 0;  // offset in the source
    qsizetype end = 0;    // one past the last character

    qsizetype size() const { return end - start; }
};

// Engine-specific lexical rules. The defaults are SQLite's, which accepts every identifier
// quoting style; other engines switch off what means something else there.
struct SqlLexerOptions {
    bool backtickIdentifiers = true;    // SQLite, MySQL
    bool bracketIdentifiers = true;     // SQLite, SQL Server; PostgreSQL uses [ ] for arrays
    bool hashComments = false;          // MySQL: '#' starts a line comment
    bool backslashEscapes = false;      // MySQL strings: \' does not end the string
    bool dollarQuotedStrings = false;   // PostgreSQL: $$...$$ and $tag$...$tag$
};

// Reads tokens one by one, skipping whitespace and comments; unterminated quotes and comments
// run to the end. Only lexical rules, never grammar: for comparing, slicing and name lookups.
class SCHEMAPILOT_CORE_EXPORT SqlLexer final
{
public:
    explicit SqlLexer(QStringView sql, SqlLexerOptions options = {}) : m_sql(sql), m_options(options) {}
    bool next(SqlToken *out);
    QStringView text(const SqlToken &token) const { return m_sql.mid(token.start, token.size()); }

private:
    qsizetype skipSpaceAndComments(qsizetype i) const;
    qsizetype skipQuoted(qsizetype pos, QChar close) const;
    qsizetype numberEnd(qsizetype i) const;
    qsizetype dollarQuoteEnd(qsizetype i) const;

    QStringView m_sql;
    SqlLexerOptions m_options;
    qsizetype m_pos = 0;
};

// All tokens of `sql`.
SCHEMAPILOT_CORE_EXPORT QList<SqlToken> sqlTokens(QStringView sql, SqlLexerOptions options = {});

// The name a quoted identifier stands for ("a""b" -> a"b, `x` -> x, [y] -> y).
SCHEMAPILOT_CORE_EXPORT QString unquoteSqlIdentifier(QStringView raw);

// The identifiers and bare words of an SQL text, unquoted, with literals, numbers and comments
// skipped. Planners and lint use it for conservative "does this text mention that name" questions.
SCHEMAPILOT_CORE_EXPORT QStringList sqlIdentifierTokens(const QString &sql);

// True when `sql` mentions `name` as an identifier (case-insensitive, as SQL identifiers compare).
SCHEMAPILOT_CORE_EXPORT bool sqlMentionsIdentifier(const QString &sql, const QString &name);

} // namespace SchemaPilot::Core
