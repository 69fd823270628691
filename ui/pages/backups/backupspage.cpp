#include "pages/backups/backupspage.h"

#include "common/icons.h"
#include "common/offthread.h"
#include "common/session.h"
#include "models/backupmodel.h"

#include "backup/backupstore.h"
#include "exec/restore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace SchemaPilot::Gui {

using namespace SchemaPilot::Core;

namespace {

struct Listing {
    QString directory;
    QList<BackupMetadata> backups;
    BackupStats stats;
};

Result<Listing> listBackups(const QString &directory)
{
    const BackupStore store(directory);
    Listing listing{directory, {}, {}};
    auto list = store.list();
    if (!list)
        return std::unexpected(list.error());
    listing.backups = *list;
    auto stats = store.stats();
    if (!stats)
        return std::unexpected(stats.error());
    listing.stats = *stats;
    return listing;
}

Result<const BackupEngine *> engineFor(const DialectRegistry &dialects, const ConnectionUrl &url)
{
    auto dialect = dialects.forUrl(url);
    if (!dialect)
        return std::unexpected(dialect.error());
    const BackupEngine *engine = (*dialect)->backupEngine();
    if (!engine)
        return fail(ErrorCode::Unsupported, BackupsPage::tr("Backups of %1 databases are not available").arg((*dialect)->name()));
    return engine;
}

} // namespace

BackupsPage::BackupsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BackupModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stats(new QLabel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_backupNow(new QPushButton(icon(Icon::Backup), tr("Backup now"), this))
    , m_verify(new QPushButton(icon(Icon::Verify), tr("Verify"), this))
    , m_restore(new QPushButton(icon(Icon::Restore), tr("Restore…"), this))
    , m_delete(new QPushButton(icon(Icon::Delete), tr("Delete…"), this))
    , m_keepDays(new QSpinBox(this))
    , m_cleanup(new QPushButton(icon(Icon::Delete), tr("Clean up…"), this))
{
    m_stats->setTextFormat(Qt::RichText);
    m_stats->setWordWrap(true);
    m_stats->setObjectName(QStringLiteral("backupStats"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BackupModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BackupModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(BackupModel::ChecksumColumn, QHeaderView::Stretch);
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setPrefix(tr("older than "));
    m_keepDays->setValue(session.settings().retentionDays > 0 ? session.settings().retentionDays : 30);
    m_restore->setToolTip(tr("Replace the database with the selected backup; a safety backup of the current state is taken first"));
    m_verify->setToolTip(tr("Check the file's SHA-256 checksum and the engine's integrity check"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backupNow);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_keepDays);
    buttons->addWidget(m_cleanup);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stats);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_backupNow, &QPushButton::clicked, this, &BackupsPage::backupNow);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(m_delete, &QPushButton::clicked, this, &BackupsPage::deleteSelected);
    connect(m_cleanup, &QPushButton::clicked, this, &BackupsPage::cleanup);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsPage::updateEnabled);
    connect(&m_session, &Session::databaseChanged, this, &BackupsPage::reload);
    connect(&m_session, &Session::settingsChanged, this, &BackupsPage::reload);
    updateEnabled();
    reload();
}

QString BackupsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(BackupModel::IdRole).toString();
}

void BackupsPage::selectId(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(BackupModel::IdRole).toString() == id) {
            m_table->selectRow(row);
            return;
        }
    }
}

void BackupsPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    updateEnabled();
}

void BackupsPage::updateEnabled()
{
    const bool connected = m_session.hasConnection();
    const bool selected = !selectedId().isEmpty();
    m_backupNow->setEnabled(connected && !isBusy());
    m_verify->setEnabled(selected && !isBusy());
    m_restore->setEnabled(selected && !isBusy());
    m_delete->setEnabled(selected && !isBusy());
    m_cleanup->setEnabled(connected && m_model->rowCount() > 0 && !isBusy());
}

void BackupsPage::finish(bool ok, const QString &message, bool databaseChanged)
{
    setBusy(false);
    m_message->setText(ok ? message : tr("<b>Failed:</b> %1").arg(message.toHtmlEscaped()));
    m_message->setTextFormat(Qt::RichText);
    emit operationFinished(ok, message);
    if (databaseChanged)
        m_session.notifyDatabaseChanged();   // reloads this page too
    else
        reload();
}

