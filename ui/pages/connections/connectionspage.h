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
    QLineEdit *schemaEdit() const { return m_schema; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *recentList() const { return m_recent; }

public slots:
    void testConnection();
    void connectToDatabase();

signals:
    void connected();

private:
    void loadRecent();
    void remember(const Core::ConnectionUrl &url, const QString &schemaFile);

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
};

} // namespace SchemaPilot::Gui
