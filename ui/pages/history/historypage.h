#pragma once

#include "common/confirm.h"
#include "history/historyrecord.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;

namespace SchemaPilot::Gui {

class HistoryFilterProxy;
class HistoryModel;
class Session;

// The audit trail kept in the database: a sortable table filtered by status, dates, table and
// text; the selected record's SQL, rollback SQL, error and timings; CSV/JSON export; and
// "Roll back last batch" through core's rollback (SQL when lossless, else the batch's backup).
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(Session &session, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    HistoryFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *statusBox() const { return m_status; }
    QCheckBox *sinceBox() const { return m_useSince; }
    QDateEdit *sinceEdit() const { return m_since; }
    QCheckBox *untilBox() const { return m_useUntil; }
    QDateEdit *untilEdit() const { return m_until; }
    QComboBox *tableBox() const { return m_tableFilter; }
    QLineEdit *textEdit() const { return m_text; }
    QPlainTextEdit *forwardView() const { return m_forward; }
    QPlainTextEdit *rollbackView() const { return m_rollback; }
    QTextBrowser *detailView() const { return m_detail; }
    QPushButton *rollbackButton() const { return m_rollbackBatch; }
    QLabel *messageLabel() const { return m_message; }
    bool isBusy() const { return m_busy > 0; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The records the filters let through, in the table's order.
    QList<Core::HistoryRecord> visibleRecords() const;
    // Writes the visible records; "" on success, else the error.
    QString exportTo(const QString &path, bool json) const;

public slots:
    void reload();
    void rollbackLastBatch();

signals:
    void loaded();
    void operationFinished(bool ok, const QString &message);

private:
    void applyFilters();
    void showSelected();
    void exportWithDialog(bool json);
    void runRollback(bool allowDataLoss);
    void setBusy(bool busy);
    void updateEnabled();

    Session &m_session;
    HistoryModel *m_model = nullptr;
    HistoryFilterProxy *m_proxy = nullptr;
    QLabel *m_stats = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useSince = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_useUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QComboBox *m_tableFilter = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_forward = nullptr;
    QPlainTextEdit *m_rollback = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_rollbackBatch = nullptr;
    QString m_lastBatchId;
    Confirm m_confirm = messageBoxConfirm();
    int m_busy = 0;
};

} // namespace SchemaPilot::Gui