void BackupsPage::reload()
{
    auto directory = m_session.backupDirectory();
    if (!directory) {
        m_model->setBackups({});
        m_stats->setText(m_session.hasConnection() ? directory.error().message.toHtmlEscaped() : tr("Connect to a database to see its backups."));
        updateEnabled();
        emit loaded();
        return;
    }
    const QString previous = selectedId();
    setBusy(true);
    runOffThread(this, m_session.pool(), [dir = *directory] { return listBackups(dir); }, [this, previous](const Result<Listing> &listing) {
        setBusy(false);
        if (!listing) {
            m_model->setBackups({});
            m_stats->setText(tr("<b>Cannot read the backups:</b> %1").arg(listing.error().message.toHtmlEscaped()));
            emit loaded();
            return;
        }
        m_model->setBackups(listing->backups);
        m_table->resizeColumnsToContents();
        const BackupStats &s = listing->stats;
        const QLocale locale;
        QString text = tr("<b>%n backup(s)</b>, %1 in <code>%2</code>", nullptr, s.count)
                           .arg(locale.formattedDataSize(s.totalBytes), listing->directory.toHtmlEscaped());
        if (s.count > 0)
            text += tr("<br>Newest %1, oldest %2").arg(locale.toString(s.newest.toLocalTime(), QLocale::ShortFormat),
                                                      locale.toString(s.oldest.toLocalTime(), QLocale::ShortFormat));
        if (s.lastVerifyOk)
            text += tr("; last verification %1: %2").arg(locale.toString(s.lastVerified.toLocalTime(), QLocale::ShortFormat),
                                                         *s.lastVerifyOk ? tr("ok") : tr("<b>failed</b>"));
        m_stats->setText(text);
        selectId(previous);
        updateEnabled();
        emit loaded();
    });
}

std::optional<QString> BackupsPage::passphraseFor(const QString &id)
{
    for (const BackupMetadata &b : m_model->backups())
        if (b.id == id && b.encrypted)
            return backupPassphrase(m_askPassphrase, this, tr("Encrypted backup %1").arg(id), false,
                                    m_session.settings().passphraseInKeychain, m_session.backupDirectory().value_or(QString()));
    return QString();
}

void BackupsPage::backupNow()
{
    auto directory = m_session.backupDirectory();
    if (!directory)
        return finish(false, directory.error().message);
    QString passphrase;
    if (m_session.settings().encryptBackups) {
        auto asked = backupPassphrase(m_askPassphrase, this, tr("Encrypted backup"), true,
                                      m_session.settings().passphraseInKeychain, *directory);
        if (!asked)
            return;
        passphrase = *asked;
    }
    setBusy(true);
    m_message->setText(tr("Taking a backup…"));
    const DialectRegistry *dialects = &m_session.dialects();
    runOffThread(this, m_session.pool(),
                 [dialects, url = m_session.url(), dir = *directory, passphrase]() -> Result<BackupMetadata> {
                     auto dialect = dialects->forUrl(url);
                     if (!dialect)
                         return std::unexpected(dialect.error());
                     auto connection = Connection::open(url, Connection::Access::ReadOnly, QStringLiteral("backup"));
                     if (!connection)
                         return std::unexpected(connection.error());
                     BackupStore store(dir);
                     store.setPassphrase(passphrase);
                     if (auto ok = store.ensureDirectory(); !ok)
                         return std::unexpected(ok.error());
                     BackupRequest request;
                     request.reason = BackupReason::Manual;
                     request.encrypt = !passphrase.isEmpty();
                     return store.create(**connection, **dialect, request);
                 },
                 [this](const Result<BackupMetadata> &created) {
                     if (!created)
                         return finish(false, created.error().toString());
                     finish(true, (created->encrypted ? tr("Encrypted backup <b>%1</b> taken and verified (%2).")
                                                      : tr("Backup <b>%1</b> taken and verified (%2)."))
                                      .arg(created->id, QLocale().formattedDataSize(created->size)));
                 });
}

