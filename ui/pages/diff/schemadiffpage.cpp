#include "pages/diff/schemadiffpage.h"

#include "common/session.h"
#include "models/difffilterproxy.h"
#include "models/schemadiffmodel.h"
#include "widgets/sidebysidediffview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace SchemaPilot::Gui {

SchemaDiffPage::SchemaDiffPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SchemaDiffModel(this))
    , m_proxy(new DiffFilterProxy(this))
    , m_tree(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_onlyChanges(new QCheckBox(tr("Only changes"), this))
    , m_summary(new QLabel(this))
    , m_ddl(new SideBySideDiffView(this))
{
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(SchemaDiffModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_filter->setPlaceholderText(tr("Filter tables, columns, indexes… (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("diffSummary"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_onlyChanges);
    bar->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_ddl);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_onlyChanges, &QCheckBox::toggled, m_proxy, &DiffFilterProxy::setOnlyChanges);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemaDiffPage::onSelectionChanged);
    connect(&m_session, &Session::reportChanged, this, &SchemaDiffPage::onReportChanged);
    onReportChanged();
}

void SchemaDiffPage::onReportChanged()
{
    if (!m_session.report()) {
        m_model->clear();
        m_summary->setText(m_session.lastError().isEmpty() ? tr("No check yet") : tr("Check failed"));
        m_ddl->setTexts({}, {});
        return;
    }
    m_model->setReport(*m_session.report());
    const int changed = m_model->changedObjectCount();
    m_summary->setText(changed == 0 ? tr("No differences") : tr("%n object(s) differ", nullptr, changed));
    // Expand changed tables so the differences are visible at once.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(SchemaDiffModel::StatusRole).toInt() != int(DiffStatus::Unchanged))
            m_tree->expand(index);
    }
    if (m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
}

void SchemaDiffPage::onSelectionChanged()
{
    QModelIndex index = m_tree->currentIndex();
    // Columns, indexes and keys show their table's DDL.
    while (index.isValid() && index.parent().isValid())
        index = index.parent();
    if (!index.isValid()) {
        m_ddl->setTexts({}, {});
        return;
    }
    m_ddl->setTexts(index.data(SchemaDiffModel::CurrentDdlRole).toString(),
                    index.data(SchemaDiffModel::DesiredDdlRole).toString());
}

} // namespace SchemaPilot::Gui
