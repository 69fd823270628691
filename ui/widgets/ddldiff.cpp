#include "widgets/ddldiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace SchemaPilot::Gui {

namespace {

// Character spans that differ between two versions of one line.
void inlineSpans(const QString &a, const QString &b, QList<QPair<int, int>> *left, QList<QPair<int, int>> *right)
{
    const std::vector<QChar> va(a.cbegin(), a.cend());
    const std::vector<QChar> vb(b.cbegin(), b.cend());
    dtl::Diff<QChar, std::vector<QChar>> diff(va, vb);
    diff.compose();
    int ia = 0;
    int ib = 0;
    auto extend = [](QList<QPair<int, int>> *spans, int at) {
        if (!spans->isEmpty() && spans->last().first + spans->last().second == at)
            ++spans->last().second;
        else
            spans->append({at, 1});
    };
    for (const auto &[ch, info] : diff.getSes().getSequence()) {
        Q_UNUSED(ch)
        switch (info.type) {
        case dtl::SES_COMMON: ++ia; ++ib; break;
        case dtl::SES_DELETE: extend(left, ia++); break;
        case dtl::SES_ADD: extend(right, ib++); break;
        }
    }
}

} // namespace

QList<DiffRow> sideBySideDiff(const QStringList &current, const QStringList &desired)
{
    const std::vector<QString> a(current.cbegin(), current.cend());
    const std::vector<QString> b(desired.cbegin(), desired.cend());
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();

    QList<DiffRow> rows;
    QStringList removed;
    QStringList added;
    auto flush = [&] {
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype i = 0; i < paired; ++i) {
            DiffRow row{DiffRow::Changed, removed[i], added[i], true, true, {}, {}};
            inlineSpans(row.left, row.right, &row.leftSpans, &row.rightSpans);
            rows << row;
        }
        for (qsizetype i = paired; i < removed.size(); ++i)
            rows << DiffRow{DiffRow::Removed, removed[i], {}, true, false, {}, {}};
        for (qsizetype i = paired; i < added.size(); ++i)
            rows << DiffRow{DiffRow::Added, {}, added[i], false, true, {}, {}};
        removed.clear();
        added.clear();
    };
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON:
            flush();
            rows << DiffRow{DiffRow::Same, line, line, true, true, {}, {}};
            break;
        case dtl::SES_DELETE: removed << line; break;
        case dtl::SES_ADD: added << line; break;
        }
    }
    flush();
    return rows;
}

} // namespace SchemaPilot::Gui
