#include "service/desiredschemacache.h"

#include "common/corelibrary.h"
#include "common/logging.h"
#include "model/schemacodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>


namespace SchemaPilot::Core {

namespace {

const QByteArray kHeader = QByteArrayLiteral("SchemaPilot desired-schema cache 1\n");
constexpr qint64 kMaxEntryBytes = 64 << 20;

// This exact build of the library: the inspector's output may change with any rebuild, so an entry
// written by another build is never trusted. The library file's path, size and time say which build.
QByteArray libraryStamp()
{
    static const QByteArray stamp = [] {
        const QFileInfo file = coreLibraryFile();
        if (file.filePath().isEmpty() || !file.exists())
            return QByteArray();
        return file.absoluteFilePath().toUtf8() + '|' + QByteArray::number(file.size()) + '|'
               + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + "|" SCHEMAPILOT_VERSION;
    }();
    return stamp;
}

} // namespace

DesiredSchemaCache::DesiredSchemaCache(QString directory) : m_directory(std::move(directory)) {}

QString DesiredSchemaCache::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("SCHEMAPILOT_CACHE_DIR");
    if (!configured.isEmpty())
        return configured;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/schemapilot/desired-schemas");
}

bool DesiredSchemaCache::enabled()
{
    const QByteArray off = qgetenv("SCHEMAPILOT_NO_CACHE");
    return off.isEmpty() || off == "0";
}

QString DesiredSchemaCache::key(const QString &loaderIdentity, const QString &ddl, const InspectOptions &options) const
{
    const QByteArray stamp = libraryStamp();
    if (loaderIdentity.isEmpty() || stamp.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &part : {loaderIdentity.toUtf8(), stamp, options.schemaName.toUtf8(),
                                   options.excludeTables.join(u'\n').toUtf8(), QByteArray::number(options.estimateRows),
                                   ddl.toUtf8()}) {
        hash.addData(QByteArray::number(part.size()) + ':');   // length-prefixed: no two inputs collide by shifting
        hash.addData(part);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString DesiredSchemaCache::entryPath(const QString &key) const
{
    return m_directory + u'/' + key + QStringLiteral(".schema");
}

std::optional<Schema> DesiredSchemaCache::find(const QString &key) const
{
    if (key.isEmpty() || m_directory.isEmpty())
        return std::nullopt;
    QFile file(entryPath(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxEntryBytes)
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const qsizetype digestAt = kHeader.size();
    const qsizetype payloadAt = digestAt + 32;
    if (!bytes.startsWith(kHeader) || bytes.size() < payloadAt)
        return std::nullopt;
    const QByteArray payload = bytes.mid(payloadAt);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha256) != bytes.mid(digestAt, 32)) {
        qCDebug(lcCore) << "desired-schema cache entry" << file.fileName() << "is damaged; loading the file again";
        return std::nullopt;
    }
    return decodeSchema(payload);
}

void DesiredSchemaCache::store(const QString &key, const Schema &schema) const
{
    if (key.isEmpty() || m_directory.isEmpty())
        return;
    if (!QFileInfo::exists(m_directory)) {
        if (!QDir().mkpath(m_directory)) {
            qCDebug(lcCore) << "desired-schema cache: cannot create" << m_directory;
            return;
        }
        // Only a folder made here is narrowed: SCHEMAPILOT_CACHE_DIR may name a shared one.
        QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QByteArray payload = encodeSchema(schema);
    QSaveFile file(entryPath(key));   // written aside and renamed: a reader never sees half an entry
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(kHeader);
    file.write(QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
    file.write(payload);
    if (!file.commit())
        qCDebug(lcCore) << "desired-schema cache: cannot write" << file.fileName() << file.errorString();
    prune();
}

void DesiredSchemaCache::prune() const
{
    QDir dir(m_directory);
    const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.schema")}, QDir::Files, QDir::Time);
    for (qsizetype i = MaxEntries; i < entries.size(); ++i)   // newest first: the oldest go
        QFile::remove(entries[i].absoluteFilePath());
}

} // namespace SchemaPilot::Core
