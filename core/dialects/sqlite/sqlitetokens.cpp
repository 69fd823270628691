#include "dialects/sqlite/sqlitetokens.h"

#include <QStack>

namespace SchemaPilot::Core {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() > 0x7f;
}

bool isWordPart(QChar c)
{
    return isWordStart(c) || c.isDigit() || c == u'$';
}

// Index one past a quoted run that starts at `i` with `open` and ends with `close`; a doubled
// closing character inside is an escaped one (except for [...], which has no escape).
qsizetype skipQuoted(const QString &sql, qsizetype i, QChar close, bool doubling)
{
    const qsizetype n = sql.size();
    ++i;
    while (i < n) {
        if (sql.at(i) == close) {
            if (doubling && i + 1 < n && sql.at(i + 1) == close) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return n; // unterminated: the rest belongs to it
}

} // namespace

SqliteTokens::SqliteTokens(QString sql)
    : m_sql(std::move(sql))
{
    const QString &s = m_sql;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'-' && i + 1 < n && s.at(i + 1) == u'-') {
            const qsizetype eol = s.indexOf(u'\n', i);
            i = eol < 0 ? n : eol + 1;
            continue;
        }
        if (c == u'/' && i + 1 < n && s.at(i + 1) == u'*') {
            const qsizetype close = s.indexOf(QLatin1StringView("*/"), i + 2);
            i = close < 0 ? n : close + 2;
            continue;
        }
        SqliteSpan token;
        token.start = i;
        if (c == u'\'') {
            token.kind = SqliteSpan::Kind::String;
            i = skipQuoted(s, i, u'\'', true);
        } else if ((c == u'x' || c == u'X') && i + 1 < n && s.at(i + 1) == u'\'') {
            token.kind = SqliteSpan::Kind::String;
            i = skipQuoted(s, i + 1, u'\'', true);
        } else if (c == u'"' || c == u'`') {
            token.kind = SqliteSpan::Kind::Quoted;
            i = skipQuoted(s, i, c, true);
        } else if (c == u'[') {
            token.kind = SqliteSpan::Kind::Quoted;
            i = skipQuoted(s, i, u']', false);
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && s.at(i + 1).isDigit())) {
            token.kind = SqliteSpan::Kind::Number;
            ++i;
            while (i < n) {
                const QChar d = s.at(i);
                const bool exponentSign = (d == u'+' || d == u'-') && (s.at(i - 1) == u'e' || s.at(i - 1) == u'E')
                                          && !s.mid(token.start, 2).startsWith(QLatin1StringView("0x"), Qt::CaseInsensitive);
                if (!(d.isLetterOrNumber() || d == u'.' || d == u'_' || exponentSign))
                    break;
                ++i;
            }
        } else if (isWordStart(c)) {
            token.kind = SqliteSpan::Kind::Word;
            while (i < n && isWordPart(s.at(i)))
                ++i;
        } else {
            token.kind = SqliteSpan::Kind::Punct;
            ++i;
        }
        token.end = i;
        m_tokens << token;
    }

    m_match.fill(-1, m_tokens.size());
    QStack<qsizetype> open;
    for (qsizetype t = 0; t < m_tokens.size(); ++t) {
        if (isPunct(t, u'(')) {
            open.push(t);
        } else if (isPunct(t, u')') && !open.isEmpty()) {
            const qsizetype o = open.pop();
            m_match[o] = t;
            m_match[t] = o;
        }
    }
}

QString SqliteTokens::text(qsizetype i) const
{
    if (i < 0 || i >= m_tokens.size())
        return {};
    const SqliteSpan &t = m_tokens.at(i);
    return m_sql.mid(t.start, t.end - t.start);
}

bool SqliteTokens::isKeyword(qsizetype i, QLatin1StringView keyword) const
{
    if (i < 0 || i >= m_tokens.size() || m_tokens.at(i).kind != SqliteSpan::Kind::Word)
        return false;
    const SqliteSpan &t = m_tokens.at(i);
    return QStringView(m_sql).mid(t.start, t.end - t.start).compare(keyword, Qt::CaseInsensitive) == 0;
}

bool SqliteTokens::isPunct(qsizetype i, QChar c) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens.at(i).kind == SqliteSpan::Kind::Punct
           && m_sql.at(m_tokens.at(i).start) == c;
}

QString SqliteTokens::identifier(qsizetype i) const
{
    const QString raw = text(i);
    if (raw.size() < 2)
        return raw;
    const QChar first = raw.front();
    if (first == u'[')
        return raw.mid(1, raw.endsWith(u']') ? raw.size() - 2 : raw.size() - 1);
    if (first == u'"' || first == u'`' || first == u'\'') {
        QString inner = raw.mid(1, raw.endsWith(first) ? raw.size() - 2 : raw.size() - 1);
        inner.replace(QString(2, first), QString(first));
        return inner;
    }
    return raw;
}

qsizetype SqliteTokens::matchingParen(qsizetype i) const
{
    if (!isPunct(i, u'('))
        return -1;
    return m_match.at(i);
}

QString SqliteTokens::textBetween(qsizetype first, qsizetype last) const
{
    if (first < 0 || last >= m_tokens.size() || first > last)
        return {};
    const qsizetype start = m_tokens.at(first).start;
    return m_sql.mid(start, m_tokens.at(last).end - start);
}

QList<std::pair<qsizetype, qsizetype>> SqliteTokens::splitTopLevel(qsizetype first, qsizetype last, QChar separator) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    last = std::min(last, m_tokens.size() - 1);
    qsizetype begin = first;
    for (qsizetype i = first; i <= last; ++i) {
        if (isPunct(i, u'(') && m_match.at(i) > i) {
            i = std::min(m_match.at(i), last);
            continue;
        }
        if (isPunct(i, separator)) {
            if (i > begin)
                ranges.append({begin, i - 1});
            begin = i + 1;
        }
    }
    if (begin <= last)
        ranges.append({begin, last});
    return ranges;
}

qsizetype SqliteTokens::findTopLevelKeyword(qsizetype from, qsizetype last, QLatin1StringView keyword) const
{
    last = std::min(last, m_tokens.size() - 1);
    for (qsizetype i = std::max<qsizetype>(from, 0); i <= last; ++i) {
        if (isPunct(i, u'(')) {
            if (m_match.at(i) < 0)
                return -1;
            i = m_match.at(i);
            continue;
        }
        if (isKeyword(i, keyword))
            return i;
    }
    return -1;
}

} // namespace SchemaPilot::Core
