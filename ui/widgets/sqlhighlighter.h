#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPlainTextEdit;
class QWidget;

namespace SchemaPilot::Gui {

// A read-only, non-wrapping, fixed-font SQL view with highlighting (plan, history, diff panes).
QPlainTextEdit *makeSqlView(QWidget *parent);

// Keywords, strings, numbers, quoted identifiers and comments; colours follow the palette.
class SqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_commentFormat;
};

} // namespace SchemaPilot::Gui
