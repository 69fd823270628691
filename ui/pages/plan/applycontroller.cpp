#include "pages/plan/applycontroller.h"

#include "common/applyresulttext.h"
#include "common/session.h"
#include "dialogs/applydialog.h"
#include "pages/plan/planpage.h"

#include <QCheckBox>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

ApplyController::ApplyController(Session &session, PlanPage &page, QWidget *dialogParent)
    : QObject(&page)
    , m_session(session)
    , m_page(page)
    , m_dialogParent(dialogParent)
    , m_executor(session.dialects(), session.pool())
{
    connect(&m_page, &PlanPage::applyRequested, this, &ApplyController::apply);
    connect(&m_page, &PlanPage::dryRunRequested, this, &ApplyController::dryRun);
    connect(&m_page, &PlanPage::rehearseRequested, this, &ApplyController::rehearse);
    connect(&m_inPlace, &QFutureWatcherBase::finished, this, &ApplyController::onInPlaceFinished);
    connect(&m_inPlace, &QFutureWatcherBase::progressTextChanged, this, [this](const QString &text) {
        m_page.showResult(QStringLiteral("<i>%1</i>").arg(text.toHtmlEscaped()));
    });
}

ApplyController::~ApplyController()
{
    m_inPlace.cancel();
    m_inPlace.waitForFinished();
}

ApplyDialog *ApplyController::dialog() const
{
    return m_dialog;
}

ApplyRequest ApplyController::request(ApplyMode mode, bool allowDataLoss) const
{
    ApplyRequest request;
    request.check = m_session.checkRequest();
    request.options = m_session.settings().applyOptions(mode, allowDataLoss);
    request.recordHistory = mode == ApplyMode::Apply;
    return request;
}

void ApplyController::setBusy(bool busy)
{
    m_busy = busy;
    m_page.setBusy(busy);
}

void ApplyController::apply(bool allowDataLoss)
{
    if (m_busy || !m_session.hasConnection())
        return;
    if (m_session.settings().dryRunByDefault) {
        // The safe default the user chose: Apply rehearses nothing and changes nothing.
        runInPlace(ApplyMode::DryRun);
        return;
    }
    ApplyRequest run = request(ApplyMode::Apply, allowDataLoss);
    if (run.options.encryptBackups && run.options.autoBackup) {
        auto passphrase = backupPassphrase(m_askPassphrase, m_dialogParent, tr("Encrypted automatic backup"), true,
                                           m_session.settings().passphraseInKeychain,
                                           run.options.backupDir.isEmpty() ? m_session.backupDirectory().value_or(QString())
                                                                           : run.options.backupDir);
        if (!passphrase)
            return;
        run.options.backupPassphrase = *passphrase;
    }
    if (!m_dialog) {
        m_dialog = new ApplyDialog(tr("Applying the migration"), m_dialogParent);
        connect(m_dialog, &ApplyDialog::runFinished, this, &ApplyController::onApplyFinished);
    }
    setBusy(true);
    m_page.showResult(tr("<i>Applying…</i>"));
    m_dialog->start(m_executor.apply(run));
    m_dialog->open();   // window-modal, but the event loop keeps running
}

void ApplyController::onApplyFinished()
{
    setBusy(false);
    if (m_dialog->wasCanceled()) {
        m_lastResult.reset();
        m_page.showResult(tr("<b>Canceled.</b> The database is unchanged."));
    } else if (m_dialog->result()) {
        m_lastResult = m_dialog->result();
        m_page.showResult(applyResultHtml(*m_lastResult));
    }
    emit runFinished();
    // Even a failed run writes history rows and may leave a backup behind.
    m_session.notifyDatabaseChanged();
}

void ApplyController::dryRun()
{
    runInPlace(ApplyMode::DryRun);
}

void ApplyController::rehearse()
{
    runInPlace(ApplyMode::Rehearse);
}

void ApplyController::runInPlace(ApplyMode mode)
{
    if (m_busy || !m_session.hasConnection())
        return;
    const bool consent = m_page.consentBox()->isChecked();
    setBusy(true);
    m_inPlaceMode = mode;
    m_page.showResult(mode == ApplyMode::Rehearse ? tr("<i>Rehearsing on a private copy…</i>") : tr("<i>Dry run…</i>"));
    m_inPlace.setFuture(m_executor.apply(request(mode, consent)));
}

void ApplyController::onInPlaceFinished()
{
    setBusy(false);
    if (m_inPlace.isCanceled() || m_inPlace.future().resultCount() == 0) {
        m_page.showResult(tr("<b>Canceled.</b>"));
        emit runFinished();
        return;
    }
    m_lastResult = m_inPlace.result();
    QString html = applyResultHtml(*m_lastResult);
    if (m_inPlaceMode == ApplyMode::DryRun && m_session.settings().dryRunByDefault)
        html += tr("<br><small>Dry run is the default (Settings); turn it off there to apply.</small>");
    m_page.showResult(html);
    emit runFinished();
}

} // namespace SchemaPilot::Gui
