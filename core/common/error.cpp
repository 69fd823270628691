#include "common/error.h"

namespace SchemaPilot::Core {

QString Error::toString() const
{
    QString text = message;
    if (!file.isEmpty())
        text += line > 0 ? QStringLiteral(" (%1:%2)").arg(file).arg(line) : QStringLiteral(" (%1)").arg(file);
    if (!driverText.isEmpty() && !message.contains(driverText))
        text += QStringLiteral(": ") + driverText;
    if (!statement.isEmpty())
        text += QStringLiteral("\n  in statement: ") + statement.simplified().left(500);
    return text;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return QStringLiteral("usage");
    case ErrorCode::InvalidUrl: return QStringLiteral("invalid_url");
    case ErrorCode::FileNotFound: return QStringLiteral("file_not_found");
    case ErrorCode::FileUnreadable: return QStringLiteral("file_unreadable");
    case ErrorCode::ConnectionFailed: return QStringLiteral("connection_failed");
    case ErrorCode::DatabaseLocked: return QStringLiteral("database_locked");
    case ErrorCode::DatabaseCorrupt: return QStringLiteral("database_corrupt");
    case ErrorCode::SchemaLoadFailed: return QStringLiteral("schema_load_failed");
    case ErrorCode::IntrospectionFailed: return QStringLiteral("introspection_failed");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::StatementFailed: return QStringLiteral("statement_failed");
    case ErrorCode::Refused: return QStringLiteral("refused");
    case ErrorCode::LockHeld: return QStringLiteral("lock_held");
    case ErrorCode::IntegrityCheckFailed: return QStringLiteral("integrity_check_failed");
    case ErrorCode::VerificationFailed: return QStringLiteral("verification_failed");
    case ErrorCode::TimedOut: return QStringLiteral("timed_out");
    case ErrorCode::Canceled: return QStringLiteral("canceled");
    case ErrorCode::BackupFailed: return QStringLiteral("backup_failed");
    case ErrorCode::BackupInvalid: return QStringLiteral("backup_invalid");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::PassphraseRequired: return QStringLiteral("passphrase_required");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong_passphrase");
    case ErrorCode::DataViolatesSchema: return QStringLiteral("data_violates_schema");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace SchemaPilot::Core
