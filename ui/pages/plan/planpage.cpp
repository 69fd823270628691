#include "pages/plan/planpage.h"

#include "common/icons.h"
#include "common/session.h"
#include "models/planmodel.h"
#include "widgets/sqlhighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {

Icon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Icon::Info;
    case Severity::Warning: return Icon::Warning;
    case Severity::Danger: return Icon::Danger;
    }
    return Icon::Info;
}

QString badge(Complexity complexity)
{
    const char *color = complexity == Complexity::Complex ? "#b02525" : complexity == Complexity::Moderate ? "#975a16" : "#276a3e";
    return QStringLiteral("<span style='background:%1;color:white;padding:2px 6px;border-radius:3px'>&nbsp;%2&nbsp;</span>")
        .arg(QLatin1StringView(color), complexityName(complexity));
}

} // namespace

PlanPage::PlanPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PlanModel(this))
    , m_header(new QLabel(this))
    , m_suggestions(new QListWidget(this))
    , m_acceptSuggestion(new QPushButton(icon(Icon::Renamed), tr("Treat as rename"), this))
    , m_table(new QTableView(this))
    , m_details(new QTabWidget(this))
    , m_stepComment(new QLabel(this))
    , m_sql(makeSqlView(this))
    , m_rollback(makeSqlView(this))
    , m_warnings(new QListWidget(this))
    , m_consent(new QCheckBox(this))
    , m_copy(new QPushButton(icon(Icon::Copy), tr("Copy SQL"), this))
    , m_save(new QPushButton(icon(Icon::Save), tr("Save as .sql…"), this))
    , m_pair(new QPushButton(icon(Icon::Renamed), tr("Pair as rename"), this))
    , m_dryRun(new QPushButton(icon(Icon::DryRun), tr("Dry run"), this))
    , m_rehearse(new QPushButton(icon(Icon::Rehearse), tr("Rehearse on a copy"), this))
    , m_apply(new QPushButton(icon(Icon::Apply), tr("Apply…"), this))
    , m_result(new QLabel(this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setObjectName(QStringLiteral("planHeader"));
    m_stepComment->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("planResult"));
    m_suggestions->setMaximumHeight(70);
    m_pair->setToolTip(tr("Select a dropped and an added column of the same table (Ctrl+click) to keep the data as a rename"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PlanModel::TargetColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto *stepPane = new QWidget(this);
    auto *stepLayout = new QVBoxLayout(stepPane);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addWidget(m_stepComment);
    m_details->addTab(m_sql, tr("SQL"));
    m_details->addTab(m_rollback, tr("Rollback SQL"));
    m_details->addTab(m_warnings, tr("Warnings"));
    stepLayout->addWidget(m_details, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(stepPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *suggestionBar = new QHBoxLayout;
    suggestionBar->addWidget(m_suggestions, 1);
    suggestionBar->addWidget(m_acceptSuggestion, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addWidget(m_pair);
    buttons->addStretch(1);
    buttons->addWidget(m_consent);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_rehearse);
    buttons->addWidget(m_apply);
    m_apply->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(suggestionBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(&m_session, &Session::reportChanged, this, &PlanPage::onReportChanged);
    connect(&m_session, &Session::targetChanged, m_result, &QLabel::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlanPage::onCurrentStepChanged);
    // Choosing a suggestion enables "Treat as rename"; activating it (double click, Enter) accepts it.
    connect(m_suggestions, &QListWidget::currentRowChanged, this, &PlanPage::updateEnabled);
    connect(m_suggestions, &QListWidget::itemActivated, this, &PlanPage::acceptSuggestion);
    connect(m_consent, &QCheckBox::toggled, this, &PlanPage::updateEnabled);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(planSqlScript()); });
    connect(m_save, &QPushButton::clicked, this, &PlanPage::saveScript);
    connect(m_pair, &QPushButton::clicked, this, &PlanPage::pairSelectedAsRename);
    connect(m_acceptSuggestion, &QPushButton::clicked, this, &PlanPage::acceptSuggestion);
    connect(m_dryRun, &QPushButton::clicked, this, &PlanPage::dryRunRequested);
    connect(m_rehearse, &QPushButton::clicked, this, &PlanPage::rehearseRequested);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (canApply())
            emit applyRequested(m_consent->isChecked());
    });
    onReportChanged();
}

bool PlanPage::canApply() const
{
    const Plan &plan = m_model->plan();
    if (m_busy || plan.isEmpty() || !m_session.report())
        return false;
    return !plan.isDestructive() || m_consent->isChecked();
}

void PlanPage::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void PlanPage::showResult(const QString &html)
{
    m_result->setText(html);
}

void PlanPage::updateEnabled()
{
    const bool hasPlan = m_session.report() && !m_model->plan().isEmpty();
    m_apply->setEnabled(canApply());
    m_dryRun->setEnabled(hasPlan && !m_busy);
    // A rehearsal needs the engine's private copy (a file for SQLite, a scratch database on servers).
    const auto dialect = m_session.hasConnection() ? m_session.dialects().forUrl(m_session.url()) : Result<const Dialect *>();
    const bool canRehearse = dialect && *dialect && (*dialect)->runtime();
    m_rehearse->setEnabled(hasPlan && !m_busy && canRehearse);
    m_copy->setEnabled(hasPlan);
    m_save->setEnabled(hasPlan);

    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool pairable = rows.size() == 2;
    if (pairable) {
        const PlanStep *a = m_model->step(rows[0].row());
        const PlanStep *b = m_model->step(rows[1].row());
        const auto isType = [](const PlanStep *s, OperationType t) { return s && s->type == t; };
        const bool columns = a && b && a->table.compare(b->table, Qt::CaseInsensitive) == 0
                             && ((isType(a, OperationType::DropColumn) && isType(b, OperationType::AddColumn))
                                 || (isType(a, OperationType::AddColumn) && isType(b, OperationType::DropColumn)));
        const bool tables = (isType(a, OperationType::DropTable) && isType(b, OperationType::CreateTable))
                            || (isType(a, OperationType::CreateTable) && isType(b, OperationType::DropTable));
        pairable = columns || tables;
    }
    m_pair->setEnabled(pairable && !m_busy);
    m_acceptSuggestion->setEnabled(m_suggestions->currentRow() >= 0 && !m_busy);
}

void PlanPage::onReportChanged()
{
    const auto &report = m_session.report();
    m_suggestions->clear();   // the result of the last run stays until the target changes
    if (!report) {
        m_model->setPlan({});
        m_header->setText(m_session.lastError().isEmpty()
                              ? tr("Connect to a database and choose a desired schema to see the plan.")
                              : tr("<b>The check failed:</b> %1").arg(m_session.lastError().toHtmlEscaped()));
        m_consent->hide();
        updateEnabled();
        return;
    }
    const Plan &plan = report->plan;
    m_model->setPlan(plan);
    m_table->resizeColumnsToContents();
    if (plan.isEmpty()) {
        m_header->setText(tr("<b>Up to date.</b> The database matches the desired schema (checked in %1 ms).")
                              .arg(report->checkTimeMs));
    } else {
        const int warnings = int(plan.allWarnings().size());
        m_header->setText(tr("%1 &nbsp; <b>%n operation(s)</b>, estimated downtime <b>%2</b>, %3 warning(s)%4<br><small>%5</small>",
                             nullptr, int(plan.steps.size()))
                              .arg(badge(plan.complexity), formatDuration(plan.estimatedMs))
                              .arg(warnings)
                              .arg(plan.transactional ? QString() : tr(" — <b>not transactional</b>: a failure midway relies on the backup"))
                              .arg(plan.complexityReasons.join(QStringLiteral(" · ")).toHtmlEscaped()));
    }
    for (const RenameSuggestion &s : report->changes.suggestions) {
        auto *item = new QListWidgetItem(icon(Icon::Renamed),
                                         s.isTable ? tr("Table %1 → %2 looks like a rename (score %3): %4")
                                                         .arg(s.from, s.to).arg(s.score, 0, 'f', 2).arg(s.evidence.join(QStringLiteral(", ")))
                                                   : tr("Column %1.%2 → %3 looks like a rename (score %4): %5")
                                                         .arg(s.table, s.from, s.to).arg(s.score, 0, 'f', 2).arg(s.evidence.join(QStringLiteral(", "))),
                                         m_suggestions);
        item->setData(Qt::UserRole, QStringList{s.isTable ? QStringLiteral("table") : QStringLiteral("column"), s.table, s.from, s.to});
    }
    m_suggestions->setVisible(m_suggestions->count() > 0);
    m_acceptSuggestion->setVisible(m_suggestions->count() > 0);

    int destructive = 0;
    for (const PlanStep &s : plan.steps)
        destructive += s.destructive ? 1 : 0;
    m_consent->setChecked(false);
    m_consent->setVisible(destructive > 0);
    m_consent->setText(tr("I understand that %n operation(s) destroy data", nullptr, destructive));
    if (!plan.isEmpty())
        m_table->selectRow(0);
    onCurrentStepChanged();
}

void PlanPage::onCurrentStepChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const PlanStep *s = rows.isEmpty() ? nullptr : m_model->step(rows.last().row());
    m_warnings->clear();
    if (!s) {
        m_stepComment->clear();
        m_sql->clear();
        m_rollback->clear();
        updateEnabled();
        return;
    }
    QString comment = QStringLiteral("<b>%1</b> — %2").arg(operationTypeName(s->type), s->comment.toHtmlEscaped());
    if (!s->complexityReason.isEmpty())
        comment += QStringLiteral("<br><small>%1: %2</small>").arg(complexityName(s->complexity), s->complexityReason.toHtmlEscaped());
    if (!s->rollbackRestoresData)
        comment += tr("<br><small><b>Rollback restores the structure, not the data.</b> The automatic backup keeps the data.</small>");
    m_stepComment->setText(comment);
    m_sql->setPlainText(s->sql.join(QStringLiteral(";\n")) + u';');
    m_rollback->setPlainText(s->rollbackSql.isEmpty() ? tr("-- no rollback SQL") : s->rollbackSql.join(QStringLiteral(";\n")) + u';');
    for (const Warning &w : s->warnings)
        new QListWidgetItem(icon(severityIcon(w.severity)), QStringLiteral("%1  %2").arg(w.code, w.message), m_warnings);
    m_details->setTabText(2, tr("Warnings (%1)").arg(s->warnings.size()));
    updateEnabled();
}

