#pragma once

#include "schemapilot/core_export.h"

#include <QList>
#include <QString>

namespace SchemaPilot::Core {

// One lexical token of SQLite SQL, as a span of the source text.
struct SqliteSpan {
    enum class Kind {
        Word,        // keyword or bare identifier
        Quoted,      // "identifier", `identifier` or [identifier]
        String,      // 'string' (and x'blob')
        Number,
        Punct,       // any other single character: ( ) , ; . + - ...
    };
    Kind kind = Kind::Punct;
    qsizetype start = 0;   // offset in the source
    qsizetype end = 0;     // one past the last character
};

// A small tokenizer over SQLite's own stored CREATE text, for the few details no PRAGMA or C API
// exposes (CHECK and generated-column expressions, constraint names, DEFERRABLE). It respects the
// four quoting styles, comments and parentheses; it is deliberately not a SQL parser.
class SCHEMAPILOT_CORE_EXPORT SqliteTokens final
{
public:
    explicit SqliteTokens(QString sql);

    const QString &sql() const { return m_sql; }
    qsizetype size() const { return m_tokens.size(); }
    const SqliteSpan &at(qsizetype i) const { return m_tokens.at(i); }

    QString text(qsizetype i) const;
    // Word token equal to `keyword`, case-insensitively; false when i is out of range.
    bool isKeyword(qsizetype i, QLatin1StringView keyword) const;
    bool isPunct(qsizetype i, QChar c) const;
    // The identifier a token names: quotes removed and doubled quotes undone.
    QString identifier(qsizetype i) const;
    // For an opening '(' the index of its matching ')', else -1 (also when unbalanced).
    qsizetype matchingParen(qsizetype i) const;
    // Source text from the start of token `first` to the end of token `last`, both inclusive.
    QString textBetween(qsizetype first, qsizetype last) const;
    // Splits [first, last] at `separator` characters outside parentheses; empty ranges dropped.
    QList<std::pair<qsizetype, qsizetype>> splitTopLevel(qsizetype first, qsizetype last, QChar separator = u',') const;
    // The first Word token equal to `keyword` in [from, last] that is outside parentheses, else -1.
    qsizetype findTopLevelKeyword(qsizetype from, qsizetype last, QLatin1StringView keyword) const;

private:
    QString m_sql;
    QList<SqliteSpan> m_tokens;
    QList<qsizetype> m_match;   // matching parenthesis per token, -1 when none
};

} // namespace SchemaPilot::Core
