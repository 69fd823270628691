#include "exec/applyoptions.h"

#include "common/tr.h"

#include <QFile>
#include <QJsonDocument>

namespace SchemaPilot::Core {

namespace {

Unexpected badValue(const QString &key, const QString &expected)
{
    return fail(ErrorCode::Usage, Tr::tr("Configuration key \"%1\" must be %2").arg(key, expected));
}

} // namespace

QString applyModeName(ApplyMode mode)
{
    switch (mode) {
    case ApplyMode::Apply: return QStringLiteral("apply");
    case ApplyMode::DryRun: return QStringLiteral("dry_run");
    case ApplyMode::Rehearse: return QStringLiteral("rehearse");
    }
    return QStringLiteral("apply");
}

Result<ApplyOptions> ApplyOptions::fromJson(const QJsonObject &object, ApplyOptions options)
{
    static const QStringList known{
        QStringLiteral("auto_backup"), QStringLiteral("max_execution_time_ms"), QStringLiteral("dry_run_mode"),
        QStringLiteral("backup_dir"), QStringLiteral("retention_days"), QStringLiteral("retention_count"),
        QStringLiteral("integrity_check"), QStringLiteral("allow_data_loss"), QStringLiteral("rehearsal_dir"),
        QStringLiteral("encrypt_backups"), QStringLiteral("backup_signing_key")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (!known.contains(key))
            return fail(ErrorCode::Usage, Tr::tr("Unknown configuration key \"%1\" (known: %2)").arg(key, known.join(u", ")));
        if (key == QStringLiteral("auto_backup") || key == QStringLiteral("allow_data_loss")
            || key == QStringLiteral("encrypt_backups")) {
            if (!v.isBool())
                return badValue(key, Tr::tr("true or false"));
            (key == QStringLiteral("auto_backup")       ? options.autoBackup
             : key == QStringLiteral("encrypt_backups") ? options.encryptBackups
                                                        : options.allowDataLoss) = v.toBool();
        } else if (key == QStringLiteral("max_execution_time_ms") || key == QStringLiteral("retention_days")
                   || key == QStringLiteral("retention_count")) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
                return badValue(key, Tr::tr("a whole number, 0 or more"));
            if (key == QStringLiteral("max_execution_time_ms"))
                options.maxExecutionTimeMs = v.toInteger();
            else if (key == QStringLiteral("retention_days"))
                options.retentionDays = int(v.toInteger());
            else
                options.retentionCount = int(v.toInteger());
        } else if (key == QStringLiteral("dry_run_mode")) {
            if (v.isBool()) {
                options.mode = v.toBool() ? ApplyMode::DryRun : ApplyMode::Apply;
            } else {
                const QString mode = v.toString();
                if (mode == QStringLiteral("off") || mode == QStringLiteral("apply"))
                    options.mode = ApplyMode::Apply;
                else if (mode == QStringLiteral("dry_run") || mode == QStringLiteral("on"))
                    options.mode = ApplyMode::DryRun;
                else if (mode == QStringLiteral("rehearse"))
                    options.mode = ApplyMode::Rehearse;
                else
                    return badValue(key, Tr::tr("\"off\", \"dry_run\", \"rehearse\" or a boolean"));
            }
        } else if (key == QStringLiteral("integrity_check")) {
            const QString level = v.toString();
            if (level == QStringLiteral("quick"))
                options.integrity = IntegrityLevel::Quick;
            else if (level == QStringLiteral("full"))
                options.integrity = IntegrityLevel::Full;
            else
                return badValue(key, Tr::tr("\"quick\" or \"full\""));
        } else if (key == QStringLiteral("backup_signing_key")) {
            if (!v.isString())
                return badValue(key, Tr::tr("the path of an Ed25519 private key file"));
            options.backupSigningKey = v.toString();
        } else {
            if (!v.isString())
                return badValue(key, Tr::tr("a folder path"));
            (key == QStringLiteral("backup_dir") ? options.backupDir : options.rehearsalDir) = v.toString();
        }
    }
    return options;
}

Result<ApplyOptions> ApplyOptions::fromConfigFile(const QString &path, ApplyOptions base)
{
    QFile file(path);
    if (!file.exists())
        return fail(Error{ErrorCode::Usage, Tr::tr("The configuration file does not exist"), {}, {}, path, 0});
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error{ErrorCode::Usage, Tr::tr("The configuration file cannot be read"), {}, file.errorString(), path, 0});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error{ErrorCode::Usage,
                          Tr::tr("The configuration file is not a JSON object (at offset %1: %2)")
                              .arg(error.offset).arg(error.errorString()),
                          {}, {}, path, 0});
    auto options = fromJson(doc.object(), std::move(base));
    if (!options) {
        Error e = options.error();
        e.file = path;
        return fail(e);
    }
    return options;
}

} // namespace SchemaPilot::Core
