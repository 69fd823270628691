#pragma once

#include "db/connectionurl.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace SchemaPilot::Gui {

class Session;

// SQLite file picker or a PostgreSQL/MySQL form, the desired schema file, recent connections
// (never with passwords), and a "Test connection" that never freezes the window.
class ConnectionsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPage(Session &session, QWidget *parent = nullptr);
    ~ConnectionsPage() override;

    // The URL the form describes (password included, for connecting only; never stored).
    Core::Result<Core::ConnectionUrl> formUrl() const;
    void setForm(const Core::ConnectionUrl &url, const QString &schemaFile);

    QComboBox *engineBox() const { return m_engine; }
    QLineEdit *sqlitePathEdit() const { return m_sqlitePath; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *pgSchemaEdit() const { return m_pgSchema; }
    QLineEdit *schemaEdit() const { return m_schema; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *recentList() const { return m_recent; }
    bool isTesting() const { return m_testWatcher.isRunning(); }

public slots:
    void testConnection();
    void connectToDatabase();

signals:
    void connected();
    // A "Test connection" finished: `error` is empty when the connection works.
    void testFinished(const QString &error);

private:
    void loadRecent();
    void remember(const Core::ConnectionUrl &url, const QString &schemaFile);
    void showCheckOutcome();

    Session &m_session;
    QComboBox *m_engine = nullptr;
    QStackedWidget *m_forms = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_pgSchema = nullptr;
    QLineEdit *m_schema = nullptr;
    QListWidget *m_recent = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_status = nullptr;
    QFutureWatcher<QString> m_testWatcher;
    QString m_pendingTarget;   // redacted URL of the last Connect, until its first check reports
};

} // namespace SchemaPilot::Gui
