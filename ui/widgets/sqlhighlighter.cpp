#include "widgets/sqlhighlighter.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPalette>

namespace SchemaPilot::Gui {

QPlainTextEdit *makeSqlView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(view->document());
    return view;
}

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat keyword;
    keyword.setForeground(dark ? QColor(0x90, 0xcd, 0xf4) : QColor(0x1a, 0x4f, 0x9c));
    keyword.setFontWeight(QFont::Bold);
    QTextCharFormat type;
    type.setForeground(dark ? QColor(0xb7, 0x94, 0xf4) : QColor(0x6b, 0x2f, 0xa8));
    QTextCharFormat string;
    string.setForeground(dark ? QColor(0x9a, 0xe6, 0xb4) : QColor(0x22, 0x7a, 0x3c));
    QTextCharFormat number;
    number.setForeground(dark ? QColor(0xfb, 0xd3, 0x8d) : QColor(0xa0, 0x52, 0x0f));
    QTextCharFormat identifier;
    identifier.setForeground(dark ? QColor(0xe2, 0xe8, 0xf0) : QColor(0x2d, 0x37, 0x48));
    m_commentFormat.setForeground(dark ? QColor(0xa0, 0xae, 0xc0) : QColor(0x71, 0x80, 0x96));
    m_commentFormat.setFontItalic(true);

    const QString keywords = QStringLiteral(
        "SELECT|FROM|WHERE|INSERT|INTO|VALUES|UPDATE|SET|DELETE|CREATE|TABLE|INDEX|UNIQUE|VIEW|TRIGGER|DROP|ALTER|ADD|"
        "COLUMN|RENAME|TO|PRIMARY|KEY|FOREIGN|REFERENCES|ON|CASCADE|RESTRICT|NO|ACTION|NULL|NOT|DEFAULT|CHECK|"
        "CONSTRAINT|COLLATE|AUTOINCREMENT|WITHOUT|ROWID|STRICT|AS|BEGIN|END|COMMIT|ROLLBACK|TRANSACTION|IMMEDIATE|"
        "PRAGMA|IF|EXISTS|AND|OR|IN|IS|LIKE|JOIN|LEFT|INNER|OUTER|GROUP|BY|ORDER|HAVING|LIMIT|UNION|ALL|CAST|CASE|"
        "WHEN|THEN|ELSE|BEFORE|AFTER|INSTEAD|OF|FOR|EACH|ROW|DEFERRABLE|INITIALLY|DEFERRED|GENERATED|ALWAYS|STORED|"
        "VIRTUAL|USING|TYPE|DESC|ASC|BETWEEN|CONCURRENTLY|VALIDATE|VALID|SEQUENCE|SCHEMA|ENGINE|ALGORITHM|INSTANT|INPLACE");
    const QString types = QStringLiteral(
        "INTEGER|INT|BIGINT|SMALLINT|TINYINT|TEXT|VARCHAR|CHAR|REAL|DOUBLE|FLOAT|NUMERIC|DECIMAL|BLOB|BOOLEAN|"
        "DATE|DATETIME|TIMESTAMP|TIMESTAMPTZ|JSON|JSONB|UUID|SERIAL|BIGSERIAL|BYTEA");
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(keywords), QRegularExpression::CaseInsensitiveOption), keyword};
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(types), QRegularExpression::CaseInsensitiveOption), type};
    m_rules << Rule{QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), number};
    m_rules << Rule{QRegularExpression(QStringLiteral("\"[^\"]*\"|`[^`]*`")), identifier};
    m_rules << Rule{QRegularExpression(QStringLiteral("'(?:[^']|'')*'")), string};
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    }
    // Line comments win over everything after them (but not inside a string literal, kept simple).
    const qsizetype dash = text.indexOf(QStringLiteral("--"));
    if (dash >= 0 && text.left(dash).count(u'\'') % 2 == 0)
        setFormat(int(dash), int(text.size() - dash), m_commentFormat);

    // Block comments across lines.
    setCurrentBlockState(0);
    qsizetype start = previousBlockState() == 1 ? 0 : text.indexOf(QStringLiteral("/*"));
    while (start >= 0) {
        const qsizetype end = text.indexOf(QStringLiteral("*/"), start);
        qsizetype length;
        if (end < 0) {
            setCurrentBlockState(1);
            length = text.size() - start;
        } else {
            length = end - start + 2;
        }
        setFormat(int(start), int(length), m_commentFormat);
        start = text.indexOf(QStringLiteral("/*"), start + length);
    }
}

} // namespace SchemaPilot::Gui
