#include "backup/backupmetadata.h"

#include "common/tr.h"
#include "crypto/hasher.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace SchemaPilot::Core {

namespace {

// Keys outside the metadata checksum: they change whenever the backup is verified.
const QString kMetadataSha256 = QStringLiteral("metadata_sha256");
const QString kLastVerified = QStringLiteral("last_verified");
const QString kLastVerifyOk = QStringLiteral("last_verify_ok");
const QString kLastVerifyMessage = QStringLiteral("last_verify_message");
const QString kMetadataMac = QStringLiteral("metadata_mac");
const QString kEncrypted = QStringLiteral("encrypted");

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject coveredJson(const BackupMetadata &m)
{
    QJsonObject rows;
    for (auto it = m.rowCounts.cbegin(); it != m.rowCounts.cend(); ++it)
        rows.insert(it.key(), it.value());
    QJsonObject covered{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("file"), m.fileName},
        {QStringLiteral("source"), m.source},
        {QStringLiteral("engine"), m.engine},
        {QStringLiteral("created"), isoUtc(m.created)},
        {QStringLiteral("size"), m.size},
        {QStringLiteral("sha256"), m.sha256},
        {QStringLiteral("md5"), m.md5},
        {QStringLiteral("schema_fingerprint"), m.schemaFingerprint},
        {QStringLiteral("row_counts"), rows},
        {QStringLiteral("reason"), backupReasonName(m.reason)},
        {QStringLiteral("batch_id"), m.batchId.isEmpty() ? QJsonValue() : QJsonValue(m.batchId)},
        {QStringLiteral("app_version"), m.appVersion},
    };
    if (m.encrypted)
        covered.insert(kEncrypted, true);
    return covered;
}

Unexpected badField(const QString &field)
{
    return fail(ErrorCode::BackupInvalid,
                Tr::tr("The backup metadata has a missing or invalid \"%1\" field; it was edited or damaged").arg(field));
}

bool isHex(const QString &text, qsizetype length)
{
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]*")));
    return text.size() == length && hex.match(text).hasMatch();
}

} // namespace

QString backupReasonName(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Manual: return QStringLiteral("manual");
    case BackupReason::PreMigration: return QStringLiteral("pre-migration");
    case BackupReason::PreRestore: return QStringLiteral("pre-restore");
    }
    return QStringLiteral("manual");
}

std::optional<BackupReason> backupReasonFromName(const QString &name)
{
    for (BackupReason reason : {BackupReason::Manual, BackupReason::PreMigration, BackupReason::PreRestore})
        if (backupReasonName(reason) == name)
            return reason;
    return std::nullopt;
}

QJsonObject BackupMetadata::toJson() const
{
    QJsonObject object = coveredJson(*this);
    object.insert(kMetadataSha256, metadataSha256);
    object.insert(kLastVerified, lastVerified.isValid() ? QJsonValue(isoUtc(lastVerified)) : QJsonValue());
    object.insert(kLastVerifyOk, lastVerifyOk ? QJsonValue(*lastVerifyOk) : QJsonValue());
    object.insert(kLastVerifyMessage, lastVerifyMessage.isEmpty() ? QJsonValue() : QJsonValue(lastVerifyMessage));
    if (!metadataMac.isEmpty())
        object.insert(kMetadataMac, metadataMac);
    return object;
}

Result<QString> BackupMetadata::computeMetadataSha256() const
{
    // QJsonObject keeps its keys sorted, so the compact document is canonical.
    return sha256Hex(canonicalJson());
}

QByteArray BackupMetadata::canonicalJson() const
{
    return QJsonDocument(coveredJson(*this)).toJson(QJsonDocument::Compact);
}

Result<BackupMetadata> BackupMetadata::fromJson(const QJsonObject &o)
{
    static const QRegularExpression fileName(QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Za-z-]+\\.[a-z0-9]{1,10}")));
    BackupMetadata m;
    m.id = o.value(QStringLiteral("id")).toString();
    if (m.id.isEmpty())
        return badField(QStringLiteral("id"));
    m.fileName = o.value(QStringLiteral("file")).toString();
    if (!m.fileName.startsWith(m.id + u'.') || !fileName.match(m.fileName).hasMatch())
        return badField(QStringLiteral("file"));
    m.source = o.value(QStringLiteral("source")).toString();
    m.engine = o.value(QStringLiteral("engine")).toString();
    if (m.engine.isEmpty())
        return badField(QStringLiteral("engine"));
    m.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).toUTC();
    if (!m.created.isValid())
        return badField(QStringLiteral("created"));
    const QJsonValue size = o.value(QStringLiteral("size"));
    if (!size.isDouble() || size.toDouble() < 0)
        return badField(QStringLiteral("size"));
    m.size = size.toInteger();
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    if (!isHex(m.sha256, 64))
        return badField(QStringLiteral("sha256"));
    m.md5 = o.value(QStringLiteral("md5")).toString();
    if (!isHex(m.md5, 32))
        return badField(QStringLiteral("md5"));
    m.schemaFingerprint = o.value(QStringLiteral("schema_fingerprint")).toString();
    const QJsonObject rows = o.value(QStringLiteral("row_counts")).toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it)
        m.rowCounts.insert(it.key(), it.value().toInteger());
    const auto reason = backupReasonFromName(o.value(QStringLiteral("reason")).toString());
    if (!reason)
        return badField(QStringLiteral("reason"));
    m.reason = *reason;
    m.batchId = o.value(QStringLiteral("batch_id")).toString();
    m.appVersion = o.value(QStringLiteral("app_version")).toString();
    m.metadataSha256 = o.value(kMetadataSha256).toString();
    if (o.value(kLastVerified).isString())
        m.lastVerified = QDateTime::fromString(o.value(kLastVerified).toString(), Qt::ISODateWithMs).toUTC();
    if (o.value(kLastVerifyOk).isBool())
        m.lastVerifyOk = o.value(kLastVerifyOk).toBool();
    m.lastVerifyMessage = o.value(kLastVerifyMessage).toString();
    const QJsonValue encrypted = o.value(kEncrypted);
    if (!encrypted.isUndefined() && !encrypted.isBool())
        return badField(kEncrypted);
    m.encrypted = encrypted.toBool(false);
    m.metadataMac = o.value(kMetadataMac).toString();
    return m;
}

} // namespace SchemaPilot::Core
