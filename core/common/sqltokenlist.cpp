#include "common/sqltokenlist.h"

#include <QStack>

namespace SchemaPilot::Core {

SqlTokenList::SqlTokenList(QString sql, SqlLexerOptions options)
    : m_sql(std::move(sql))
    , m_tokens(sqlTokens(m_sql, options))
{
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

QString SqlTokenList::text(qsizetype i) const
{
    if (i < 0 || i >= m_tokens.size())
        return {};
    const SqlToken &t = m_tokens.at(i);
    return m_sql.mid(t.start, t.size());
}

bool SqlTokenList::isKeyword(qsizetype i, QLatin1StringView keyword) const
{
    if (i < 0 || i >= m_tokens.size() || m_tokens.at(i).kind != SqlToken::Kind::Word)
        return false;
    const SqlToken &t = m_tokens.at(i);
    return QStringView(m_sql).mid(t.start, t.size()).compare(keyword, Qt::CaseInsensitive) == 0;
}

bool SqlTokenList::isPunct(qsizetype i, QChar c) const
{
    if (i < 0 || i >= m_tokens.size())
        return false;
    const SqlToken &t = m_tokens.at(i);
    return t.kind == SqlToken::Kind::Operator && t.size() == 1 && m_sql.at(t.start) == c;
}

QString SqlTokenList::identifier(qsizetype i) const
{
    if (i < 0 || i >= m_tokens.size())
        return {};
    const SqlToken &t = m_tokens.at(i);
    const QStringView raw = QStringView(m_sql).mid(t.start, t.size());
    if (t.kind == SqlToken::Kind::QuotedIdentifier || t.kind == SqlToken::Kind::String)
        return unquoteSqlIdentifier(raw);
    return raw.toString();
}

qsizetype SqlTokenList::matchingParen(qsizetype i) const
{
    if (!isPunct(i, u'('))
        return -1;
    return m_match.at(i);
}

QString SqlTokenList::textBetween(qsizetype first, qsizetype last) const
{
    if (first < 0 || last >= m_tokens.size() || first > last)
        return {};
    const qsizetype start = m_tokens.at(first).start;
    return m_sql.mid(start, m_tokens.at(last).end - start);
}

QList<std::pair<qsizetype, qsizetype>> SqlTokenList::splitTopLevel(qsizetype first, qsizetype last, QChar separator) const
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

qsizetype SqlTokenList::findTopLevelKeyword(qsizetype from, qsizetype last, QLatin1StringView keyword) const
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
