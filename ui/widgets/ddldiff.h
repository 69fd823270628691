#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace SchemaPilot::Gui {

// One aligned row of a side-by-side diff. Blank sides keep both panes in step.
struct DiffRow {
    enum Kind { Same, Removed, Added, Changed };
    Kind kind = Same;
    QString left;                      // current text (empty for Added)
    QString right;                     // desired text (empty for Removed)
    bool hasLeft = true;
    bool hasRight = true;
    QList<QPair<int, int>> leftSpans;  // (start, length) that differ within a Changed row
    QList<QPair<int, int>> rightSpans;
};

// Myers line diff (libdtl) of current vs desired, with an in-line character diff for changed lines.
QList<DiffRow> sideBySideDiff(const QStringList &current, const QStringList &desired);

} // namespace SchemaPilot::Gui
