#pragma once

#include "common/sqllexer.h"
#include "schemapilot/core_export.h"

#include <QList>
#include <QString>

namespace SchemaPilot::Core {

// The tokens of one SQL text with matched parentheses, for the few details of stored CREATE text
// no catalog exposes (CHECK and generated-column expressions, constraint names, DEFERRABLE).
// Deliberately not a parser: it walks token spans and nesting.
class SCHEMAPILOT_CORE_EXPORT SqlTokenList final
{
public:
    explicit SqlTokenList(QString sql, SqlLexerOptions options = {});

    const QString &sql() const { return m_sql; }
    qsizetype size() const { return m_tokens.size(); }
    const SqlToken &at(qsizetype i) const { return m_tokens.at(i); }

    QString text(qsizetype i) const;
    // Word token equal to `keyword`, case-insensitively; false when i is out of range.
    bool isKeyword(qsizetype i, QLatin1StringView keyword) const;
    // Single-character operator token `c`; false when i is out of range.
    bool isPunct(qsizetype i, QChar c) const;
    // The identifier a token names: quotes ("", ``, [], '') removed and doubled quotes undone.
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
    QList<SqlToken> m_tokens;
    QList<qsizetype> m_match;  // matching parenthesis per token, -1 when none
};

} // namespace SchemaPilot::Core
