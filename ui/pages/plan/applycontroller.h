#pragma once

#include "common/passphraseprompt.h"
#include "exec/applyresult.h"
#include "exec/executor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace SchemaPilot::Gui {

class ApplyDialog;
class PlanPage;
class Session;

// Carries out what the plan page asks for: Apply (with the progress dialog), Dry run and
// Rehearse (results shown in place on the page). Every run goes through Core::Executor on the
// session's pool; afterwards the session announces the change so the other pages reload.
class ApplyController final : public QObject
{
    Q_OBJECT

public:
    ApplyController(Session &session, PlanPage &page, QWidget *dialogParent);
    ~ApplyController() override;

    ApplyDialog *dialog() const;
    bool isBusy() const { return m_busy; }
    // The newest finished run (apply, dry run or rehearsal).
    const std::optional<Core::ApplyResult> &lastResult() const { return m_lastResult; }
    // Asked for the passphrase of the automatic backup when "Encrypt backups" is on.
    void setAskPassphrase(AskPassphrase ask) { m_askPassphrase = std::move(ask); }

public slots:
    void apply(bool allowDataLoss);
    void dryRun();
    void rehearse();

signals:
    void runFinished();   // any run, after the page shows its result

private:
    Core::ApplyRequest request(Core::ApplyMode mode, bool allowDataLoss) const;
    void runInPlace(Core::ApplyMode mode);
    void onInPlaceFinished();
    void onApplyFinished();
    void setBusy(bool busy);

    Session &m_session;
    PlanPage &m_page;
    QWidget *m_dialogParent = nullptr;
    Core::Executor m_executor;
    QPointer<ApplyDialog> m_dialog;
    QFutureWatcher<Core::ApplyResult> m_inPlace;
    Core::ApplyMode m_inPlaceMode = Core::ApplyMode::DryRun;
    std::optional<Core::ApplyResult> m_lastResult;
    bool m_busy = false;
    AskPassphrase m_askPassphrase = inputDialogPassphrase();
};

} // namespace SchemaPilot::Gui