void BackupsPage::verifySelected()
{
    const QString id = selectedId();
    auto directory = m_session.backupDirectory();
    if (id.isEmpty() || !directory)
        return;
    const auto passphrase = passphraseFor(id);
    if (!passphrase)
        return;
    setBusy(true);
    m_message->setText(tr("Verifying %1…").arg(id));
    const DialectRegistry *dialects = &m_session.dialects();
    runOffThread(this, m_session.pool(),
                 [dialects, url = m_session.url(), dir = *directory, id, passphrase = *passphrase]() -> Result<BackupVerification> {
                     auto engine = engineFor(*dialects, url);
                     if (!engine)
                         return std::unexpected(engine.error());
                     BackupStore store(dir);
                     store.setPassphrase(passphrase);
                     return store.verify(id, **engine);
                 },
                 [this](const Result<BackupVerification> &verified) {
                     if (!verified)
                         return finish(false, verified.error().toString());
                     if (!verified->ok)
                         return finish(false, tr("Backup %1 did not verify: %2").arg(verified->id, verified->message));
                     finish(true, tr("Backup <b>%1</b> verified: checksum and integrity check ok.").arg(verified->id));
                 });
}

void BackupsPage::restoreSelected()
{
    const QString id = selectedId();
    auto directory = m_session.backupDirectory();
    const BackupMetadata *meta = nullptr;
    for (const BackupMetadata &b : m_model->backups())
        if (b.id == id)
            meta = &b;
    if (!meta || !directory)
        return;
    const QString when = QLocale().toString(meta->created.toLocalTime(), QLocale::LongFormat);
    const QString text =
        tr("Restore the database %1 to the backup taken %2?\n\n"
           "1. The backup's checksum and integrity are verified; nothing is touched if that fails.\n"
           "2. A safety backup of the current database is taken first, so this restore can be undone.\n"
           "3. The database is replaced by the backup (%n table(s)); changes made since then are gone from the "
           "database but kept in the safety backup.\n"
           "4. The migration history is kept and the restore is recorded in it.",
           nullptr, int(meta->rowCounts.size()))
            .arg(m_session.url().redacted(), when);
    if (!m_confirm(this, tr("Restore backup"), text))
        return;
    const auto passphrase = passphraseFor(id);
    if (!passphrase)
        return;
    setBusy(true);
    m_message->setText(tr("Restoring %1…").arg(id));
    RestoreRequest request;
    request.url = m_session.url();
    request.backupId = id;
    request.backupDir = *directory;
    request.safetyBackup = true;
    request.reason = tr("restore from the GUI");
    request.passphrase = *passphrase;
    const DialectRegistry *dialects = &m_session.dialects();
    runOffThread(this, m_session.pool(), [dialects, request] { return restoreBackup(*dialects, request); },
                 [this](const Result<RestoreResult> &restored) {
                     if (!restored)
                         return finish(false, restored.error().toString(), true);
                     finish(true,
                            tr("Restored <b>%1</b> in %2 ms. Safety backup of the previous state: <b>%3</b>.")
                                .arg(restored->backupId)
                                .arg(restored->executionTimeMs)
                                .arg(restored->safetyBackupId.isEmpty() ? tr("none") : restored->safetyBackupId),
                            true);
                 });
}

void BackupsPage::deleteSelected()
{
    const QString id = selectedId();
    auto directory = m_session.backupDirectory();
    if (id.isEmpty() || !directory)
        return;
    if (!m_confirm(this, tr("Delete backup"), tr("Delete backup %1 and its metadata? This cannot be undone.").arg(id)))
        return;
    setBusy(true);
    runOffThread(this, m_session.pool(), [dir = *directory, id] { return BackupStore(dir).remove(id); },
                 [this, id](const Result<void> &removed) {
                     if (!removed)
                         return finish(false, removed.error().toString());
                     finish(true, tr("Deleted backup %1.").arg(id));
                 });
}

void BackupsPage::cleanup()
{
    auto directory = m_session.backupDirectory();
    if (!directory)
        return;
    const int days = m_keepDays->value();
    if (!m_confirm(this, tr("Clean up backups"),
                   tr("Delete the backups taken more than %n day(s) ago? The newest verified backup is always kept.", nullptr, days)))
        return;
    setBusy(true);
    runOffThread(this, m_session.pool(),
                 [dir = *directory, days] {
                     CleanupOptions options;
                     options.keepDays = days;
                     return BackupStore(dir).cleanup(options);
                 },
                 [this](const Result<QList<BackupMetadata>> &removed) {
                     if (!removed)
                         return finish(false, removed.error().toString());
                     finish(true, tr("Cleanup removed %n backup(s).", nullptr, int(removed->size())));
                 });
}

} // namespace SchemaPilot::Gui
