#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace SchemaPilot::Gui {

class PlanModel;
class Session;

// The ordered operations with complexity, downtime, warnings, SQL and rollback SQL; consent for
// destructive changes; Dry run / Rehearse / Apply requests (carried out by the main window).
class PlanPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(Session &session, QWidget *parent = nullptr);

    PlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *consentBox() const { return m_consent; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *rehearseButton() const { return m_rehearse; }
    QPushButton *pairButton() const { return m_pair; }
    QPlainTextEdit *sqlView() const { return m_sql; }
    QLabel *resultLabel() const { return m_result; }
    QListWidget *suggestionList() const { return m_suggestions; }

    bool canApply() const;
    QString planSqlScript() const;   // the whole forward plan as a .sql script with comments

public slots:
    void showResult(const QString &html);
    void setBusy(bool busy);

signals:
    void applyRequested(bool allowDataLoss);
    void dryRunRequested();
    void rehearseRequested();

private:
    void onReportChanged();
    void onCurrentStepChanged();
    void updateEnabled();
    void pairSelectedAsRename();
    void acceptSuggestion();
    void saveScript();

    Session &m_session;
    PlanModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QListWidget *m_suggestions = nullptr;
    QPushButton *m_acceptSuggestion = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_details = nullptr;
    QLabel *m_stepComment = nullptr;
    QPlainTextEdit *m_sql = nullptr;
    QPlainTextEdit *m_rollback = nullptr;
    QListWidget *m_warnings = nullptr;
    QCheckBox *m_consent = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_pair = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_rehearse = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_result = nullptr;
    bool m_busy = false;
};

} // namespace SchemaPilot::Gui
