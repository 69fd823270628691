#include "widgets/sidebysidediffview.h"

#include "widgets/sqlhighlighter.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace SchemaPilot::Gui {

namespace {

struct Tints {
    QColor removedLine, removedChars, addedLine, addedChars, blank;
};

Tints tints()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    if (dark)
        return {QColor(0x5a, 0x1e, 0x1e), QColor(0x8f, 0x2d, 0x2d), QColor(0x1c, 0x4a, 0x2c), QColor(0x2a, 0x73, 0x44),
                QColor(0x2d, 0x30, 0x36)};
    return {QColor(0xfd, 0xe8, 0xe8), QColor(0xf5, 0xb5, 0xb5), QColor(0xe6, 0xf6, 0xea), QColor(0xa8, 0xe0, 0xb6),
            QColor(0xf2, 0xf3, 0xf5)};
}

QTextEdit::ExtraSelection lineSelection(QPlainTextEdit *edit, int blockNumber, const QColor &color)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(edit->document()->findBlockByNumber(blockNumber));
    selection.format.setBackground(color);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    return selection;
}

void addSpanSelections(QList<QTextEdit::ExtraSelection> *out, QPlainTextEdit *edit, int blockNumber,
                       const QList<QPair<int, int>> &spans, const QColor &color)
{
    const QTextBlock block = edit->document()->findBlockByNumber(blockNumber);
    for (const auto &[start, length] : spans) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + start);
        selection.cursor.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
        selection.format.setBackground(color);
        out->append(selection);
    }
}

} // namespace

SideBySideDiffView::SideBySideDiffView(QWidget *parent)
    : QWidget(parent)
    , m_left(makeSqlView(this))
    , m_right(makeSqlView(this))
    , m_leftTitle(new QLabel(tr("Current (database)"), this))
    , m_rightTitle(new QLabel(tr("Desired (schema file)"), this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_leftTitle, 0, 0);
    layout->addWidget(m_rightTitle, 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    m_left->setAccessibleName(tr("Current DDL"));
    m_right->setAccessibleName(tr("Desired DDL"));

    // Synchronised scrolling: rows are aligned, so equal scroll values show equal rows.
    auto sync = [](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [to](int value) {
            if (to->value() != value)
                to->setValue(value);
        });
    };
    sync(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    sync(m_right->verticalScrollBar(), m_left->verticalScrollBar());
    sync(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    sync(m_right->horizontalScrollBar(), m_left->horizontalScrollBar());
}

void SideBySideDiffView::setTexts(const QString &current, const QString &desired)
{
    const QStringList a = current.isEmpty() ? QStringList{} : current.split(u'\n');
    const QStringList b = desired.isEmpty() ? QStringList{} : desired.split(u'\n');
    m_rows = sideBySideDiff(a, b);
    QStringList left;
    QStringList right;
    for (const DiffRow &row : std::as_const(m_rows)) {
        left << row.left;
        right << row.right;
    }
    m_left->setPlainText(left.join(u'\n'));
    m_right->setPlainText(right.join(u'\n'));
    paintRows();
}

void SideBySideDiffView::paintRows()
{
    const Tints t = tints();
    QList<QTextEdit::ExtraSelection> left;
    QList<QTextEdit::ExtraSelection> right;
    for (int i = 0; i < m_rows.size(); ++i) {
        const DiffRow &row = m_rows[i];
        switch (row.kind) {
        case DiffRow::Same: break;
        case DiffRow::Removed:
            left << lineSelection(m_left, i, t.removedLine);
            right << lineSelection(m_right, i, t.blank);
            break;
        case DiffRow::Added:
            left << lineSelection(m_left, i, t.blank);
            right << lineSelection(m_right, i, t.addedLine);
            break;
        case DiffRow::Changed:
            left << lineSelection(m_left, i, t.removedLine);
            right << lineSelection(m_right, i, t.addedLine);
            addSpanSelections(&left, m_left, i, row.leftSpans, t.removedChars);
            addSpanSelections(&right, m_right, i, row.rightSpans, t.addedChars);
            break;
        }
    }
    m_left->setExtraSelections(left);
    m_right->setExtraSelections(right);
}

} // namespace SchemaPilot::Gui
