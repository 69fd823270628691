#include "exec/migrationlock.h"

#include "common/tr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace SchemaPilot::Core {

QString LockInfo::describe() const
{
    const QString who = owner.isEmpty() ? Tr::tr("an unknown process") : owner;
    QString text = Tr::tr("%1 (pid %2) since %3").arg(who).arg(pid).arg(acquiredAt.toUTC().toString(Qt::ISODate));
    if (heartbeatAt.isValid()) {
        const qint64 age = heartbeatAt.secsTo(QDateTime::currentDateTimeUtc());
        text += Tr::tr(", last heartbeat %1 s ago").arg(qMax<qint64>(0, age));
    }
    return text;
}

QJsonObject LockInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("owner"), owner},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("host"), host},
        {QStringLiteral("acquired_at"), acquiredAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("heartbeat_at"), heartbeatAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

std::optional<LockInfo> LockInfo::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    LockInfo info;
    info.owner = o.value(QStringLiteral("owner")).toString();
    info.pid = o.value(QStringLiteral("pid")).toInteger();
    info.host = o.value(QStringLiteral("host")).toString();
    info.acquiredAt = QDateTime::fromString(o.value(QStringLiteral("acquired_at")).toString(), Qt::ISODateWithMs);
    info.heartbeatAt = QDateTime::fromString(o.value(QStringLiteral("heartbeat_at")).toString(), Qt::ISODateWithMs);
    if (info.owner.isEmpty() && info.pid == 0)
        return std::nullopt;
    return info;
}

LockInfo currentProcessLockInfo()
{
    LockInfo info;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
    if (user.isEmpty())
        user = QString::number(getuid());
    info.host = QSysInfo::machineHostName();
    info.owner = user + u'@' + info.host;
    info.pid = QCoreApplication::applicationPid();
    return info;
}

} // namespace SchemaPilot::Core
