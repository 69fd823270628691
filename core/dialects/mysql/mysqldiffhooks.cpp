#include "dialects/mysql/mysqldiffhooks.h"

#include "dialects/mysql/mysqlddl.h"

#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

// Applies `transform` to the text outside single-quoted string literals.
template<typename Transform>
QString outsideLiterals(const QString &text, Transform transform)
{
    QString result;
    QString chunk;
    bool inLiteral = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!inLiteral && c == u'\'') {
            result += transform(chunk);
            chunk.clear();
            inLiteral = true;
            result += c;
        } else if (inLiteral) {
            result += c;
            if (c == u'\\' && i + 1 < text.size()) {
                result += text.at(++i);
            } else if (c == u'\'') {
                if (i + 1 < text.size() && text.at(i + 1) == u'\'')
                    result += text.at(++i);
                else
                    inLiteral = false;
            }
        } else {
            chunk += c;
        }
    }
    return result + transform(chunk);
}

QString canonicalCode(const QString &code)
{
    QString t = code.toLower();
    t.remove(u'`');
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    t.replace(spaces, QStringLiteral(" "));
    // Spaces around punctuation are not significant: "a + b" == "a+b", "f( x )" == "f(x)".
    static const QRegularExpression aroundPunctuation(QStringLiteral(R"(\s*([-+*/%=<>!,()|&^~])\s*)"));
    t.replace(aroundPunctuation, QStringLiteral("\\1"));
    return t;
}

QString stripOuterParentheses(QString text)
{
    for (;;) {
        text = text.trimmed();
        if (!text.startsWith(u'(') || !text.endsWith(u')'))
            return text;
        int depth = 0;
        bool wraps = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'(')
                ++depth;
            else if (text.at(i) == u')' && --depth == 0 && i != text.size() - 1) {
                wraps = false;
                break;
            }
        }
        if (!wraps)
            return text;
        text = text.mid(1, text.size() - 2);
    }
}

} // namespace

QString mysqlCanonicalType(const QString &type)
{
    QString t = type.trimmed().toLower();
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    t.replace(spaces, QStringLiteral(" "));
    t.replace(QStringLiteral(" ("), QStringLiteral("("));
    static const QRegularExpression boolean(QStringLiteral(R"(^bool(ean)?\b)"));
    t.replace(boolean, QStringLiteral("tinyint"));
    static const QRegularExpression integer(QStringLiteral(R"(^integer\b)"));
    t.replace(integer, QStringLiteral("int"));
    static const QRegularExpression decimal(QStringLiteral(R"(^(numeric|dec|fixed)\b)"));
    t.replace(decimal, QStringLiteral("decimal"));
    static const QRegularExpression doubleType(QStringLiteral(R"(^(double precision|real)\b)"));
    t.replace(doubleType, QStringLiteral("double"));
    // Integer display widths carry no meaning for storage or comparison.
    static const QRegularExpression displayWidth(QStringLiteral(R"(^(tinyint|smallint|mediumint|int|bigint)\(\d+\))"));
    t.replace(displayWidth, QStringLiteral("\\1"));
    static const QRegularExpression bareDecimal(QStringLiteral(R"(^decimal(?=$| ))"));
    t.replace(bareDecimal, QStringLiteral("decimal(10,0)"));
    static const QRegularExpression decimalScale(QStringLiteral(R"(^decimal\((\d+)\))"));
    t.replace(decimalScale, QStringLiteral("decimal(\\1,0)"));
    t.replace(QStringLiteral(", "), QStringLiteral(","));
    return t;
}

bool MysqlDiffHooks::typesEquivalent(const QString &a, const QString &b) const
{
    return mysqlCanonicalType(a) == mysqlCanonicalType(b);
}

QString MysqlDiffHooks::normaliseDefault(const QString &expression) const
{
    QString text = stripOuterParentheses(expression);
    if (text.compare(QStringLiteral("NULL"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("null");
    text = outsideLiterals(text, canonicalCode);
    // CURRENT_TIMESTAMP, current_timestamp(), now(), localtimestamp() are the same default.
    static const QRegularExpression now(QStringLiteral(R"(^(current_timestamp|now|localtimestamp|localtime)(\(\))?$)"));
    text.replace(now, QStringLiteral("current_timestamp()"));
    static const QRegularExpression nowPrecision(QStringLiteral(R"(^(current_timestamp|now|localtimestamp|localtime)\((\d+)\)$)"));
    text.replace(nowPrecision, QStringLiteral("current_timestamp(\\2)"));
    return text;
}

QString MysqlDiffHooks::normaliseExpression(const QString &expression) const
{
    return outsideLiterals(stripOuterParentheses(expression), canonicalCode);
}

QString MysqlDiffHooks::tableDefinitionDifference(const Table &, const Table &) const
{
    // Options, comments and columns are all in the model, which the generic differ compares;
    // SHOW CREATE TABLE adds nothing beyond that.
    return {};
}

} // namespace SchemaPilot::Core
