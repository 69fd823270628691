#pragma once

#include "widgets/ddldiff.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace SchemaPilot::Gui {

// Current DDL on the left, desired on the right: changed lines tinted, changed characters
// marked in-line, both panes scrolling together.
class SideBySideDiffView final : public QWidget
{
    Q_OBJECT

public:
    explicit SideBySideDiffView(QWidget *parent = nullptr);

    void setTexts(const QString &current, const QString &desired);
    QPlainTextEdit *leftEdit() const { return m_left; }
    QPlainTextEdit *rightEdit() const { return m_right; }
    const QList<DiffRow> &rows() const { return m_rows; }

private:
    void paintRows();
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
    QLabel *m_leftTitle = nullptr;
    QLabel *m_rightTitle = nullptr;
    QList<DiffRow> m_rows;
};

} // namespace SchemaPilot::Gui
