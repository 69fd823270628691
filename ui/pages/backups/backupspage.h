#pragma once

#include "common/confirm.h"
#include "common/passphraseprompt.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace SchemaPilot::Gui {

class BackupModel;
class Session;

// The backups of the connected database: stats, list, Verify, Restore (one confirmation naming
// the safety backup taken first), Delete, Cleanup by age, Backup now. All work runs off-thread.
// Encrypted backups: Backup now encrypts when the setting says so, and Verify/Restore of an
// encrypted backup ask for its passphrase first.
class BackupsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsPage(Session &session, QWidget *parent = nullptr);

    BackupModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *statsLabel() const { return m_stats; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *cleanupButton() const { return m_cleanup; }
    QSpinBox *keepDaysBox() const { return m_keepDays; }
    bool isBusy() const { return m_busy > 0; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskPassphrase(AskPassphrase ask) { m_askPassphrase = std::move(ask); }

    // The backup id of the selected row ("" when none).
    QString selectedId() const;
    void selectId(const QString &id);

public slots:
    void reload();
    void backupNow();
    void verifySelected();
    void restoreSelected();
    void deleteSelected();
    void cleanup();

signals:
    void loaded();
    void operationFinished(bool ok, const QString &message);

private:
    void setBusy(bool busy);
    void finish(bool ok, const QString &message, bool databaseChanged = false);
    void updateEnabled();
    // The passphrase when backup `id` is encrypted: nullopt when canceled, "" when not encrypted.
    std::optional<QString> passphraseFor(const QString &id);

    Session &m_session;
    BackupModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_stats = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_backupNow = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_delete = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QPushButton *m_cleanup = nullptr;
    Confirm m_confirm = messageBoxConfirm();
    AskPassphrase m_askPassphrase = inputDialogPassphrase();
    int m_busy = 0;
};

} // namespace SchemaPilot::Gui
