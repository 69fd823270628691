#include "pages/history/historypage.h"

#include "common/icons.h"
#include "common/offthread.h"
#include "common/session.h"
#include "models/historymodel.h"
#include "widgets/sqlhighlighter.h"

#include "exec/rollback.h"
#include "history/historyexport.h"
#include "history/historystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {

struct Trail {
    QList<HistoryRecord> records;
    HistoryStatistics statistics;
    QString lastBatchId;
};

Result<Trail> readTrail(const ConnectionUrl &url)
{
    auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("history"));
    if (!connection)
        return std::unexpected(connection.error());
    // Reading needs no HMAC key (only verifying the chain does), so the default options suffice.
    const HistoryStore store((*connection)->database());
    Trail trail;
    auto records = store.query();
    if (!records)
        return std::unexpected(records.error());
    trail.records = *records;
    if (auto stats = store.statistics())
        trail.statistics = *stats;
    if (auto last = store.lastAppliedBatch(); last && *last)
        trail.lastBatchId = (*last)->batchId;
    return trail;
}

QString sqlText(const QStringList &statements)
{
    return statements.isEmpty() ? QString() : statements.join(QStringLiteral(";\n")) + u';';
}

} // namespace

HistoryPage::HistoryPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HistoryModel(this))
    , m_proxy(new HistoryFilterProxy(this))
    , m_stats(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_useSince(new QCheckBox(tr("From"), this))
    , m_since(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_useUntil(new QCheckBox(tr("to"), this))
    , m_until(new QDateEdit(QDate::currentDate(), this))
    , m_tableFilter(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_forward(makeSqlView(this))
    , m_rollback(makeSqlView(this))
    , m_detail(new QTextBrowser(this))
    , m_message(new QLabel(this))
    , m_exportCsv(new QPushButton(icon(Icon::Export), tr("Export CSV…"), this))
    , m_exportJson(new QPushButton(icon(Icon::Export), tr("Export JSON…"), this))
    , m_rollbackBatch(new QPushButton(icon(Icon::Rollback), tr("Roll back last batch…"), this))
{
    m_stats->setTextFormat(Qt::RichText);
    m_stats->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_status->addItem(tr("Any status"), -1);
    for (HistoryStatus status : allHistoryStatuses())
        m_status->addItem(HistoryModel::statusText(status), int(status));
    m_since->setCalendarPopup(true);
    m_until->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_until->setEnabled(false);
    m_tableFilter->setEditable(true);
    m_tableFilter->setMinimumContentsLength(12);
    m_tableFilter->lineEdit()->setPlaceholderText(tr("Any table"));
    m_text->setPlaceholderText(tr("Search description, SQL, errors…"));
    m_text->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::DescriptionColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_detail, tr("Details"));
    m_tabs->addTab(m_forward, tr("SQL"));
    m_tabs->addTab(m_rollback, tr("Rollback SQL"));
    m_rollbackBatch->setToolTip(tr("Undo the newest applied batch: with its rollback SQL when that loses nothing, "
                                   "else by restoring the backup taken before it"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_useUntil);
    filters->addWidget(m_until);
    filters->addWidget(m_tableFilter);
    filters->addWidget(m_text, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    buttons->addStretch(1);
    buttons->addWidget(m_rollbackBatch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stats);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_useSince, &QCheckBox::toggled, this, &HistoryPage::applyFilters);
    connect(m_useUntil, &QCheckBox::toggled, this, &HistoryPage::applyFilters);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_until, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    connect(m_tableFilter, &QComboBox::currentTextChanged, this, &HistoryPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &HistoryPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_rollbackBatch, &QPushButton::clicked, this, &HistoryPage::rollbackLastBatch);
    connect(&m_session, &Session::databaseChanged, this, &HistoryPage::reload);
    updateEnabled();
    reload();
}

void HistoryPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    updateEnabled();
}

void HistoryPage::updateEnabled()
{
    m_rollbackBatch->setEnabled(!m_lastBatchId.isEmpty() && !isBusy());
    m_exportCsv->setEnabled(m_proxy->rowCount() > 0);
    m_exportJson->setEnabled(m_proxy->rowCount() > 0);
}

void HistoryPage::applyFilters()
{
    const int status = m_status->currentData().toInt();
    m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(HistoryStatus(status)));
    m_proxy->setDateRange(m_useSince->isChecked() ? m_since->date() : QDate(), m_useUntil->isChecked() ? m_until->date() : QDate());
    m_proxy->setTable(m_tableFilter->currentText());
    m_proxy->setText(m_text->text());
    updateEnabled();
}

void HistoryPage::reload()
{
    if (!m_session.hasConnection()) {
        m_model->setRecords({});
        m_stats->setText(tr("Connect to a database to see its migration history."));
        emit loaded();
        return;
    }
    setBusy(true);
    runOffThread(this, m_session.pool(), [url = m_session.url()] { return readTrail(url); }, [this](const Result<Trail> &trail) {
        setBusy(false);
        if (!trail) {
            m_model->setRecords({});
            m_lastBatchId.clear();
            m_stats->setText(tr("<b>Cannot read the history:</b> %1").arg(trail.error().message.toHtmlEscaped()));
            updateEnabled();
            emit loaded();
            return;
        }
        m_model->setRecords(trail->records);
        m_lastBatchId = trail->lastBatchId;
        QStringList tables;
        for (const HistoryRecord &r : trail->records)
            if (!r.tableName.isEmpty() && !tables.contains(r.tableName))
                tables << r.tableName;
        tables.sort(Qt::CaseInsensitive);
        const QString typed = m_tableFilter->currentText();
        {
            const QSignalBlocker blocker(m_tableFilter);
            m_tableFilter->clear();
            m_tableFilter->addItem(QString());
            m_tableFilter->addItems(tables);
            m_tableFilter->setEditText(typed);
        }
        const HistoryStatistics &s = trail->statistics;
        if (s.total == 0) {
            m_stats->setText(tr("No migrations recorded yet. Every applied, failed or refused run appears here."));
        } else {
            m_stats->setText(tr("<b>%n record(s)</b> in %1 run(s); success rate %2%, median %3 ms, p95 %4 ms, last run %5",
                                nullptr, int(s.total))
                                 .arg(s.batches)
                                 .arg(s.successRate * 100.0, 0, 'f', 0)
                                 .arg(s.p50Ms)
                                 .arg(s.p95Ms)
                                 .arg(QLocale().toString(s.lastAt.toLocalTime(), QLocale::ShortFormat)));
        }
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::DescriptionColumn, QHeaderView::Stretch);
        applyFilters();
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        showSelected();
        emit loaded();
    });
}

void HistoryPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const HistoryRecord *r = current.isValid() ? m_model->record(m_proxy->mapToSource(current).row()) : nullptr;
    if (!r) {
        m_forward->clear();
        m_rollback->clear();
        m_detail->clear();
        return;
    }
    m_forward->setPlainText(sqlText(r->forwardSql));
    m_rollback->setPlainText(r->rollbackSql.isEmpty() ? tr("-- no rollback SQL recorded") : sqlText(r->rollbackSql));
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(r->description.toHtmlEscaped());
    if (!r->errorMessage.isEmpty())
        html += tr("<p style='color:#c62828'><b>Error:</b> %1</p>").arg(r->errorMessage.toHtmlEscaped());
    const auto row = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    html += QStringLiteral("<table cellspacing=4>");
    html += row(tr("Status"), HistoryModel::statusText(r->status));
    html += row(tr("Started"), locale.toString(r->startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    html += row(tr("Finished"), locale.toString(r->finishedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    html += row(tr("Duration"), tr("%1 ms").arg(r->executionMs));
    html += row(tr("Operation"), r->operationType);
    html += row(tr("Table"), r->tableName);
    html += row(tr("Batch"), r->batchId);
    html += row(tr("Migration"), r->migrationId);
    html += row(tr("Backup"), r->backupId.isEmpty() ? tr("none") : r->backupId);
    html += row(tr("Operator"), r->operatorName);
    html += row(tr("Version"), r->appVersion);
    html += row(tr("Schema before"), r->fingerprintBefore.left(16));
    html += row(tr("Schema after"), r->fingerprintAfter.left(16));
    html += row(tr("Record hash"), r->recordHash);
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

QList<HistoryRecord> HistoryPage::visibleRecords() const
{
    QList<HistoryRecord> records;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        records << *m_model->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return records;
}

QString HistoryPage::exportTo(const QString &path, bool json) const
{
    auto written = exportHistory(visibleRecords(), json ? HistoryExportFormat::Json : HistoryExportFormat::Csv, path);
    return written ? QString() : written.error().toString();
}

void HistoryPage::exportWithDialog(bool json)
{
    const QString path = QFileDialog::getSaveFileName(this, json ? tr("Export history as JSON") : tr("Export history as CSV"),
                                                      json ? QStringLiteral("history.json") : QStringLiteral("history.csv"),
                                                      json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path, json);
    m_message->setText(error.isEmpty() ? tr("Exported %n record(s) to %1.", nullptr, int(m_proxy->rowCount())).arg(path.toHtmlEscaped())
                                       : tr("<b>Export failed:</b> %1").arg(error.toHtmlEscaped()));
}

void HistoryPage::rollbackLastBatch()
{
    if (m_lastBatchId.isEmpty() || isBusy())
        return;
    if (!m_confirm(this, tr("Roll back last batch"),
                   tr("Undo the newest applied migration (batch %1)?\n\n"
                      "Its rollback SQL runs in a transaction under the migration lock, after a backup. If that SQL "
                      "would lose data, you are asked again before the batch's own backup is restored instead.")
                       .arg(m_lastBatchId)))
        return;
    runRollback(false);
}

void HistoryPage::runRollback(bool allowDataLoss)
{
    RollbackRequest request;
    request.url = m_session.url();
    request.allowDataLoss = allowDataLoss;
    request.autoBackup = m_session.settings().autoBackup;
    request.backupDir = m_session.settings().backupDirectory;
    request.maxExecutionTimeMs = qint64(m_session.settings().timeoutSeconds) * 1000;
    setBusy(true);
    m_message->setText(tr("Rolling back…"));
    const DialectRegistry *dialects = &m_session.dialects();
    runOffThread(this, m_session.pool(), [dialects, request] { return Core::rollbackLastBatch(*dialects, request); },
                 [this, allowDataLoss](const Result<RollbackResult> &result) {
                     setBusy(false);
                     if (!result && result.error().code == ErrorCode::Refused && !allowDataLoss) {
                         if (m_confirm(this, tr("Roll back last batch"),
                                       tr("%1\n\nRestore the batch's backup instead? A safety backup is taken first.")
                                           .arg(result.error().message))) {
                             runRollback(true);
                             return;
                         }
                     }
                     const QString message = result ? tr("Rolled back batch %1 by %2 in %3 ms.")
                                                          .arg(result->batchId,
                                                               result->method == u"sql" ? tr("its rollback SQL") : tr("restoring its backup"))
                                                          .arg(result->executionTimeMs)
                                                    : result.error().toString();
                     m_message->setText(result ? message.toHtmlEscaped() : tr("<b>Rollback failed:</b> %1").arg(message.toHtmlEscaped()));
                     emit operationFinished(bool(result), message);
                     m_session.notifyDatabaseChanged();
                 });
}

} // namespace SchemaPilot::Gui
