#include "service/demodatabase.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QStandardPaths>

#include <sqlite3.h>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace SchemaPilot::Core {

namespace {

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, Tr::tr("The bundled demo file %1 is missing from this build").arg(path));
    return file.readAll();
}

// The demo's data script is a multi-statement file: let the engine run it as a whole.
Result<void> executeScript(const QString &databasePath, const QByteArray &script)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(databasePath).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    auto closer = qScopeGuard([db] { sqlite3_close(db); });
    if (rc != SQLITE_OK)
        return fail(ErrorCode::ConnectionFailed, Tr::tr("Cannot create the demo database %1").arg(databasePath),
                    QString::fromUtf8(sqlite3_errmsg(db)));
    char *message = nullptr;
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return fail(ErrorCode::StatementFailed, Tr::tr("The bundled demo script failed"), text);
    }
    return {};
}

} // namespace

QString defaultDemoDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
}

Result<DemoFiles> prepareDemo(const QString &directory, bool reset)
{
    initDemoResources();
    if (!QDir().mkpath(directory))
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Cannot create the demo folder; check permissions"), {}, {},
                          directory, 0});
    DemoFiles files{directory + QStringLiteral("/demo.db"), directory + QStringLiteral("/demo-desired.sql")};

    auto desired = readResource(QStringLiteral(":/demo/desired.sql"));
    if (!desired)
        return fail(desired.error());
    QFile desiredFile(files.desiredSchemaPath);
    if (!desiredFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || desiredFile.write(*desired) != desired->size())
        return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Cannot write the demo schema file"), {},
                          desiredFile.errorString(), files.desiredSchemaPath, 0});
    desiredFile.close();

    if (reset) {
        QFile::remove(files.databasePath);
        QFile::remove(files.databasePath + QStringLiteral("-journal"));
        QFile::remove(files.databasePath + QStringLiteral("-wal"));
    }
    if (!QFile::exists(files.databasePath)) {
        auto current = readResource(QStringLiteral(":/demo/current.sql"));
        if (!current)
            return fail(current.error());
        // Build into a temporary file first: a half-written demo must never be picked up later.
        const QString partial = files.databasePath + QStringLiteral(".partial");
        QFile::remove(partial);
        if (auto ok = executeScript(partial, *current); !ok) {
            QFile::remove(partial);
            return fail(ok.error());
        }
        if (!QFile::rename(partial, files.databasePath))
            return fail(Error{ErrorCode::FileUnreadable, Tr::tr("Cannot move the demo database into place"), {}, {},
                              files.databasePath, 0});
    }
    return files;
}

} // namespace SchemaPilot::Core
