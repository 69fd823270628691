#include "plan/sqltokens.h"

#include <algorithm>

namespace SchemaPilot::Core {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// Reads a quoted run starting at `i` (the opening quote); doubled closing quotes are escapes.
QString readQuoted(const QString &sql, qsizetype &i, QChar close)
{
    QString value;
    ++i;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (close != u']' && i + 1 < sql.size() && sql[i + 1] == close) {
                value += close;
                i += 2;
                continue;
            }
            ++i;
            return value;
        }
        value += sql[i++];
    }
    return value;
}

} // namespace

QStringList sqlIdentifierTokens(const QString &sql)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql[i];
        if (c == u'-' && i + 1 < sql.size() && sql[i + 1] == u'-') {
            while (i < sql.size() && sql[i] != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < sql.size() && sql[i + 1] == u'*') {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else if (c == u'\'') {
            readQuoted(sql, i, u'\'');
        } else if (c == u'"') {
            tokens << readQuoted(sql, i, u'"');
        } else if (c == u'`') {
            tokens << readQuoted(sql, i, u'`');
        } else if (c == u'[') {
            tokens << readQuoted(sql, i, u']');
        } else if (c.isDigit()) {
            while (i < sql.size() && (isWordChar(sql[i]) || sql[i] == u'.'))
                ++i;
        } else if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < sql.size() && isWordChar(sql[i]))
                ++i;
            tokens << sql.mid(start, i - start);
        } else {
            ++i;
        }
    }
    return tokens;
}

bool sqlMentionsIdentifier(const QString &sql, const QString &name)
{
    const QStringList tokens = sqlIdentifierTokens(sql);
    return std::any_of(tokens.cbegin(), tokens.cend(),
                       [&](const QString &t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace SchemaPilot::Core
