#include "common/applyresulttext.h"

#include <QCoreApplication>
#include <QStringList>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SchemaPilot::Gui::ApplyResultText)
};

QString statusColor(ApplyStatus status)
{
    switch (status) {
    case ApplyStatus::Applied:
    case ApplyStatus::NoChanges:
    case ApplyStatus::DryRun: return QStringLiteral("#2e7d32");
    case ApplyStatus::Refused: return QStringLiteral("#b26a00");
    case ApplyStatus::Failed:
    case ApplyStatus::TimedOut: return QStringLiteral("#c62828");
    }
    return QString();
}

} // namespace

QString applyStatusText(ApplyStatus status)
{
    switch (status) {
    case ApplyStatus::Applied: return Text::tr("Applied");
    case ApplyStatus::DryRun: return Text::tr("Dry run passed");
    case ApplyStatus::NoChanges: return Text::tr("No changes needed");
    case ApplyStatus::Refused: return Text::tr("Refused");
    case ApplyStatus::Failed: return Text::tr("Failed");
    case ApplyStatus::TimedOut: return Text::tr("Timed out");
    }
    return QString();
}

QString stageTitle(const QString &name)
{
    if (name == u"connect") return Text::tr("Connect");
    if (name == u"lock") return Text::tr("Migration lock");
    if (name == u"check") return Text::tr("Compare schemas");
    if (name == u"safety") return Text::tr("Data-loss check");
    if (name == u"preflight") return Text::tr("Integrity check");
    if (name == u"backup") return Text::tr("Backup");
    if (name == u"rehearse") return Text::tr("Rehearsal on a copy");
    if (name == u"execute") return Text::tr("Operations");
    if (name == u"rollback") return Text::tr("Roll back");
    if (name == u"verify") return Text::tr("Verification");
    if (name == u"history") return Text::tr("History");
    if (name == u"commit") return Text::tr("Commit");
    if (name == u"outside") return Text::tr("Outside the transaction");
    return name;
}

QString stageOutcomeText(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Ok: return Text::tr("ok");
    case StageOutcome::Failed: return Text::tr("failed");
    case StageOutcome::Skipped: return Text::tr("skipped");
    }
    return QString();
}

QString applyResultHtml(const ApplyResult &result)
{
    QStringList parts;
    parts << QStringLiteral("<b style='color:%1'>%2</b>").arg(statusColor(result.status), applyStatusText(result.status).toHtmlEscaped());
    if (result.status == ApplyStatus::Applied)
        parts.last() += Text::tr(" — %n operation(s) in %1 ms (write lock held %2 ms)", nullptr, int(result.plan.steps.size()))
                            .arg(result.executionTimeMs)
                            .arg(result.transactionMs);
    else
        parts.last() += Text::tr(" in %1 ms").arg(result.executionTimeMs);
    if (result.rehearsed && result.rehearsalStatus)
        parts << Text::tr("Rehearsal on a private copy: <b>%1</b> in %2 ms; the database itself was not changed.")
                     .arg(applyStatusText(*result.rehearsalStatus).toHtmlEscaped())
                     .arg(result.rehearsalMs);
    if (result.error)
        parts << Text::tr("Reason: %1").arg(result.error->message.toHtmlEscaped());
    if (result.error && !result.error->statement.isEmpty())
        parts << Text::tr("Statement: <code>%1</code>").arg(result.error->statement.toHtmlEscaped());
    if (!result.backupId.isEmpty())
        parts << Text::tr("Backup: %1").arg(result.backupId.toHtmlEscaped());
    if (!result.needsConsent.isEmpty() && result.status == ApplyStatus::DryRun)
        parts << Text::tr("%n destructive operation(s) need your consent before applying.", nullptr, int(result.needsConsent.size()));
    if (!result.warnings.isEmpty())
        parts << Text::tr("%n warning(s); see the plan.", nullptr, int(result.warnings.size()));
    for (const QString &note : result.notes)
        parts << note.toHtmlEscaped();
    return parts.join(QStringLiteral("<br>"));
}

} // namespace SchemaPilot::Gui