QString PlanPage::planSqlScript() const
{
    QStringList lines;
    const Plan &plan = m_model->plan();
    lines << QStringLiteral("-- SchemaPilot plan: %1 operation(s), complexity %2, estimated downtime %3")
                 .arg(plan.steps.size())
                 .arg(complexityName(plan.complexity), formatDuration(plan.estimatedMs));
    int n = 0;
    for (const PlanStep &s : plan.steps) {
        lines << QString() << QStringLiteral("-- %1. %2 %3: %4").arg(++n).arg(operationTypeName(s.type), s.table, s.comment);
        for (const QString &sql : s.sql)
            lines << sql + u';';
    }
    return lines.join(u'\n') + u'\n';
}

void PlanPage::saveScript()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plan as SQL"), QStringLiteral("migration.sql"),
                                                      tr("SQL files (*.sql)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(planSqlScript().toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Save plan"), tr("Could not save %1: %2").arg(path, file.errorString()));
}

void PlanPage::pairSelectedAsRename()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    const PlanStep *a = m_model->step(rows[0].row());
    const PlanStep *b = m_model->step(rows[1].row());
    if (!a || !b)
        return;
    if (a->type == OperationType::DropTable || b->type == OperationType::DropTable) {
        const PlanStep *dropped = a->type == OperationType::DropTable ? a : b;
        const PlanStep *created = a->type == OperationType::CreateTable ? a : b;
        m_session.addTableRename(TableRenameHint{dropped->table, created->table});
        return;
    }
    const PlanStep *dropped = a->type == OperationType::DropColumn ? a : b;
    const PlanStep *added = a->type == OperationType::AddColumn ? a : b;
    m_session.addColumnRename(ColumnRenameHint{added->table, dropped->column, added->column});
}

void PlanPage::acceptSuggestion()
{
    const QListWidgetItem *item = m_suggestions->currentItem();
    if (!item)
        return;
    const QStringList data = item->data(Qt::UserRole).toStringList();
    if (data.value(0) == QStringLiteral("table"))
        m_session.addTableRename(TableRenameHint{data.value(2), data.value(3)});
    else
        m_session.addColumnRename(ColumnRenameHint{data.value(1), data.value(2), data.value(3)});
}

} // namespace SchemaPilot::Gui
