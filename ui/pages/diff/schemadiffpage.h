#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace SchemaPilot::Gui {

class DiffFilterProxy;
class SchemaDiffModel;
class Session;
class SideBySideDiffView;

// Tables, columns, indexes, keys, views and triggers of both sides, with a side-by-side DDL view.
class SchemaDiffPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaDiffPage(Session &session, QWidget *parent = nullptr);

    SchemaDiffModel *model() const { return m_model; }
    DiffFilterProxy *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    SideBySideDiffView *ddlView() const { return m_ddl; }

private:
    void onReportChanged();
    void onSelectionChanged();

    Session &m_session;
    SchemaDiffModel *m_model = nullptr;
    DiffFilterProxy *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QLabel *m_summary = nullptr;
    SideBySideDiffView *m_ddl = nullptr;
};

} // namespace SchemaPilot::Gui
